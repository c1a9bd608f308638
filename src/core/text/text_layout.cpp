#include "core/text/text_layout.h"

#include "core/text/character_class.h"
#include "core/text/text_boundaries.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <array>

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

// A Cluster's bits: its length in bytes, whether it continues the cluster before it (a piece of one
// longer than kMaxPieceLength), and its kind.
constexpr unsigned kLengthBits = 23;
constexpr std::uint32_t kMaxPieceLength = (1u << kLengthBits) - 1;
constexpr std::uint32_t kJoinedBit = 1u << kLengthBits;
constexpr unsigned kKindShift = kLengthBits + 1;

} // namespace

// The rows' rules, on the measured clusters. A friend of TextLayout for its Cluster and Paragraph.
struct RowLayout {
    using Cluster = TextLayout::Cluster;
    using LocalRow = TextLayout::LocalRow;
    using Paragraph = TextLayout::Paragraph;
    static_assert(sizeof(Cluster) <= 8, "a cluster is measured once per character of the text: 8 bytes at most");

    // A whole cluster, its pieces put together.
    struct ClusterView {
        std::size_t length = 0;
        float width = 0;
        std::uint32_t kind = 0;
        std::size_t next = 0; // the index of the next cluster's first piece
    };

    static ClusterView view(const std::vector<Cluster>& clusters, std::size_t index)
    {
        const Cluster& first = clusters[index];
        ClusterView cluster{first.bits & kMaxPieceLength, first.width, first.bits >> kKindShift, index + 1};
        while (cluster.next < clusters.size() && (clusters[cluster.next].bits & kJoinedBit)) {
            cluster.length += clusters[cluster.next].bits & kMaxPieceLength;
            ++cluster.next;
        }
        return cluster;
    }

    // Measures the clusters of one layout call, each cluster of up to 4 bytes (one character, mostly)
    // once: a text of megabytes holds a few hundred distinct characters, and asking the font for each one
    // and working out how it breaks was most of the time of laying out a long paste.
    class Measurer {
    public:
        explicit Measurer(const MeasureAdvance& measure) : measure_(measure) {}

        void append(std::vector<Cluster>& clusters, std::string_view text, std::size_t start, std::size_t end)
        {
            const std::size_t length = end - start;
            if (length > 4) {
                append_cluster(clusters, length, measure_(text.substr(start, length)), kind_at(text, start, end));
                return;
            }
            std::uint32_t bytes = 0;
            for (std::size_t i = 0; i < length; ++i) bytes = bytes << 8 | static_cast<unsigned char>(text[start + i]);
            Known& known = known_[(bytes ^ (bytes >> 11) ^ (bytes >> 19)) % known_.size()];
            if (known.length != length || known.bytes != bytes) {
                known = {bytes, static_cast<std::uint32_t>(length), measure_(text.substr(start, length)), kind_at(text, start, end)};
            }
            append_cluster(clusters, length, known.width, known.kind);
        }

    private:
        static std::uint32_t kind_at(std::string_view text, std::size_t start, std::size_t end)
        {
            return kind_of(decode_utf8_at(text, start).code_point, end - start);
        }

        struct Known {
            std::uint32_t bytes = 0;
            std::uint32_t length = 0; // 0: nothing known in this slot
            float width = 0;
            std::uint32_t kind = 0;
        };
        const MeasureAdvance& measure_;
        std::array<Known, 512> known_{};
    };

    static void append_cluster(std::vector<Cluster>& clusters, std::size_t length, float width, std::uint32_t kind_bits)
    {
        const std::uint32_t kind = kind_bits << kKindShift;
        std::uint32_t joined = 0;
        for (std::size_t left = length; left > 0;) {
            const auto piece = static_cast<std::uint32_t>(std::min<std::size_t>(left, kMaxPieceLength));
            clusters.push_back({width, piece | joined | kind});
            left -= piece;
            width = 0;
            joined = kJoinedBit;
        }
    }

    struct LaidRow {
        LocalRow row;
        std::size_t next_cluster = 0; // the index of the next row's first cluster
    };

