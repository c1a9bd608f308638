#include "ui/draft_panel.h"

#include "core/fix.h"
#include "core/outline.h"
#include "core/self_confirmation.h"
#include "core/translations.h"
#include "ui/typography.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

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
    pending_selection_ = Selection{start, end};
}

bool DraftPanel::draw(const UiContext& ui, Progress& progress, const Report& report)
{
    bool changed = false;
    const float width = ImGui::GetContentRegionAvail().x;
    const bool narrow = width < kNarrowWidth;
    const float actions_height = ImGui::GetFrameHeightWithSpacing() * 2.0f;

    if (narrow) {
        const float editor_height = std::max(160.0f, ImGui::GetContentRegionAvail().y * 0.45f);
        changed |= draw_editor(ui, progress, editor_height);
        changed |= draw_actions(ui, progress, report);
        ImGui::BeginChild("checklist", ImVec2(0, 0), ImGuiChildFlags_None);
        changed |= draw_checklist(ui, progress, report);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("editor-column", ImVec2(width * 0.55f, 0), ImGuiChildFlags_None);
        changed |= draw_editor(ui, progress, ImGui::GetContentRegionAvail().y - actions_height);
        changed |= draw_actions(ui, progress, report);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("checklist", ImVec2(0, 0), ImGuiChildFlags_None);
        changed |= draw_checklist(ui, progress, report);
        ImGui::EndChild();
    }
    return changed;
}

bool DraftPanel::draw_editor(const UiContext& ui, Progress& progress, float height)
{
    const ImGuiID editor_id = ImGui::GetID("##draft");
    ImGuiInputTextState* state = ImGui::GetInputTextState(editor_id);
    if (reload_pending_) {
        // The editor keeps its own copy of the text while active; tell it to take the new one.
        if (state != nullptr) state->ReloadUserBufAndKeepSelection();
        reload_pending_ = false;
    }
    if (pending_selection_) {
        if (state != nullptr && ImGui::GetActiveID() == editor_id) {
            // Select by UTF-8 byte offsets, the unit of the report's spans, and scroll to it.
            state->WantReloadUserBuf = true;
            state->ReloadSelectionStart = static_cast<int>(pending_selection_->start);
            state->ReloadSelectionEnd = static_cast<int>(pending_selection_->end);
            state->CursorFollow = true;
            pending_selection_.reset();
        } else {
            ImGui::SetKeyboardFocusHere(); // activates the editor; the selection follows next frame
        }
    }
    const bool edited = ImGui::InputTextMultiline("##draft", &progress.draft, ImVec2(-FLT_MIN, std::max(height, 80.0f)));
    ui.name_item("draft-editor");
    return edited;
}

bool DraftPanel::draw_actions(const UiContext& ui, Progress& progress, const Report& report)
{
    bool changed = false;
    ImGui::TextColored(ui.theme.muted, "%s",
                       fill(ui.tr("draft.counts"), {std::to_string(report.stats.code_points),
                                                    std::to_string(report.stats.weighted_length)})
                           .c_str());
    if (ImGui::Button(ui.tr("draft.copy-post"))) ImGui::SetClipboardText(progress.draft.c_str());
    ui.name_item("copy-post");
    ImGui::SameLine();
    if (ImGui::Button(ui.tr("draft.start-from-notes"))) {
        const OutlineTexts texts{ui.tr("outline.empty-notes"), ui.tr("outline.launchpool"), ui.tr("outline.pool-separator")};
        progress.draft = build_outline(ui.campaign, progress, ui.language, texts);
        reload_pending_ = true;
        changed = true;
    }
    ui.name_item("start-from-notes");
    tooltip_for_last_item(ui.tr("draft.start-from-notes-tooltip"));
    return changed;
}

bool DraftPanel::draw_checklist(const UiContext& ui, Progress& progress, const Report& report)
{
    bool changed = false;
    for (const Finding& finding : report.findings) {
        ImGui::PushID(finding.id.c_str());
        // Format 2: what only the person can confirm is their box to tick, not a light the checker sets.
        if (is_self_confirmed(ui.campaign.requirements, finding.id)) {
            bool ticked = progress.confirmed.count(finding.id) != 0;
            if (ImGui::Checkbox("##confirmed", &ticked)) {
                if (ticked) progress.confirmed.insert(finding.id);
                else progress.confirmed.erase(finding.id);
                changed = true;
            }
            ui.name_item("confirm:" + finding.id);
        } else {
            draw_light(ui.theme, finding.status);
        }
        ImGui::SameLine();
        // The whole row is a button: clicking it selects the finding's text in the editor.
        const std::string label = finding.title + (finding.required ? "" : std::string("  ") + ui.tr("draft.optional"));
        if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None) && !finding.spans.empty()) {
            select_in_editor(finding.spans.front().start, finding.spans.front().end);
        }
        ui.name_item("finding:" + finding.id);
        ImGui::Indent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x);
        // Chinese messages break between characters, not only at spaces (typography.h).
        wrapped_text(finding.message, finding.status == Status::Pass ? ui.theme.muted : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        if (finding.fix && finding.status != Status::Pass) {
            if (ImGui::SmallButton(ui.tr("draft.fix"))) {
                const FixedDraft fixed = apply_fix(progress.draft, *finding.fix);
                progress.draft = fixed.text;
                reload_pending_ = true;
                select_in_editor(fixed.changed_start, fixed.changed_end);
                changed = true;
            }
            ui.name_item("fix:" + finding.id);
        }
        ImGui::Unindent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x);
        ImGui::Spacing();
        ImGui::PopID();
    }
    return changed;
}

} // namespace cw
