#include "ui/launchpool_panel.h"

#include "core/text/number_input.h"
#include "core/campaign/outline.h"
#include "core/campaign/reward_estimate.h"
#include "core/i18n/translations.h"
#include "ui/fact_view.h"
#include "ui/open_link.h"
#include "ui/typography.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

namespace {
constexpr float kNarrowWidth = 700.0f;  // below this the estimator goes under the guide, as on a phone
constexpr double kMaxStakeValue = 1e12; // what estimate_reward accepts; the field shows what it uses
constexpr double kMaxAprPercent = 1e6;
constexpr float kPlotLines = 5.0f;

// 64438.356 → "64,438.36": money in the stake's unit, to the cent, grouped for reading.
std::string format_money(double value)
{
    if (!std::isfinite(value)) return "?";
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.2f", std::fabs(value));
    std::string text = digits;
    const std::size_t point = text.find('.');
    for (std::size_t i = point; i > 3; i -= 3) text.insert(i - 3, ",");
    return (value < 0 ? "-" : "") + text;
}

// A coin's pool as a small framed tag; its note, if any, shows on hover.
void draw_pool_tag(const PoolContent& pool)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 padding(style.FramePadding.x, 2.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(pool.coin.c_str());
    const ImVec2 size(text_size.x + padding.x * 2, text_size.y + padding.y * 2);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    draw_list->AddText(ImVec2(at.x + padding.x, at.y + padding.y), ImGui::GetColorU32(ImGuiCol_Text), pool.coin.c_str());
    if (!pool.note.empty()) tooltip_for_last_item(pool.note);
}

// Moves beside the last item when `width` more fits on its line; otherwise the next item starts a line.
void same_line_if_it_fits(float width)
{
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x; // the content's right edge
    const float next_x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (next_x + width <= right_edge) ImGui::SameLine();
}

// A value of the announcement (reward total, APR), its claim mark, its source.
void draw_announced_value(const UiContext& ui, const FactContent& value, std::string_view source_test_id)
{
    text_wrapped(value.text);
    ui.declare_item(std::string(source_test_id) + ":text",
                    {.role = Role::text, .name = value.claim ? value.text + " (" + ui.tr("claim.label") + ")" : value.text});
    if (value.claim) {
        same_line_if_it_fits(ImGui::CalcTextSize(ui.tr("claim.label")).x + ImGui::GetFontSize());
        draw_claim_mark(ui);
    }
    ImGui::Indent();
    draw_source(ui, value.source_label, value.source_url, source_test_id);
    ImGui::Unindent();
    ImGui::Spacing();
}

// The label beside its field when both fit, the label above its field when not (a phone).
struct InputRows {
    float label_width = 0;
    bool side_by_side = false;

    void begin(const char* label) const
    {
        const float start_x = ImGui::GetCursorPosX();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        if (side_by_side) ImGui::SameLine(start_x + label_width);
        ImGui::SetNextItemWidth(side_by_side ? std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14.0f)
                                             : -FLT_MIN);
    }
};
} // namespace

bool LaunchpoolPanel::draw(const UiContext& ui, Progress& progress)
{
    if (!ui.campaign.launchpool) {
        wrapped_text(ui.tr("launchpool.none"), ui.theme.muted);
        return false;
    }
    const Launchpool& launchpool = *ui.campaign.launchpool;
    const LaunchpoolContent guide = *launchpool_content(ui.campaign, ui.language);
    heading(guide.title);
    ui.declare_item("launchpool-heading", {.role = Role::heading, .name = guide.title, .level = 3});

    bool changed = false;
    const float width = ImGui::GetContentRegionAvail().x;
    if (width < kNarrowWidth) {
        // NavFlattened: Tab and the arrows go through the columns' controls as through the panel's own.
        ImGui::BeginChild("launchpool", ImVec2(0.0f, 0.0f), ImGuiChildFlags_NavFlattened);
        draw_steps(ui, guide);
        draw_rewards(ui, guide);
        changed |= draw_estimator(ui, launchpool, progress.estimator);
        draw_facts(ui, guide);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("guide", ImVec2(width * 0.55f, 0.0f), ImGuiChildFlags_NavFlattened);
        draw_steps(ui, guide);
        draw_rewards(ui, guide);
        draw_facts(ui, guide);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("estimator", ImVec2(0.0f, 0.0f), ImGuiChildFlags_NavFlattened);
        changed |= draw_estimator(ui, launchpool, progress.estimator);
        ImGui::EndChild();
    }
    return changed;
}

