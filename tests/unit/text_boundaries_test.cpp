#include "core/text/text_boundaries.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cw::TextRange;

namespace {
// Every cluster boundary walking forward from 0.
std::vector<std::size_t> forward_stops(std::string_view text)
{
    std::vector<std::size_t> stops{0};
    for (std::size_t at = 0; at < text.size();) stops.push_back(at = cw::next_cluster(text, at));
    return stops;
}

std::vector<std::size_t> backward_stops(std::string_view text)
{
    std::vector<std::size_t> stops{text.size()};
    for (std::size_t at = text.size(); at > 0;) stops.insert(stops.begin(), at = cw::previous_cluster(text, at));
    return stops;
}
} // namespace

TEST_CASE("code_point_floor moves an offset inside a character back to its start")
{
    const std::string text = "a中b"; // 中 takes bytes 1..3
    CHECK(cw::code_point_floor(text, 0) == 0);
    CHECK(cw::code_point_floor(text, 2) == 1);
    CHECK(cw::code_point_floor(text, 3) == 1);
    CHECK(cw::code_point_floor(text, 4) == 4);
    CHECK(cw::code_point_floor(text, 99) == text.size());
}

TEST_CASE("each invalid byte is a character of its own")
{
    const std::string text = "a\xE4\xB8" "b\x80\xFF"; // a truncated 中, a lone continuation byte, 0xFF
    CHECK(cw::code_point_floor(text, 2) == 2);
    CHECK(forward_stops(text) == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6});
    CHECK(backward_stops(text) == forward_stops(text));
}

TEST_CASE("a letter with combining marks is one cluster")
{
    const std::string text = "e\u0301\u0323x\u1AB0\u20D0\uFE20y";
    CHECK(forward_stops(text) == std::vector<std::size_t>{0, 5, 15, 16});
    CHECK(backward_stops(text) == forward_stops(text));
}

TEST_CASE("emoji with skin tones, variation selectors, ZWJ families and keycaps are one cluster each")
{
    const std::string thumbs = "👍🏽";
    const std::string family = "👨‍👩‍👧‍👦";
    const std::string heart = "❤️";
    const std::string keycap = "1️⃣";
    const std::string text = thumbs + family + heart + keycap + "z";
    const std::size_t a = thumbs.size(), b = a + family.size(), c = b + heart.size(), d = c + keycap.size();
    CHECK(forward_stops(text) == std::vector<std::size_t>{0, a, b, c, d, d + 1});
    CHECK(backward_stops(text) == forward_stops(text));
}

TEST_CASE("regional indicators pair up into flags, counted from the first")
{
    const std::string cn = "🇨🇳", us = "🇺🇸";
    const std::string text = cn + us + "🇯"; // two flags and a lone indicator
    CHECK(forward_stops(text) == std::vector<std::size_t>{0, 8, 16, 20});
    CHECK(backward_stops(text) == forward_stops(text));
    CHECK(cw::next_cluster(text, 4) == 8); // from inside the first flag
}

TEST_CASE("a tag sequence (the flag of Scotland) is one cluster")
{
    const std::string scotland = "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";
    CHECK(forward_stops(scotland + "a") == std::vector<std::size_t>{0, scotland.size(), scotland.size() + 1});
}

TEST_CASE("CR LF is one cluster and a line break never takes marks")
{
    const std::string text = "a\r\n\u0301b";
    CHECK(forward_stops(text) == std::vector<std::size_t>{0, 1, 3, 5, 6});
    CHECK(backward_stops(text) == forward_stops(text));
}

TEST_CASE("a caret inside a cluster moves to the cluster's ends")
{
    const std::string text = "a👍🏽b"; // 👍 at 1..5, the tone at 5..9
    CHECK(cw::next_cluster(text, 5) == 9);
    CHECK(cw::previous_cluster(text, 5) == 1);
}

TEST_CASE("Ctrl+Right goes past the end of the next Latin word, digits, apostrophes and underscores inside")
{
    const std::string text = "  don't stop_now 2024, ok";
    CHECK(cw::next_word_end(text, 0) == 7);
    CHECK(cw::next_word_end(text, 7) == 16);
    CHECK(cw::next_word_end(text, 16) == 21);
    CHECK(cw::next_word_end(text, 21) == text.size());
    CHECK(cw::next_word_end(text, text.size()) == text.size());
}

