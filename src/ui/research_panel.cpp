#include "ui/research_panel.h"

#include "ui/fact_view.h"
#include "ui/typography.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace cw {

namespace {
constexpr float kNarrowWidth = 640.0f;   // below this one column, the notes before the facts, as on a phone
constexpr float kNotesLines = 7.0f;      // the notes field's height, in lines of text
constexpr float kMinimumBodyHeight = 120.0f;

int step_count(const UiContext& ui)
{
    return static_cast<int>(ui.campaign.research.size());
}

// The step that was on screen when the progress was saved; else the first step not done yet, so that
// coming back to the widget continues where the person was.
int step_to_open(const UiContext& ui, const Progress& progress)
{
    for (int i = 0; i < step_count(ui); ++i) {
        if (ui.campaign.research[static_cast<std::size_t>(i)].id == progress.research_step) return i;
    }
    for (int i = 0; i < step_count(ui); ++i) {
        if (progress.done_steps.count(ui.campaign.research[static_cast<std::size_t>(i)].id) == 0) return i;
    }
    return 0;
}
} // namespace

void ResearchPanel::go_to_step(int step)
{
    if (step == current_step_) return;
    current_step_ = step;
    scroll_to_top_ = true;
    moved_ = true;
}

bool ResearchPanel::draw(const UiContext& ui, Progress& progress)
{
    notes_laying_out_ = false; // until the notes editor is drawn
    if (ui.campaign.research.empty()) {
        wrapped_text(ui.tr("research.none"), ui.theme.muted);
        return false;
    }
    if (!started_) {
        current_step_ = step_to_open(ui, progress);
        started_ = true;
    }
    current_step_ = std::clamp(current_step_, 0, step_count(ui) - 1);
    const ResearchStepContent step =
        research_step_content(ui.campaign.research[static_cast<std::size_t>(current_step_)], progress, ui.language);

    draw_progress(ui, progress);
    heading(step.title);
    ui.declare_item("step-heading", {.role = Role::heading, .name = step.title, .level = 3});

    // The footer (done, previous, next) stays in view under the step, however long its facts are.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float footer_width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                               ImGui::CalcTextSize(ui.tr("research.done")).x + style.ItemSpacing.x * 3 +
                               ImGui::CalcTextSize(ui.tr("research.previous")).x +
                               ImGui::CalcTextSize(ui.tr("research.next")).x + style.FramePadding.x * 4;
    const int footer_lines = footer_width <= width ? 1 : 2;
    const float footer_height = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(footer_lines) + style.ItemSpacing.y;
    const float body_height = std::max(kMinimumBodyHeight, ImGui::GetContentRegionAvail().y - footer_height);

    bool changed = false;
    if (scroll_to_top_) ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    if (width < kNarrowWidth) {
        // One column on a phone: the step's text, then the notes, then the facts. The notes field comes on
        // the first screen, where a person sees where their notes go before ticking "done" (under seven
        // facts it was out of sight); the facts, a scroll away, are there to read while writing.
        // NavFlattened: Tab and the arrows go through the column's controls as through the panel's own.
        ImGui::BeginChild("step", ImVec2(0.0f, body_height), ImGuiChildFlags_NavFlattened);
        draw_step_text(ui, step);
        changed |= draw_notes(ui, step, progress);
        ImGui::Spacing();
        draw_facts(ui, step);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("reading", ImVec2(width * 0.58f, body_height), ImGuiChildFlags_NavFlattened);
        draw_step_text(ui, step);
        draw_facts(ui, step);
        ImGui::EndChild();
        ImGui::SameLine();
        if (scroll_to_top_) ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
        ImGui::BeginChild("notes", ImVec2(0.0f, body_height), ImGuiChildFlags_NavFlattened);
        changed |= draw_notes(ui, step, progress);
        ImGui::EndChild();
    }
    scroll_to_top_ = false;
    changed |= draw_footer(ui, step, progress, footer_width);
    if (moved_) {
        // Kept with the progress, so that a reload opens this step again.
        progress.research_step = ui.campaign.research[static_cast<std::size_t>(current_step_)].id;
        moved_ = false;
        changed = true;
    }
    return changed;
}

void ResearchPanel::draw_progress(const UiContext& ui, const Progress& progress)
{
    const ResearchProgressContent count = research_progress_content(ui.campaign, progress, ui.language);
    const int done = count.done;
    const int total = count.total;
    const std::string& overlay = count.text;
    // Half-strength green, so the count drawn over the bar stays readable in both themes.
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(ui.theme.pass.x, ui.theme.pass.y, ui.theme.pass.z, 0.5f));
    ImGui::ProgressBar(static_cast<float>(done) / static_cast<float>(total), ImVec2(-FLT_MIN, 0.0f), overlay.c_str());
    ImGui::PopStyleColor();
    ui.declare_item("research-progress", {.role = Role::progressbar, .name = ui.tr("a11y.research-progress"),
                                          .value = overlay, .has_range = true, .value_now = static_cast<double>(done),
                                          .value_max = static_cast<double>(total)});

    const std::string position = fill(ui.tr("research.step-of"), {std::to_string(current_step_ + 1), std::to_string(total)});
    ImGui::TextColored(ui.theme.muted, "%s", position.c_str());
    ui.declare_item("research-position", {.role = Role::text, .name = position});
}

