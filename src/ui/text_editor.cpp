#include "ui/text_editor.h"

#include "core/text/utf8.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
// The caret does not blink: a blinking caret would need a frame twice a second, and idle costs nothing.
constexpr float kCaretWidth = 1.5f;
constexpr float kLongPressSeconds = 0.45f; // the platform brings a frame after 0.5 s held still
// A text or a change longer than this (a long paste) is laid out a part at a time: what is in view and
// at the caret at once, the rest kLayoutBytesPerFrame a frame, so that no frame lays out megabytes.
constexpr std::size_t kDeferredLayoutBytes = 256 * 1024;
constexpr std::size_t kLayoutBytesPerFrame = 256 * 1024;

bool is_soft_break(const TextLayout& layout, std::size_t row, std::string_view text)
{
    // The row ends where the next starts and not at a '\n': the caret may stand at its end. (A row
    // not laid out yet is empty, and no break.)
    if (row + 1 >= layout.row_count()) return false;
    const TextRow shown = layout.row(row);
    return shown.start < shown.next && shown.end == shown.next && (shown.end >= text.size() || text[shown.end] != '\n');
}

// The length of the bytes text and other share at their starts, and at their ends (not overlapping),
// both on code-point boundaries of each.
std::pair<std::size_t, std::size_t> common_ends(std::string_view text, std::string_view other)
{
    const std::size_t shorter = std::min(text.size(), other.size());
    std::size_t prefix = 0;
    while (prefix < shorter && text[prefix] == other[prefix]) ++prefix;
    prefix = code_point_floor(text, prefix);
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && text[text.size() - 1 - suffix] == other[other.size() - 1 - suffix]) ++suffix;
    while (suffix > 0 && (code_point_floor(text, text.size() - suffix) != text.size() - suffix ||
                          code_point_floor(other, other.size() - suffix) != other.size() - suffix)) {
        --suffix;
    }
    return {prefix, suffix};
}

// Typed characters as UTF-8, without control characters (Enter and Tab come as keys).
std::string typed_text(const ImVector<ImWchar>& characters)
{
    std::string text;
    for (ImWchar c : characters) {
        const auto code_point = static_cast<char32_t>(c);
        if (code_point < 0x20 || code_point == 0x7F) continue;
        append_utf8(text, code_point);
    }
    return text;
}

// Text without line breaks, cluster by cluster: an emoji sequence or a flag is one glyph (fonts.h).
float text_width(std::string_view text)
{
    float width = 0;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = next_cluster(text, at);
        width += cluster_advance(text.substr(at, end - at));
        at = end;
    }
    return width;
}

void draw_text(ImDrawList* draw_list, ImVec2 pos, ImU32 colour, std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = next_cluster(text, at);
        pos.x += draw_cluster(draw_list, pos, colour, text.substr(at, end - at));
        at = end;
    }
}

void draw_dashed_line(ImDrawList* draw_list, ImVec2 from, float to_x, ImU32 colour, float thickness)
{
    const float dash = 4.0f;
    for (float x = from.x; x < to_x; x += dash * 2) {
        draw_list->AddLine(ImVec2(x, from.y), ImVec2(std::min(x + dash, to_x), from.y), colour, thickness);
    }
}
} // namespace

float TextEditor::measure(std::string_view cluster) const
{
    return cluster_advance(cluster);
}

void TextEditor::select(std::size_t start, std::size_t end)
{
    pending_selection_ = std::make_pair(start, end);
}

void TextEditor::replace(std::size_t start, std::size_t end, std::string_view text)
{
    pending_replacements_.push_back({start, end, std::string(text)});
}

std::optional<ImRect> TextEditor::visible_mark_rect(int tag) const
{
    for (const auto& [mark_tag, rect] : visible_marks_) {
        if (mark_tag == tag) return rect;
    }
    return std::nullopt;
}

