#include "core/text/text_layout.h"

#include "core/text/character_class.h"
#include "core/text/text_boundaries.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

namespace {

// What the rows' rules ask about a cluster, worked out once when it is measured.
enum ClusterKind : std::uint32_t {
    kBlank = 1 << 0,
    kLineEnd = 1 << 1,             // '\n' or "\r\n"
    kClosing = 1 << 2,             // must not start a row
    kClosingAfterBlanks = 1 << 3,  // nor follow blanks at a break ("a 。"); not the ASCII quotes, which
                                   // open and close alike
    kOpening = 1 << 4,             // must not end a row
    kIdeographic = 1 << 5,         // a row may break before and after it
    kSlash = 1 << 6,
    kHyphen = 1 << 7,
};

std::uint32_t kind_of(char32_t c, std::size_t length)
{
    std::uint32_t kind = 0;
    if (is_blank(c)) kind |= kBlank;
    if (c == U'\n' || (c == U'\r' && length == 2)) kind |= kLineEnd;
    if (is_closing_mark(c)) kind |= kClosing;
    if (is_closing_mark(c) && c != U'"' && c != U'\'') kind |= kClosingAfterBlanks;
    if (is_opening_mark(c)) kind |= kOpening;
    if (is_ideographic(c)) kind |= kIdeographic;
    if (c == U'/') kind |= kSlash;
    if (c == U'-') kind |= kHyphen;
    return kind;
}

// May a row end between two shown clusters of these kinds?
bool may_break_between(std::uint32_t before, std::uint32_t after)
{
    if ((after & kClosing) || (before & kOpening)) return false;
    if ((before | after) & kIdeographic) return true;
    return (before & kSlash) || ((before & kHyphen) && !(after & kHyphen));
}

template <typename Vector>
auto at_index(Vector& vector, std::size_t index)
{
    return vector.begin() + static_cast<std::ptrdiff_t>(index);
}

} // namespace

// The rows' rules, on the measured clusters. A friend of TextLayout for its Cluster.
struct RowLayout {
    using Cluster = TextLayout::Cluster;

    struct LaidRow {
        TextRow row;
        std::size_t next_cluster = 0; // the index of the next row's first cluster
        std::size_t reach = 0;        // one past the last cluster read; clusters.size() + 1 at the end
    };

    static Cluster measure_cluster(std::string_view text, std::size_t start, std::size_t end, const MeasureAdvance& measure)
    {
        return {static_cast<std::uint32_t>(end - start), measure(text.substr(start, end - start)),
                kind_of(decode_utf8_at(text, start).code_point, end - start)};
    }

