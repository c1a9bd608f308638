// The editor's text with its caret, selection and undo history: every editing command of a textarea,
// as pure code (the UI maps keys and clicks onto these; the fuzz target drives them at random).
//
// Offsets are UTF-8 byte offsets, always on code-point boundaries. Undo works in steps a writer
// recognises: a run of typing (or of deleting) is one step, ended by moving the caret, a pause the UI
// reports (break_run), or an edit of another kind; each replace() (a Fix, the outline, a paste, the page
// setting the draft) is one step of its own. Undoing every step restores the original text exactly.
#pragma once

#include "core/text/text_boundaries.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// What an edit did to the text: bytes [start, old_end) became [start, new_end). The editor's layout
// uses it to relay only the rows around the change.
struct TextChange {
    std::size_t start = 0;
    std::size_t old_end = 0;
    std::size_t new_end = 0;
};

// Several changes in a row as one, for a layout that sees only the text after the last of them (the UI
// takes the changes once a frame, and a frame may hold a paste and a keystroke).
TextChange combine_changes(const std::vector<TextChange>& changes);

class TextEdit {
public:
    explicit TextEdit(std::string text = {});

    // From now on edits the owner's string itself, not a copy of it: the owner and the editor share one
    // text (the widget's draft, which the check reads and the page saves), so a keystroke moves the
    // bytes after it once, not once in each copy. The text is taken as it stands, like load(): the
    // history is forgotten and the caret goes to its end. The string must outlive this TextEdit's use of
    // it, and every later change to it must come through this TextEdit (replace(), load()), whose
    // history and changes follow only what passes here.
    void edit_in_place(std::string& owner);

    const std::string& text() const { return buffer(); }
    std::size_t caret() const { return caret_; }
    std::size_t anchor() const { return anchor_; }         // the other end of the selection
    TextRange selection() const;                            // ordered; empty when caret == anchor
    bool has_selection() const { return caret_ != anchor_; }
    std::string selected_text() const;

    // Counts every change of the text (not of the caret): the UI compares it to know when to relay.
    std::uint64_t revision() const { return revision_; }
    // The changes since the last take_changes(), in order (cleared by it). Each is relative to the text
    // the one before it left: with only the current text at hand, give TextLayout::update their
    // combine_changes().
    std::vector<TextChange> take_changes();

    // Replaces the text and forgets the history: a saved draft loaded at start. Caret at the end.
    void load(std::string text);

    // Caret and selection. Offsets are clamped to the text and moved down to a code-point boundary.
    void set_caret(std::size_t offset, bool extend_selection);
    void select(std::size_t anchor, std::size_t caret);
    void select_all();

    // Typing: replaces the selection with text (a typed character, an IME commit). Joins the run.
    void type(std::string_view text);
    // Backspace and Delete: the selection, or the cluster before / after the caret (by_word: to the
    // word boundary, as Ctrl+Backspace does). Join a run of deleting.
    void erase_backward(bool by_word = false);
    void erase_forward(bool by_word = false);
    // Replaces [start, end) with text as one undoable step and selects what was put in (select_result)
    // or puts the caret after it. A paste, a cut, a Fix, the outline, the page setting the draft.
    void replace(std::size_t start, std::size_t end, std::string_view text, bool select_result = false);

    // Ends the current typing run: the next keystroke starts a new undo step.
    void break_run();

    bool can_undo() const;
    bool can_redo() const;
    // Undo and redo restore the text and the selection as they were around that step.
    bool undo();
    bool redo();

private:
    enum class Run { None, Typing, Erasing };
    struct Step {
        std::size_t start = 0;
        std::string removed;
        std::string inserted;
        std::size_t caret_before = 0, anchor_before = 0;
        std::size_t caret_after = 0, anchor_after = 0;
    };
    void apply(std::size_t start, std::size_t end, std::string_view text, Run run);
    void record_change(std::size_t start, std::size_t old_end, std::size_t new_end);
    // Undo (back) and redo (forward) are one move: the last step of `from` played, then kept in `to`.
    enum class Direction { Back, Forward };
    bool replay(std::vector<Step>& from, std::vector<Step>& to, Direction direction);

    void forget_history();
    std::string& buffer() { return owner_text_ != nullptr ? *owner_text_ : own_text_; }
    const std::string& buffer() const { return owner_text_ != nullptr ? *owner_text_ : own_text_; }

    std::string own_text_;                // the text, unless an owner lends its own (edit_in_place)
    std::string* owner_text_ = nullptr;
    std::size_t caret_ = 0;
    std::size_t anchor_ = 0;
    std::uint64_t revision_ = 0;
    std::vector<TextChange> changes_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    Run run_ = Run::None;
    std::size_t history_bytes_ = 0; // the oldest steps go when the history passes its budget
};

} // namespace cw