void TextEditor::edit_in_place(std::string& owner)
{
    edit_.edit_in_place(owner);
    in_place_ = &owner;
    loaded_ = true;
    lay_out_anew();
}

void TextEditor::lay_out_anew()
{
    layout_ = {};
    layout_font_ = nullptr; // the next draw lays out every row
    edit_.take_changes();   // the whole text is new to the layout: no change to follow
    note_text_seen();
}

void TextEditor::take_outside_text(std::string_view text)
{
    if (!drawn_) {
        // Not shown yet (a restored draft, at start): the text as it stands, with nothing to undo.
        edit_.load(std::string(text));
        lay_out_anew();
        return;
    }
    replace_differing(text);
}

void TextEditor::replace_differing(std::string_view text)
{
    // One undoable step, like a paste, of only what differs: the rows around it are laid out again.
    const auto [prefix, suffix] = common_ends(edit_.text(), text);
    if (prefix == text.size() && prefix == edit_.text().size()) return;
    edit_.replace(prefix, edit_.text().size() - suffix, text.substr(prefix, text.size() - suffix - prefix));
    edit_.set_caret(edit_.text().size(), false); // as after a paste of the whole text
    take_changes(nullptr); // the owner has them already
}

void TextEditor::note_text_seen()
{
    size_seen_ = edit_.text().size();
    revision_seen_ = edit_.revision();
}

void TextEditor::take_in_external_text(std::string& text, std::uint64_t outside_revision)
{
    if (in_place_ != nullptr) {
        // The owner's string is the text edited: every change of it comes through this editor, and
        // outside_revision says nothing new. Only a change made past it (the size moved while the
        // editor changed nothing) or another string is taken in, as it stands.
        if (&text == in_place_ && (text.size() == size_seen_ || edit_.revision() != revision_seen_)) return;
        edit_in_place(text);
        return;
    }
    if (!loaded_) {
        edit_.load(text);
        loaded_ = true;
        outside_revision_ = outside_revision;
        lay_out_anew();
        return;
    }
    // The owner's text is this editor's own but for changes made from outside (the page's API, a
    // restored state), which the revision counts: only then are the two compared. (A size that
    // differs all the same is taken in too: the two must never part.)
    if (outside_revision == outside_revision_ && text.size() == edit_.text().size()) return;
    outside_revision_ = outside_revision;
    replace_differing(text);
}

void TextEditor::take_changes(std::string* owner)
{
    const std::vector<TextChange> changes = edit_.take_changes();
    if (changes.empty()) return;
    if (owner != nullptr) {
        // Only the bytes that changed cross to the owner's string; in place, it is the string edited.
        if (owner != in_place_) {
            const TextChange change = combine_changes(changes);
            owner->replace(change.start, change.old_end - change.start, edit_.text(), change.start, change.new_end - change.start);
        }
        wrote_back_ = true;
    }
    layout_changes_.insert(layout_changes_.end(), changes.begin(), changes.end());
    note_text_seen();
}

void TextEditor::apply_pending()
{
    for (const Pending pending : pending_) {
        if (pending == Pending::Undo) edit_.undo(); else edit_.redo();
        follow_caret_ = true;
    }
    pending_.clear();
    for (const Replacement& replacement : pending_replacements_) {
        const std::size_t size = edit_.text().size();
        edit_.replace(std::min(replacement.start, size), std::min(std::max(replacement.start, replacement.end), size),
                      replacement.text, true);
        follow_caret_ = true;
    }
    pending_replacements_.clear();
}

