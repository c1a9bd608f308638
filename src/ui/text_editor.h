// The widget's multi-line text field (the draft, the research notes): rows wrapped at the field's width
// by the core's line breaking (core/text/text_layout.h), editing as in a textarea with undo and redo
// (core/text/text_edit.h), the IME's composition drawn inline at the caret, and marks under spans of text (the
// draft's findings), drawn with Dear ImGui.
//
// Dear ImGui 1.92.2b's own multi-line field never wraps; this one never scrolls sideways. The draft's
// field edits the owner's string itself (edit_in_place: one text, each change's bytes moved once), and
// the owner hands it every change made from outside (take_outside_text). A notes field edits a copy of
// its own (TextEdit, with the history) and writes each change's bytes, and only those, into the owner's
// string; a change made to that string from outside is said by the owner's revision. Either way an
// outside change is taken in as one undoable step, and no frame and no key compares or copies the
// whole text. Only the rows in view are drawn, and an edit relays only the rows around it,
// so a 5 MB draft costs about what a short one does.
#pragma once

#include "core/campaign/campaign_check.h"
#include "core/text/text_edit.h"
#include "core/text/text_layout.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct Theme;

// A span of text to underline: a failing finding's in the fail colour with a solid line, a warning's
// in the warn colour with a dashed line (not colour alone).
struct TextMark {
    std::size_t start = 0;
    std::size_t end = 0;
    Status status = Status::Fail;
    int tag = 0; // the owner's own number for it (the finding's index)
};

class TextEditor {
public:
    // Draws the field at size (x <= 0: the available width) and edits text. outside_revision: a count
    // that moves whenever text is changed other than by this editor (a Fix, the page's API, a restored
    // state); only then is text compared with the editor's. composition: the input method's text not yet
    // committed, drawn at the caret while the field is active. Returns true when the person changed the
    // text.
    bool draw(const char* id, std::string& text, std::uint64_t outside_revision, ImVec2 size, const Theme& theme,
              const std::vector<TextMark>& marks = {}, std::string_view composition = {});

    // Edits the owner's own string from now on (TextEdit::edit_in_place), not a copy: for the draft,
    // which may be megabytes long, a keystroke then moves the bytes after it once. draw() must be given
    // that string, and a change of it from outside must come through take_outside_text(): there is no
    // copy to compare it with. (The notes keep a copy each: their strings come and go with the map
    // that holds them.)
    void edit_in_place(std::string& owner);
    // In place only: the owner's text becomes `text` (the page's API, a restored state, a Fix, the
    // outline), changed at once: one undoable step of only the bytes that differ, as after a paste, with the caret at the
    // end. Before the first draw the text is taken as it stands, with nothing to undo.
    void take_outside_text(std::string_view text);

    // Selects [start, end), makes the field active and scrolls the selection into view (next frame).
    void select(std::size_t start, std::size_t end);
    // Replaces [start, end) with text as one undoable step and selects the result (the text agent's text
    // changed otherwise than by typing: a screen reader's edit, a phone keyboard's deletion). Takes
    // effect in the next draw(), which reports it as a change.
    void replace(std::size_t start, std::size_t end, std::string_view text);

    bool can_undo() const { return edit_.can_undo(); }
    bool can_redo() const { return edit_.can_redo(); }
    // The Undo and Redo buttons (phones have no Ctrl+Z): take effect in the next draw().
    void undo() { pending_.push_back(Pending::Undo); }
    void redo() { pending_.push_back(Pending::Redo); }

