#include "ui/widget.h"

#include "core/self_confirmation.h"
#include "ui/period_notice.h"

#include "ui/typography.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

namespace cw {

namespace {
// The check runs when typing pauses: checking on every key would stutter. A long draft takes longer to
// check (about 60 ms for 1 MB in the browser), so it waits for a longer pause: 0.15 s for a post, up to
// 0.4 s from the largest draft that is checked on.
double check_delay_seconds(std::size_t draft_bytes)
{
    const double share_of_largest = std::min(1.0, static_cast<double>(draft_bytes) / static_cast<double>(kMaxCheckedDraftBytes));
    return 0.15 + 0.25 * share_of_largest;
}
} // namespace

Widget::Widget(const Translations& translations, std::string_view campaign_json, Language language, bool dark)
    : Widget(translations, load_campaign(campaign_json), language, dark)
{
}

Widget::Widget(const Translations& translations, CampaignLoad campaign, Language language, bool dark)
    : translations_(translations), load_(std::move(campaign)), language_(language), theme_(make_theme(dark))
{
    apply_theme(theme_);
    if (load_.campaign) {
        progress_.campaign_id = load_.campaign->id;
        checker_.emplace(*load_.campaign);
    }
    draft_edited_at_ = -1; // the first check runs in the first frame
}

void Widget::set_language(Language language)
{
    if (progress_.language == language && language_ == language) return;
    language_ = language;
    progress_.language = language;
    check_pending_ = true; // the findings' texts are in the chosen language
    mark_changed();
}

void Widget::set_dark(bool dark)
{
    if (theme_.dark == dark) return;
    theme_ = make_theme(dark);
    apply_theme(theme_);
}

void Widget::set_draft(std::string_view draft)
{
    if (progress_.draft == draft) return;
    progress_.draft.assign(draft);
    draft_panel_.reload_draft();
    check_pending_ = true;
    draft_edited_at_ = -1; // replaced, not typed: check at once
    mark_changed();
}

void Widget::restore_progress(Progress progress)
{
    progress.campaign_id = progress_.campaign_id;
    progress_ = std::move(progress);
    if (progress_.language) language_ = *progress_.language;
    draft_panel_.reload_draft();
    check_pending_ = true;
    draft_edited_at_ = -1;
}

void Widget::show_notice(std::string key, std::initializer_list<std::string_view> arguments)
{
    Notice notice{std::move(key), {}};
    for (std::string_view argument : arguments) notice.arguments.emplace_back(argument);
    notices_.push_back(std::move(notice));
}

void Widget::withdraw_notice(std::string_view key)
{
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(), [&](const Notice& notice) { return notice.key == key; }),
                   notices_.end());
}

std::vector<std::string> Widget::notice_texts() const
{
    std::vector<std::string> texts;
    for (const Notice& notice : notices_) texts.push_back(fill(translations_.get(notice.key, language_), notice.arguments));
    return texts;
}

void Widget::set_clock(std::int64_t unix_seconds, int local_offset_minutes)
{
    clock_seconds_ = unix_seconds;
    clock_offset_minutes_ = local_offset_minutes;
}

std::string Widget::period_notice_text() const
{
    if (!load_.campaign) return {};
    const auto notice = period_notice(*load_.campaign, clock_seconds_, clock_offset_minutes_, language_);
    return notice ? notice->text : std::string();
}

void Widget::mark_changed()
{
    ++revision_;
}

void Widget::note_draft_edited()
{
    check_pending_ = true;
    draft_edited_at_ = ImGui::GetTime();
    mark_changed();
}

void Widget::check_now()
{
    if (checker_) {
        report_ = checker_->check(progress_.draft, language_);
        add_self_confirmed_findings(load_.campaign->requirements, progress_.confirmed, language_, report_); // format 2
    }
    check_pending_ = false;
}

const Report& Widget::report()
{
    if (check_pending_) check_now();
    return report_;
}

std::string Widget::accessible_summary()
{
    const Report& checked = report();
    int required = 0;
    int passing = 0;
    std::string failing;
    for (const Finding& finding : checked.findings) {
        if (!finding.required) continue;
        ++required;
        if (finding.status != Status::Fail) {
            ++passing;
            continue;
        }
        failing += (failing.empty() ? ": " : "; ") + finding.message;
    }
    std::string summary = fill(translations_.get("a11y.summary", language_), {std::to_string(passing), std::to_string(required)});
    if (checked.ready) return summary + ". " + translations_.get("a11y.ready", language_);
    return summary + failing;
}

double Widget::seconds_until_wakeup() const
{
    if (!check_pending_) return -1;
    if (draft_edited_at_ < 0 || ImGui::GetCurrentContext() == nullptr) return 0;
    return std::max(0.0, draft_edited_at_ + check_delay_seconds(progress_.draft.size()) - ImGui::GetTime());
}

