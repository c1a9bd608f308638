// load_progress() on any bytes: a saved state may be corrupt (edited, truncated, from another
// version). The loader gives the progress or the reason; a progress it reads saves and loads back
// the same.
#include "core/campaign/progress.h"
#include "invariant.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const cw::ProgressLoad load = cw::load_progress(std::string_view(reinterpret_cast<const char*>(data), size), "obol");
    expect_invariant(load.progress.has_value() == load.problem.empty(), "a progress, or the reason, never both");
    if (!load.progress) return 0;

    const cw::ProgressLoad again = cw::load_progress(cw::save_progress(*load.progress), "obol");
    expect_invariant(again.progress.has_value(), "a saved progress loads");
    expect_invariant(*again.progress == *load.progress, "a progress saves and loads back the same");
    return 0;
}
