#include "core/text/text_layout.h"

#include "core/text/text_boundaries.h"
#include "core/text/utf8.h"
#include "fake_measure.h"
#include "same_rows.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cw::TextRow;
using cw::testing::fake_measure;
using cw::testing::same_rows;

namespace {

std::vector<std::string> shown(std::string_view text, const std::vector<TextRow>& rows)
{
    std::vector<std::string> lines;
    for (const TextRow& row : rows) lines.emplace_back(text.substr(row.start, row.end - row.start));
    return lines;
}

// The promise every layout keeps: rows cover the text exactly once, in order, on cluster boundaries,
// each within the width unless one cluster alone is wider.
void check_rows_cover(std::string_view text, const std::vector<TextRow>& rows, float width)
{
    REQUIRE(!rows.empty());
    CHECK(rows.front().start == 0);
    CHECK(rows.back().next == text.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TextRow& row = rows[i];
        CHECK(row.start <= row.end);
        CHECK(row.end <= row.next);
        if (i + 1 < rows.size()) CHECK(rows[i + 1].start == row.next);
        CHECK((row.end == text.size() || cw::previous_cluster(text, cw::next_cluster(text, row.end)) == row.end));
        if (cw::next_cluster(text, row.start) < row.end) {
            // More than one cluster: it fits, but for blanks hanging before a line break.
            std::size_t shown_end = row.end;
            while (shown_end > row.start && (text[shown_end - 1] == ' ')) --shown_end;
            float shown_width = 0;
            for (std::size_t at = row.start; at < shown_end; at = cw::next_cluster(text, at)) {
                shown_width += fake_measure(text.substr(at, cw::next_cluster(text, at) - at));
            }
            CHECK(shown_width <= width);
        }
    }
}

char32_t first_code_point(std::string_view text, std::size_t offset)
{
    return cw::decode_utf8_at(text, offset).code_point;
}

char32_t last_code_point(std::string_view text, std::size_t end)
{
    return cw::decode_utf8_at(text, cw::code_point_floor(text, end - 1)).code_point;
}

// The fake measure, counting the clusters it is asked for.
cw::MeasureAdvance counting_measure(int& measured)
{
    return [&measured](std::string_view cluster) {
        ++measured;
        return cw::testing::fake_advance(cluster);
    };
}

const std::string kChineseParagraph =
    "调研项目：Obol 分布式验证器（DV）让以太坊质押更去中心化，容错、没有单点故障。"
    "质押 GT、BTC、OBOL 瓜分 2,250,000 OBOL，年化最高 168%！你准备好了吗？"
    "「一起来」《白皮书》说得很清楚……详情见 https://www.gate.io/launchpool/OBOL?ref=abc 。";

} // namespace

TEST_CASE("an empty text is one empty row")
{
    const auto rows = cw::layout_rows("", 10, fake_measure);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].start == 0);
    CHECK(rows[0].next == 0);
    CHECK(rows[0].width == 0);
}

TEST_CASE("a line break ends a row and a text ending in one ends with an empty row")
{
    const std::string text = "ab\n\ncd\n";
    const auto rows = cw::layout_rows(text, 10, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"ab", "", "cd", ""});
    CHECK(rows[0].next == 3);
    check_rows_cover(text, rows, 10);
}

TEST_CASE("Latin words wrap at blanks, which go between the rows")
{
    const std::string text = "one two three four";
    const auto rows = cw::layout_rows(text, 9, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"one two", "three", "four"});
    CHECK(rows[0].end == 7);
    CHECK(rows[0].next == 8);
    CHECK(rows[0].width == 7);
    check_rows_cover(text, rows, 9);
}

TEST_CASE("Latin words and numbers stay whole")
{
    const std::string text = "pools share 2,250,000 OBOL tokens";
    for (float width = 10; width <= 34; width += 1) {
        const auto rows = cw::layout_rows(text, width, fake_measure);
        check_rows_cover(text, rows, width);
        for (const TextRow& row : rows) {
            if (row.end < text.size()) CHECK((text[row.end] == ' '));
        }
    }
}

TEST_CASE("a long Chinese paragraph wraps between characters, never before closing or after opening marks")
{
    // From 15 units on, every piece of the URL fits a row with what must stay with it (the last piece,
    // a blank and the 。 after it), so no row is a word cut wherever it had to be.
    for (float width = 15; width <= 40; width += 1) {
        CAPTURE(width);
        const auto rows = cw::layout_rows(kChineseParagraph, width, fake_measure);
        check_rows_cover(kChineseParagraph, rows, width);
        for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
            const TextRow& row = rows[i];
            const TextRow& next = rows[i + 1];
            {
                const char32_t begins = first_code_point(kChineseParagraph, next.start);
                const char32_t ends = last_code_point(kChineseParagraph, row.end);
                CAPTURE(shown(kChineseParagraph, {row})[0]);
                CHECK(std::u32string_view(U"，。！？、）」》…；：").find(begins) == std::u32string_view::npos);
                CHECK(std::u32string_view(U"（「《“").find(ends) == std::u32string_view::npos);
            }
        }
    }
}

