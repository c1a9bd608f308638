// A measure for layout tests: a CJK character or an emoji is 2 units wide, anything else 1; a whole
// emoji ZWJ sequence is 2, as the browser draws it as one picture.
#pragma once

#include "core/text/character_class.h"
#include "core/text/text_layout.h"
#include "core/text/utf8.h"

#include <string_view>

namespace cw::testing {

inline float fake_advance(std::string_view cluster)
{
    const char32_t first = decode_utf8_at(cluster, 0).code_point;
    if (cluster.find("\u200D") != std::string_view::npos) return 2;
    return is_ideographic(first) ? 2.0f : 1.0f;
}

inline const MeasureAdvance fake_measure = fake_advance;

} // namespace cw::testing
