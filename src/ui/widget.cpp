#include "ui/widget.h"

#include "core/check/readiness.h"
#include "core/check/rules/self_confirmed.h"
#include "core/i18n/catalogue.h"
#include "ui/motion.h"
#include "ui/label_text.h"
#include "ui/period_notice.h"
#include "ui/typography.h"
#include "widget_version.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

namespace cw {

// A long draft takes longer to check (about 40-60 ms of slices for 1 MB in the browser), so it waits for
// a longer pause, and fewer checks are dropped half-done by the next key: 0.15 s for a post, up to 0.4 s
// from the largest draft that is checked on.
double check_delay_seconds(std::size_t draft_bytes)
{
    const double share_of_largest = std::min(1.0, static_cast<double>(draft_bytes) / static_cast<double>(kMaxCheckedDraftBytes));
    return 0.15 + 0.25 * share_of_largest;
}

Widget::Widget(std::string_view campaign_json, Language language, bool dark)
    : Widget(load_campaign(campaign_json), language, dark)
{
}

Widget::Widget(CampaignLoad campaign, Language language, bool dark)
    : load_(std::move(campaign)), language_(language), theme_(make_theme(dark))
{
    apply_theme(theme_);
    draft_panel_.edit_draft_in_place(progress_.draft); // one text: the editor's is the draft checked and saved
    if (load_.campaign) {
        progress_.campaign_id = load_.campaign->id;
        checker_.emplace(draft_checker(*load_.campaign));
    }
    draft_edited_at_ = -1; // the first check runs in the first frame
}

void Widget::set_language(Language language)
{
    if (progress_.language == language && language_ == language) return;
    language_ = language;
    progress_.language = language;
    recheck(); // the findings' texts are in the chosen language
    mark_changed();
}

void Widget::show_language_for_visit(Language language)
{
    if (language_ == language) return;
    language_ = language;
    recheck(); // the findings' texts are in the shown language
}

void Widget::confirm_offline_copy_saved()
{
    offline_copy_saved_.show(ImGui::GetCurrentContext() != nullptr ? ImGui::GetTime() : 0.0);
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
    draft_panel_.take_outside_draft(draft); // progress_.draft changes now, as one undoable step
    ++outside_changes_;
    recheck();
    draft_edited_at_ = -1; // replaced, not typed: check at once
    mark_changed();
}

void Widget::change_progress(const std::function<void(Progress&)>& change)
{
    change(progress_);
    ++outside_changes_;
    recheck(); // a tick of a self-confirmed item is in the report
    draft_edited_at_ = -1;
    mark_changed();
}

void Widget::restore_progress(Progress progress)
{
    progress.campaign_id = progress_.campaign_id;
    // The draft string stays the one the editor edits in place; its text comes through the editor.
    std::string draft = std::move(progress.draft);
    progress.draft = std::move(progress_.draft);
    progress_ = std::move(progress);
    draft_panel_.take_outside_draft(draft);
    ++outside_changes_;
    if (progress_.language) language_ = *progress_.language;
    recheck();
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
    for (const Notice& notice : notices_) texts.push_back(fill(catalogue().get(notice.key, language_), notice.arguments));
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
    recheck();
    draft_edited_at_ = ImGui::GetTime();
    mark_changed();
}

void Widget::recheck()
{
    check_pending_ = true;
    check_run_.reset(); // a check under way is of what was there before
}

// A slice of the check between frames takes about so long, unless input comes: a key pressed meanwhile
// waits for the step under way (the steps of a 1 MiB draft: docs/performance.md).
constexpr double kCheckSliceMs = 8;

bool Widget::run_check(const CheckSlice* slice)
{
    if (checker_) {
        if (!check_run_) check_run_.emplace(checker_->start(progress_.draft, language_));
        const double slice_end = slice != nullptr ? slice->milliseconds_now() + kCheckSliceMs : 0;
        while (!check_run_->step()) {
            if (slice != nullptr && (slice->milliseconds_now() >= slice_end || slice->input_waits())) return false;
        }
        report_ = check_run_->take_report();
        check_run_.reset();
        add_self_confirmed_findings(load_.campaign->requirements.all<SelfConfirmedItem>(), progress_.confirmed, language_, report_); // format 2
    }
    check_pending_ = false;
    if (on_checked_) on_checked_();
    return true;
}

void Widget::check_now()
{
    run_check(nullptr);
}

bool Widget::check_if_due(const CheckSlice& slice)
{
    if (!check_pending_ || seconds_until_check() > 0) return false;
    run_check(&slice);
    return true;
}

const Report& Widget::report()
{
    if (check_pending_) check_now();
    return report_;
}

std::string Widget::accessible_summary()
{
    if (!load_.campaign) {
        std::string stop = catalogue().get("a11y.sentence-end", language_);
        while (!stop.empty() && stop.back() == ' ') stop.pop_back();
        return catalogue_text("a11y.summary", language_, {"0", "0"}) + stop;
    }
    return readiness_summary(report(), language_);
}

double Widget::seconds_until_check() const
{
    if (!check_pending_) return -1;
    if (draft_edited_at_ < 0 || ImGui::GetCurrentContext() == nullptr) return 0;
    return std::max(0.0, draft_edited_at_ + check_delay_seconds(progress_.draft.size()) - ImGui::GetTime());
}

double Widget::seconds_until_wakeup() const
{
    double soonest = seconds_until_check();
    if (ImGui::GetCurrentContext() == nullptr) return soonest;
    const double now = ImGui::GetTime();
    // A confirmation ("Copied", "Saved") needs one more frame to go away.
    for (const double seconds : {offline_copy_saved_.seconds_left(now), draft_panel_.seconds_until_wakeup(now)}) {
        if (seconds >= 0 && (soonest < 0 || seconds < soonest)) soonest = seconds;
    }
    return soonest;
}

void Widget::draw()
{
    item_rects_.clear();
    // A check due at once (the first, a replaced draft, a restored state) runs in the frame that shows
    // it; one after a pause in typing runs between frames (check_if_due).
    if (check_pending_ && draft_edited_at_ < 0) check_now();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const std::string title = load_.campaign ? load_.campaign->title.text(language_)
                                             : std::string(catalogue().get("widget.fallback-title", language_));
    // "###widget": the window keeps one identity whatever its title, so switching language keeps its state.
    const std::string window_name = imgui_label(title, "###widget"); // every '#' of the title is drawn
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBackground; // the canvas's clear colour is its background
    ImGui::Begin(window_name.c_str(), nullptr, flags);

    if (!load_.campaign) {
        draw_problems();
        ImGui::End();
        return;
    }
    const UiContext ui{*load_.campaign, language_, theme_, item_rects_, composition_, outside_changes_};
    // The campaign's title, drawn in the window's title bar, heads everything in the widget.
    const ImRect title_bar = ImGui::GetCurrentWindow()->TitleBarRect();
    ui.declare({.key = "title", .role = Role::heading, .name = ui.text(load_.campaign->title), .level = 2,
                .x = title_bar.Min.x, .y = title_bar.Min.y, .width = title_bar.GetWidth(), .height = title_bar.GetHeight()});
    draw_notices(ui);
    draw_header(ui);

    // The tabs first, then the shown tab's panel after the tab bar (not inside its BeginTabItem): Dear
    // ImGui's Tab order is the order things are drawn, and a keyboard user meets all the tabs before
    // the panel, as one reads them.
    std::optional<Tab> shown;
    if (reduce_motion_) end_tab_bar_slide_at_once("tabs");
    tab_bar_sliding_ = false;
    if (ImGui::BeginTabBar("tabs")) {
        ui.begin_group({.key = "tabs", .role = Role::tablist, .name = ui.tr("a11y.sections")});
        const auto tab = [&](const char* key, const char* imgui_id, Tab which, const char* test_id) {
            const ImGuiTabItemFlags flags = requested_tab_ == which ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            // "###": each tab keeps its identity when the language changes its label.
            const bool open = ImGui::BeginTabItem((std::string(ui.tr(key)) + imgui_id).c_str(), nullptr, flags);
            ui.declare_item(test_id, {.role = Role::tab, .name = ui.tr(key), .selected = toggle(open)});
            if (open) {
                shown = which;
                ImGui::EndTabItem();
            }
        };
        tab("tab.research", "###research", Tab::Research, "tab-research");
        tab("tab.draft", "###draft", Tab::Draft, "tab-draft");
        // A campaign without a launchpool has nothing to show there: no tab says so.
        if (load_.campaign->launchpool) tab("tab.launchpool", "###launchpool", Tab::Launchpool, "tab-launchpool");
        requested_tab_.reset();
        ui.end_group();
        tab_bar_sliding_ = current_tab_bar_sliding();
        ImGui::EndTabBar();
    }
    laying_out_ = false;
    if (shown == Tab::Research) {
        if (research_panel_.draw(ui, progress_)) mark_changed();
        laying_out_ = research_panel_.laying_out();
    } else if (shown == Tab::Draft) {
        if (const auto notice = period_notice(*load_.campaign, clock_seconds_, clock_offset_minutes_, language_)) {
            draw_period_notice(ui, *notice);
        }
        if (draft_panel_.draw(ui, progress_, report_, !check_pending_)) note_draft_edited();
        laying_out_ = draft_panel_.laying_out(); // an editor not drawn lays out nothing: no frames for it
    } else if (shown == Tab::Launchpool) {
        if (launchpool_panel_.draw(ui, progress_)) mark_changed();
    }
    ImGui::End();
}

void Widget::draw_problems()
{
    ImGui::TextColored(theme_.fail, "%s", catalogue().get("widget.campaign-unusable", language_));
    for (const CampaignProblem& problem : load_.problems) ImGui::BulletText("%s", describe(problem).c_str());
}

void Widget::draw_notices(const UiContext& ui)
{
    const std::vector<std::string> texts = notice_texts();
    std::optional<std::size_t> dismissed; // one click per frame at most
    for (std::size_t i = 0; i < texts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        wrapped_text(texts[i], theme_.warn);
        ui.declare_item("notice:" + std::to_string(i), {.role = Role::status, .name = texts[i]});
        if (ImGui::Button(ui.tr("notice.dismiss"))) dismissed = i; // not SmallButton: a finger must hit it
        ui.declare_item("notice-dismiss:" + std::to_string(i), {.role = Role::button, .name = ui.tr("notice.dismiss")});
        ImGui::PopID();
    }
    if (dismissed) notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(*dismissed));
    if (!texts.empty()) ImGui::Separator();
}

