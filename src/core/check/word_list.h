// A list of words in a message, as each language writes one: "a、b、c" or "a, b, c" (the separator is
// the catalogue's check.list-separator).
#pragma once

#include "core/i18n/language.h"

#include <string>
#include <vector>

namespace cw {

std::string join_words(const std::vector<std::string>& parts, Language language);

} // namespace cw
