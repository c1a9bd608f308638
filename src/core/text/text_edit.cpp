#include "core/text/text_edit.h"

#include <algorithm>

namespace cw {

namespace {

// The history keeps the newest steps within both budgets (the newest step always stays, however big).
constexpr std::size_t kMaxUndoSteps = 1000;
constexpr std::size_t kMaxHistoryBytes = 16 * 1024 * 1024;

std::size_t bytes_of(const std::string& removed, const std::string& inserted)
{
    return removed.size() + inserted.size() + 64; // 64: the step's own fields
}

} // namespace

TextChange combine_changes(const std::vector<TextChange>& changes)
{
    if (changes.empty()) return {};
    TextChange combined = changes.front();
    for (std::size_t i = 1; i < changes.size(); ++i) {
        const TextChange& next = changes[i];
        // In the text between the two: what either touched ends at touched_end.
        const std::size_t touched_end = std::max(combined.new_end, next.old_end);
        combined.start = std::min(combined.start, next.start);
        combined.old_end = touched_end - combined.new_end + combined.old_end;
        combined.new_end = touched_end - next.old_end + next.new_end;
    }
    return combined;
}

TextEdit::TextEdit(std::string text) : own_text_(std::move(text)), caret_(own_text_.size()), anchor_(own_text_.size()) {}

void TextEdit::edit_in_place(std::string& owner)
{
    const std::size_t old_size = text().size();
    owner_text_ = &owner;
    caret_ = anchor_ = owner.size();
    forget_history();
    record_change(0, old_size, owner.size());
}

void TextEdit::forget_history()
{
    undo_.clear();
    redo_.clear();
    history_bytes_ = 0;
    run_ = Run::None;
}

TextRange TextEdit::selection() const
{
    return {std::min(caret_, anchor_), std::max(caret_, anchor_)};
}

std::string TextEdit::selected_text() const
{
    const TextRange range = selection();
    return buffer().substr(range.start, range.end - range.start);
}

std::vector<TextChange> TextEdit::take_changes()
{
    std::vector<TextChange> taken;
    taken.swap(changes_);
    return taken;
}

void TextEdit::load(std::string text)
{
    const std::size_t old_size = buffer().size();
    buffer() = std::move(text);
    caret_ = anchor_ = buffer().size();
    forget_history();
    record_change(0, old_size, buffer().size());
}

void TextEdit::set_caret(std::size_t offset, bool extend_selection)
{
    caret_ = code_point_floor(buffer(), offset);
    if (!extend_selection) anchor_ = caret_;
    run_ = Run::None;
}

void TextEdit::select(std::size_t anchor, std::size_t caret)
{
    anchor_ = code_point_floor(buffer(), anchor);
    caret_ = code_point_floor(buffer(), caret);
    run_ = Run::None;
}

void TextEdit::select_all()
{
    select(0, buffer().size());
}

void TextEdit::type(std::string_view text)
{
    const TextRange range = selection();
    if (range.start == range.end && text.empty()) return;
    apply(range.start, range.end, text, Run::Typing);
}

void TextEdit::erase_backward(bool by_word)
{
    TextRange range = selection();
    if (range.start == range.end) {
        range.start = by_word ? previous_word_start(buffer(), caret_) : previous_cluster(buffer(), caret_);
    }
    if (range.start == range.end) return;
    apply(range.start, range.end, {}, Run::Erasing);
}

void TextEdit::erase_forward(bool by_word)
{
    TextRange range = selection();
    if (range.start == range.end) range.end = by_word ? next_word_end(buffer(), caret_) : next_cluster(buffer(), caret_);
    if (range.start == range.end) return;
    apply(range.start, range.end, {}, Run::Erasing);
}

void TextEdit::replace(std::size_t start, std::size_t end, std::string_view text, bool select_result)
{
    start = code_point_floor(buffer(), start);
    end = std::max(start, code_point_floor(buffer(), end));
    run_ = Run::None;
    if (start == end && text.empty()) { // nothing to undo
        caret_ = anchor_ = start;
        return;
    }
    apply(start, end, text, Run::None);
    run_ = Run::None; // the next keystroke starts a step of its own
    if (select_result) {
        anchor_ = start;
        undo_.back().anchor_after = anchor_;
    }
}

void TextEdit::break_run()
{
    run_ = Run::None;
}

bool TextEdit::can_undo() const
{
    return !undo_.empty();
}

bool TextEdit::can_redo() const
{
    return !redo_.empty();
}

bool TextEdit::undo()
{
    return replay(undo_, redo_, Direction::Back);
}

bool TextEdit::redo()
{
    return replay(redo_, undo_, Direction::Forward);
}

bool TextEdit::replay(std::vector<Step>& from, std::vector<Step>& to, Direction direction)
{
    if (from.empty()) return false;
    Step step = std::move(from.back());
    from.pop_back();
    const bool back = direction == Direction::Back;
    const std::string& now = back ? step.inserted : step.removed; // what stands in the text
    const std::string& then = back ? step.removed : step.inserted; // what it becomes
    buffer().replace(step.start, now.size(), then);
    record_change(step.start, step.start + now.size(), step.start + then.size());
    caret_ = back ? step.caret_before : step.caret_after;
    anchor_ = back ? step.anchor_before : step.anchor_after;
    run_ = Run::None;
    to.push_back(std::move(step));
    return true;
}

void TextEdit::apply(std::size_t start, std::size_t end, std::string_view text, Run run)
{
    const std::string removed = buffer().substr(start, end - start);
    buffer().replace(start, end - start, text);
    record_change(start, end, start + text.size());
    const std::size_t caret_before = caret_;
    const std::size_t anchor_before = anchor_;
    caret_ = anchor_ = code_point_floor(buffer(), start + text.size());

    // What is undone is gone from the redo list once the text takes another turn.
    for (const Step& step : redo_) history_bytes_ -= bytes_of(step.removed, step.inserted);
    redo_.clear();

    // A keystroke that continues the run joins its step: typing on at its end, Backspace at its start,
    // Delete at the same place.
    if (run != Run::None && run == run_ && !undo_.empty()) {
        Step& last = undo_.back();
        history_bytes_ -= bytes_of(last.removed, last.inserted);
        bool joined = false;
        if (run == Run::Typing && removed.empty() && start == last.start + last.inserted.size()) {
            last.inserted += text;
            joined = true;
        } else if (run == Run::Erasing && text.empty() && last.inserted.empty()) {
            if (end == last.start) {
                last.removed.insert(0, removed);
                last.start = start;
                joined = true;
            } else if (start == last.start) {
                last.removed += removed;
                joined = true;
            }
        }
        history_bytes_ += bytes_of(last.removed, last.inserted);
        if (joined) {
            last.caret_after = caret_;
            last.anchor_after = anchor_;
            return;
        }
    }

    Step step;
    step.start = start;
    step.removed = removed;
    step.inserted = std::string(text);
    step.caret_before = caret_before;
    step.anchor_before = anchor_before;
    step.caret_after = caret_;
    step.anchor_after = anchor_;
    history_bytes_ += bytes_of(step.removed, step.inserted);
    undo_.push_back(std::move(step));
    run_ = run;

    std::size_t dropped = 0;
    while (undo_.size() - dropped > 1 &&
           (undo_.size() - dropped > kMaxUndoSteps || history_bytes_ > kMaxHistoryBytes)) {
        history_bytes_ -= bytes_of(undo_[dropped].removed, undo_[dropped].inserted);
        ++dropped;
    }
    undo_.erase(undo_.begin(), undo_.begin() + static_cast<std::ptrdiff_t>(dropped));
}

void TextEdit::record_change(std::size_t start, std::size_t old_end, std::size_t new_end)
{
    ++revision_;
    changes_.push_back({start, old_end, new_end});
}

} // namespace cw
