#include "core/text/text_layout.h"

#include "core/text/row_layout.h"

#include <algorithm>
#include <array>

namespace cw {

namespace {

template <typename Vector>
auto at_index(Vector& vector, std::size_t index)
{
    return vector.begin() + static_cast<std::ptrdiff_t>(index);
}

// Where each paragraph of a run starts, in bytes and in rows, counted on from `at` and `row`: the whole
// text's paragraphs, or those an edit laid out anew.
struct ParagraphPlaces {
    std::vector<std::size_t> starts;
    std::vector<std::size_t> first_rows;
    std::size_t end_row = 0; // the row after the run's last
    std::size_t pending = 0; // how many of them are not laid out yet
};

template <typename Paragraphs>
ParagraphPlaces place_paragraphs(const Paragraphs& paragraphs, std::size_t at, std::size_t row)
{
    ParagraphPlaces places;
    places.starts.reserve(paragraphs.size());
    places.first_rows.reserve(paragraphs.size());
    for (const auto& paragraph : paragraphs) {
        places.starts.push_back(at);
        places.first_rows.push_back(row);
        at += paragraph.size;
        row += paragraph.row_count();
        if (!paragraph.laid_out()) ++places.pending;
    }
    places.end_row = row;
    return places;
}

} // namespace

std::vector<TextRow> layout_rows(std::string_view text, float width, const MeasureAdvance& measure)
{
    TextLayout layout;
    layout.reset(text, width, measure);
    return layout.rows();
}

void TextLayout::index_paragraphs()
{
    const ParagraphPlaces places = place_paragraphs(paragraphs_, 0, 0);
    row_count_ = places.end_row;
    pending_count_ = places.pending;
    paragraph_starts_ = {};
    paragraph_starts_.replace(0, 0, places.starts);
    paragraph_first_rows_ = {};
    paragraph_first_rows_.replace(0, 0, places.first_rows);
    first_pending_ = 0;
}

void TextLayout::reset(std::string_view text, float width, const MeasureAdvance& measure)
{
    width_ = width;
    paragraphs_ = RowLayout::lay_paragraphs(text, width, measure);
    index_paragraphs();
}

void TextLayout::reset_deferred(std::string_view text, float width, const MeasureAdvance& measure)
{
    width_ = width;
    paragraphs_ = RowLayout::pending_paragraphs(text, width, measure);
    index_paragraphs();
}

void TextLayout::set_width(std::string_view /*text*/, float width)
{
    width_ = width;
    for (Paragraph& paragraph : paragraphs_) {
        if (!paragraph.laid_out()) continue; // its estimate stays until it is laid out
        paragraph.rows.clear();
        RowLayout::lay_rows_from(paragraph.clusters, 0, 0, paragraph.size, width, paragraph.rows);
    }
    const std::size_t first_pending = first_pending_;
    index_paragraphs();
    first_pending_ = first_pending;
}

void TextLayout::update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                        const MeasureAdvance& measure)
{
    update(text, start, old_end, new_end, measure, false);
}

void TextLayout::update_deferred(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                                 const MeasureAdvance& measure)
{
    update(text, start, old_end, new_end, measure, true);
}

