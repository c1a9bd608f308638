// An ascending list of offsets into a text (where each paragraph starts, the index of its first row)
// that an edit shifts from some entry on. The shift of the entries after the edit is kept pending and
// applied only as far as the next edit elsewhere needs, so typing at one place costs nothing per entry,
// and a jump from one end of a long text to the other costs the entries between once.
#pragma once

#include <cstddef>
#include <vector>

namespace cw {

class ShiftedOffsets {
public:
    std::size_t size() const { return stored_.size(); }
    std::size_t operator[](std::size_t index) const
    {
        return index >= pending_from_ ? stored_[index] + pending_ : stored_[index];
    }

    // Adds delta (negative: subtracts) to every entry from index on.
    void shift_from(std::size_t index, std::ptrdiff_t delta);
    // Replaces entries [first, last) with values (their true values); the entries after them keep theirs.
    void replace(std::size_t first, std::size_t last, const std::vector<std::size_t>& values);
    // The last entry <= value (0 when none is).
    std::size_t last_at_or_before(std::size_t value) const;

private:
    // Applies the pending shift to the entries between pending_from_ and index, or takes it back from
    // them, so that it is pending from index on.
    void move_pending_to(std::size_t index);

    // The entries at pending_from_ and after are stored without pending_ (unsigned: it wraps, and the
    // sum of the two is the true value).
    std::vector<std::size_t> stored_;
    std::size_t pending_from_ = 0;
    std::size_t pending_ = 0;
};

} // namespace cw
