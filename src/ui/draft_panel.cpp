#include "ui/draft_panel.h"

#include "core/check/fix.h"
#include "core/check/length_line.h"
#include "core/campaign/outline.h"
#include "core/content/checklist_content.h"
#include "core/i18n/translations.h"
#include "ui/label_text.h"
#include "ui/line_breaking.h"
#include "ui/typography.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace cw {

namespace {
constexpr float kNarrowWidth = 640.0f; // below this the checklist goes under the editor

const ImVec4& light_colour(const Theme& theme, Status status)
{
    switch (status) {
    case Status::Pass: return theme.pass;
    case Status::Warn: return theme.warn;
    case Status::Fail: return theme.fail;
    }
    return theme.fail;
}

// A traffic light: a filled circle in the status colour, sized to the text line.
void draw_light(const Theme& theme, Status status)
{
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.5f, at.y + size * 0.5f), size * 0.34f,
                                                ImGui::GetColorU32(light_colour(theme, status)));
    ImGui::Dummy(ImVec2(size, size));
}

} // namespace

void DraftPanel::select_in_editor(std::size_t start, std::size_t end)
{
    editor_.select(start, end);
}

bool DraftPanel::draw(const UiContext& ui, Progress& progress, const Report& report, bool report_current)
{
    bool changed = false;
    if (open_mark_ && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        // Escape closes the popover first; the field being edited stays so (the next Escape ends the edit).
        dismissed_mark_ = open_mark_; // not opened again by the mouse still over it
        open_mark_.reset();
        ImGui::SetKeyOwner(ImGuiKey_Escape, ImGui::GetID("mark-popover"), ImGuiInputFlags_LockThisFrame);
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const bool narrow = width < kNarrowWidth;
    // In the campaign's own unit: 字 or words of one's own words, or the weighted length (core/check/length_line.h).
    const std::string counts = length_line(ui.campaign.requirements, report.stats, ui.language);

    if (narrow) {
        const float editor_height = std::max(160.0f, ImGui::GetContentRegionAvail().y * 0.45f);
        changed |= draw_editor(ui, progress, report, report_current, editor_height);
        changed |= draw_actions(ui, progress, counts);
        // NavFlattened: Tab and the arrows go through the columns' controls as through the panel's own.
        ImGui::BeginChild("checklist", ImVec2(0, 0), ImGuiChildFlags_NavFlattened);
        changed |= draw_checklist(ui, progress, report);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("editor-column", ImVec2(width * 0.55f, 0), ImGuiChildFlags_NavFlattened);
        // Under the editor: the length line, wrapped at the column's width, and the row of buttons.
        const float counts_height = static_cast<float>(wrap_text(counts, ImGui::GetContentRegionAvail().x).size()) * ImGui::GetTextLineHeightWithSpacing();
        const float actions_height = counts_height + ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        changed |= draw_editor(ui, progress, report, report_current, ImGui::GetContentRegionAvail().y - actions_height);
        changed |= draw_actions(ui, progress, counts);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("checklist", ImVec2(0, 0), ImGuiChildFlags_NavFlattened);
        changed |= draw_checklist(ui, progress, report);
        ImGui::EndChild();
    }
    changed |= draw_mark_popover(ui, progress, report);
    return changed;
}

bool DraftPanel::draw_editor(const UiContext& ui, Progress& progress, const Report& report, bool report_current,
                             float height)
{
    // What still fails or warns is marked under its spans, once the report is of this very text.
    std::vector<TextMark> marks;
    if (report_current) {
        for (std::size_t i = 0; i < report.findings.size(); ++i) {
            const Finding& finding = report.findings[i];
            if (finding.status == Status::Pass || finding.spans_are_evidence) continue;
            for (const Span& span : finding.spans) {
                if (span.end > span.start) marks.push_back({span.start, span.end, finding.status, static_cast<int>(i)});
            }
        }
    }
    const bool edited = editor_.draw("##draft", progress.draft, ui.outside_changes,
                                     ImVec2(-FLT_MIN, std::max(height, 80.0f)), ui.theme,
                                     marks, ui.composition);
    ui.declare_text_field("draft-editor",
                          {.role = Role::textbox, .name = ui.tr("a11y.draft"),
                           .value = editor_.active() ? std::string() : mirrored_text(progress.draft), .multiline = true,
                           .editing = editor_.active()},
                          &editor_);
    for (const TextMark& mark : marks) {
        if (const std::optional<ImRect> rect = editor_.visible_mark_rect(mark.tag)) {
            ui.name_rect("mark:" + report.findings[static_cast<std::size_t>(mark.tag)].id, *rect);
        }
    }
    if (const std::optional<ImRect>& caret = editor_.caret_rect()) ui.name_rect("draft-caret", *caret);

    // A mark opens its finding's popover: hovered with a mouse, tapped with a finger.
    if (const std::optional<TextEditor::MarkHit>& hit = editor_.mark_hit()) {
        const bool mouse = ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
        const std::string& id = report.findings[static_cast<std::size_t>(hit->tag)].id;
        if ((mouse || hit->tapped) && (hit->tapped || dismissed_mark_ != id)) {
            open_mark_ = id;
            open_mark_rect_ = hit->rect;
            dismissed_mark_.reset();
        }
    } else {
        dismissed_mark_.reset(); // the mouse left the mark it was dismissed over
    }
    return edited;
}

bool DraftPanel::draw_mark_popover(const UiContext& ui, Progress& progress, const Report& report)
{
    if (!open_mark_) return false;
    const auto finding = std::find_if(report.findings.begin(), report.findings.end(),
                                      [&](const Finding& candidate) { return candidate.id == *open_mark_; });
    if (finding == report.findings.end() || finding->status == Status::Pass || !editor_.visible_mark_rect(
            static_cast<int>(finding - report.findings.begin()))) {
        open_mark_.reset(); // fixed, re-checked or scrolled away
        return false;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(ImGui::GetMainViewport()->WorkSize.x - 16.0f, ImGui::GetFontSize() * 22.0f);
    ImVec2 at(open_mark_rect_.Min.x, open_mark_rect_.Max.y);
    at.x = std::clamp(at.x, 8.0f, std::max(8.0f, ImGui::GetMainViewport()->WorkSize.x - width - 8.0f));
    ImGui::SetNextWindowPos(at);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoScrollbar;
    ImGui::Begin("##mark-popover", nullptr, flags);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow()); // over the panels, even after a click on them
    bool changed = false;
    ui.begin_group({.key = "mark-popover", .role = Role::group, .name = finding->title});
    draw_light(ui.theme, finding->status);
    ImGui::SameLine();
    text_wrapped(finding->title);
    ui.declare_item("mark-popover-title", {.role = Role::text, .name = fill(ui.tr("a11y.finding"), {spoken_status(finding->status, ui.language), finding->title})});
    wrapped_text(finding->message, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ui.declare_item("mark-popover-message", {.role = Role::text, .name = finding->message});
    bool close = false;
    if (finding->fix) {
        if (ImGui::Button(ui.tr("draft.fix"), ImVec2(0, std::max(ImGui::GetFrameHeight(), 36.0f)))) {
            const FixedDraft fixed = apply_fix(progress.draft, *finding->fix);
            editor_.take_outside_text(fixed.text); // one undoable step, in progress.draft at once
            select_in_editor(fixed.changed_start, fixed.changed_end);
            changed = true;
            close = true;
        }
        ui.declare_item("mark-fix:" + finding->id, {.role = Role::button, .name = ui.tr("draft.fix")});
    }
    ui.end_group();
    const ImRect popover = ImGui::GetCurrentWindow()->Rect();
    ImGui::End();

    // A mouse that leaves both the mark and the popover closes it; so does a tap or click elsewhere.
    const bool over_mark = open_mark_rect_.Contains(io.MousePos);
    const bool over_popover = popover.Contains(io.MousePos);
    if (io.MouseSource == ImGuiMouseSource_Mouse && !over_mark && !over_popover && !io.MouseDown[0]) close = true;
    if (io.MouseClicked[0] && !over_popover && !over_mark) close = true;
    if (close) open_mark_.reset();
    return changed;
}

bool DraftPanel::draw_actions(const UiContext& ui, Progress& progress, const std::string& counts)
{
    bool changed = false;
    wrapped_text(counts, ui.theme.muted); // broken between words and CJK characters on a phone, not clipped
    ui.declare_item("draft-counts", {.role = Role::text, .name = counts});
    // The button reads "Copied" for a moment after a press: copying shows nothing else. Its width fits
    // both words, so "Start from my notes" beside it does not move.
    const bool copied = copied_.showing(ImGui::GetTime());
    const float copy_width = std::max(ImGui::CalcTextSize(ui.tr("draft.copy-post")).x, ImGui::CalcTextSize(ui.tr("draft.copied")).x) +
                             ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::Button((std::string(ui.tr(copied ? "draft.copied" : "draft.copy-post")) + "###copy-post").c_str(), ImVec2(copy_width, 0))) {
        ImGui::SetClipboardText(progress.draft.c_str());
        copied_.show(ImGui::GetTime());
    }
    ui.declare_item("copy-post", {.role = Role::button, .name = ui.tr(copied ? "draft.copied" : "draft.copy-post")});
    if (copied) ui.name_item("copied");
    ImGui::SameLine();
    if (ImGui::Button(ui.tr("draft.start-from-notes"))) {
        const OutlineTexts texts{ui.tr("outline.launchpool"), ui.tr("outline.pool-separator")};
        editor_.take_outside_text(build_outline(ui.campaign, progress, ui.language, texts)); // one undoable step
        changed = true;
    }
    ui.declare_item("start-from-notes", {.role = Role::button, .name = ui.tr("draft.start-from-notes")});
    tooltip_for_last_item(ui.tr("draft.start-from-notes-tooltip"));

    // Undo and Redo where there is no keyboard (a phone): the same steps as Ctrl+Z and Ctrl+Y.
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor_.can_undo());
    if (ImGui::Button(ui.tr("draft.undo"))) editor_.undo();
    ImGui::EndDisabled();
    ui.declare_item("undo", {.role = Role::button, .name = ui.tr("draft.undo"), .disabled = !editor_.can_undo()});
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor_.can_redo());
    if (ImGui::Button(ui.tr("draft.redo"))) editor_.redo();
    ImGui::EndDisabled();
    ui.declare_item("redo", {.role = Role::button, .name = ui.tr("draft.redo"), .disabled = !editor_.can_redo()});
    return changed;
}

