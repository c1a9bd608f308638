// The editor's core driven at random: typing, erasing, selecting, moving the caret, replacing (as a Fix
// or a paste does), undo, redo and resizing, on valid UTF-8 made of ASCII, Chinese, punctuation, emoji
// and their sequences, marks and line breaks. Besides the sanitizers: the text stays valid UTF-8, the
// caret and the anchor stay on code points, the rows cover the text exactly once, the incrementally
// updated layout equals a fresh layout_rows, and undoing every step gives back the original text (and
// redoing them all the final one).
#include "core/text/character_class.h"
#include "core/text/text_edit.h"
#include "core/text/text_layout.h"
#include "core/text/utf8.h"
#include "invariant.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

// What the text is made of: the characters and sequences that make layout and clusters interesting.
const char* const kPieces[] = {
    "a", "Z", "7", " ", "   ", "\t", "\u3000", "'", "-", "/", ".", "OBOL", "https://x.io/a?b=c",
    "中", "文", "质押", "，", "。", "！", "、", "「", "」", "（", "）", "《", "“", "…",
    "👍", "🏽", "👍🏽", "👨‍👩‍👧", "\u200D", "🇨🇳", "🇺", "❤️", "1️⃣", "e\u0301", "\u0301", "\n", "\r\n", "\r",
};
constexpr std::size_t kPieceCount = sizeof(kPieces) / sizeof(kPieces[0]);

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    bool empty() const { return at_ >= size_; }
    std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    std::size_t offset(std::size_t text_size) // anywhere in [0, text_size], on a code point or not
    {
        const std::size_t value = (static_cast<std::size_t>(byte()) << 8) | byte();
        return value % (text_size + 1);
    }
    std::string pieces(std::size_t most)
    {
        std::string text;
        for (std::size_t n = byte() % (most + 1); n > 0; --n) text += kPieces[byte() % kPieceCount];
        return text;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

// The tests' measure, with zero-width clusters too (a lone ZWJ or mark), which stretch the layout.
float measure(std::string_view cluster)
{
    const char32_t first = cw::decode_utf8_at(cluster, 0).code_point;
    if (cluster.find("\u200D") != std::string_view::npos && cluster.size() > 3) return 2;
    if (first == 0x200D || first == 0x0301) return 0;
    return cw::is_ideographic(first) ? 2.0f : 1.0f;
}

bool same_rows(const std::vector<cw::TextRow>& a, const std::vector<cw::TextRow>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].next != b[i].next || a[i].width != b[i].width) {
            return false;
        }
    }
    return true;
}

void check_state(const cw::TextEdit& edit, const cw::TextLayout& layout, const cw::MeasureAdvance& measure_advance)
{
    const std::string& text = edit.text();
    expect_invariant(cw::decode_utf8(text).errors.empty(), "the text stays valid UTF-8");
    expect_invariant(edit.caret() <= text.size() && cw::code_point_floor(text, edit.caret()) == edit.caret(),
                     "the caret is on a code point of the text");
    expect_invariant(edit.anchor() <= text.size() && cw::code_point_floor(text, edit.anchor()) == edit.anchor(),
                     "the anchor is on a code point of the text");
    const std::vector<cw::TextRow>& rows = layout.rows();
    expect_invariant(!rows.empty() && rows.front().start == 0 && rows.back().next == text.size(),
                     "the rows start at 0 and end at the end of the text");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        expect_invariant(rows[i].start <= rows[i].end && rows[i].end <= rows[i].next, "a row is start <= end <= next");
        expect_invariant(i + 1 == rows.size() || rows[i + 1].start == rows[i].next, "each row starts where the last one ended");
        expect_invariant(i + 1 == rows.size() || rows[i].next > rows[i].start, "only the last row may be empty");
    }
    expect_invariant(same_rows(rows, cw::layout_rows(text, layout.width(), measure_advance)),
                     "the updated layout equals layout_rows of the text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input(data, size);
    const cw::MeasureAdvance measure_advance = measure;
    const std::string original = input.pieces(40);
    // Half the time the edit works on an owner's string in place, as the draft's field does.
    const bool in_place = input.byte() % 2 == 0;
    std::string owner = original;
    cw::TextEdit edit(in_place ? std::string() : original);
    if (in_place) {
        edit.edit_in_place(owner);
        edit.take_changes();
    }
    cw::TextLayout layout;
    layout.reset(edit.text(), static_cast<float>(input.byte() % 24), measure_advance);

    // At most 3 steps an operation, 900 in all: fewer than the history keeps, so every step can be undone.
    for (int operation = 0; operation < 300 && !input.empty(); ++operation) {
        const std::size_t text_size = edit.text().size();
        switch (input.byte() % 13) {
        case 0: edit.type(input.pieces(3)); break;
        case 1: edit.erase_backward(input.byte() % 4 == 0); break;
        case 2: edit.erase_forward(input.byte() % 4 == 0); break;
        case 3: {
            const std::size_t offset = input.offset(text_size);
            edit.set_caret(offset, input.byte() % 2 == 0);
            break;
        }
        case 4: {
            const std::size_t anchor = input.offset(text_size);
            edit.select(anchor, input.offset(text_size));
            break;
        }
        case 5: { // a Fix, a paste, the outline
            const std::size_t start = input.offset(text_size);
            const std::size_t end = input.offset(text_size);
            const std::string text = input.pieces(6);
            edit.replace(std::min(start, end), std::max(start, end), text, input.byte() % 2 == 0);
            break;
        }
        case 6: edit.undo(); break;
        case 7: edit.redo(); break;
        case 8: edit.break_run(); break;
        case 9: layout.reset(edit.text(), static_cast<float>(input.byte() % 24), measure_advance); break;
        case 10: edit.select_all(); break;
        case 11: // a few edits in one frame
            for (int n = input.byte() % 4; n > 0; --n) {
                if (input.byte() % 2 == 0) edit.type(input.pieces(2));
                else edit.erase_backward();
            }
            break;
        case 12: edit.type(input.pieces(1)); edit.undo(); break;
        }
        // As the UI does once a frame: the layout sees the text after all the changes since the last.
        const std::vector<cw::TextChange> changes = edit.take_changes();
        if (!changes.empty()) {
            const cw::TextChange change = cw::combine_changes(changes);
            layout.update(edit.text(), change.start, change.old_end, change.new_end, measure_advance);
        }
        check_state(edit, layout, measure_advance);
    }

    if (in_place) expect_invariant(&edit.text() == &owner, "an edit in place changes the owner's own string");
    const std::string final_text = edit.text();
    int undone = 0;
    while (edit.undo()) ++undone;
    expect_invariant(edit.text() == original, "undoing every step gives back the original text");
    for (int i = 0; i < undone; ++i) edit.redo();
    expect_invariant(edit.text() == final_text, "redoing what was undone gives back the final text");
    return 0;
}
