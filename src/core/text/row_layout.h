// The rows' rules on measured clusters: how TextLayout (text_layout.h) measures a paragraph's grapheme
// clusters once and breaks them into rows (UAX #14's rules the editor needs: blanks hang, CJK breaks
// anywhere but before closing and after opening marks, a word wider than the row is cut). Its own file,
// so text_layout.cpp keeps the bookkeeping of paragraphs and rows; included by text_layout.cpp alone.
#pragma once

#include "core/text/character_class.h"
#include "core/text/text_boundaries.h"
#include "core/text/text_layout.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cw {

// A friend of TextLayout for its Cluster and Paragraph; static functions only.
struct RowLayout {
    using Cluster = TextLayout::Cluster;
    using LocalRow = TextLayout::LocalRow;
    using Paragraph = TextLayout::Paragraph;
    static_assert(sizeof(Cluster) <= 8, "a cluster is measured once per character of the text: 8 bytes at most");

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

    static std::uint32_t kind_of(char32_t c, std::size_t length)
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
    static bool may_break_between(std::uint32_t before, std::uint32_t after)
    {
        if ((after & kClosing) || (before & kOpening)) return false;
        if ((before | after) & kIdeographic) return true;
        return (before & kSlash) || ((before & kHyphen) && !(after & kHyphen));
    }

    // A Cluster's bits: its length in bytes, whether it continues the cluster before it (a piece of one
    // longer than kMaxPieceLength), and its kind.
    static constexpr unsigned kLengthBits = 23;
    static constexpr std::uint32_t kMaxPieceLength = (1u << kLengthBits) - 1;
    static constexpr std::uint32_t kJoinedBit = 1u << kLengthBits;
    static constexpr unsigned kKindShift = kLengthBits + 1;

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

    // The paragraphs of text, not laid out: each counts an estimate of its rows at width, from the widths
    // of the clusters of the text's first kSampleBytes (the lines of one paste are much alike).
    static std::vector<Paragraph> pending_paragraphs(std::string_view text, float width, const MeasureAdvance& measure)
    {
        constexpr std::size_t kSampleBytes = 2048;
        Measurer measurer(measure);
        std::vector<Cluster> sample;
        std::size_t sampled = 0;
        while (sampled < text.size() && sampled < kSampleBytes) {
            const std::size_t end = cluster_end_from(text, sampled);
            measurer.append(sample, text, sampled, end);
            sampled = end;
        }
        double sample_width = 0;
        for (const Cluster& cluster : sample) sample_width += cluster.width;
        const double rows_per_byte = sampled > 0 && width > 0 ? sample_width / static_cast<double>(sampled) / width : 0;
        std::vector<Paragraph> paragraphs;
        std::size_t at = 0;
        while (true) {
            const std::size_t line_end = text.find('\n', at);
            const std::size_t end = line_end == std::string_view::npos ? text.size() : line_end + 1;
            Paragraph paragraph;
            paragraph.size = end - at;
            paragraph.estimated_rows = std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(paragraph.size) * rows_per_byte + 0.5));
            paragraphs.push_back(std::move(paragraph));
            if (line_end == std::string_view::npos) return paragraphs;
            at = end;
        }
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

} // namespace cw
