// Texts in Chinese and English looked up by key: the catalogue's files (assets/i18n/*.json, catalogue.h).
//
// One file per part of the widget, each key with both languages side by side, so a translator sees the
// pair and a missing half is caught by a test:
//   { "draft.copy-post": { "zh": "复制帖子", "en": "Copy post" } }
// Texts may hold positional placeholders, {0} {1} …, which fill() fills: by position, because languages
// put the values in different orders ("{0} of {1}" may read "{1} 中的 {0}").
#pragma once

#include "core/i18n/language.h"

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

class Translations {
public:
    // Adds the keys of one file; returns the problems found ("draft.copy-post: missing \"en\"").
    std::vector<std::string> add_file(std::string_view json_text, std::string_view file_name);

    // The text for key in language; the key itself when there is none, so a gap shows, not a blank.
    const char* get(std::string_view key, Language language) const;

    bool contains(std::string_view key) const { return texts_.count(std::string(key)) != 0; }
    std::size_t size() const { return texts_.size(); }

private:
    std::unordered_map<std::string, LocalizedText> texts_;
    mutable std::unordered_map<std::string, std::string> missing_; // keys handed out as their own text
};

} // namespace cw
