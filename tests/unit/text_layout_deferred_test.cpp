// A long text laid out a part at a time (text_layout.h: reset_deferred, update_deferred, lay_out_*):
// what is asked for is laid out at once, the rest in slices, and the result is layout_rows()'s.
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

const std::string kLine = "Follow $OBOL https://www.gate.io/trade/OBOL_USDT and stake GT 关注 launchpool 质押 🚀\n";

std::string lines(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) text += kLine.substr(0, 30 + static_cast<std::size_t>(i % 11) * 5) + "\n";
    return text;
}

cw::MeasureAdvance counting_measure(std::size_t& measured)
{
    return [&measured](std::string_view cluster) {
        ++measured;
        return cw::testing::fake_advance(cluster);
    };
}

// The row that shows offset, as layout_rows() has it.
TextRow expected_row_at(const std::vector<TextRow>& rows, std::size_t offset)
{
    TextRow found = rows.front();
    for (const TextRow& row : rows) {
        if (row.start <= offset) found = row;
    }
    return found;
}

void lay_out_everything(cw::TextLayout& layout, std::string_view text)
{
    while (layout.has_pending()) layout.lay_out_pending(text, fake_measure, 1000);
}

} // namespace

TEST_CASE("a text laid out later measures only a sample, and counts an estimate of rows for each paragraph")
{
    const std::string text = lines(3000);
    std::size_t measured = 0;
    cw::TextLayout layout;
    layout.reset_deferred(text, 20, counting_measure(measured));
    CHECK(layout.has_pending());
    CHECK(measured < 4096); // the text has about 170,000 clusters
    const std::size_t expected = cw::layout_rows(text, 20, fake_measure).size();
    CHECK(layout.row_count() >= 3000); // a row at least for each paragraph
    CHECK(layout.row_count() > expected / 2);
    CHECK(layout.row_count() < expected * 2);
}

TEST_CASE("rows asked for are laid out at once, the rest in slices, and in the end they are layout_rows'")
{
    const std::string text = lines(3000);
    const std::vector<TextRow> expected = cw::layout_rows(text, 20, fake_measure);
    cw::TextLayout layout;
    layout.reset_deferred(text, 20, fake_measure);

    // The rows in view at the start are the right ones, at the right indices.
    layout.lay_out_rows(text, 0, 40, fake_measure);
    for (std::size_t i = 0; i < 40; ++i) {
        CHECK(layout.row(i).start == expected[i].start);
        CHECK(layout.row(i).next == expected[i].next);
    }
    // A caret near the end, before anything between was laid out: its row shows it.
    const std::size_t caret = cw::code_point_floor(text, text.size() - 100);
    layout.lay_out_bytes(text, caret, caret, fake_measure);
    const TextRow caret_row = layout.row(layout.row_of(caret));
    CHECK(caret_row.start == expected_row_at(expected, caret).start);
    CHECK(caret_row.end == expected_row_at(expected, caret).end);
    CHECK(layout.x_in_row(layout.row_of(caret), caret) > 0);

    // The rest, a slice at a time, each measuring about its budget.
    int slices = 0;
    while (layout.has_pending()) {
        std::size_t measured = 0;
        layout.lay_out_pending(text, counting_measure(measured), 10'000);
        CHECK(measured <= 10'000 + kLine.size());
        ++slices;
    }
    CHECK(slices > 10);
    CHECK(same_rows(layout.rows(), expected));
    CHECK(layout.row_count() == expected.size());
}

TEST_CASE("rows asked for by index come out right when the estimates before them were wrong")
{
    const std::string text = lines(500);
    const std::vector<TextRow> expected = cw::layout_rows(text, 7, fake_measure);
    cw::TextLayout layout;
    layout.reset_deferred(text, 7, fake_measure);
    layout.lay_out_rows(text, 0, 100, fake_measure); // the rows 0..100 are laid out: their indices are true
    for (std::size_t i = 0; i < 100; ++i) CHECK(layout.row(i).start == expected[i].start);
}

TEST_CASE("edits into a text laid out in part give layout_rows' rows once it is all laid out")
{
    std::string text = lines(400);
    cw::TextLayout layout;
    layout.reset_deferred(text, 13, fake_measure);
    layout.lay_out_rows(text, 0, 30, fake_measure);
    unsigned state = 7;
    const auto random = [&](std::size_t below) {
        state = state * 1103515245u + 12345u;
        return below == 0 ? 0 : static_cast<std::size_t>((state >> 8) % below);
    };
    const std::vector<std::string> pieces = {"a", "中文", "\n", " ", "。", lines(40), "\n\n", "👍🏽"};
    for (int step = 0; step < 200; ++step) {
        const std::size_t start = cw::code_point_floor(text, random(text.size() + 1));
        std::size_t old_end = start;
        if (random(4) == 0) old_end = cw::code_point_floor(text, start + random(200));
        const std::string inserted = pieces[random(pieces.size())];
        text.replace(start, old_end - start, inserted);
        if (inserted.size() > 100) {
            layout.update_deferred(text, start, old_end, start + inserted.size(), fake_measure);
        } else {
            layout.update(text, start, old_end, start + inserted.size(), fake_measure);
        }
        if (step % 3 == 0) layout.lay_out_pending(text, fake_measure, 500);
        if (step % 5 == 0) layout.lay_out_bytes(text, start, start, fake_measure);
        if (step % 20 == 0) {
            cw::TextLayout copy = layout;
            lay_out_everything(copy, text);
            if (!same_rows(copy.rows(), cw::layout_rows(text, 13, fake_measure))) {
                CAPTURE(step, start, old_end, inserted);
                FAIL("the rows differ from layout_rows");
            }
        }
    }
    lay_out_everything(layout, text);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 13, fake_measure)));
}

TEST_CASE("a new width keeps the paragraphs not laid out yet for later")
{
    const std::string text = lines(300);
    cw::TextLayout layout;
    layout.reset_deferred(text, 20, fake_measure);
    layout.lay_out_rows(text, 0, 10, fake_measure);
    layout.set_width(text, 9);
    CHECK(layout.has_pending());
    lay_out_everything(layout, text);
    CHECK(same_rows(layout.rows(), cw::layout_rows(text, 9, fake_measure)));
}