void LaunchpoolPanel::draw_steps(const UiContext& ui, const LaunchpoolContent& launchpool)
{
    text_wrapped(launchpool.summary);
    ui.declare_item("launchpool-summary", {.role = Role::text, .name = launchpool.summary});
    ImGui::Spacing();

    if (!launchpool.steps.empty()) {
        ImGui::SeparatorText(ui.tr("launchpool.steps"));
        ui.declare_item("launchpool-steps-heading", {.role = Role::heading, .name = ui.tr("launchpool.steps"), .level = 4});
    }
    ui.begin_group({.key = "launchpool-steps", .role = Role::list, .name = ui.tr("a11y.launchpool-steps")});
    for (std::size_t i = 0; i < launchpool.steps.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        numbered_line(number, launchpool.steps[i]);
        ui.declare_item("launchpool-step:" + std::to_string(number),
                        {.role = Role::listitem, .name = std::to_string(number) + ". " + launchpool.steps[i]});
    }
    ui.end_group();
    ImGui::Spacing();
    ImGui::BeginDisabled(launchpool.url.empty());
    if (ImGui::Button(ui.tr("launchpool.open-page"))) open_link(launchpool.url.c_str());
    ImGui::EndDisabled();
    ui.declare_item("open-launchpool", {.role = Role::link, .name = ui.tr("launchpool.open-page"), .href = launchpool.url,
                                        .disabled = launchpool.url.empty()});
    tooltip_for_last_item(launchpool.url);
    ImGui::Spacing();
}

