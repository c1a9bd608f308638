#include "core/text/text_length.h"

#include "core/text/utf8.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

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

TEST_CASE("a long text is measured a slice at a time with the same result as decoding it whole")
{
    // No ASCII at all, ill-formed bytes everywhere and runs of stray continuation bytes, so that slice
    // ends fall next to sequences, truncated sequences and errors of every kind.
    const std::string pieces[] = {"关注", "\xF0\x9F\x9A\x80", "é", "\x80\x80\x80\x80\x80", "\xE4\xB8", "\xF0\x9F", "\xFF", "\xC3"};
    std::string text;
    std::uint32_t state = 12345;
    while (text.size() < 400'000) {
        state = state * 1103515245u + 12345u;
        text += pieces[(state >> 16) % (sizeof pieces / sizeof pieces[0])];
    }
    for (const std::size_t size : {text.size(), std::size_t{65'536}, std::size_t{65'537}, std::size_t{131'075}}) {
        const std::string_view part(text.data(), size);
        CHECK(cw::measure_text_utf8(part) == cw::measure_text(cw::decode_utf8(part).code_points));
    }
}