    bool active() const { return active_; }
    // The field's text as the editor holds it, and its selection (caret and anchor, byte offsets): the
    // text agent mirrors them for screen readers. revision() counts the changes of the text.
    const std::string& text() const { return edit_.text(); }
    std::size_t caret() const { return edit_.caret(); }
    std::size_t anchor() const { return edit_.anchor(); }
    std::uint64_t revision() const { return edit_.revision(); }
    // The ID Dear ImGui's keyboard focus and activation take for the field (its text, inside the child
    // window the field scrolls in); 0 before the first draw.
    ImGuiID item_id() const { return item_id_; }
    // The mark under the mouse (hovered) or tapped in the last frame, with where its first row was drawn.
    struct MarkHit {
        int tag = 0;
        ImRect rect;
        bool tapped = false; // clicked or tapped (not only hovered)
    };
    const std::optional<MarkHit>& mark_hit() const { return mark_hit_; }
    // The first visible rectangle of the mark with this tag in the last frame (for itemRect).
    std::optional<ImRect> visible_mark_rect(int tag) const;
    // Where the caret was drawn in the last frame (screen coordinates), when the field is active.
    const std::optional<ImRect>& caret_rect() const { return caret_rect_; }
    // The field's rows in the last frame (the tests read how many rows a paragraph took).
    std::size_t row_count() const { return layout_.row_count(); }
    // Part of a long text is still to be laid out, a slice in each frame: more frames are wanted.
    bool laying_out() const { return layout_.has_pending(); }

private:
    enum class Pending { Undo, Redo };
    struct Replacement {
        std::size_t start, end;
        std::string text;
    };

    float measure(std::string_view cluster) const;
    void relayout_if_needed(float width);
    void lay_out_rows(std::size_t first, std::size_t end); // the rows asked for, if not laid out yet
    void lay_out_a_slice(ImGuiWindow* window);           // of what is not laid out yet, keeping the view
    void take_in_external_text(std::string& text, std::uint64_t outside_revision);
    void replace_differing(std::string_view text); // one undoable step of only the bytes that differ
    void note_text_seen();
    void lay_out_anew(); // the text taken as a whole: every row laid out in the next draw
    // Takes the edit's changes: into the owner's string (nullptr: it has them) and for the layout.
    void take_changes(std::string* owner);
    void apply_pending();
    void handle_keyboard(ImGuiID id, float visible_height);
    void handle_mouse(ImGuiID id, const ImRect& content, bool hovered);
    std::size_t offset_at(ImVec2 point_in_content); // lays out its row if needed
    ImVec2 caret_position(std::size_t offset, bool at_row_end) const; // in content coordinates
    std::size_t caret_row() const;
    void move_vertically(int rows, bool extend);
    void draw_rows(ImDrawList* draw_list, ImVec2 origin, float scroll_y, float visible_height, const Theme& theme,
                   const std::vector<TextMark>& marks, std::string_view composition);
    void keep_caret_in_view(float scroll_y, float visible_height);

    TextEdit edit_;
    bool loaded_ = false;
    std::string* in_place_ = nullptr; // the owner's string edited in place (edit_in_place)
    bool drawn_ = false;
    std::size_t size_seen_ = 0;       // the text's size and the edit's revision when the editor last
    std::uint64_t revision_seen_ = 0; // changed it: a size moved otherwise was changed past it
    TextLayout layout_;
    float font_size_ = 0;
    ImFontBaked* font_ = nullptr;        // this frame's
    const ImFont* layout_font_ = nullptr; // the font the rows were laid out in
    float line_height_ = 0;

    bool active_ = false;
    ImGuiID item_id_ = 0;
    bool caret_at_row_end_ = false;   // a caret at a soft break stands at the end of the upper row
    std::optional<float> preferred_x_; // up/down keep the column they started from
    bool follow_caret_ = false;        // scroll the caret into view in the next draw
    bool dragging_ = false;            // the mouse (or a long-pressing finger) selects while held
    bool touch_pressed_ = false;       // a finger is down on the field: a tap or a long press
    std::optional<std::pair<std::size_t, std::size_t>> pending_selection_;
    std::vector<Replacement> pending_replacements_;
    std::vector<Pending> pending_;
    std::uint64_t outside_revision_ = 0;     // the owner's outside_revision last taken in
    std::vector<TextChange> layout_changes_; // changes the layout has not followed yet
    bool wrote_back_ = false;                // a change went into the owner's string in this draw

    std::optional<MarkHit> mark_hit_;
    std::vector<std::pair<int, ImRect>> visible_marks_;
    std::optional<ImRect> caret_rect_;
    ImVec2 ime_anchor_;
};

} // namespace cw
