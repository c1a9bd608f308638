// For layout tests: whether two lists of rows are the same, row by row (bounds and widths).
#pragma once

#include "core/text/text_layout.h"

#include <vector>

namespace cw::testing {

inline bool same_rows(const std::vector<TextRow>& a, const std::vector<TextRow>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].next != b[i].next || a[i].width != b[i].width) {
            return false;
        }
    }
    return true;
}

} // namespace cw::testing