TEST_CASE("a Chinese row is filled up to the width")
{
    const std::string text = "一二三四五六七八九十";
    const auto rows = cw::layout_rows(text, 7, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"一二三", "四五六", "七八九", "十"});
}

TEST_CASE("a closing mark takes the character before it to the next row")
{
    const std::string text = "一二三，四";
    const auto rows = cw::layout_rows(text, 6, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"一二", "三，四"});
}

TEST_CASE("an opening mark goes to the next row with what it opens")
{
    const std::string text = "一二「三」";
    const auto rows = cw::layout_rows(text, 6, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"一二", "「三」"});
}

TEST_CASE("Chinese and Latin text may break where they meet")
{
    const std::string text = "质押OBOL代币";
    const auto rows = cw::layout_rows(text, 7, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"质押", "OBOL代", "币"});
}

TEST_CASE("a URL longer than the width breaks after a slash, and anywhere when a piece is still too long")
{
    const std::string text = "see https://www.gate.io/launchpool/OBOL_USDT_and_more_text now";
    const auto rows = cw::layout_rows(text, 12, fake_measure);
    check_rows_cover(text, rows, 12);
    CHECK(shown(text, rows) == std::vector<std::string>{"see https://", "www.gate.io/", "launchpool/",
                                                        "OBOL_USDT_an", "d_more_text", "now"});
}

TEST_CASE("an emoji ZWJ sequence, a flag and a letter with its marks never split")
{
    const std::string family = "👨‍👩‍👧‍👦";
    const std::string text = family + family + "🇨🇳🇨🇳" + "e\u0301e\u0301e\u0301";
    for (float width = 0; width <= 8; width += 1) {
        const auto rows = cw::layout_rows(text, width, fake_measure);
        check_rows_cover(text, rows, width);
    }
    const auto rows = cw::layout_rows(text, 1, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{family, family, "🇨🇳", "🇨🇳", "e\u0301", "e\u0301", "e\u0301"});
}

TEST_CASE("blanks at a break hang past the width; leading blanks of a paragraph are shown")
{
    const std::string text = "  ab      cd";
    const auto rows = cw::layout_rows(text, 5, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"  ab", "cd"});
    CHECK(rows[0].next == 10);
}

TEST_CASE("blanks before a line break stay on the row, so the caret after them is seen")
{
    const std::string text = "abc   \nd";
    const auto rows = cw::layout_rows(text, 4, fake_measure);
    CHECK(shown(text, rows) == std::vector<std::string>{"abc   ", "d"});
}

namespace {

// Pieces to edit with: letters, blanks, Chinese, punctuation, emoji, line breaks, marks.
const std::vector<std::string> kPieces = {"a",  "word ", " ",  "中", "文字", "，", "。", "「", "」", "👍🏽", "👨‍👩‍👧",
                                          "\n", "-",     "/",  "🇨🇳", "\u0301", "\u200D", "OBOL", "   "};

void edit_at_random(const std::string& start_text, float width, unsigned seed)
{
    std::string text = start_text;
    cw::TextLayout layout;
    layout.reset(text, width, fake_measure);
    unsigned state = seed;
    const auto random = [&](std::size_t below) {
        state = state * 1103515245u + 12345u;
        return below == 0 ? 0 : static_cast<std::size_t>((state >> 8) % below);
    };
    for (int step = 0; step < 300; ++step) {
        const std::size_t start = cw::code_point_floor(text, random(text.size() + 1));
        std::size_t old_end = start;
        if (random(3) == 0) old_end = cw::code_point_floor(text, start + random(12));
        std::string inserted;
        for (std::size_t n = random(3); n > 0; --n) inserted += kPieces[random(kPieces.size())];
        text.replace(start, old_end - start, inserted);
        layout.update(text, start, old_end, start + inserted.size(), fake_measure);
        const auto expected = cw::layout_rows(text, width, fake_measure);
        if (!same_rows(layout.rows(), expected)) {
            CAPTURE(seed, step, text, start, old_end, inserted);
            FAIL("the updated rows differ from layout_rows");
        }
    }
}

} // namespace