    // The row whose first cluster is clusters[first], at byte start of its paragraph. It depends on the
    // clusters from there on and on nothing before, which is what lets TextLayout::update stop as soon
    // as a new row starts where an old one did.
    static LaidRow lay_row(const std::vector<Cluster>& clusters, std::size_t first, std::size_t start, float width)
    {
        const std::size_t count = clusters.size();
        LaidRow laid;
        laid.row.start = start;
        laid.row.first_cluster = first;
        float x = 0;                  // the width of [start, at), the hanging blanks included
        bool shown_non_blank = false; // the row shows something besides leading blanks
        bool previous_blank = false;
        std::uint32_t previous = 0;   // the kind of the cluster before at
        // The last place the row may end, and where the next row would then start.
        bool can_break = false;
        LocalRow at_break;
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
                laid.row.reach = count + 1;
                return finish(at, at, x, count);
            }
            const ClusterView cluster = view(clusters, i);
            laid.row.reach = std::max(laid.row.reach, cluster.next);
            const std::uint32_t kind = cluster.kind;
            const std::size_t cluster_end = at + cluster.length;
            if (kind & kLineEnd) return finish(at, cluster_end, x, cluster.next);

            if ((kind & kBlank) && shown_non_blank) {
                // Blanks after something shown hang: they never push the row over, and when the row
                // breaks here they go between it and the next one.
                std::size_t j = cluster.next;
                std::size_t run_end = cluster_end;
                float run_width = cluster.width;
                ClusterView after{};
                while (j < count && ((after = view(clusters, j)).kind & kBlank)) {
                    run_width += after.width;
                    run_end += after.length;
                    j = after.next;
                }
                laid.row.reach = std::max(laid.row.reach, j < count ? after.next : count + 1);
                // No break in "（ a" nor "a 。": blanks do not part a mark from its text.
                if (!(j < count && (after.kind & kClosingAfterBlanks)) && !(previous & kOpening)) {
                    can_break = true;
                    at_break.end = at;
                    at_break.next = run_end;
                    at_break.width = x;
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
                    at_break.end = at;
                    at_break.next = at;
                    at_break.width = x;
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
            i = cluster.next;
            previous_blank = (kind & kBlank) != 0;
            shown_non_blank = shown_non_blank || !previous_blank;
            previous = kind;
        }
    }

    // Lays the rows of a paragraph of `size` bytes from the row that starts at byte start with cluster
    // first, to its end, onto rows.
    static void lay_rows_from(const std::vector<Cluster>& clusters, std::size_t first, std::size_t start,
                              std::size_t size, float width, std::vector<LocalRow>& rows)
    {
        while (true) {
            const LaidRow laid = lay_row(clusters, first, start, width);
            rows.push_back(laid.row);
            if (laid.row.next >= size) return; // the paragraph's '\n', or its end
            start = laid.row.next;
            first = laid.next_cluster;
        }
    }