void TextLayout::update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                        const MeasureAdvance& measure, bool defer)
{
    if (paragraphs_.empty()) {
        if (defer) reset_deferred(text, width_, measure); else reset(text, width_, measure);
        return;
    }
    const std::size_t first = paragraph_of(start);
    const std::size_t last = paragraph_of(old_end);
    const std::size_t first_start = paragraph_starts_[first];
    const std::ptrdiff_t delta = static_cast<std::ptrdiff_t>(new_end) - static_cast<std::ptrdiff_t>(old_end);
    const bool new_line_end = text.substr(start, new_end - start).find('\n') != std::string_view::npos;
    if (first == last && !new_line_end) {
        // Inside one paragraph, which stays one: its own rows around the change (or, not laid out yet,
        // only its size).
        const std::size_t size = paragraphs_[first].size + static_cast<std::size_t>(delta);
        const std::size_t rows_before = paragraphs_[first].row_count();
        if (paragraphs_[first].laid_out()) {
            update_inside(first, text.substr(first_start, size), start - first_start, old_end - first_start,
                          new_end - first_start, measure);
        } else {
            paragraphs_[first].size = size;
        }
        paragraph_starts_.shift_from(first + 1, delta);
        const std::size_t rows_after = paragraphs_[first].row_count();
        paragraph_first_rows_.shift_from(first + 1, static_cast<std::ptrdiff_t>(rows_after) - static_cast<std::ptrdiff_t>(rows_before));
        row_count_ = row_count_ + rows_after - rows_before;
        return;
    }
    // Paragraphs joined or split: the paragraphs the change touched, laid out anew (or left for later).
    const std::size_t old_region_end = paragraph_starts_[last] + paragraphs_[last].size;
    const std::size_t new_region_end = old_region_end + static_cast<std::size_t>(delta);
    const std::string_view region = text.substr(first_start, new_region_end - first_start);
    std::vector<Paragraph> laid = defer ? RowLayout::pending_paragraphs(region, width_, measure)
                                        : RowLayout::lay_paragraphs(region, width_, measure);
    if (last + 1 < paragraphs_.size()) laid.pop_back(); // the region ends with a '\n', and the next paragraph stays
    std::size_t old_rows = 0;
    for (std::size_t i = first; i <= last; ++i) {
        old_rows += paragraphs_[i].row_count();
        if (!paragraphs_[i].laid_out()) --pending_count_;
    }
    const ParagraphPlaces places = place_paragraphs(laid, first_start, paragraph_first_rows_[first]);
    pending_count_ += places.pending;
    const std::size_t new_rows = places.end_row - paragraph_first_rows_[first];
    paragraph_starts_.replace(first, last + 1, places.starts);
    paragraph_starts_.shift_from(first + laid.size(), delta);
    paragraph_first_rows_.replace(first, last + 1, places.first_rows);
    paragraph_first_rows_.shift_from(first + laid.size(), static_cast<std::ptrdiff_t>(new_rows) - static_cast<std::ptrdiff_t>(old_rows));
    row_count_ = row_count_ + new_rows - old_rows;
    // Every paragraph before first_pending_ stays laid out: it moves with the paragraphs after the change,
    // or to the change when it left paragraphs to lay out.
    if (first_pending_ > last && !defer) first_pending_ = first_pending_ + laid.size() - (last + 1 - first);
    else first_pending_ = std::min(first_pending_, first);
    paragraphs_.erase(at_index(paragraphs_, first), at_index(paragraphs_, last + 1));
    paragraphs_.insert(at_index(paragraphs_, first), std::make_move_iterator(laid.begin()), std::make_move_iterator(laid.end()));
}

template <typename Measurer>
void TextLayout::lay_out(std::size_t index, std::string_view text, Measurer& measurer)
{
    Paragraph& paragraph = paragraphs_[index];
    if (paragraph.laid_out()) return;
    const std::size_t estimated = paragraph.estimated_rows;
    paragraph = RowLayout::lay_paragraph(text.substr(paragraph_starts_[index], paragraph.size), width_, measurer);
    const std::ptrdiff_t error = static_cast<std::ptrdiff_t>(paragraph.rows.size()) - static_cast<std::ptrdiff_t>(estimated);
    if (error != 0) paragraph_first_rows_.shift_from(index + 1, error);
    row_count_ = row_count_ + paragraph.rows.size() - estimated;
    --pending_count_;
}

void TextLayout::lay_out_rows(std::string_view text, std::size_t first_row, std::size_t end_row, const MeasureAdvance& measure)
{
    // Laying out a paragraph moves only the rows after its first: go on from its end.
    RowLayout::Measurer measurer(measure);
    for (std::size_t row = first_row; row < end_row && row < row_count_ && has_pending();) {
        const std::size_t paragraph = paragraph_first_rows_.last_at_or_before(row);
        lay_out(paragraph, text, measurer);
        row = paragraph_first_rows_[paragraph] + paragraphs_[paragraph].rows.size();
    }
}

void TextLayout::lay_out_bytes(std::string_view text, std::size_t start, std::size_t end, const MeasureAdvance& measure)
{
    if (!has_pending() || paragraphs_.empty()) return;
    RowLayout::Measurer measurer(measure);
    const std::size_t last = paragraph_of(end);
    for (std::size_t paragraph = paragraph_of(start); paragraph <= last; ++paragraph) lay_out(paragraph, text, measurer);
}

void TextLayout::lay_out_pending(std::string_view text, const MeasureAdvance& measure, std::size_t byte_budget)
{
    RowLayout::Measurer measurer(measure);
    std::size_t laid = 0;
    while (has_pending() && first_pending_ < paragraphs_.size() && laid < byte_budget) {
        if (!paragraphs_[first_pending_].laid_out()) {
            laid += paragraphs_[first_pending_].size;
            lay_out(first_pending_, text, measurer);
        }
        ++first_pending_;
    }
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
    if (!paragraphs_[paragraph].laid_out()) {
        const std::size_t start = paragraph_starts_[paragraph];
        return {start, start, start, 0};
    }
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
        if (!paragraphs_[i].laid_out()) all.insert(all.end(), paragraphs_[i].estimated_rows, TextRow{start, start, start, 0});
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
    if (offset >= shown.end || offset < shown.start) return shown.width;
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
    if (!paragraphs_[paragraph].laid_out()) return shown.start;
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
