// The line under the draft that says how long the post is, in the campaign's own unit: 字 or words of
// the person's own words for a format 2 campaign with a post length (the unit its length check uses
// for this post), the weighted length or the characters of one's own words for a format 1 length, and
// characters and the weighted length where the campaign sets no length.
#pragma once

#include "core/check/check.h"
#include "core/check/rules/registry.h"
#include "core/i18n/language.h"

#include <string>

namespace cw {

std::string length_line(const Requirements& requirements, const DraftStats& stats, Language language);

} // namespace cw
