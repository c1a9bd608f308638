// Text laid out into rows at a width: the editor's wrapping, pure and measured by a function.
//
// Rows follow the rules Chinese and mixed Chinese/English readers expect (the W3C "Requirements for
// Chinese Text Layout"): a row may break between any two CJK characters and between CJK and Latin text,
// never before closing punctuation (，。！？、）」》…) nor after opening punctuation (（「《“); Latin words
// and numbers break only at blanks and after "/" or "-"; a word or URL wider than the whole row breaks
// anywhere; a grapheme cluster (an emoji ZWJ sequence, a flag, a letter and its marks) never breaks.
// A '\n' always ends a row. There is no horizontal scrolling: every row fits the width unless one
// cluster alone is wider, or blanks: they never push a row over (at a soft break they go between the
// rows; before a '\n' or the end of the text they stay on the row, past the width, so the caret after a
// typed space moves). A paragraph's leading blanks are shown; "a （" and "a 。" do not break at the blank.
//
// Rows cover the text exactly once: rows[0].start == 0, rows[i + 1].start == rows[i].next, and the last
// row's next == text.size(). [start, end) is what the row shows; [end, next) is what it hides: the '\n'
// that ended it, or the blanks at a soft break. An empty text, and a text ending in '\n', end with an
// empty row (where the caret goes).
#pragma once

#include "core/text/shifted_offsets.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cw {

// The advance in pixels of one grapheme cluster, given as its UTF-8 bytes (text_boundaries.h): mostly one
// code point; an emoji ZWJ sequence or a flag is drawn as one picture, so it is measured as one. The UI
// asks its font; tests use a fake.
using MeasureAdvance = std::function<float(std::string_view cluster)>;

struct TextRow {
    std::size_t start = 0; // byte offset of the row's first character
    std::size_t end = 0;   // after its last shown character
    std::size_t next = 0;  // where the next row starts
    float width = 0;       // of [start, end)
};

// The rows of text at width pixels.
std::vector<TextRow> layout_rows(std::string_view text, float width, const MeasureAdvance& measure);

// Rows kept up to date as the text changes, relaid only around the change: typing into a 5 MB draft
// must cost about what typing into a short one does. The result always equals layout_rows() of the new
// text.
//
// A '\n' always ends a row, so the text is held as paragraphs (each up to and with its '\n'; the last
// one, maybe empty, without), each with its measured clusters and its rows in offsets of its own: an
// edit inside a paragraph touches only that paragraph's data, and the paragraphs after it move by one
// pending shift (shifted_offsets.h), not entry by entry.
class TextLayout {
public:
    // Lays out the whole text (a new text, a new width, a new font size).
    void reset(std::string_view text, float width, const MeasureAdvance& measure);
    // The same text (and font) at a new width: the rows are laid again from the clusters measured by
    // reset(), without decoding or measuring the text again (a panel narrowed by a scrollbar).
    void set_width(std::string_view text, float width);
    // The text changed: bytes [start, old_end) of the old text became [start, new_end) of text (for
    // several changes at once, their combine_changes(), text_edit.h). Inside one paragraph it costs the
    // rows from the first one whose layout looked at the change until a row starts where an old one did:
    // a few rows for a key in Chinese or English text, whatever its length; every row after the change
    // in that paragraph only when they all move (a paragraph of Chinese without one punctuation mark, a
    // word longer than a row). A change that adds or removes a '\n' lays out the paragraphs it touches.
    void update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                const MeasureAdvance& measure);

    // A long text laid out a part at a time, so that no frame lays out megabytes (a 5 MB paste): the
    // paragraphs are found, and each counts as an estimate of its rows (from a sample of the text
    // measured at this width) until it is laid out. What is shown or edited is laid out when asked
    // for (lay_out_rows, lay_out_bytes); the rest a slice at a time (lay_out_pending). Laid out, a
    // paragraph's rows are those reset() gives, and the rows after it move by its estimate's error.
    // A row of a paragraph not laid out yet reads as an empty row at the paragraph's start.
    void reset_deferred(std::string_view text, float width, const MeasureAdvance& measure);
    // update(), but the paragraphs the change makes are left to be laid out later (a long paste);
    // update() itself lays out what it changes, and leaves a paragraph not laid out yet so.
    void update_deferred(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                         const MeasureAdvance& measure);
    // Lays out the paragraphs that hold rows [first_row, end_row) as they come out (the rows in view):
    // the estimates before first_row stay, so the rows asked for keep their indices' place.
    void lay_out_rows(std::string_view text, std::size_t first_row, std::size_t end_row, const MeasureAdvance& measure);
    // Lays out the paragraphs that hold bytes [start, end] (a caret, a selection).
    void lay_out_bytes(std::string_view text, std::size_t start, std::size_t end, const MeasureAdvance& measure);
    // Lays out paragraphs not laid out yet, first to last, until about byte_budget bytes were (at
    // least one paragraph, however long).
    void lay_out_pending(std::string_view text, const MeasureAdvance& measure, std::size_t byte_budget);
    bool has_pending() const { return pending_count_ > 0; }

    std::size_t row_count() const { return row_count_; }
    TextRow row(std::size_t index) const;
    // Every row, in order (for tests: it costs the whole text; the editor asks row by row).
    std::vector<TextRow> rows() const;
    float width() const { return width_; }

    // The row that shows the caret at offset: the last row whose start <= offset (so a caret at a soft
    // break is at the start of the next row).
    std::size_t row_of(std::size_t offset) const;

    // The x of a caret at offset within the row (0 at the row's start; offsets past its end give its
    // width), and the caret offset in the row nearest to x (on a cluster boundary, within [start, end]):
    // read from the widths measured when the row was laid out.
    float x_in_row(std::size_t row, std::size_t offset) const;
    std::size_t offset_at_x(std::size_t row, float x) const;