    // A paragraph measured and laid out: text is the paragraph alone.
    static Paragraph lay_paragraph(std::string_view text, float width, Measurer& measurer)
    {
        Paragraph paragraph;
        paragraph.size = text.size();
        paragraph.clusters.reserve(text.size() / 2 + 1);
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t end = cluster_end_from(text, at);
            measurer.append(paragraph.clusters, text, at, end);
            at = end;
        }
        lay_rows_from(paragraph.clusters, 0, 0, paragraph.size, width, paragraph.rows);
        return paragraph;
    }

    // The paragraphs of text (each up to and with its '\n'; the last, maybe empty, without).
    static std::vector<Paragraph> lay_paragraphs(std::string_view text, float width, const MeasureAdvance& measure)
    {
        std::vector<Paragraph> paragraphs;
        Measurer measurer(measure);
        std::size_t at = 0;
        while (true) {
            const std::size_t line_end = text.find('\n', at);
            const std::size_t end = line_end == std::string_view::npos ? text.size() : line_end + 1;
            paragraphs.push_back(lay_paragraph(text.substr(at, end - at), width, measurer));
            if (line_end == std::string_view::npos) return paragraphs;
            at = end;
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
    paragraphs_ = RowLayout::lay_paragraphs(text, width, measure);
    std::vector<std::size_t> starts;
    std::vector<std::size_t> first_rows;
    starts.reserve(paragraphs_.size());
    first_rows.reserve(paragraphs_.size());
    std::size_t at = 0;
    row_count_ = 0;
    for (const Paragraph& paragraph : paragraphs_) {
        starts.push_back(at);
        first_rows.push_back(row_count_);
        at += paragraph.size;
        row_count_ += paragraph.rows.size();
    }
    paragraph_starts_ = {};
    paragraph_starts_.replace(0, 0, starts);
    paragraph_first_rows_ = {};
    paragraph_first_rows_.replace(0, 0, first_rows);
}

void TextLayout::set_width(std::string_view /*text*/, float width)
{
    width_ = width;
    std::vector<std::size_t> first_rows;
    first_rows.reserve(paragraphs_.size());
    row_count_ = 0;
    for (Paragraph& paragraph : paragraphs_) {
        paragraph.rows.clear();
        RowLayout::lay_rows_from(paragraph.clusters, 0, 0, paragraph.size, width, paragraph.rows);
        first_rows.push_back(row_count_);
        row_count_ += paragraph.rows.size();
    }
    paragraph_first_rows_ = {};
    paragraph_first_rows_.replace(0, 0, first_rows);
}

void TextLayout::update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                        const MeasureAdvance& measure)
{
    if (paragraphs_.empty()) {
        reset(text, width_, measure);
        return;
    }
    const std::size_t first = paragraph_of(start);
    const std::size_t last = paragraph_of(old_end);
    const std::size_t first_start = paragraph_starts_[first];
    const std::ptrdiff_t delta = static_cast<std::ptrdiff_t>(new_end) - static_cast<std::ptrdiff_t>(old_end);
    const bool new_line_end = text.substr(start, new_end - start).find('\n') != std::string_view::npos;
    if (first == last && !new_line_end) {
        // Inside one paragraph, which stays one: its own rows around the change.
        const std::size_t size = paragraphs_[first].size + static_cast<std::size_t>(delta);
        const std::size_t rows_before = paragraphs_[first].rows.size();
        update_inside(first, text.substr(first_start, size), start - first_start, old_end - first_start,
                      new_end - first_start, measure);
        paragraph_starts_.shift_from(first + 1, delta);
        const std::size_t rows_after = paragraphs_[first].rows.size();
        paragraph_first_rows_.shift_from(first + 1, static_cast<std::ptrdiff_t>(rows_after) - static_cast<std::ptrdiff_t>(rows_before));
        row_count_ = row_count_ + rows_after - rows_before;
        return;
    }
    // Paragraphs joined or split: the paragraphs the change touched, laid out anew.
    const std::size_t old_region_end = paragraph_starts_[last] + paragraphs_[last].size;
    const std::size_t new_region_end = old_region_end + static_cast<std::size_t>(delta);
    std::vector<Paragraph> laid = RowLayout::lay_paragraphs(text.substr(first_start, new_region_end - first_start), width_, measure);
    if (last + 1 < paragraphs_.size()) laid.pop_back(); // the region ends with a '\n', and the next paragraph stays
    std::size_t old_rows = 0;
    for (std::size_t i = first; i <= last; ++i) old_rows += paragraphs_[i].rows.size();
    std::vector<std::size_t> starts;
    std::vector<std::size_t> first_rows;
    std::size_t at = first_start;
    std::size_t row = paragraph_first_rows_[first];
    for (const Paragraph& paragraph : laid) {
        starts.push_back(at);
        first_rows.push_back(row);
        at += paragraph.size;
        row += paragraph.rows.size();
    }
    const std::size_t new_rows = row - paragraph_first_rows_[first];
    paragraph_starts_.replace(first, last + 1, starts);
    paragraph_starts_.shift_from(first + laid.size(), delta);
    paragraph_first_rows_.replace(first, last + 1, first_rows);
    paragraph_first_rows_.shift_from(first + laid.size(), static_cast<std::ptrdiff_t>(new_rows) - static_cast<std::ptrdiff_t>(old_rows));
    row_count_ = row_count_ + new_rows - old_rows;
    paragraphs_.erase(at_index(paragraphs_, first), at_index(paragraphs_, last + 1));
    paragraphs_.insert(at_index(paragraphs_, first), std::make_move_iterator(laid.begin()), std::make_move_iterator(laid.end()));
}