void TextEditor::relayout_if_needed(float width)
{
    // The baked font is looked up every frame (Dear ImGui may make it anew, at the same size, when its
    // atlas is rebuilt); the rows are laid anew only when the font, its size or the width change.
    font_ = ImGui::GetFontBaked();
    const ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const auto measure_cluster = [this](std::string_view cluster) { return measure(cluster); };
    const std::vector<TextChange> changes = std::exchange(layout_changes_, {});
    const bool same_font = font == layout_font_ && font_size == font_size_;
    if (same_font && width != layout_.width() && changes.empty()) {
        layout_.set_width(edit_.text(), width); // the clusters are measured already
        return;
    }
    if (!same_font || width != layout_.width()) {
        layout_font_ = font;
        font_size_ = font_size;
        line_height_ = ImGui::GetTextLineHeight();
        if (edit_.text().size() > kDeferredLayoutBytes) {
            layout_.reset_deferred(edit_.text(), width, measure_cluster);
        } else {
            layout_.reset(edit_.text(), width, measure_cluster);
        }
    } else if (!changes.empty()) {
        // Each change is relative to the text the one before it left; the layout sees only the text now.
        const TextChange change = combine_changes(changes);
        if (change.new_end - change.start > kDeferredLayoutBytes) {
            layout_.update_deferred(edit_.text(), change.start, change.old_end, change.new_end, measure_cluster);
        } else {
            layout_.update(edit_.text(), change.start, change.old_end, change.new_end, measure_cluster);
        }
    }
    // The caret's and the selection's other end's rows are read by the keys and the mouse.
    layout_.lay_out_bytes(edit_.text(), edit_.caret(), edit_.caret(), measure_cluster);
    layout_.lay_out_bytes(edit_.text(), edit_.anchor(), edit_.anchor(), measure_cluster);
}

void TextEditor::lay_out_rows(std::size_t first, std::size_t end)
{
    layout_.lay_out_rows(edit_.text(), first, end, [this](std::string_view cluster) { return measure(cluster); });
}

void TextEditor::lay_out_a_slice(ImGuiWindow* window)
{
    if (!layout_.has_pending()) return;
    // The paragraphs laid out now may be above the view, and take more or fewer rows than were counted
    // for them: the view is kept on the text it shows.
    const std::size_t first_shown = static_cast<std::size_t>(std::max(0.0f, window->Scroll.y / line_height_));
    const std::size_t anchor = layout_.row(std::min(first_shown, layout_.row_count() - 1)).start;
    const std::size_t rows_past_anchor = first_shown - std::min(first_shown, layout_.row_of(anchor));
    layout_.lay_out_pending(edit_.text(), [this](std::string_view cluster) { return measure(cluster); }, kLayoutBytesPerFrame);
    const std::size_t now_shown = layout_.row_of(anchor) + rows_past_anchor;
    if (now_shown != first_shown) {
        window->Scroll.y += (static_cast<float>(now_shown) - static_cast<float>(first_shown)) * line_height_;
    }
}

std::size_t TextEditor::caret_row() const
{
    std::size_t row = layout_.row_of(edit_.caret());
    if (caret_at_row_end_ && row > 0 && edit_.caret() == layout_.row(row).start &&
        is_soft_break(layout_, row - 1, edit_.text())) {
        --row;
    }
    return row;
}

ImVec2 TextEditor::caret_position(std::size_t offset, bool at_row_end) const
{
    std::size_t row = layout_.row_of(offset);
    if (at_row_end && row > 0 && offset == layout_.row(row).start && is_soft_break(layout_, row - 1, edit_.text())) --row;
    return ImVec2(layout_.x_in_row(row, offset), static_cast<float>(row) * line_height_);
}

std::size_t TextEditor::offset_at(ImVec2 point)
{
    const float row_float = std::floor(point.y / line_height_);
    const std::size_t row = row_float < 0 ? 0 : std::min(layout_.row_count() - 1, static_cast<std::size_t>(row_float));
    lay_out_rows(row, row + 1);
    return layout_.offset_at_x(std::min(row, layout_.row_count() - 1), point.x);
}