void Widget::draw()
{
    item_rects_.clear();
    if (check_pending_ && seconds_until_wakeup() <= 0) check_now();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const std::string title = load_.campaign ? load_.campaign->title.text(language_)
                                             : std::string(translations_.get("widget.fallback-title", language_));
    // "###widget": the window keeps one identity whatever its title, so switching language keeps its state.
    const std::string window_name = title + "###widget";
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBackground; // the canvas's clear colour is its background
    ImGui::Begin(window_name.c_str(), nullptr, flags);

    if (!load_.campaign) {
        draw_problems();
        ImGui::End();
        return;
    }
    const UiContext ui{*load_.campaign, language_, translations_, theme_, item_rects_};
    draw_notices(ui);
    draw_header(ui);

    if (ImGui::BeginTabBar("tabs")) {
        const auto tab_flags = [&](Tab tab) {
            return requested_tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        };
        // "###": each tab keeps its identity when the language changes its label.
        const bool research_open = ImGui::BeginTabItem((std::string(ui.tr("tab.research")) + "###research").c_str(),
                                                       nullptr, tab_flags(Tab::Research));
        ui.name_item("tab-research");
        if (research_open) {
            if (research_panel_.draw(ui, progress_)) mark_changed();
            ImGui::EndTabItem();
        }
        const bool draft_open = ImGui::BeginTabItem((std::string(ui.tr("tab.draft")) + "###draft").c_str(), nullptr,
                                                    tab_flags(Tab::Draft));
        ui.name_item("tab-draft");
        if (draft_open) {
            if (const auto notice = period_notice(*load_.campaign, clock_seconds_, clock_offset_minutes_, language_)) {
                draw_period_notice(ui, *notice);
            }
            if (draft_panel_.draw(ui, progress_, report_)) note_draft_edited();
            ImGui::EndTabItem();
        }
        const bool launchpool_open = ImGui::BeginTabItem(
            (std::string(ui.tr("tab.launchpool")) + "###launchpool").c_str(), nullptr, tab_flags(Tab::Launchpool));
        ui.name_item("tab-launchpool");
        if (launchpool_open) {
            if (launchpool_panel_.draw(ui, progress_)) mark_changed();
            ImGui::EndTabItem();
        }
        requested_tab_.reset();
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void Widget::draw_problems()
{
    ImGui::TextColored(theme_.fail, "%s", translations_.get("widget.campaign-unusable", language_));
    for (const CampaignProblem& problem : load_.problems) ImGui::BulletText("%s", describe(problem).c_str());
}

void Widget::draw_notices(const UiContext& ui)
{
    const std::vector<std::string> texts = notice_texts();
    std::optional<std::size_t> dismissed; // one click per frame at most
    for (std::size_t i = 0; i < texts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        wrapped_text(texts[i], theme_.warn);
        if (ImGui::SmallButton(ui.tr("notice.dismiss"))) dismissed = i;
        ui.name_item("notice-dismiss:" + std::to_string(i));
        ImGui::PopID();
    }
    if (dismissed) notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(*dismissed));
    if (!texts.empty()) ImGui::Separator();
}

void Widget::draw_header(const UiContext& ui)
{
    int required = 0;
    int passing = 0;
    for (const Finding& finding : report_.findings) {
        if (!finding.required) continue;
        ++required;
        if (finding.status != Status::Fail) ++passing;
    }
    const bool ready = report_.ready;
    const std::string readiness = fill(ui.tr("header.readiness"), {std::to_string(passing), std::to_string(required)});
    ImGui::TextColored(ready ? theme_.pass : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s%s%s", readiness.c_str(),
                       ready ? "  " : "", ready ? ui.tr("header.ready") : "");
    ui.name_item("readiness");

    // "Save offline copy" and the language switch sit at the right end of the header line.
    const char* save_label = ui.tr("header.save-offline");
    const float switch_width = ImGui::CalcTextSize(save_label).x + ImGui::CalcTextSize("中文").x +
                               ImGui::CalcTextSize("繁體").x + ImGui::CalcTextSize("English").x +
                               ImGui::GetStyle().FramePadding.x * 8 + ImGui::GetStyle().ItemSpacing.x * 3;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - switch_width));
    if (ImGui::Button(save_label)) offline_copy_requested_ = true;
    ui.name_item("save-offline");
    tooltip_for_last_item(ui.tr("header.save-offline-tooltip"));
    ImGui::SameLine();
    for (const auto& [language, label, id] : {std::tuple{Language::Chinese, "中文", "lang-zh"},
                                              std::tuple{Language::TraditionalChinese, "繁體", "lang-zh-Hant"},
                                              std::tuple{Language::English, "English", "lang-en"}}) {
        const bool current = language_ == language;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) set_language(language);
        if (current) ImGui::PopStyleColor();
        ui.name_item(id);
        if (language != Language::English) ImGui::SameLine();
    }

    const float fraction = required > 0 ? static_cast<float>(passing) / static_cast<float>(required) : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ready ? theme_.pass : theme_.warn);
    ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 0.5f), "");
    ImGui::PopStyleColor();
    ui.name_item("readiness-bar");
}

} // namespace cw
