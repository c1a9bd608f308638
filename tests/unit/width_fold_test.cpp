#include "core/text/width_fold.h"

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
