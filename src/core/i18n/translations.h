// The UI's own texts in Chinese and English (assets/i18n/*.json), looked up by key.
//
// One file per part of the UI, each key with both languages side by side, so a translator sees the
// pair and a missing half is caught by a test:
//   { "draft.copy-post": { "zh": "复制帖子", "en": "Copy post" } }
// Texts may hold "{}" placeholders, filled in order by fill().
#pragma once

#include "core/i18n/language.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cw {

// Replaces each "{}" in text with the next argument. Never fails: a translation with too few or too
// many placeholders shows fewer arguments or a bare "{}", where a format library would throw (and the
// wasm build has no exceptions).
std::string fill(std::string_view text, std::initializer_list<std::string_view> arguments);
// The same, for arguments kept for later (a notice's). Filled in one pass: a "{}" inside an argument
// stays as it is.
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
