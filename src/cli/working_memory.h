// The memory a check works in, asked of the kernel in one call before the check starts.
#pragma once

#include <cstddef>

namespace cw::cli {

// A check's memory grows with the draft: its code points (four bytes each), its links, its own text's
// bits; about five times a Chinese draft's bytes at the most. Touched for the first time page by page,
// each page costs a page fault; in a virtual machine a fault can cost several microseconds (8 where
// this was measured), which made half of a 1 MiB draft's check. Asked for at once, the kernel maps the
// pages in one call (a twentieth of the time), in 2 MB pages where the system allows them, and the
// allocator keeps them for the check: the 1 MiB check went from 48-52 to about 100 MB/s there. Where
// the system cannot (not Linux 5.14 or later, not glibc), nothing changes. For a one-shot process: the
// memory is not given back before it exits.
void reserve_working_memory(std::size_t bytes);

// The working memory a check of a draft of this many bytes may need.
std::size_t check_working_memory(std::size_t draft_bytes);

} // namespace cw::cli
