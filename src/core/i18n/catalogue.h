// The catalogue: every text the widget, the checker and the CLI say, in every language the widget speaks.
//
// It is assets/i18n/*.json with the Traditional Chinese texts converted at build time (OpenCC and the
// reviewed assets/zh-Hant-overrides.json, cmake/traditional_chinese.cmake), compiled into the core as a
// sorted table (cmake/catalogue.cmake): the native CLI and the browser build read the same words, with
// no file system and nothing to parse at start-up. The build refuses a catalogue with a missing half or
// a key defined twice, so there is nothing to report at run time.
// A new sentence is a new key in a file there, never C++ text; fill() puts the values into its {0}, {1}.
#pragma once

#include "core/i18n/translations.h"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cw {

// The texts compiled in.
const Translations& catalogue();

// The catalogue's text for key in language with its placeholders filled: the one way code says a
// sentence, catalogue_text("period.ends-in-days", language, {days, end}).
std::string catalogue_text(std::string_view key, Language language, std::initializer_list<std::string_view> values = {});

// The same for a sentence about a count: the key's ".one" form where count is 1 and the catalogue has
// one, so English says "1 character" and "2 characters" (Chinese has one form: its ".one" text is the
// same). catalogue_count_text("period.ends-in-days", days, language, {std::to_string(days), end}).
std::string catalogue_count_text(std::string_view key, std::size_t count, Language language,
                                 std::initializer_list<std::string_view> values = {});

} // namespace cw