void LaunchpoolPanel::draw_rewards(const UiContext& ui, const LaunchpoolContent& launchpool)
{
    if (launchpool.pools.empty() && !launchpool.total_reward && !launchpool.apr) return;
    ImGui::SeparatorText(ui.tr("launchpool.pools-and-rewards"));
    ui.declare_item("pools-heading", {.role = Role::heading, .name = ui.tr("launchpool.pools-and-rewards"), .level = 4});

    if (!launchpool.pools.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ui.tr("launchpool.pools"));
        std::string pools = ui.tr("launchpool.pools");
        for (std::size_t i = 0; i < launchpool.pools.size(); ++i) pools += (i ? ", " : " ") + launchpool.pools[i].coin;
        ui.declare_item("pools", {.role = Role::text, .name = pools});
        for (std::size_t i = 0; i < launchpool.pools.size(); ++i) {
            const PoolContent& pool = launchpool.pools[i];
            same_line_if_it_fits(ImGui::CalcTextSize(pool.coin.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
            ImGui::PushID(static_cast<int>(i));
            draw_pool_tag(pool);
            ImGui::PopID();
        }
        ImGui::Spacing();
    }
    if (launchpool.total_reward) draw_announced_value(ui, *launchpool.total_reward, "launchpool-source:reward");
    if (launchpool.apr) draw_announced_value(ui, *launchpool.apr, "launchpool-source:apr");
}

void LaunchpoolPanel::draw_facts(const UiContext& ui, const LaunchpoolContent& launchpool)
{
    if (launchpool.facts.empty()) return;
    ImGui::SeparatorText(ui.tr("launchpool.facts"));
    ui.declare_item("launchpool-facts-heading", {.role = Role::heading, .name = ui.tr("launchpool.facts"), .level = 4});
    ui.begin_group({.key = "launchpool-facts", .role = Role::list, .name = ui.tr("a11y.facts")});
    for (std::size_t i = 0; i < launchpool.facts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        draw_fact(ui, launchpool.facts[i], "launchpool-source:" + std::to_string(i));
        ImGui::PopID();
    }
    ui.end_group();
}

// Why a typed number was refused, in the person's language; the estimate keeps `kept`.
static std::string refusal_message(const UiContext& ui, NumberProblem problem, const std::string& refused, double kept)
{
    const char* key = "launchpool.input-not-a-number";
    switch (problem) {
    case NumberProblem::Empty: key = "launchpool.input-empty"; break;
    case NumberProblem::Negative: key = "launchpool.input-negative"; break;
    case NumberProblem::TooLarge: key = "launchpool.input-too-large"; break;
    case NumberProblem::NotANumber:
    case NumberProblem::None: break;
    }
    if (problem == NumberProblem::Empty) return fill(ui.tr(key), {format_amount(kept)});
    return fill(ui.tr(key), {refused, format_amount(kept)});
}

bool LaunchpoolPanel::draw_number_field(const UiContext& ui, NumberField& field, const char* id, std::string_view test_id,
                                        const char* label, double& value, double max)
{
    // While the person edits the field it holds what they type; otherwise the number the estimate uses,
    // written as people read it ("1,000"), which reads back the same.
    if (ImGui::GetActiveID() != ImGui::GetID(id)) {
        field.text = format_amount(value);
        field.value_before_edit = value;
    }
    bool changed = false;
    if (ImGui::InputText(id, &field.text)) {
        // Read as typed, so the estimate follows; a text that is refused brings back the value from
        // before this edit (not one of its passing prefixes, as "1e12" is of "99999999999999999999999").
        const ParsedNumber parsed = parse_number_input(field.text);
        field.problem = parsed.problem;
        const double next = parsed.value ? std::min(*parsed.value, max) : field.value_before_edit;
        if (!parsed.value) field.refused_text = field.text; // the field says why once it is left
        changed = next != value;
        value = next;
    }
    ui.declare_text_field(test_id, {.role = Role::textbox, .name = label, .value = field.text, .editing = ImGui::IsItemActive()},
                          nullptr);
    if (field.problem != NumberProblem::None && !ImGui::IsItemActive()) {
        const std::string message = refusal_message(ui, field.problem, field.refused_text, value);
        wrapped_text(message, ui.theme.fail);
        ui.declare_item(std::string(test_id) + "-problem", {.role = Role::status, .name = message});
    }
    return changed;
}

// Warns under a field whose value computes but is most likely a slip.
static void draw_implausible_warning(const UiContext& ui, bool implausible, const char* key, std::string_view test_id)
{
    if (!implausible) return;
    wrapped_text(ui.tr(key), ui.theme.warn);
    ui.declare_item(std::string(test_id) + "-warning", {.role = Role::status, .name = ui.tr(key)});
}

bool LaunchpoolPanel::draw_estimator(const UiContext& ui, const Launchpool& launchpool, EstimatorInputs& inputs)
{
    const EstimatorInputs before = inputs;
    ImGui::SeparatorText(ui.tr("launchpool.estimator"));
    ui.declare_item("estimator-heading", {.role = Role::heading, .name = ui.tr("launchpool.estimator"), .level = 4});

    InputRows rows;
    for (const char* key : {"launchpool.stake", "launchpool.days", "launchpool.apr-input"}) {
        rows.label_width = std::max(rows.label_width, ImGui::CalcTextSize(ui.tr(key)).x);
    }
    rows.label_width += ImGui::GetStyle().ItemSpacing.x * 2;
    rows.side_by_side = ImGui::GetContentRegionAvail().x >= rows.label_width + ImGui::GetFontSize() * 10.0f;

    // Typed as text and read by parse_number_input: "1,000" is a thousand, not 1.00; a refused number
    // keeps the previous value and says why; values beyond what the estimate uses are clamped to it.
    const double apr_used_before = inputs.apr_percent > 0 ? inputs.apr_percent : launchpool.apr.up_to_percent;
    const ImplausibleInputs implausible = implausible_inputs(inputs.stake_value, inputs.days, apr_used_before);
    rows.begin(ui.tr("launchpool.stake"));
    double stake = std::isfinite(inputs.stake_value) ? std::clamp(inputs.stake_value, 0.0, kMaxStakeValue) : 0.0;
    if (draw_number_field(ui, stake_field_, "##stake", "estimator-stake", ui.tr("launchpool.stake"), stake, kMaxStakeValue)) inputs.stake_value = stake;
    draw_implausible_warning(ui, implausible.stake, "launchpool.warn-stake", "estimator-stake");

    rows.begin(ui.tr("launchpool.days"));
    double days = std::isfinite(inputs.days) ? std::clamp(inputs.days, 0.0, kMaxEstimateDays) : 0.0;
    if (draw_number_field(ui, days_field_, "##days", "estimator-days", ui.tr("launchpool.days"), days, kMaxEstimateDays)) inputs.days = days;
    draw_implausible_warning(ui, implausible.days, "launchpool.warn-days", "estimator-days");

    // 0 stands for "the announced APR", so the field starts at the announcement's figure.
    rows.begin(ui.tr("launchpool.apr-input"));
    double apr = apr_used_before;
    if (draw_number_field(ui, apr_field_, "##apr", "estimator-apr", ui.tr("launchpool.apr-input"), apr, kMaxAprPercent)) inputs.apr_percent = apr;
    const float apr_field_x = ImGui::GetItemRectMin().x;
    // Not while typing: the tooltip would cover the result it is changing.
    if (!ImGui::IsItemActive()) tooltip_for_last_item(ui.tr("launchpool.apr-input-tooltip"));
    draw_implausible_warning(ui, implausible.apr, "launchpool.warn-apr", "estimator-apr");
    // A changed APR is the person's guess; one click brings back the announcement's figure.
    if (inputs.apr_percent > 0 && launchpool.apr.up_to_percent > 0 && inputs.apr_percent != launchpool.apr.up_to_percent) {
        // Under the field, where it fits in any width.
        ImGui::SetCursorScreenPos(ImVec2(apr_field_x, ImGui::GetCursorScreenPos().y));
        if (ImGui::Button(ui.tr("launchpool.apr-reset"))) inputs.apr_percent = 0; // not SmallButton: a finger must hit it
        ui.declare_item("estimator-apr-reset", {.role = Role::button, .name = ui.tr("launchpool.apr-reset")});
    }

    const double apr_used = inputs.apr_percent > 0 ? inputs.apr_percent : launchpool.apr.up_to_percent;
    const RewardEstimate estimate = estimate_reward(inputs.stake_value, inputs.days, apr_used);
    ImGui::Spacing();
    const double days_shown = std::clamp(inputs.days, 0.0, kMaxEstimateDays);
    const std::string result = catalogue_count_text("launchpool.result", days_shown == 1.0 ? 1 : 2, ui.language,
                                                    {format_amount(days_shown), format_money(estimate.reward_value),
                                                     format_money(estimate.daily_value)});
    text_wrapped(result);
    ui.declare_item("estimator-result", {.role = Role::status, .name = result});
    wrapped_text(ui.tr("launchpool.caveat"), ui.theme.warn);
    ui.declare_item("estimator-caveat", {.role = Role::text, .name = ui.tr("launchpool.caveat")});

    if (estimate.cumulative.size() >= 2) draw_plot(ui, estimate.cumulative, estimate.reward_value);
    return !(inputs == before);
}

void LaunchpoolPanel::draw_plot(const UiContext& ui, const std::vector<double>& cumulative, double total)
{
    ImGui::Spacing();
    wrapped_text(ui.tr("launchpool.plot"), ui.theme.muted);
    // The axes say what they measure: up, the reward so far from 0 to the total; across, the days.
    const std::string y_axis = fill(ui.tr("launchpool.plot-y-axis"), {format_money(total)});
    const std::string x_axis = fill(ui.tr("launchpool.plot-x-axis"), {std::to_string(cumulative.size())});
    wrapped_text(y_axis, ui.theme.muted);
    ui.name_item("estimator-plot-y-axis");
    const std::vector<float> values(cumulative.begin(), cumulative.end());
    const std::string overlay = format_money(total) + " USDT";
    ImGui::PlotLines("##cumulative", values.data(), static_cast<int>(values.size()), 0, overlay.c_str(), 0.0f,
                     std::max(values.back(), 1e-6f), ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * kPlotLines));
    // One picture for a screen reader: what it shows, its axes and where it ends.
    ui.declare_item("estimator-plot", {.role = Role::image,
                                       .name = std::string(ui.tr("launchpool.plot")) + ". " + y_axis + ". " + x_axis + ". " + overlay});
    wrapped_text(x_axis, ui.theme.muted);
    ui.name_item("estimator-plot-x-axis");
}

} // namespace cw