void TextEditor::move_vertically(int rows_to_move, bool extend)
{
    const std::size_t from_row = caret_row();
    const ImVec2 at = caret_position(edit_.caret(), caret_at_row_end_);
    if (!preferred_x_) preferred_x_ = at.x;
    const long target = static_cast<long>(from_row) + rows_to_move;
    std::size_t offset;
    if (target < 0) {
        offset = 0; // above the first row: the text's start, as a textarea does
    } else if (target >= static_cast<long>(layout_.row_count())) {
        offset = edit_.text().size();
    } else {
        lay_out_rows(static_cast<std::size_t>(target), static_cast<std::size_t>(target) + 1);
        const TextRow row = layout_.row(static_cast<std::size_t>(target));
        offset = layout_.offset_at_x(static_cast<std::size_t>(target), *preferred_x_);
        const float x = preferred_x_.value();
        const std::optional<float> keep = preferred_x_;
        edit_.set_caret(offset, extend);
        preferred_x_ = keep;
        // Landing at the end of a row that wraps: stay on it, not at the start of the next one.
        caret_at_row_end_ = offset == row.end && x > 0 && row.end == row.next && is_soft_break(layout_, static_cast<std::size_t>(target), edit_.text());
        follow_caret_ = true;
        return;
    }
    edit_.set_caret(offset, extend);
    caret_at_row_end_ = false;
    follow_caret_ = true;
}

void TextEditor::handle_mouse(ImGuiID id, const ImRect& content, bool hovered)
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse(io.MousePos.x - content.Min.x, io.MousePos.y - content.Min.y);

    const auto activate = [&] {
        if (g.ActiveId != id) {
            ImGui::SetActiveID(id, g.CurrentWindow);
            ImGui::SetFocusID(id, g.CurrentWindow);
            ImGui::FocusWindow(g.CurrentWindow);
        }
        ImGui::SetKeyOwner(ImGuiKey_MouseLeft, id);
        edit_.break_run();
        preferred_x_.reset();
    };
    const auto place_caret = [&](std::size_t offset, bool extend) {
        edit_.set_caret(offset, extend);
        // A click past the end of a wrapped row puts the caret at that row's end.
        const std::size_t row = std::min(layout_.row_count() - 1,
                                         static_cast<std::size_t>(std::max(0.0f, std::floor(mouse.y / line_height_))));
        caret_at_row_end_ = offset == layout_.row(row).end && is_soft_break(layout_, row, edit_.text());
    };

    // A finger: a tap places the caret when it lifts (a drag scrolls instead, and the platform then
    // releases the press away from everything); a long press selects the word under it, and moving the
    // finger on drags the selection's end.
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    if (touch) {
        if (hovered && io.MouseClicked[0]) touch_pressed_ = true;
        if (touch_pressed_ && io.MouseDown[0] && io.MouseDownDuration[0] >= kLongPressSeconds && hovered) {
            touch_pressed_ = false;
            activate();
            const TextRange word = word_at(edit_.text(), offset_at(mouse));
            edit_.select(word.start, word.end);
            dragging_ = true;
            return;
        }
        if (touch_pressed_ && io.MouseReleased[0]) {
            touch_pressed_ = false;
            if (hovered) {
                activate();
                place_caret(offset_at(mouse), false);
                dragging_ = false;
                return;
            }
        }
    } else if (hovered && io.MouseClicked[0]) {
        activate();
        const std::size_t offset = offset_at(mouse);
        const int clicks = io.MouseClickedCount[0];
        if (clicks >= 3 && clicks % 2 == 1) {
            const TextRange paragraph = paragraph_at(edit_.text(), offset);
            edit_.select(paragraph.start, paragraph.end);
            dragging_ = false;
        } else if (clicks >= 2) {
            const TextRange word = word_at(edit_.text(), offset);
            edit_.select(word.start, word.end);
            dragging_ = false;
        } else {
            place_caret(offset, io.KeyShift);
            dragging_ = true;
        }
        return;
    }
    if (g.ActiveId == id && io.MouseClicked[0] && !hovered) {
        ImGui::ClearActiveID(); // a click elsewhere ends the edit, as in any text field
        dragging_ = false;
        return;
    }
    if (dragging_ && g.ActiveId == id && io.MouseDown[0]) {
        if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) {
            edit_.set_caret(offset_at(mouse), true);
            caret_at_row_end_ = false;
            preferred_x_.reset();
            follow_caret_ = true; // dragging past the top or bottom scrolls
        }
    }
    if (!io.MouseDown[0]) dragging_ = false;
}