TEST_CASE("TextLayout::update gives what layout_rows gives after edits anywhere")
{
    std::string long_paragraph;
    for (int i = 0; i < 8; ++i) long_paragraph += kChineseParagraph;
    std::string paragraphs;
    for (int i = 0; i < 8; ++i) paragraphs += kChineseParagraph + "\n";
    for (unsigned seed = 1; seed <= 6; ++seed) {
        edit_at_random("", 10, seed);
        edit_at_random(long_paragraph, 17, seed);
        edit_at_random(paragraphs, 31, seed);
        edit_at_random(long_paragraph, 3, seed);
    }
}

TEST_CASE("typing into a long paragraph relays only the rows around the change")
{
    std::string text;
    for (int i = 0; i < 200; ++i) text += kChineseParagraph;
    cw::TextLayout layout;
    layout.reset(text, 40, fake_measure);
    int measured = 0;
    const cw::MeasureAdvance counting = counting_measure(measured);
    const std::size_t at = cw::code_point_floor(text, text.size() / 2);
    text.insert(at, "字");
    layout.update(text, at, at, at + 3, counting);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 40, fake_measure)));
    CHECK(measured < 1000); // the text has about 25,000 clusters
}

TEST_CASE("the caret's row is the last row starting at or before it")
{
    const std::string text = "one two three";
    cw::TextLayout layout;
    layout.reset(text, 8, fake_measure);
    REQUIRE(layout.rows().size() == 2); // "one two" | "three"
    CHECK(layout.row_of(0) == 0);
    CHECK(layout.row_of(7) == 0);
    CHECK(layout.row_of(8) == 1); // at the soft break: the start of the next row
    CHECK(layout.row_of(text.size()) == 1);
}

TEST_CASE("x in a row and the offset at an x go by cluster, read from the measured clusters")
{
    const std::string text = "a中👍🏽b";
    cw::TextLayout layout;
    int measured = 0;
    layout.reset(text, 100, [&](std::string_view cluster) {
        ++measured;
        return cw::testing::fake_advance(cluster);
    });
    const int measured_by_layout = measured;
    const TextRow row = layout.row(0);
    CHECK(layout.x_in_row(0, 0) == 0);
    CHECK(layout.x_in_row(0, 1) == 1);
    CHECK(layout.x_in_row(0, 4) == 3);
    CHECK(layout.x_in_row(0, 8) == 3); // inside the emoji: before it
    CHECK(layout.x_in_row(0, 12) == 5);
    CHECK(layout.x_in_row(0, 99) == row.width);
    CHECK(layout.offset_at_x(0, -5) == 0);
    CHECK(layout.offset_at_x(0, 1.9f) == 1);
    CHECK(layout.offset_at_x(0, 2.1f) == 4);
    CHECK(layout.offset_at_x(0, 3.5f) == 4);
    CHECK(layout.offset_at_x(0, 4.5f) == 12);
    CHECK(layout.offset_at_x(0, 50) == text.size());
    CHECK(measured == measured_by_layout); // nothing measured again
}

TEST_CASE("x and the offset at x in later rows and paragraphs")
{
    const std::string text = "ab cd\n中文字\nxy";
    cw::TextLayout layout;
    layout.reset(text, 4, fake_measure);
    REQUIRE(shown(text, layout.rows()) == std::vector<std::string>{"ab", "cd", "中文", "字", "xy"});
    CHECK(layout.x_in_row(1, 4) == 1);
    CHECK(layout.offset_at_x(1, 1.9f) == 5);
    CHECK(layout.x_in_row(2, 9) == 2);
    CHECK(layout.offset_at_x(3, 0.2f) == 12);
    CHECK(layout.offset_at_x(4, 1.2f) == 17);
}

TEST_CASE("blanks before a closing mark or after an opening one are no place to break")
{
    const std::string before_closing = "ab cd 。";
    CHECK(shown(before_closing, cw::layout_rows(before_closing, 6, fake_measure)) == std::vector<std::string>{"ab", "cd 。"});
    const std::string after_opening = "ab （ cd";
    CHECK(shown(after_opening, cw::layout_rows(after_opening, 6, fake_measure)) == std::vector<std::string>{"ab", "（ cd"});
}

TEST_CASE("a mark typed at the end of a row joins the letter before it, and the layout follows")
{
    std::string text = "abc def";
    cw::TextLayout layout;
    layout.reset(text, 3, fake_measure);
    text.insert(3, "\u0301");
    layout.update(text, 3, 3, 5, fake_measure);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 3, fake_measure)));
    CHECK(shown(text, layout.rows()) == std::vector<std::string>{"abc\u0301", "def"});
}