void TextLayout::update_inside(std::size_t index, std::string_view text, std::size_t start, std::size_t old_end,
                               std::size_t new_end, const MeasureAdvance& measure)
{
    Paragraph& paragraph = paragraphs_[index];
    std::vector<Cluster>& clusters = paragraph.clusters;
    std::vector<LocalRow>& rows = paragraph.rows;
    const auto row_of_local = [&](std::size_t offset) {
        const auto after = std::upper_bound(rows.begin(), rows.end(), offset,
                                            [](std::size_t value, const LocalRow& row) { return value < row.start; });
        return after == rows.begin() ? 0 : static_cast<std::size_t>(after - rows.begin()) - 1;
    };
    // 1. The clusters. Those that end 4 bytes (one code point) or more before the change were decided
    //    by bytes before it and stay; from the last such boundary, cut the new text into clusters until
    //    a boundary past the change is an old one moved by the change.
    std::size_t row = row_of_local(start);
    while (row > 0 && rows[row].start + 4 > start) --row;
    std::size_t first_changed = rows[row].first_cluster; // the first cluster measured anew
    std::size_t at = rows[row].start;
    while (first_changed < clusters.size()) {
        const RowLayout::ClusterView cluster = RowLayout::view(clusters, first_changed);
        if (at + cluster.length + 4 > start) break;
        at += cluster.length;
        first_changed = cluster.next;
    }
    const std::size_t changed_start = at;
    std::vector<Cluster> fresh;
    RowLayout::Measurer measurer(measure);
    std::size_t old_cluster = first_changed; // walking the old clusters along, in old byte offsets
    std::size_t old_at = at;
    while (at < text.size()) {
        if (at >= new_end) {
            const std::size_t old_position = at - new_end + old_end;
            while (old_cluster < clusters.size() && old_at < old_position) {
                const RowLayout::ClusterView cluster = RowLayout::view(clusters, old_cluster);
                old_at += cluster.length;
                old_cluster = cluster.next;
            }
            if (old_at == old_position) break;
        }
        const std::size_t end = cluster_end_from(text, at);
        measurer.append(fresh, text, at, end);
        at = end;
    }
    if (at >= text.size()) old_cluster = clusters.size(); // the new clusters run to the end
    const std::size_t old_cluster_count = clusters.size();
    clusters.erase(at_index(clusters, first_changed), at_index(clusters, old_cluster));
    clusters.insert(at_index(clusters, first_changed), fresh.begin(), fresh.end());
    paragraph.size = text.size();
    // How the indices of the clusters after the change move.
    const auto moved_cluster = [&](std::size_t cluster) { return cluster - old_cluster_count + clusters.size(); };

    // 2. The rows, from the first whose layout read a changed cluster (the row that holds the change,
    //    or one before it that looked past its end: a word that did not fit may fit now), until a new
    //    row starts where an old one did, past the change: from there on the clusters are the old
    //    ones moved, and so are the rows.
    std::size_t first_row = row_of_local(changed_start);
    while (first_row > 0 && rows[first_row - 1].reach > first_changed) --first_row;
    std::vector<LocalRow> new_rows;
    std::size_t row_start = rows[first_row].start;
    std::size_t row_cluster = rows[first_row].first_cluster;
    std::size_t old_row = first_row; // the first old row not yet passed
    std::size_t kept_from = rows.size();
    while (true) {
        if (row_start >= new_end) {
            const std::size_t old_start = row_start - new_end + old_end;
            while (old_row < rows.size() && rows[old_row].start < old_start) ++old_row;
            if (old_row < rows.size() && rows[old_row].start == old_start) {
                kept_from = old_row;
                break;
            }
        }
        const RowLayout::LaidRow laid = RowLayout::lay_row(clusters, row_cluster, row_start, width_);
        new_rows.push_back(laid.row);
        if (laid.row.next >= text.size()) break;
        row_start = laid.row.next;
        row_cluster = laid.next_cluster;
    }

    for (std::size_t i = kept_from; i < rows.size(); ++i) {
        LocalRow& moved = rows[i];
        moved.start = moved.start - old_end + new_end;
        moved.end = moved.end - old_end + new_end;
        moved.next = moved.next - old_end + new_end;
        moved.first_cluster = moved_cluster(moved.first_cluster);
        moved.reach = moved_cluster(moved.reach);
    }
    rows.erase(at_index(rows, first_row), at_index(rows, kept_from));
    rows.insert(at_index(rows, first_row), new_rows.begin(), new_rows.end());
}

