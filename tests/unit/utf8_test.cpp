#include "core/text/utf8.h"

#include <catch2/catch.hpp>

using cw::decode_utf8;
using cw::Utf8Error;

namespace {
std::string bytes(std::initializer_list<unsigned char> list)
{
    return std::string(list.begin(), list.end());
}
} // namespace

TEST_CASE("ASCII decodes to the same code points with their byte offsets")
{
    const auto decoded = decode_utf8("OBOL");
    CHECK(decoded.code_points == U"OBOL");
    CHECK(decoded.byte_offsets == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(decoded.errors.empty());
}

TEST_CASE("Chinese, a full-width sign and an emoji decode to one code point each")
{
    const auto decoded = decode_utf8("关注＄OBOL🚀");
    CHECK(decoded.code_points == U"关注＄OBOL🚀");
    // 关 and 注 and ＄ take three bytes each, the emoji four.
    CHECK(decoded.byte_offsets == std::vector<std::size_t>{0, 3, 6, 9, 10, 11, 12, 13});
    CHECK(decoded.errors.empty());
}

TEST_CASE("an empty text decodes to nothing")
{
    const auto decoded = decode_utf8("");
    CHECK(decoded.code_points.empty());
    CHECK(decoded.errors.empty());
}

TEST_CASE("a stray continuation byte becomes one U+FFFD and is reported")
{
    const auto decoded = decode_utf8("a" + bytes({0x80}) + "b");
    CHECK(decoded.code_points == U"a\uFFFDb");
    CHECK(decoded.errors == std::vector<Utf8Error>{{1, 1}});
}

TEST_CASE("a sequence cut short by the end of the text is one error")
{
    const auto decoded = decode_utf8("x" + bytes({0xE5, 0x85})); // 关 without its last byte
    CHECK(decoded.code_points == U"x\uFFFD");
    CHECK(decoded.errors == std::vector<Utf8Error>{{1, 2}});
}

TEST_CASE("a sequence cut short by an ASCII byte keeps that byte")
{
    const auto decoded = decode_utf8(bytes({0xE5, 0x85}) + "OBOL");
    CHECK(decoded.code_points == U"\uFFFDOBOL");
    CHECK(decoded.errors == std::vector<Utf8Error>{{0, 2}});
    CHECK(decoded.byte_offsets[1] == 2);
}

TEST_CASE("overlong forms are refused byte by byte")
{
    // C0 AF would be an overlong '/': C0 is never a lead byte, AF is a lone continuation byte.
    const auto decoded = decode_utf8(bytes({0xC0, 0xAF}));
    CHECK(decoded.code_points == U"\uFFFD\uFFFD");
    CHECK(decoded.errors == std::vector<Utf8Error>{{0, 1}, {1, 1}});

    // E0 80 80 would be an overlong NUL: E0 must be followed by A0..BF.
    const auto three = decode_utf8(bytes({0xE0, 0x80, 0x80}));
    CHECK(three.code_points == U"\uFFFD\uFFFD\uFFFD");
    CHECK(three.errors.size() == 3);
}

TEST_CASE("encoded surrogates are invalid")
{
    const auto decoded = decode_utf8(bytes({0xED, 0xA0, 0x80})); // U+D800
    CHECK(decoded.code_points == U"\uFFFD\uFFFD\uFFFD");
    CHECK(decoded.errors.size() == 3);
}

TEST_CASE("code points past U+10FFFF and bytes F5..FF are invalid")
{
    CHECK(decode_utf8(bytes({0xF4, 0x90, 0x80, 0x80})).errors.size() == 4);
    const auto decoded = decode_utf8(bytes({0xF5, 0xFF, 'a'}));
    CHECK(decoded.code_points == U"\uFFFD\uFFFDa");
    CHECK(decoded.errors == std::vector<Utf8Error>{{0, 1}, {1, 1}});
}

TEST_CASE("the largest code point and the last BMP one decode")
{
    CHECK(decode_utf8(bytes({0xF4, 0x8F, 0xBF, 0xBF})).code_points == U"\U0010FFFF");
    CHECK(decode_utf8(bytes({0xEF, 0xBF, 0xBF})).code_points == U"\uFFFF");
}

TEST_CASE("every byte value alone or in pairs decodes without a crash and keeps one offset per code point")
{
    for (int first = 0; first < 256; ++first) {
        for (int second = 0; second < 256; second += 15) {
            const auto decoded = decode_utf8(bytes({static_cast<unsigned char>(first), static_cast<unsigned char>(second)}));
            REQUIRE(decoded.code_points.size() == decoded.byte_offsets.size());
            REQUIRE(!decoded.code_points.empty());
            REQUIRE(decoded.code_points.size() <= 2);
        }
    }
}

TEST_CASE("encoding reverses decoding for valid text")
{
    const std::string text = "OBOL 分布式验证器 ＄OBOL 🚀 é";
    CHECK(cw::encode_utf8(decode_utf8(text).code_points) == text);
}

TEST_CASE("encoding a lone surrogate writes U+FFFD")
{
    CHECK(cw::encode_utf8(std::u32string(1, char32_t(0xDC00))) == "\xEF\xBF\xBD");
}

TEST_CASE("an offset counted in bytes and in a browser's UTF-16 units names the same place")
{
    const std::string text = "a你😀b"; // 1 + 3 + 4 + 1 bytes; 1 + 1 + 2 + 1 units
    CHECK(cw::utf16_offset_of(text, 0) == 0);
    CHECK(cw::utf16_offset_of(text, 1) == 1);
    CHECK(cw::utf16_offset_of(text, 4) == 2);
    CHECK(cw::utf16_offset_of(text, 8) == 4);
    CHECK(cw::utf16_offset_of(text, 9) == 5);
    CHECK(cw::utf16_offset_of(text, 99) == 5);
    for (const std::size_t bytes : {0, 1, 4, 8, 9}) CHECK(cw::byte_offset_of_utf16(text, cw::utf16_offset_of(text, bytes)) == bytes);
    CHECK(cw::byte_offset_of_utf16(text, 3) == 8); // inside the emoji's pair: after it, never inside its bytes
    CHECK(cw::byte_offset_of_utf16(text, 99) == 9);
}

TEST_CASE("stray continuation bytes decode to one U+FFFD each, however many more than the text's characters")
{
    const auto decoded = decode_utf8(bytes({0x80, 0x80, 0xBF, 'a', 0xE4, 0xB8, 0xAD, 0x80}));
    CHECK(decoded.code_points == std::u32string{0xFFFD, 0xFFFD, 0xFFFD, U'a', U'中', 0xFFFD});
    CHECK(decoded.byte_offsets == std::vector<std::size_t>{0, 1, 2, 3, 4, 7});
    CHECK(decoded.errors == std::vector<Utf8Error>{{0, 1}, {1, 1}, {2, 1}, {7, 1}});
}

TEST_CASE("decoding one step at a time reads what decode_utf8 reads")
{
    const std::string text = "a中" + bytes({0xE4, 0xB8, 'b', 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0x80, 0xC0});
    const auto decoded = decode_utf8(text);
    std::size_t at = 0;
    for (std::size_t i = 0; i < decoded.code_points.size(); ++i) {
        const cw::DecodeStep step = cw::decode_utf8_step(text, at);
        CHECK(at == decoded.byte_offsets[i]);
        CHECK(step.code_point == decoded.code_points[i]);
        at += step.length;
    }
    CHECK(at == text.size());
}

TEST_CASE("an ASCII run is counted across eight-byte words and stops at the first other byte")
{
    CHECK(cw::ascii_run_length("", 0) == 0);
    CHECK(cw::ascii_run_length("abcdefg", 0) == 7);
    CHECK(cw::ascii_run_length("abcdefgh", 0) == 8);
    CHECK(cw::ascii_run_length("abcdefghijklmnopq", 0) == 17);
    CHECK(cw::ascii_run_length("abcdefgh中", 0) == 8);
    CHECK(cw::ascii_run_length("abcdefghi中", 2) == 7);
    CHECK(cw::ascii_run_length("中abc", 0) == 0);
    CHECK(cw::ascii_run_length("abcdefghijklmno" + bytes({0x80}), 0) == 15);
}