bool DraftPanel::draw_checklist(const UiContext& ui, Progress& progress, const Report& report)
{
    bool changed = false;
    ui.begin_group({.key = "checklist", .role = Role::list, .name = ui.tr("a11y.checklist")});
    // What each row says comes from core/content/checklist_content.h, which the text view shows too.
    const std::vector<ChecklistItem> items = checklist_content(ui.campaign.requirements, progress, report, ui.language);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ChecklistItem& item = items[i];
        const Finding& finding = report.findings[i];
        ImGui::PushID(item.id.c_str());
        // The status is in the name: a screen reader hears "Fails: …", not a colour.
        ui.begin_group({.key = "finding-item:" + item.id, .role = Role::listitem, .name = item.spoken_title});
        // Format 2: what only the person can confirm is their box to tick, not a light the checker sets.
        if (item.self_confirmed) {
            bool ticked = item.ticked;
            if (ImGui::Checkbox("##confirmed", &ticked)) {
                if (ticked) progress.confirmed.insert(item.id);
                else progress.confirmed.erase(item.id);
                changed = true;
            }
            ui.declare_item("confirm:" + item.id, {.role = Role::checkbox, .name = item.confirm_name, .checked = toggle(ticked)});
        } else {
            draw_light(ui.theme, item.status);
        }
        ImGui::SameLine();
        // The whole row is a button: clicking it selects the finding's text in the editor.
        if (ImGui::Selectable(imgui_label(item.title).c_str(), false, ImGuiSelectableFlags_None) && !finding.spans.empty()) {
            select_in_editor(finding.spans.front().start, finding.spans.front().end);
        }
        ui.declare_item("finding:" + item.id, {.role = Role::button, .name = item.spoken_title});
        ImGui::Indent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x);
        // Chinese messages break between characters, not only at spaces (typography.h).
        wrapped_text(item.message, item.status == Status::Pass ? ui.theme.muted : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        ui.declare_item("finding-message:" + item.id, {.role = Role::text, .name = item.message});
        if (item.can_fix) {
            if (ImGui::Button(ui.tr("draft.fix"))) { // not SmallButton: a finger must hit it
                const FixedDraft fixed = apply_fix(progress.draft, *finding.fix);
                editor_.take_outside_text(fixed.text); // one undoable step, in progress.draft at once
                select_in_editor(fixed.changed_start, fixed.changed_end);
                changed = true;
            }
            ui.declare_item("fix:" + finding.id, {.role = Role::button, .name = ui.tr("draft.fix")});
        }
        ui.end_group();
        ImGui::Unindent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x);
        ImGui::Spacing();
        ImGui::PopID();
    }
    ui.end_group();
    return changed;
}

} // namespace cw