TextRow TextLayout::row(std::size_t index) const
{
    const std::size_t paragraph = paragraph_first_rows_.last_at_or_before(index);
    const LocalRow& local = paragraphs_[paragraph].rows[index - paragraph_first_rows_[paragraph]];
    const std::size_t start = paragraph_starts_[paragraph];
    return {start + local.start, start + local.end, start + local.next, local.width};
}

std::vector<TextRow> TextLayout::rows() const
{
    std::vector<TextRow> all;
    all.reserve(row_count_);
    for (std::size_t i = 0; i < paragraphs_.size(); ++i) {
        const std::size_t start = paragraph_starts_[i];
        for (const LocalRow& local : paragraphs_[i].rows) {
            all.push_back({start + local.start, start + local.end, start + local.next, local.width});
        }
    }
    return all;
}

std::size_t TextLayout::row_of(std::size_t offset) const
{
    if (paragraphs_.empty()) return 0;
    const std::size_t paragraph = paragraph_of(offset);
    const std::vector<LocalRow>& rows = paragraphs_[paragraph].rows;
    const std::size_t local = offset - paragraph_starts_[paragraph];
    const auto after = std::upper_bound(rows.begin(), rows.end(), local,
                                        [](std::size_t value, const LocalRow& row) { return value < row.start; });
    const std::size_t in_paragraph = after == rows.begin() ? 0 : static_cast<std::size_t>(after - rows.begin()) - 1;
    return paragraph_first_rows_[paragraph] + in_paragraph;
}

float TextLayout::x_in_row(std::size_t index, std::size_t offset) const
{
    const TextRow shown = row(index);
    if (offset >= shown.end) return shown.width;
    const std::size_t paragraph = paragraph_first_rows_.last_at_or_before(index);
    const std::vector<Cluster>& clusters = paragraphs_[paragraph].clusters;
    float x = 0;
    std::size_t cluster = paragraphs_[paragraph].rows[index - paragraph_first_rows_[paragraph]].first_cluster;
    for (std::size_t at = shown.start; at < shown.end;) {
        const RowLayout::ClusterView view = RowLayout::view(clusters, cluster);
        if (at + view.length > offset) break; // a caret inside a cluster stands before it
        x += view.width;
        at += view.length;
        cluster = view.next;
    }
    return x;
}

std::size_t TextLayout::offset_at_x(std::size_t index, float x) const
{
    const TextRow shown = row(index);
    const std::size_t paragraph = paragraph_first_rows_.last_at_or_before(index);
    const std::vector<Cluster>& clusters = paragraphs_[paragraph].clusters;
    float left = 0;
    std::size_t cluster = paragraphs_[paragraph].rows[index - paragraph_first_rows_[paragraph]].first_cluster;
    for (std::size_t at = shown.start; at < shown.end;) {
        const RowLayout::ClusterView view = RowLayout::view(clusters, cluster);
        if (x < left + view.width / 2) return at;
        left += view.width;
        at += view.length;
        cluster = view.next;
    }
    return shown.end;
}

} // namespace cw
