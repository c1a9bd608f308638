#include "core/text/width_fold.h"

#include "core/text/utf8.h"

#include <catch2/catch.hpp>

TEST_CASE("full-width Latin letters fold to ASCII")
{
    CHECK(cw::fold_width_utf8("ＯＢＯＬ") == "OBOL");
    CHECK(cw::fold_width_utf8("ｏｂｏｌ") == "obol");
}

TEST_CASE("full-width digits, the dollar sign and the ideographic space fold")
{
    CHECK(cw::fold_width_utf8("＄ＯＢＯＬ　２，２５０，０００") == "$OBOL 2,250,000");
}

TEST_CASE("the first and last full-width forms fold to ! and ~")
{
    CHECK(cw::fold_width(U'！') == U'!');
    CHECK(cw::fold_width(U'～') == U'~');
    CHECK(cw::fold_width(char32_t(0xFF5F)) == char32_t(0xFF5F)); // ｟ has no ASCII form
}

TEST_CASE("Chinese text and CJK punctuation without an ASCII form are left as they are")
{
    CHECK(cw::fold_width_utf8("关注$OBOL。【质押】《GT》、") == "关注$OBOL。【质押】《GT》、");
}

TEST_CASE("full-width punctuation with an ASCII form folds to it")
{
    CHECK(cw::fold_width_utf8("质押：GT，BTC！") == "质押:GT,BTC!");
}

TEST_CASE("folding leaves ASCII unchanged and replaces ill-formed bytes")
{
    CHECK(cw::fold_width_utf8("https://www.gate.io/trade/OBOL_USDT") == "https://www.gate.io/trade/OBOL_USDT");
    CHECK(cw::fold_width_utf8(std::string("Ｏ\xFF")) == "O\xEF\xBF\xBD");
}

namespace {
// What folding means, one code point at a time: the reference the fast UTF-8 path must agree with.
std::string fold_by_code_points(const std::string& utf8)
{
    return cw::encode_utf8(cw::fold_width(cw::decode_utf8(utf8).code_points));
}
} // namespace

TEST_CASE("a full-width form folds wherever an ASCII run before it ends, across eight-byte words")
{
    for (std::size_t ascii = 0; ascii <= 17; ++ascii) {
        const std::string before(ascii, 'a');
        CHECK(cw::fold_width_utf8(before + "＄ＯＢＯＬ　" + before) == before + "$OBOL " + before);
        CHECK(cw::fold_width_utf8(before + "中文" + before) == before + "中文" + before);
    }
}

TEST_CASE("ill-formed bytes fold to U+FFFD as decoding reads them, between ASCII and CJK text")
{
    CHECK(cw::fold_width_utf8("abc\xE4\xB8" "d") == "abc\xEF\xBF\xBD" "d");           // cut short by ASCII
    CHECK(cw::fold_width_utf8("中\xE4\xB8") == "中\xEF\xBF\xBD");                     // cut short by the end
    CHECK(cw::fold_width_utf8("\x80\x80Ｏ") == "\xEF\xBF\xBD\xEF\xBF\xBD" "O");        // stray continuations
    CHECK(cw::fold_width_utf8("\xEF\xBC") == "\xEF\xBF\xBD");                         // a full-width form's start
    CHECK(cw::fold_width_utf8("\xC0\xAF/") == "\xEF\xBF\xBD\xEF\xBF\xBD/");           // an overlong '/'
    CHECK(cw::fold_width_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
}

TEST_CASE("folding UTF-8 in place agrees with folding its code points for every short byte sequence")
{
    const unsigned char interesting[] = {'a', 0x80, 0xA0, 0xBC, 0xBD, 0xBF, 0xC2, 0xE0, 0xE3, 0xE4,
                                         0xED, 0xEF, 0xF0, 0xF4, 0xFF, 0x81, 0x9E, 0x8F};
    for (unsigned char a : interesting) {
        for (unsigned char b : interesting) {
            for (unsigned char c : interesting) {
                for (unsigned char d : {static_cast<unsigned char>('x'), static_cast<unsigned char>(0x80), static_cast<unsigned char>(0xBC), static_cast<unsigned char>(0x81)}) {
                    const std::string text{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                                           static_cast<char>(d)};
                    REQUIRE(cw::fold_width_utf8(text) == fold_by_code_points(text));
                    REQUIRE(cw::fold_width_utf8("12345678" + text + "中") == fold_by_code_points("12345678" + text + "中"));
                }
            }
        }
    }
    // Every full-width form and its neighbours.
    for (char32_t c = 0xFEFF; c <= 0xFF70; ++c) {
        const std::string text = "x" + cw::encode_utf8(std::u32string(1, c)) + "y";
        REQUIRE(cw::fold_width_utf8(text) == fold_by_code_points(text));
    }
}
