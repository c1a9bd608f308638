// What the fuzz targets check beyond the sanitizers: promises the core's headers make about their
// results. A broken promise aborts, which libFuzzer reports as a crash and saves the input.
#pragma once

#include <cstdio>
#include <cstdlib>

inline void expect_invariant(bool holds, const char* promise)
{
    if (holds) return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}
