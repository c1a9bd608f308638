#include "core/text/compact_decoding.h"

#include <catch2/catch.hpp>

#include <random>

namespace {

// Every offset the compact decoding gives against decode_utf8's full list.
void expect_same_as_full_decoding(const std::string& text)
{
    const cw::DecodedText full = cw::decode_utf8(text);
    const cw::CompactDecodedText compact = cw::decode_utf8_compact(text);
    REQUIRE(compact.code_points == full.code_points);
    REQUIRE(compact.errors == full.errors);
    for (std::size_t i = 0; i < full.byte_offsets.size(); ++i) REQUIRE(compact.offsets.byte_offset(i) == full.byte_offsets[i]);
    REQUIRE(compact.offsets.byte_offset(full.byte_offsets.size()) == text.size());
    REQUIRE(compact.offsets.byte_offset(full.byte_offsets.size() + 40) == text.size());
}

} // namespace

TEST_CASE("the compact decoding finds every code point's offset where decode_utf8 lists it")
{
    expect_same_as_full_decoding("");
    expect_same_as_full_decoding("OBOL");
    std::string mixed;
    for (int i = 0; i < 20; ++i) mixed += "Obol 是以太坊的分布式验证器（DV）网络，＄ＯＢＯＬ 🚀 https://www.gate.io/trade/OBOL_USDT。\n";
    expect_same_as_full_decoding(mixed);
}

TEST_CASE("the compact decoding counts ill-formed bytes as decode_utf8 does, far from a kept offset too")
{
    // Stray continuation bytes, cut sequences, surrogates and overlong forms between valid characters,
    // so that ill-formed stretches fall on and between the kept offsets.
    std::mt19937 random(23);
    const std::string pieces[] = {"a", "中", "🚀", "é", "\x80", "\xE4\xB8", "\xED\xA0\x80", "\xC0\xAF", "\xF0\x9F\x98", "\xFF", "\n"};
    for (int round = 0; round < 200; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 120);
        for (int i = 0; i < length; ++i) text += pieces[random() % std::size(pieces)];
        expect_same_as_full_decoding(text);
    }
}