void TextEditor::handle_keyboard(ImGuiID id, float visible_height)
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiIO& io = ImGui::GetIO();
    for (ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Enter,
                         ImGuiKey_KeypadEnter, ImGuiKey_Delete, ImGuiKey_Backspace, ImGuiKey_Home, ImGuiKey_End,
                         ImGuiKey_PageUp, ImGuiKey_PageDown}) {
        ImGui::SetKeyOwner(key, id);
    }
    g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right) | (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
    g.ActiveIdAllowOverlap = !io.MouseDown[0];

    const bool is_osx = io.ConfigMacOSXBehaviors;
    // Typed text first (an IME commit, the phone keyboard's words), then the keys.
    const bool ignore_characters = (io.KeyCtrl && !io.KeyAlt) || (is_osx && io.KeyCtrl);
    if (!io.InputQueueCharacters.empty()) {
        if (!ignore_characters) {
            const std::string typed = typed_text(io.InputQueueCharacters);
            if (!typed.empty()) {
                edit_.type(typed);
                caret_at_row_end_ = false;
                preferred_x_.reset();
                follow_caret_ = true;
            }
        }
        io.InputQueueCharacters.resize(0);
    }

    const bool shift = io.KeyShift;
    const bool word_key = is_osx ? io.KeyAlt : io.KeyCtrl;
    const bool row_key = is_osx && io.KeyCtrl && !io.KeySuper && !io.KeyAlt; // Cmd+arrows on a Mac
    const ImGuiInputFlags repeat = ImGuiInputFlags_Repeat;
    const std::string& text = edit_.text();
    const auto caret_moved = [&](std::size_t to, bool at_row_end = false) {
        edit_.set_caret(to, shift);
        caret_at_row_end_ = at_row_end;
        preferred_x_.reset();
        follow_caret_ = true;
    };
    const auto changed = [&] {
        caret_at_row_end_ = false;
        preferred_x_.reset();
        follow_caret_ = true;
    };

    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_A, 0, id)) {
        edit_.select_all();
    } else if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_C, 0, id) || ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Insert, 0, id)) {
        if (edit_.has_selection()) ImGui::SetClipboardText(edit_.selected_text().c_str());
    } else if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_X, 0, id) || ImGui::Shortcut(ImGuiMod_Shift | ImGuiKey_Delete, 0, id)) {
        if (edit_.has_selection()) {
            ImGui::SetClipboardText(edit_.selected_text().c_str());
            const TextRange cut = edit_.selection();
            edit_.replace(cut.start, cut.end, "");
            changed();
        }
    } else if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_V, repeat, id) || ImGui::Shortcut(ImGuiMod_Shift | ImGuiKey_Insert, repeat, id)) {
        const char* pasted = ImGui::GetClipboardText();
        if (pasted != nullptr) {
            const TextRange at = edit_.selection();
            edit_.replace(at.start, at.end, pasted);
            changed();
        }
    } else if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Z, repeat, id)) {
        edit_.undo();
        changed();
    } else if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Y, repeat, id) ||
               ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, repeat, id)) {
        edit_.redo();
        changed();
    } else if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) {
        if (edit_.has_selection() && !shift) {
            caret_moved(edit_.selection().start);
        } else if (row_key) {
            caret_moved(layout_.row(caret_row()).start);
        } else {
            caret_moved(word_key ? previous_word_start(text, edit_.caret()) : previous_cluster(text, edit_.caret()));
        }
    } else if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) {
        if (edit_.has_selection() && !shift) {
            caret_moved(edit_.selection().end);
        } else if (row_key) {
            const std::size_t row = caret_row();
            caret_moved(layout_.row(row).end, is_soft_break(layout_, row, text));
        } else {
            caret_moved(word_key ? next_word_end(text, edit_.caret()) : next_cluster(text, edit_.caret()));
        }
    } else if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) {
        if (row_key) caret_moved(0); else move_vertically(-1, shift);
    } else if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
        if (row_key) caret_moved(text.size()); else move_vertically(1, shift);
    } else if (ImGui::IsKeyPressed(ImGuiKey_PageUp) || ImGui::IsKeyPressed(ImGuiKey_PageDown)) {
        const int page = std::max(1, static_cast<int>(visible_height / line_height_) - 1);
        move_vertically(ImGui::IsKeyPressed(ImGuiKey_PageUp) ? -page : page, shift);
        ImGui::SetScrollY(ImGui::GetScrollY() + (ImGui::IsKeyPressed(ImGuiKey_PageUp) ? -1.0f : 1.0f) * page * line_height_);
    } else if (ImGui::IsKeyPressed(ImGuiKey_Home)) {
        caret_moved(io.KeyCtrl ? 0 : layout_.row(caret_row()).start);
    } else if (ImGui::IsKeyPressed(ImGuiKey_End)) {
        if (io.KeyCtrl) {
            caret_moved(text.size());
        } else {
            const std::size_t row = caret_row();
            caret_moved(layout_.row(row).end, is_soft_break(layout_, row, text));
        }
    } else if (ImGui::IsKeyPressed(ImGuiKey_Backspace)) {
        edit_.erase_backward(word_key);
        changed();
    } else if (ImGui::IsKeyPressed(ImGuiKey_Delete)) {
        edit_.erase_forward(word_key);
        changed();
    } else if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) {
        edit_.type("\n");
        changed();
    } else if (ImGui::Shortcut(ImGuiKey_Escape, 0, id)) {
        ImGui::ClearActiveID(); // Escape ends the edit; a second one leaves the widget (the platform's)
    }
}

