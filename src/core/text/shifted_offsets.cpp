#include "core/text/shifted_offsets.h"

#include <algorithm>

namespace cw {

void ShiftedOffsets::move_pending_to(std::size_t index)
{
    index = std::min(index, stored_.size());
    if (pending_ == 0) {
        pending_from_ = index;
        return;
    }
    for (std::size_t i = pending_from_; i < index; ++i) stored_[i] += pending_;
    for (std::size_t i = index; i < pending_from_; ++i) stored_[i] -= pending_;
    pending_from_ = index;
}

void ShiftedOffsets::shift_from(std::size_t index, std::ptrdiff_t delta)
{
    move_pending_to(index);
    pending_ += static_cast<std::size_t>(delta);
}

void ShiftedOffsets::replace(std::size_t first, std::size_t last, const std::vector<std::size_t>& values)
{
    move_pending_to(first);
    const auto at = stored_.begin() + static_cast<std::ptrdiff_t>(first);
    stored_.erase(at, stored_.begin() + static_cast<std::ptrdiff_t>(last));
    stored_.insert(stored_.begin() + static_cast<std::ptrdiff_t>(first), values.begin(), values.end());
    for (std::size_t i = first; i < first + values.size(); ++i) stored_[i] -= pending_;
}

std::size_t ShiftedOffsets::last_at_or_before(std::size_t value) const
{
    // Binary search on the true values, which ascend.
    std::size_t low = 0;
    std::size_t high = stored_.size(); // the answer is the last index in [low, high) whose value <= value
    while (high - low > 1) {
        const std::size_t middle = low + (high - low) / 2;
        if ((*this)[middle] <= value) low = middle; else high = middle;
    }
    return low;
}

} // namespace cw
