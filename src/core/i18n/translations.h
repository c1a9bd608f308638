// Texts in Chinese and English looked up by key: the catalogue's files (assets/i18n/*.json, catalogue.h).
//
// One file per part of the widget, each key with both languages side by side, so a translator sees the
// pair and a missing half is caught by a test:
//   { "draft.copy-post": { "zh": "复制帖子", "en": "Copy post" } }
// Texts may hold positional placeholders, {0} {1} …, which fill() fills: by position, because languages
// put the values in different orders ("{0} of {1}" may read "{1} 中的 {0}").
#pragma once

#include "core/i18n/language.h"

#include <cstddef>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cw {

// The one fill of the project: replaces each {N} in text with arguments[N]. Never fails: a placeholder
// with no argument stays as written ("{2}"), so the gap shows, where a format library would throw (and
// the wasm build has no exceptions). Filled in one pass: a "{0}" inside an argument stays as it is.
// There is no other placeholder: a bare "{}" stays as written (a unit test keeps the catalogue to {N}).
std::string fill(std::string_view text, std::initializer_list<std::string_view> arguments);
// The same, for arguments kept for later (a notice's).
std::string fill(std::string_view text, const std::vector<std::string>& arguments);

// One key of the catalogue with its texts. The build compiles the shipped catalogue into a sorted table
// of these (scripts/compile_catalogue.py); add_file makes them from a file's text.
struct CatalogueEntry {
    const char* key;
    const char* zh;
    const char* en;
    const char* zh_hant; // nullptr when there is none, or it reads as the Simplified text
};

class Translations {
public:
    Translations() = default;
    // Texts compiled in, sorted by key: looked up where they are, nothing parsed or copied.
    Translations(const CatalogueEntry* sorted_entries, std::size_t count);
    Translations(const Translations&) = delete; // the entries may point into this object's own texts
    Translations& operator=(const Translations&) = delete;

    // Adds the keys of one file; returns the problems found ("draft.copy-post: missing \"en\"").
    std::vector<std::string> add_file(std::string_view json_text, std::string_view file_name);

    // The text for key in language (the other language's where it has none, as LocalizedText gives);
    // the key itself when there is none at all, so a gap shows, not a blank.
    const char* get(std::string_view key, Language language) const;

    bool contains(std::string_view key) const { return find(key) != nullptr; }
    std::size_t size() const { return entries_.size(); }

private:
    std::size_t position(std::string_view key) const; // where key is or would be in entries_
    const CatalogueEntry* find(std::string_view key) const;

    std::vector<CatalogueEntry> entries_;                           // sorted by key
    std::deque<std::string> texts_;                                 // what add_file read; entries_ point in
    mutable std::unordered_map<std::string, std::string> missing_; // keys handed out as their own text
};

} // namespace cw