void TextEditor::keep_caret_in_view(float scroll_y, float visible_height)
{
    if (!follow_caret_) return;
    follow_caret_ = false;
    const ImVec2 caret = caret_position(edit_.caret(), caret_at_row_end_);
    const float padding = ImGui::GetStyle().WindowPadding.y;
    if (caret.y < scroll_y) {
        ImGui::SetScrollY(std::max(0.0f, caret.y - padding));
    } else if (caret.y + line_height_ > scroll_y + visible_height) {
        ImGui::SetScrollY(caret.y + line_height_ - visible_height + padding);
    }
}

void TextEditor::draw_rows(ImDrawList* draw_list, ImVec2 origin, float scroll_y, float visible_height,
                           const Theme& theme, const std::vector<TextMark>& marks, std::string_view composition)
{
    const std::size_t row_count = layout_.row_count();
    const std::string& text = edit_.text();
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 selection_colour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    const ImU32 fail_colour = ImGui::GetColorU32(theme.fail);
    const ImU32 warn_colour = ImGui::GetColorU32(theme.warn);
    const TextRange selection = edit_.selection();
    const std::size_t caret_row_index = caret_row();
    const ImGuiIO& io = ImGui::GetIO();

    // Only the rows in view: rows are one line high, so the first is found by division.
    const float row_top = scroll_y / line_height_;
    const std::size_t first = row_top <= 0 ? 0 : std::min(row_count, static_cast<std::size_t>(row_top));
    const std::size_t last = std::min(row_count, static_cast<std::size_t>((scroll_y + visible_height) / line_height_) + 1);
    visible_marks_.clear();
    mark_hit_.reset();
    caret_rect_.reset();
    for (std::size_t index = first; index < last; ++index) {
        const TextRow row = layout_.row(index);
        const ImVec2 at(origin.x, origin.y + static_cast<float>(index) * line_height_);
        const auto x_of = [&](std::size_t offset) { return layout_.x_in_row(index, offset); };

        // Selection behind the text; a selected '\n' or break shows as a little extra width.
        if (selection.start < row.next && selection.end > row.start && selection.start != selection.end) {
            const float x0 = selection.start <= row.start ? 0.0f : x_of(selection.start);
            const float x1 = selection.end >= row.next ? row.width + font_size_ * 0.3f : x_of(selection.end);
            draw_list->AddRectFilled(ImVec2(at.x + x0, at.y), ImVec2(at.x + x1, at.y + line_height_), selection_colour);
        }

        const bool composing_here = active_ && !composition.empty() && index == caret_row_index;
        if (composing_here) {
            // The input method's text, not yet committed, drawn at the caret and underlined.
            const std::size_t caret = edit_.caret();
            const float caret_x = x_of(caret);
            draw_text(draw_list, at, text_colour, std::string_view(text).substr(row.start, caret - row.start));
            const float composition_width = text_width(composition);
            draw_text(draw_list, ImVec2(at.x + caret_x, at.y), text_colour, composition);
            draw_list->AddLine(ImVec2(at.x + caret_x, at.y + line_height_ - 1.5f),
                               ImVec2(at.x + caret_x + composition_width, at.y + line_height_ - 1.5f), text_colour, 1.5f);
            if (caret < row.end) {
                draw_text(draw_list, ImVec2(at.x + caret_x + composition_width, at.y), text_colour,
                                   std::string_view(text).substr(caret, row.end - caret));
            }
        } else if (row.end > row.start) {
            draw_text(draw_list, at, text_colour, std::string_view(text).substr(row.start, row.end - row.start));
        }

        // Marks under their spans: a failing finding solid, a warning dashed.
        for (const TextMark& mark : marks) {
            if (mark.end <= row.start || mark.start >= row.end || mark.start >= mark.end) continue;
            const float x0 = mark.start <= row.start ? 0.0f : x_of(mark.start);
            const float x1 = mark.end >= row.end ? row.width : x_of(mark.end);
            if (x1 <= x0) continue;
            const float y = at.y + line_height_ - 1.0f;
            if (mark.status == Status::Fail) {
                draw_list->AddLine(ImVec2(at.x + x0, y), ImVec2(at.x + x1, y), fail_colour, 2.0f);
            } else {
                draw_dashed_line(draw_list, ImVec2(at.x + x0, y), at.x + x1, warn_colour, 2.0f);
            }
            const ImRect rect(ImVec2(at.x + x0, at.y), ImVec2(at.x + x1, at.y + line_height_));
            if (!visible_mark_rect(mark.tag)) visible_marks_.emplace_back(mark.tag, rect);
            if (!mark_hit_ && rect.Contains(io.MousePos) && ImGui::IsWindowHovered()) {
                mark_hit_ = MarkHit{mark.tag, rect, ImGui::IsMouseReleased(0) && !dragging_};
            }
        }

        if (active_ && index == caret_row_index) {
            const float caret_x = x_of(edit_.caret()) +
                                  (composing_here ? text_width(composition) : 0.0f);
            const ImRect caret(ImVec2(at.x + caret_x, at.y), ImVec2(at.x + caret_x + kCaretWidth, at.y + line_height_));
            draw_list->AddRectFilled(caret.Min, caret.Max, ImGui::GetColorU32(ImGuiCol_InputTextCursor));
            caret_rect_ = caret;
            ime_anchor_ = ImVec2(at.x + x_of(edit_.caret()), at.y);
        }
    }
}

