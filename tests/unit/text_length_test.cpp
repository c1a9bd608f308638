#include "core/text_length.h"

#include <catch2/catch.hpp>

TEST_CASE("length counts code points and weighs CJK and full-width as two")
{
    struct Case {
        const char* behaviour;
        std::string text;
        std::size_t code_points;
        std::size_t weighted;
    };
    const std::vector<Case> cases = {
        {"ASCII counts one each", "OBOL", 4, 4},
        {"Chinese counts two each", "分布式", 3, 6},
        {"full-width letters count two each", "ＯＢＯＬ", 4, 8},
        {"CJK punctuation counts two", "。，", 2, 4},
        {"Latin with accents counts one", "café", 4, 4},
        {"curly quotes and dashes count one", "“—”", 3, 3},
        {"an emoji counts two", "🚀", 1, 2},
        {"the ideographic space counts two", "\u3000", 1, 2},
        {"a mixed post adds up", "关注 $OBOL！", 9, 12},
        {"an empty text is zero", "", 0, 0},
        {"an invalid byte is one replacement character, weighing two", "\xFF", 1, 2},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour);
        CHECK(cw::measure_text_utf8(c.text) == cw::TextLength{c.code_points, c.weighted});
    }
}