TEST_CASE("a new width lays the text out again")
{
    const std::string text = "one two three";
    cw::TextLayout layout;
    layout.reset(text, 8, fake_measure);
    layout.reset(text, 100, fake_measure);
    CHECK(layout.width() == 100);
    CHECK(layout.rows().size() == 1);
}

TEST_CASE("a new width lays the rows again from the measured clusters, as a new layout would")
{
    const std::string text = "分布式验证器让以太坊质押更安全。Obol splits one validator across several nodes, "
                             "https://docs.obol.org/docs/int/key-concepts and more 🚀👍🏽 text.\n第二段。";
    const cw::MeasureAdvance measure = [](std::string_view cluster) { return cluster.size() > 1 ? 2.0f : 1.0f; };
    for (const float width : {7.0f, 13.0f, 40.0f, 1000.0f}) {
        cw::TextLayout layout;
        layout.reset(text, 20.0f, measure);
        layout.set_width(text, width);
        const std::vector<cw::TextRow> expected = cw::layout_rows(text, width, measure);
        REQUIRE(layout.rows().size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CHECK(layout.rows()[i].start == expected[i].start);
            CHECK(layout.rows()[i].end == expected[i].end);
            CHECK(layout.rows()[i].next == expected[i].next);
            CHECK(layout.rows()[i].width == expected[i].width);
        }
        CHECK(layout.width() == width);
    }
}

TEST_CASE("rows by index and the caret's row agree with the whole list after edits at both ends of many paragraphs")
{
    std::string text;
    for (int i = 0; i < 300; ++i) text += kChineseParagraph.substr(0, 60 + static_cast<std::size_t>(i % 7) * 3) + "\n";
    cw::TextLayout layout;
    layout.reset(text, 13, fake_measure);
    const std::vector<std::pair<std::size_t, std::string>> edits = {
        {0, "a"}, {text.size() - 5, "中文"}, {3, "\n"}, {text.size() / 2, "word "}, {0, "。"}, {text.size() - 1, "\n\n"}};
    for (const auto& [at_guess, inserted] : edits) {
        const std::size_t at = cw::code_point_floor(text, std::min(at_guess, text.size()));
        text.insert(at, inserted);
        layout.update(text, at, at, at + inserted.size(), fake_measure);
        const std::vector<TextRow> expected = cw::layout_rows(text, 13, fake_measure);
        REQUIRE(same_rows(layout.rows(), expected));
        REQUIRE(layout.row_count() == expected.size());
        for (std::size_t i = 0; i < expected.size(); i += 37) {
            CHECK(layout.row(i).start == expected[i].start);
            CHECK(layout.row(i).next == expected[i].next);
            CHECK(layout.row_of(expected[i].start) == i);
            CHECK(layout.row_of(expected[i].next - (expected[i].next > expected[i].start ? 1 : 0)) == i);
        }
    }
}

TEST_CASE("typing into one paragraph of many measures only around the key")
{
    std::string text;
    for (int i = 0; i < 2000; ++i) text += kChineseParagraph + "\n";
    cw::TextLayout layout;
    layout.reset(text, 40, fake_measure);
    int measured = 0;
    const cw::MeasureAdvance counting = counting_measure(measured);
    for (const std::size_t at : {std::size_t{3}, text.size() - 10, std::size_t{6}}) {
        text.insert(at, "字");
        layout.update(text, at, at, at + 3, counting);
    }
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 40, fake_measure)));
    CHECK(measured < 100); // the text has about 300,000 clusters
}

TEST_CASE("a cluster longer than a stored piece stays one cluster")
{
    // A letter with 4.5 million combining marks: 9 MB in one cluster, more than one 8-byte cluster holds.
    std::string text = "ab ";
    text += "e";
    for (int i = 0; i < 4'500'000; ++i) text += "\u0301";
    const std::size_t long_end = text.size();
    text += " cd";
    cw::TextLayout layout;
    layout.reset(text, 2, fake_measure);
    const std::vector<TextRow> rows = layout.rows();
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].start == 3);
    CHECK(rows[1].end == long_end);
    CHECK(layout.x_in_row(1, long_end) == rows[1].width);
    CHECK(layout.x_in_row(1, 4 + 2 * 1000) == 0); // inside it: before it
    CHECK(layout.offset_at_x(1, 0.1f) == 3);
    text.insert(1, "x");
    layout.update(text, 1, 1, 2, fake_measure);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 2, fake_measure)));
    text.insert(long_end + 1, "\u0301");
    layout.update(text, long_end + 1, long_end + 1, long_end + 3, fake_measure);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 2, fake_measure)));
}
