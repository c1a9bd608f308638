// Applying a finding's fix to the draft: the "Fix" button's edit.
#pragma once

#include "core/check/check.h"

#include <string>
#include <string_view>

namespace cw {

struct FixedDraft {
    std::string text;
    std::size_t changed_start = 0; // the inserted or replacing text's bytes, to select them afterwards
    std::size_t changed_end = 0;
};

// Inserts or replaces as the fix says. Offsets past the draft's end are clamped to it, and an insert
// at the end of a draft that does not end a line starts a new line (unless its text starts with one,
// as check_draft's inserts do), so the inserted link stands alone.
FixedDraft apply_fix(std::string_view draft, const Fix& fix);

// A fix that removes the bytes [start, end) of the draft. Where the text on either side would run
// together (a letter, digit or ASCII character meets another: one word, or a host and a path made one
// link), it leaves one space instead, so that removing something never changes what is counted or
// found around it. Chinese text on both sides joins as it was.
Fix removal_fix(std::string_view draft, std::size_t start, std::size_t end);

} // namespace cw