bool TextEditor::draw(const char* id, std::string& text, std::uint64_t outside_revision, ImVec2 size, const Theme& theme,
                      const std::vector<TextMark>& marks, std::string_view composition)
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    wrote_back_ = false;
    take_in_external_text(text, outside_revision);
    apply_pending();
    take_changes(&text);

    if (size.x <= 0) size.x = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, style.FramePadding);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, style.FrameRounding);
    // The scrollbar is always there, so the rows' width does not change when the text grows past the
    // field's height (which would lay everything out again, and make the text jump).
    // Keyboard (accessibility): NavFlattened puts the field in its panel's Tab order; the child takes
    // navigation input (no NoNavInputs) so that Tab inside the field moves on to the next control. The
    // arrows stay the caret's while editing (ActiveIdUsingNavDirMask in handle_keyboard).
    ImGui::BeginChild(id, size, ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened, ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    ImGuiWindow* window = ImGui::GetCurrentWindow();

    const float width = std::max(ImGui::GetContentRegionAvail().x, font_size_ > 0 ? font_size_ : 16.0f);
    const float visible_height = window->InnerRect.GetHeight() - style.FramePadding.y * 2;
    relayout_if_needed(width);
    lay_out_a_slice(window);

    const ImGuiID item_id = window->GetID("##text");
    item_id_ = item_id;
    if (pending_selection_) {
        const auto [start, end] = *pending_selection_;
        edit_.select(start, end);
        caret_at_row_end_ = false;
        follow_caret_ = true;
        pending_selection_.reset();
        ImGui::SetActiveID(item_id, window);
        ImGui::SetFocusID(item_id, window);
        ImGui::FocusWindow(window);
    }

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float content_height = std::max(static_cast<float>(layout_.row_count()) * line_height_, visible_height);
    const ImRect content(origin, ImVec2(origin.x + width, origin.y + content_height));
    ImGui::ItemSize(content.GetSize());
    // Inputable: reached by Tab, the field starts editing at once, as Dear ImGui's InputText does
    // (its init_make_active); Enter or Space on the focused field does the same.
    ImGui::ItemAdd(content, item_id, nullptr, ImGuiItemFlags_Inputable);
    if (g.NavActivateId == item_id && g.ActiveId != item_id) {
        ImGui::SetActiveID(item_id, window);
        ImGui::SetFocusID(item_id, window);
        ImGui::FocusWindow(window);
        follow_caret_ = true;
    }
    const bool hovered = ImGui::ItemHoverable(content, item_id, ImGuiItemFlags_None);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

    handle_mouse(item_id, content, hovered);
    active_ = g.ActiveId == item_id;
    if (active_) handle_keyboard(item_id, visible_height);
    take_changes(&text);
    relayout_if_needed(width); // around what the mouse and the keys changed
    const bool changed = wrote_back_;
    drawn_ = true;

    const float scroll_y = window->Scroll.y;
    if (active_) keep_caret_in_view(scroll_y, visible_height);
    lay_out_rows(static_cast<std::size_t>(std::max(0.0f, scroll_y / line_height_)),
                 static_cast<std::size_t>((scroll_y + visible_height) / line_height_) + 1);
    draw_rows(window->DrawList, origin, scroll_y, visible_height, theme, marks, active_ ? composition : std::string_view{});

    if (active_ && caret_rect_) {
        // Where the input method's candidate window opens, and where the text agent stands.
        g.PlatformImeData.WantVisible = true;
        g.PlatformImeData.WantTextInput = true;
        // At the caret before the composition: the text agent holds the composition itself, so the
        // candidate window follows it from there.
        g.PlatformImeData.InputPos = ImVec2(ime_anchor_.x - 1.0f, ime_anchor_.y);
        g.PlatformImeData.InputLineHeight = line_height_;
        g.PlatformImeData.ViewportId = window->Viewport->ID;
    } else if (active_) {
        // The caret is scrolled out of view: the text still goes to this field.
        g.PlatformImeData.WantTextInput = true;
    }
    ImGui::EndChild();
    // The keyboard's focus ring around the whole field (the item is its scrolled content).
    if (g.NavId == item_id) ImGui::RenderNavCursor(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), item_id);
    return changed;
}

} // namespace cw