    // The row whose first cluster is clusters[first], at byte start. It depends on the clusters from
    // there on and on nothing before, which is what lets TextLayout::update stop as soon as a new row
    // starts where an old one did.
    static LaidRow lay_row(const std::vector<Cluster>& clusters, std::size_t first, std::size_t start, float width)
    {
        const std::size_t count = clusters.size();
        LaidRow laid;
        laid.row.start = start;
        float x = 0;                  // the width of [start, at), the hanging blanks included
        bool shown_non_blank = false; // the row shows something besides leading blanks
        bool previous_blank = false;
        std::uint32_t previous = 0;   // the kind of the cluster before at
        // The last place the row may end, and where the next row would then start.
        bool can_break = false;
        TextRow at_break;
        std::size_t break_cluster = 0;

        const auto finish = [&](std::size_t end, std::size_t next, float row_width, std::size_t next_cluster) {
            laid.row.end = end;
            laid.row.next = next;
            laid.row.width = row_width;
            laid.next_cluster = next_cluster;
            return laid;
        };

        std::size_t i = first;
        std::size_t at = start;
        while (true) {
            if (i >= count) {
                laid.reach = count + 1;
                return finish(at, at, x, count);
            }
            const Cluster& cluster = clusters[i];
            laid.reach = std::max(laid.reach, i + 1);
            const std::uint32_t kind = cluster.kind;
            const std::size_t cluster_end = at + cluster.length;
            if (kind & kLineEnd) return finish(at, cluster_end, x, i + 1);

            if ((kind & kBlank) && shown_non_blank) {
                // Blanks after something shown hang: they never push the row over, and when the row
                // breaks here they go between it and the next one.
                std::size_t j = i + 1;
                std::size_t run_end = cluster_end;
                float run_width = cluster.width;
                while (j < count && (clusters[j].kind & kBlank)) {
                    run_width += clusters[j].width;
                    run_end += clusters[j].length;
                    ++j;
                }
                laid.reach = std::max(laid.reach, j < count ? j + 1 : count + 1);
                // No break in "（ a" nor "a 。": blanks do not part a mark from its text.
                if (!(j < count && (clusters[j].kind & kClosingAfterBlanks)) && !(previous & kOpening)) {
                    can_break = true;
                    at_break = {start, at, run_end, x};
                    break_cluster = j;
                }
                x += run_width;
                at = run_end;
                i = j;
                previous_blank = true;
                previous = kind;
                continue;
            }

            if (at > start && !(kind & kBlank)) {
                // After the leading blanks of a paragraph (which the row shows), or between two clusters.
                if (previous_blank ? !shown_non_blank : may_break_between(previous, kind)) {
                    can_break = true;
                    at_break = {start, at, at, x};
                    break_cluster = i;
                }
            }
            if (at > start && x + cluster.width > width) {
                // Over the width: end at the last break, or cut a word wider than the whole row here.
                if (can_break) return finish(at_break.end, at_break.next, at_break.width, break_cluster);
                return finish(at, at, x, i);
            }
            x += cluster.width;
            at = cluster_end;
            ++i;
            previous_blank = (kind & kBlank) != 0;
            shown_non_blank = shown_non_blank || !previous_blank;
            previous = kind;
        }
    }

    // Lays rows from the row that starts at byte start with cluster first, to the end of the text.
    static void lay_rows_from(TextLayout& layout, std::size_t first, std::size_t start, std::size_t text_size)
    {
        while (true) {
            const LaidRow laid = lay_row(layout.clusters_, first, start, layout.width_);
            layout.rows_.push_back(laid.row);
            layout.row_clusters_.push_back(first);
            layout.reaches_.push_back(laid.reach);
            if (laid.row.end == text_size) return;
            start = laid.row.next;
            first = laid.next_cluster;
        }
    }
};

std::vector<TextRow> layout_rows(std::string_view text, float width, const MeasureAdvance& measure)
{
    TextLayout layout;
    layout.reset(text, width, measure);
    return layout.rows();
}

void TextLayout::reset(std::string_view text, float width, const MeasureAdvance& measure)
{
    width_ = width;
    clusters_.clear();
    clusters_.reserve(text.size() / 2 + 1);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = cluster_end_from(text, at);
        clusters_.push_back(RowLayout::measure_cluster(text, at, end, measure));
        at = end;
    }
    rows_.clear();
    row_clusters_.clear();
    reaches_.clear();
    RowLayout::lay_rows_from(*this, 0, 0, text.size());
}

void TextLayout::set_width(std::string_view text, float width)
{
    width_ = width;
    rows_.clear();
    row_clusters_.clear();
    reaches_.clear();
    RowLayout::lay_rows_from(*this, 0, 0, text.size());
}

