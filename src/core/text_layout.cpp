#include "core/text_layout.h"

#include "core/character_class.h"
#include "core/text_boundaries.h"
#include "core/utf8.h"

#include <algorithm>

namespace cw {

namespace {

// May a row end between two shown clusters whose first code points are before and after?
bool may_break_between(char32_t before, char32_t after)
{
    if (is_closing_mark(after) || is_opening_mark(before)) return false;
    if (is_ideographic(before) || is_ideographic(after)) return true;
    return before == U'/' || (before == U'-' && after != U'-');
}

// One past the last byte read to find a cluster ending at end: cluster_end_from looks at the code point
// after it (at most 4 bytes), and at the end of the text the text's length is what it read.
std::size_t reach_of_cluster(std::size_t end, std::size_t text_size)
{
    return end + 4 > text_size ? text_size + 1 : end + 4;
}

struct LaidRow {
    TextRow row;
    std::size_t reach = 0;
};

// The row that starts at start: it depends on the text from start on and on nothing before it, which is
// what lets TextLayout::update stop as soon as a new row starts where an old one did.
LaidRow lay_row(std::string_view text, std::size_t start, float width, const MeasureAdvance& measure)
{
    const std::size_t size = text.size();
    LaidRow laid;
    laid.row.start = start;
    float x = 0;                  // the width of [start, at), the hanging blanks included
    bool shown_non_blank = false; // the row shows something besides leading blanks
    bool previous_blank = false;
    char32_t previous = 0;        // the first code point of the cluster before at
    // The last place the row may end, and where the next row would then start.
    bool can_break = false;
    TextRow at_break;

    const auto finish = [&](std::size_t end, std::size_t next, float row_width) {
        laid.row.end = end;
        laid.row.next = next;
        laid.row.width = row_width;
        return laid;
    };

    std::size_t at = start;
    while (true) {
        if (at >= size) {
            laid.reach = size + 1;
            return finish(size, size, x);
        }
        const std::size_t cluster_end = cluster_end_from(text, at);
        laid.reach = std::max(laid.reach, reach_of_cluster(cluster_end, size));
        const char32_t c = decode_utf8_at(text, at).code_point;
        if (c == U'\n' || (c == U'\r' && cluster_end - at == 2)) return finish(at, cluster_end, x);
        const float w = measure(text.substr(at, cluster_end - at));

        if (is_blank(c) && shown_non_blank) {
            // Blanks after something shown hang: they never push the row over, and when the row breaks
            // here they go between it and the next one.
            std::size_t run_end = cluster_end;
            float run_width = w;
            while (run_end < size) {
                const char32_t b = decode_utf8_at(text, run_end).code_point;
                if (!is_blank(b)) break;
                const std::size_t blank_end = cluster_end_from(text, run_end);
                laid.reach = std::max(laid.reach, reach_of_cluster(blank_end, size));
                run_width += measure(text.substr(run_end, blank_end - run_end));
                run_end = blank_end;
            }
            // No break in "（ a" nor "a 。": the blanks do not part an opening or closing mark from
            // its text (the ASCII quotes open and close alike, so they allow it).
            const char32_t after = decode_utf8_at(text, run_end).code_point;
            const bool closes = run_end < size && is_closing_mark(after) && after != U'"' && after != U'\'';
            if (!closes && !is_opening_mark(previous)) {
                can_break = true;
                at_break = {start, at, run_end, x};
            }
            x += run_width;
            at = run_end;
            previous_blank = true;
            previous = c;
            continue;
        }

        if (at > start && !is_blank(c)) {
            if (previous_blank && !shown_non_blank) {
                can_break = true; // after the leading blanks of a paragraph, which the row shows
                at_break = {start, at, at, x};
            } else if (!previous_blank && may_break_between(previous, c)) {
                can_break = true;
                at_break = {start, at, at, x};
            }
        }
        if (at > start && x + w > width) {
            // Over the width: end at the last break, or cut a word wider than the whole row here.
            if (can_break) return finish(at_break.end, at_break.next, at_break.width);
            return finish(at, at, x);
        }
        x += w;
        at = cluster_end;
        previous_blank = is_blank(c);
        shown_non_blank = shown_non_blank || !previous_blank;
        previous = c;
    }
}

// Lays rows from the row start `start` to the end of the text.
void lay_rows_from(std::string_view text, std::size_t start, float width, const MeasureAdvance& measure,
                   std::vector<TextRow>& rows, std::vector<std::size_t>& reaches)
{
    while (true) {
        const LaidRow laid = lay_row(text, start, width, measure);
        rows.push_back(laid.row);
        reaches.push_back(laid.reach);
        if (laid.row.end == text.size()) return;
        start = laid.row.next;
    }
}

} // namespace

std::vector<TextRow> layout_rows(std::string_view text, float width, const MeasureAdvance& measure)
{
    std::vector<TextRow> rows;
    std::vector<std::size_t> reaches;
    lay_rows_from(text, 0, width, measure, rows, reaches);
    return rows;
}

void TextLayout::reset(std::string_view text, float width, const MeasureAdvance& measure)
{
    width_ = width;
    rows_.clear();
    reaches_.clear();
    lay_rows_from(text, 0, width, measure, rows_, reaches_);
}

void TextLayout::update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                        const MeasureAdvance& measure)
{
    if (rows_.empty()) {
        reset(text, width_, measure);
        return;
    }
    // The first row whose layout read the changed bytes: the row that holds start, or one before it
    // that looked past its own end (a word that did not fit and may fit now).
    std::size_t first = row_of(start);
    while (first > 0 && reaches_[first - 1] > start) --first;

    // Lay rows from there until one starts where an old row did (shifted by the change), past the
    // change: from that row on the text is the old text moved, and so are the rows.
    std::vector<TextRow> new_rows;
    std::vector<std::size_t> new_reaches;
    std::size_t row_start = rows_[first].start;
    std::size_t old_index = first; // the first old row not yet passed
    std::size_t kept_from = rows_.size();
    while (true) {
        if (row_start >= new_end) {
            const std::size_t old_start = row_start - new_end + old_end;
            while (old_index < rows_.size() && rows_[old_index].start < old_start) ++old_index;
            if (old_index < rows_.size() && rows_[old_index].start == old_start) {
                kept_from = old_index;
                break;
            }
        }
        const LaidRow laid = lay_row(text, row_start, width_, measure);
        new_rows.push_back(laid.row);
        new_reaches.push_back(laid.reach);
        if (laid.row.end == text.size()) break;
        row_start = laid.row.next;
    }

    // The kept rows move with the text after the change.
    for (std::size_t i = kept_from; i < rows_.size(); ++i) {
        TextRow& row = rows_[i];
        row.start = row.start - old_end + new_end;
        row.end = row.end - old_end + new_end;
        row.next = row.next - old_end + new_end;
        reaches_[i] = reaches_[i] - old_end + new_end;
    }
    const auto row_at = [](auto& v, std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    rows_.erase(row_at(rows_, first), row_at(rows_, kept_from));
    rows_.insert(row_at(rows_, first), new_rows.begin(), new_rows.end());
    reaches_.erase(row_at(reaches_, first), row_at(reaches_, kept_from));
    reaches_.insert(row_at(reaches_, first), new_reaches.begin(), new_reaches.end());
}

std::size_t TextLayout::row_of(std::size_t offset) const
{
    const auto after = std::upper_bound(rows_.begin(), rows_.end(), offset,
                                        [](std::size_t value, const TextRow& row) { return value < row.start; });
    return after == rows_.begin() ? 0 : static_cast<std::size_t>(after - rows_.begin()) - 1;
}

float x_in_row(std::string_view text, const TextRow& row, std::size_t offset, const MeasureAdvance& measure)
{
    if (offset >= row.end) return row.width;
    float x = 0;
    for (std::size_t at = row.start; at < row.end;) {
        const std::size_t end = cluster_end_from(text, at);
        if (end > offset) break; // a caret inside a cluster stands before it
        x += measure(text.substr(at, end - at));
        at = end;
    }
    return x;
}

std::size_t offset_at_x(std::string_view text, const TextRow& row, float x, const MeasureAdvance& measure)
{
    float left = 0;
    for (std::size_t at = row.start; at < row.end;) {
        const std::size_t end = cluster_end_from(text, at);
        const float w = measure(text.substr(at, end - at));
        if (x < left + w / 2) return at;
        left += w;
        at = end;
    }
    return row.end;
}

} // namespace cw