void ResearchPanel::draw_step_text(const UiContext& ui, const ResearchStepContent& step)
{
    text_wrapped(step.body);
    ui.declare_item("step-body", {.role = Role::text, .name = step.body});
    ImGui::Spacing();
}

void ResearchPanel::draw_facts(const UiContext& ui, const ResearchStepContent& step)
{
    ImGui::SeparatorText(ui.tr("research.facts"));
    ui.declare_item("facts-heading", {.role = Role::heading, .name = ui.tr("research.facts"), .level = 4});
    if (step.facts.empty()) {
        wrapped_text(ui.tr("research.no-facts"), ui.theme.muted);
        ui.declare_item("no-facts", {.role = Role::text, .name = ui.tr("research.no-facts")});
    }
    ui.begin_group({.key = "facts", .role = Role::list, .name = ui.tr("a11y.facts")});
    for (std::size_t i = 0; i < step.facts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        draw_fact(ui, step.facts[i], "source:" + step.id + ":" + std::to_string(i));
        ImGui::PopID();
    }
    ui.end_group();
}

bool ResearchPanel::draw_notes(const UiContext& ui, const ResearchStepContent& step, Progress& progress)
{
    if (!step.prompts.empty()) {
        ImGui::SeparatorText(ui.tr("research.prompts"));
        ui.declare_item("prompts-heading", {.role = Role::heading, .name = ui.tr("research.prompts"), .level = 4});
        for (std::size_t i = 0; i < step.prompts.size(); ++i) {
            ImGui::Bullet();
            ImGui::SameLine();
            wrapped_text(step.prompts[i], ui.theme.muted);
            ui.declare_item("prompt:" + std::to_string(i), {.role = Role::text, .name = step.prompts[i]});
        }
        ImGui::Spacing();
    }
    ImGui::SeparatorText(ui.tr("research.notes"));
    tooltip_for_last_item(ui.tr("research.notes-tooltip"));
    ui.declare_item("notes-heading", {.role = Role::heading, .name = ui.tr("research.notes"), .level = 4});

    // An empty note is no note: drawing the field must not add an entry to the saved progress.
    const auto [note, added] = progress.notes.try_emplace(step.id);
    const float height = ImGui::GetTextLineHeight() * kNotesLines + ImGui::GetStyle().FramePadding.y * 2;
    // One field per step, each with its own undo history: a field keeps its own copy of the text, which
    // must never be written into the next step's notes.
    ImGui::PushID(step.id.c_str());
    const bool edited = notes_editors_[step.id].draw("##notes", note->second, ui.outside_changes, ImVec2(-FLT_MIN, height), ui.theme, {},
                                                     ui.composition);
    ImGui::PopID();
    TextEditor& editor = notes_editors_[step.id];
    notes_laying_out_ = editor.laying_out();
    ui.declare_text_field("step-notes:" + step.id,
                          // Named by its step: three boxes all called "My notes" could not be told apart.
                          {.role = Role::textbox, .name = step.notes_name,
                           .value = editor.active() ? std::string() : mirrored_text(note->second), .multiline = true,
                           .editing = editor.active()},
                          &editor);
    if (const std::optional<ImRect>& caret = notes_editors_[step.id].caret_rect()) ui.name_rect("notes-caret", *caret);
    if (note->second.empty() && (edited || added)) progress.notes.erase(note);
    return edited;
}

bool ResearchPanel::draw_footer(const UiContext& ui, const ResearchStepContent& step, Progress& progress, float footer_width)
{
    bool changed = false;
    ImGui::Spacing();
    const float start_x = ImGui::GetCursorPosX();
    const float line_width = ImGui::GetContentRegionAvail().x;
    bool done = progress.done_steps.count(step.id) != 0;
    if (ImGui::Checkbox(ui.tr("research.done"), &done)) {
        if (done) progress.done_steps.insert(step.id); else progress.done_steps.erase(step.id);
        changed = true;
    }
    ui.declare_item("step-done:" + step.id, {.role = Role::checkbox, .name = ui.tr("research.done"), .checked = toggle(done)});

    // Previous and next sit at the right end of the footer line, or on a line of their own when narrow.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons_width = ImGui::CalcTextSize(ui.tr("research.previous")).x +
                                ImGui::CalcTextSize(ui.tr("research.next")).x + style.FramePadding.x * 4 + style.ItemSpacing.x;
    if (footer_width <= line_width) ImGui::SameLine(start_x + line_width - buttons_width);
    ImGui::BeginDisabled(current_step_ == 0);
    if (ImGui::Button(ui.tr("research.previous"))) go_to_step(current_step_ - 1);
    ImGui::EndDisabled();
    ui.declare_item("step-prev", {.role = Role::button, .name = ui.tr("research.previous"), .disabled = current_step_ == 0});
    ImGui::SameLine();
    ImGui::BeginDisabled(current_step_ + 1 >= step_count(ui));
    if (ImGui::Button(ui.tr("research.next"))) go_to_step(current_step_ + 1);
    ImGui::EndDisabled();
    ui.declare_item("step-next", {.role = Role::button, .name = ui.tr("research.next"),
                                  .disabled = current_step_ + 1 >= step_count(ui)});
    return changed;
}

} // namespace cw