void TextLayout::update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                        const MeasureAdvance& measure)
{
    if (rows_.empty()) {
        reset(text, width_, measure);
        return;
    }
    // 1. The clusters. Those that end 4 bytes (one code point) or more before the change were decided
    //    by bytes before it and stay; from the last such boundary, cut the new text into clusters until
    //    a boundary past the change is an old one moved by the change.
    std::size_t row = row_of(start);
    while (row > 0 && rows_[row].start + 4 > start) --row;
    std::size_t first_changed = row_clusters_[row]; // the first cluster measured anew
    std::size_t at = rows_[row].start;
    while (first_changed < clusters_.size() && at + clusters_[first_changed].length + 4 <= start) {
        at += clusters_[first_changed].length;
        ++first_changed;
    }
    const std::size_t changed_start = at;
    std::vector<Cluster> fresh;
    std::size_t old_cluster = first_changed; // walking the old clusters along, in old byte offsets
    std::size_t old_at = at;
    while (at < text.size()) {
        if (at >= new_end) {
            const std::size_t old_position = at - new_end + old_end;
            while (old_cluster < clusters_.size() && old_at < old_position) old_at += clusters_[old_cluster++].length;
            if (old_at == old_position) break;
        }
        const std::size_t end = cluster_end_from(text, at);
        fresh.push_back(RowLayout::measure_cluster(text, at, end, measure));
        at = end;
    }
    if (at >= text.size()) old_cluster = clusters_.size(); // the new clusters run to the end
    const std::size_t old_cluster_count = clusters_.size();
    clusters_.erase(at_index(clusters_, first_changed), at_index(clusters_, old_cluster));
    clusters_.insert(at_index(clusters_, first_changed), fresh.begin(), fresh.end());
    // How the indices of the clusters after the change move.
    const auto moved_cluster = [&](std::size_t index) { return index - old_cluster_count + clusters_.size(); };

    // 2. The rows, from the first whose layout read a changed cluster (the row that holds the change,
    //    or one before it that looked past its end: a word that did not fit may fit now), until a new
    //    row starts where an old one did, past the change: from there on the clusters are the old
    //    ones moved, and so are the rows.
    std::size_t first_row = row_of(changed_start);
    while (first_row > 0 && reaches_[first_row - 1] > first_changed) --first_row;
    std::vector<TextRow> new_rows;
    std::vector<std::size_t> new_row_clusters;
    std::vector<std::size_t> new_reaches;
    std::size_t row_start = rows_[first_row].start;
    std::size_t row_cluster = row_clusters_[first_row];
    std::size_t old_row = first_row; // the first old row not yet passed
    std::size_t kept_from = rows_.size();
    while (true) {
        if (row_start >= new_end) {
            const std::size_t old_start = row_start - new_end + old_end;
            while (old_row < rows_.size() && rows_[old_row].start < old_start) ++old_row;
            if (old_row < rows_.size() && rows_[old_row].start == old_start) {
                kept_from = old_row;
                break;
            }
        }
        const RowLayout::LaidRow laid = RowLayout::lay_row(clusters_, row_cluster, row_start, width_);
        new_rows.push_back(laid.row);
        new_row_clusters.push_back(row_cluster);
        new_reaches.push_back(laid.reach);
        if (laid.row.end == text.size()) break;
        row_start = laid.row.next;
        row_cluster = laid.next_cluster;
    }

    for (std::size_t i = kept_from; i < rows_.size(); ++i) {
        TextRow& moved = rows_[i];
        moved.start = moved.start - old_end + new_end;
        moved.end = moved.end - old_end + new_end;
        moved.next = moved.next - old_end + new_end;
        row_clusters_[i] = moved_cluster(row_clusters_[i]);
        reaches_[i] = moved_cluster(reaches_[i]);
    }
    rows_.erase(at_index(rows_, first_row), at_index(rows_, kept_from));
    rows_.insert(at_index(rows_, first_row), new_rows.begin(), new_rows.end());
    row_clusters_.erase(at_index(row_clusters_, first_row), at_index(row_clusters_, kept_from));
    row_clusters_.insert(at_index(row_clusters_, first_row), new_row_clusters.begin(), new_row_clusters.end());
    reaches_.erase(at_index(reaches_, first_row), at_index(reaches_, kept_from));
    reaches_.insert(at_index(reaches_, first_row), new_reaches.begin(), new_reaches.end());
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