private:
    // One grapheme cluster of the text, measured once, in 8 bytes: relaying the rows after a change (in
    // a long paragraph every row may move by a character) reads these instead of decoding and
    // measuring again. A cluster longer than kMaxPieceLength bytes (a letter with millions of marks)
    // is stored as pieces: the first holds its width and kind, the others are joined to it.
    struct Cluster {
        float width = 0;
        std::uint32_t bits = 0; // length (kLengthBits) | joined (1 bit) | kind (8 bits), text_layout.cpp
    };
    // A row of a paragraph, in offsets from the paragraph's start.
    struct LocalRow {
        std::size_t start = 0, end = 0, next = 0;
        float width = 0;
        std::size_t first_cluster = 0; // the index of its first cluster in the paragraph's
        // One past the last cluster its layout read (the cluster count + 1 when it met the paragraph's
        // end): a row that read only clusters before a change is laid out the same after it.
        std::size_t reach = 0;
    };
    struct Paragraph {
        std::size_t size = 0; // in bytes, with its '\n'
        std::vector<Cluster> clusters;
        std::vector<LocalRow> rows; // empty until it is laid out
        std::size_t estimated_rows = 0; // counted for it until then
        bool laid_out() const { return !rows.empty(); }
        std::size_t row_count() const { return laid_out() ? rows.size() : estimated_rows; }
    };
    friend struct RowLayout;

    std::size_t paragraph_of(std::size_t offset) const { return paragraph_starts_.last_at_or_before(offset); }
    void update_inside(std::size_t paragraph, std::string_view text, std::size_t start, std::size_t old_end,
                       std::size_t new_end, const MeasureAdvance& measure);
    void update(std::string_view text, std::size_t start, std::size_t old_end, std::size_t new_end,
                const MeasureAdvance& measure, bool defer);
    // The paragraphs' starts, first rows and the row count, from the paragraphs alone.
    void index_paragraphs();
    // Lays out a paragraph not laid out yet; Measurer is RowLayout's, shared by the paragraphs of one call.
    template <typename Measurer>
    void lay_out(std::size_t paragraph, std::string_view text, Measurer& measurer);

    std::vector<Paragraph> paragraphs_;
    ShiftedOffsets paragraph_starts_;     // the byte offset of each paragraph's start
    ShiftedOffsets paragraph_first_rows_; // the index among all rows of each paragraph's first row
    std::size_t row_count_ = 0;
    float width_ = 0;
    std::size_t pending_count_ = 0; // paragraphs not laid out yet
    std::size_t first_pending_ = 0; // every paragraph before this one is laid out
};

} // namespace cw