TEST_CASE("Ctrl+Left goes to the start of the previous word")
{
    const std::string text = "don't stop_now 2024, ok";
    CHECK(cw::previous_word_start(text, text.size()) == 21);
    CHECK(cw::previous_word_start(text, 21) == 15);
    CHECK(cw::previous_word_start(text, 15) == 6);
    CHECK(cw::previous_word_start(text, 6) == 0);
    CHECK(cw::previous_word_start(text, 0) == 0);
}

TEST_CASE("a run of Chinese is a word up to punctuation, a blank or Latin text")
{
    const std::string text = "质押代币，瓜分OBOL奖励 好";
    const std::size_t comma = 12, obol = 21, reward = 25;
    CHECK(cw::next_word_end(text, 0) == comma);
    CHECK(cw::next_word_end(text, comma) == obol); // 瓜分 ends where OBOL starts
    CHECK(cw::next_word_end(text, obol) == reward);
    CHECK(cw::next_word_end(text, reward) == reward + 6);
    CHECK(cw::previous_word_start(text, reward) == obol);
    CHECK(cw::previous_word_start(text, obol) == comma + 3);
}

TEST_CASE("a double-click selects the Latin word, one Chinese character, a run of blanks or one cluster")
{
    const std::string text = "hi don't   质押，👍🏽";
    CHECK(cw::word_at(text, 4) == TextRange{3, 8});   // don't
    CHECK(cw::word_at(text, 9) == TextRange{8, 11});  // the three blanks
    CHECK(cw::word_at(text, 14) == TextRange{14, 17}); // 押
    CHECK(cw::word_at(text, 17) == TextRange{17, 20}); // ，
    CHECK(cw::word_at(text, 20) == TextRange{20, 28}); // the thumbs-up with its tone
    CHECK(cw::word_at(text, text.size()) == TextRange{20, 28});
    CHECK(cw::word_at("", 0) == TextRange{0, 0});
}

TEST_CASE("a double-click past the end of a line selects its last word, not the line break")
{
    const std::string text = "one two\nthree";
    CHECK(cw::word_at(text, 7) == TextRange{4, 7});
    CHECK(cw::word_at("a\n\nb", 2) == TextRange{2, 3});
}

TEST_CASE("a triple-click selects the paragraph without its line breaks")
{
    const std::string text = "first\r\nsecond line\nthird";
    CHECK(cw::paragraph_at(text, 0) == TextRange{0, 5});
    CHECK(cw::paragraph_at(text, 10) == TextRange{7, 18});
    CHECK(cw::paragraph_at(text, 18) == TextRange{7, 18});
    CHECK(cw::paragraph_at(text, text.size()) == TextRange{19, text.size()});
    CHECK(cw::paragraph_at("a\n", 2) == TextRange{2, 2});
}

TEST_CASE("boundaries stay on code points in any bytes")
{
    std::string text;
    for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i * 37 % 256));
    text += "中\u0301👨‍👩‍👧🇨🇳\xE2\x80\x8D";
    const auto on_code_point = [&](std::size_t offset) { return cw::code_point_floor(text, offset) == offset; };
    for (std::size_t at = 0; at <= text.size(); ++at) {
        const std::size_t floor = cw::code_point_floor(text, at);
        CHECK(on_code_point(cw::next_cluster(text, at)));
        CHECK(cw::next_cluster(text, at) > std::min(floor, text.size() - 1));
        CHECK(on_code_point(cw::previous_cluster(text, at)));
        CHECK(on_code_point(cw::next_word_end(text, at)));
        CHECK(on_code_point(cw::previous_word_start(text, at)));
        const TextRange word = cw::word_at(text, at);
        CHECK(word.start < word.end);
        CHECK(on_code_point(word.start));
        CHECK(on_code_point(word.end));
    }
    CHECK(backward_stops(text) == forward_stops(text));
}