void Widget::draw_header(const UiContext& ui)
{
    const Readiness readiness = count_readiness(report_);
    const bool ready = report_.ready;
    const std::string readiness_text =
        fill(ui.tr("header.readiness"), {std::to_string(readiness.passing), std::to_string(readiness.total)}) +
        (ready ? std::string("  ") + ui.tr("header.ready") : std::string());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_start = ImGui::GetCursorPosX();
    const float line_end = line_start + ImGui::GetContentRegionAvail().x;

    // "About", "Save offline copy" and the language switch sit at the right end of the header line; on a
    // narrow widget (a phone) they go on a line of their own under the readiness, so nothing overlaps.
    const bool saved = offline_copy_saved_.showing(ImGui::GetTime());
    const char* about_label = ui.tr("about.title");
    const char* save_label = ui.tr("header.save-offline");
    const char* saved_label = ui.tr("header.offline-saved");
    const float about_width = std::max(24.0f, ImGui::CalcTextSize(about_label).x + style.FramePadding.x * 2); // AboutPanel's button
    const float save_width = std::max(ImGui::CalcTextSize(save_label).x, ImGui::CalcTextSize(saved_label).x) + style.FramePadding.x * 2;
    const float actions_width = about_width + style.ItemSpacing.x + save_width;
    const float languages_width = ImGui::CalcTextSize("中文").x + ImGui::CalcTextSize("繁體").x + ImGui::CalcTextSize("English").x +
                                  style.FramePadding.x * 6 + style.ItemSpacing.x * 2;
    const float switch_width = actions_width + style.ItemSpacing.x + languages_width;
    // On the narrowest widgets (a phone in English: "Save offline copy" is long) even that line is too
    // short: the language switch goes on a line of its own under the two buttons.
    const bool switch_fits = line_start + switch_width <= line_end;
    // "Text view" follows the readiness, on its line even on a phone, where the buttons at the right go under it.
    const char* text_view_label = ui.tr("header.text-view");
    const float text_view_width = ImGui::CalcTextSize(text_view_label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    const float readiness_width = ImGui::CalcTextSize(readiness_text.c_str()).x + text_view_width;
    const bool one_line = line_start + readiness_width + style.ItemSpacing.x * 2 + switch_width <= line_end;

    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ready ? theme_.pass : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s", readiness_text.c_str());
    ui.declare_item("readiness", {.role = Role::text, .name = readiness_text});
    ImGui::SameLine();
    if (ImGui::Button(text_view_label)) text_view_requested_ = true;
    ui.declare_item("text-view", {.role = Role::button, .name = text_view_label});
    tooltip_for_last_item(ui.tr("header.text-view-tooltip"));
    if (one_line) ImGui::SameLine(line_end - switch_width);
    else ImGui::SetCursorPosX(std::max(line_start, line_end - (switch_fits ? switch_width : actions_width)));

    // The release's version (package.json's), so a person reporting a problem can say which widget it was,
    // with the campaign's source, the licence and the notices.
    about_panel_.draw(ui, kWidgetVersion, campaign_file_);
    ImGui::SameLine();
    // The button reads "Saved" for a moment after the file went to the browser's download.
    if (ImGui::Button(((saved ? std::string(saved_label) : std::string(save_label)) + "###save-offline").c_str(), ImVec2(save_width, 0))) {
        offline_copy_requested_ = true;
    }
    ui.declare_item("save-offline", {.role = Role::button, .name = saved ? saved_label : save_label});
    if (saved) ui.name_item("offline-saved");
    tooltip_for_last_item(ui.tr("header.save-offline-tooltip"));
    if (switch_fits) ImGui::SameLine();
    else ImGui::SetCursorPosX(std::max(line_start, line_end - languages_width));
    for (const auto& [language, label, id] : {std::tuple{Language::Chinese, "中文", "lang-zh"},
                                              std::tuple{Language::TraditionalChinese, "繁體", "lang-zh-Hant"},
                                              std::tuple{Language::English, "English", "lang-en"}}) {
        const bool current = language_ == language;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) set_language(language);
        if (current) ImGui::PopStyleColor();
        ui.declare_item(id, {.role = Role::button, .name = label, .pressed = toggle(current)});
        if (language != Language::English) ImGui::SameLine();
    }

    const float fraction = readiness.total > 0 ? static_cast<float>(readiness.passing) / static_cast<float>(readiness.total) : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ready ? theme_.pass : theme_.warn);
    ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 0.5f), "");
    ImGui::PopStyleColor();
    ui.declare_item("readiness-bar", {.role = Role::progressbar, .name = ui.tr("a11y.readiness"), .value = readiness_text,
                                      .has_range = true, .value_now = static_cast<double>(readiness.passing),
                                      .value_max = static_cast<double>(readiness.total)});
}

} // namespace cw
