// The widget's UI: a header (title, readiness, language) and three panels (research, draft,
// launchpool), drawn with Dear ImGui from the core's values.
//
// No browser calls here. The platform layer owns the window, the input and the frame loop; it calls
// draw() once per frame, reads progress() to save it when revision() changes, and wakes the widget
// when seconds_until_wakeup() says so (the draft is checked when typing pauses, off the typing path:
// check_if_due(), in slices between frames).
#pragma once

#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"
#include "core/i18n/language.h"
#include "core/campaign/progress.h"
#include "ui/about_panel.h"
#include "ui/draft_panel.h"
#include "ui/item_rects.h"
#include "ui/launchpool_panel.h"
#include "ui/brief_confirmation.h"
#include "ui/research_panel.h"
#include "ui/theme.h"

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

enum class Tab { Research, Draft, Launchpool };

// How long the check waits for a pause in typing, for a draft of draft_bytes: checking on every key
// would stutter. The drawn widget and the text view both wait so long.
double check_delay_seconds(std::size_t draft_bytes);

class Widget {
public:
    // campaign_json: the campaign file's text. A campaign that fails to load is shown as a list of its
    // problems, never as an empty window.
    Widget(std::string_view campaign_json, Language language, bool dark);
    // The same with a campaign already loaded (the platform loads it once to choose a fallback).
    Widget(CampaignLoad campaign, Language language, bool dark);
    // The draft's editor edits progress_.draft where it is (one text, no copy): a widget is not copied
    // or moved.
    Widget(const Widget&) = delete;
    Widget& operator=(const Widget&) = delete;

    void draw();

    const Campaign* campaign() const { return load_.campaign ? &*load_.campaign : nullptr; }
    // Where the campaign was loaded from, for "About": its URL, "#id" for one carried in the page (the
    // offline file), "" for the built-in one.
    void set_campaign_file(std::string file) { campaign_file_ = std::move(file); }
    const std::vector<CampaignProblem>& campaign_problems() const { return load_.problems; }

    Language language() const { return language_; }
    void set_language(Language language); // the person's choice: saved with their progress
    // The language the page's address asks for (?lang=en): shown for this visit, over a saved choice,
    // but not saved as the person's choice (they may have followed someone else's link).
    void show_language_for_visit(Language language);
    void set_dark(bool dark);
    // The person asks for less motion (prefers-reduced-motion): nothing slides (ui/motion.h).
    void set_reduce_motion(bool reduce) { reduce_motion_ = reduce; }
    // Something is moving (the tab bar's slide) or a long draft is still being laid out, a slice a
    // frame: the next frame is wanted at once.
    bool animating() const { return tab_bar_sliding_ || laying_out_; }

    const std::string& draft() const { return progress_.draft; }
    void set_draft(std::string_view draft);

    const Progress& progress() const { return progress_; }
    void restore_progress(Progress progress); // a saved state, read at start

    // The report for the current draft (a check still to run, or under way in slices, is finished now).
    const Report& report();
    // What the platform tells a slice of the check: its clock, and whether input waits (the slice then
    // ends after the step under way).
    struct CheckSlice {
        double (*milliseconds_now)();
        bool (*input_waits)();
    };
    // Checks the draft a slice at a time once its check is due after a pause in typing
    // (seconds_until_wakeup() brings the moment): steps of the check (core/check/check.h, CheckRun)
    // until it is done, a few milliseconds have passed or input waits; returns whether a slice ran. The
    // platform calls it between frames, never in a frame that takes in a key, each slice in a task of its
    // own while check_pending(): a key pressed meanwhile waits for one step or slice, not the whole check
    // of a long draft. The report shown stays the last one until the check is done; a change to the
    // draft drops the check under way, and the next starts after the next pause.
    bool check_if_due(const CheckSlice& slice);

    // The draft's check is still to run or to finish (after a pause in typing, between frames): report()
    // would finish it now. The live region waits for it instead (set_on_checked) rather than hold up a key.
    bool check_pending() const { return check_pending_; }
    // Called each time the draft was checked, wherever the check ran (between frames, in a frame, for the
    // text view), after the report was replaced.
    void set_on_checked(std::function<void()> on_checked) { on_checked_ = std::move(on_checked); }

    // The readiness and what still fails, as one sentence for screen readers:
    // "5 of 7 checks pass: <what is wrong with the launchpool link>; …"
    std::string accessible_summary();

    // Counts every change of the progress (draft, steps, notes, language, estimator).
    std::uint64_t revision() const { return revision_; }

    // Seconds until the widget needs a frame though nothing happens (a pending check, a confirmation
    // such as "Copied" to take away); < 0: never.
    double seconds_until_wakeup() const;

    void select_tab(Tab tab) { requested_tab_ = tab; }

    // The input method's composition while the person composes (not yet committed), "" when none: drawn
    // inline at the caret of the field being edited.
    void set_composition(std::string text) { composition_ = std::move(text); }

    // True once after the person pressed "Save offline copy"; the platform then makes the file.
    bool take_offline_copy_request() { return std::exchange(offline_copy_requested_, false); }
    // The platform handed the file to the browser's download: "Saved" shows beside the button a moment.
    void confirm_offline_copy_saved();

    // True once after the person pressed "Text view" in the header; the platform then shows its text view.
    bool take_text_view_request() { return std::exchange(text_view_requested_, false); }
    // A change to the progress made outside the drawn panels (the text view's notes, steps, ticks): saved
    // and checked as the panels' own changes are.
    void change_progress(const std::function<void(Progress&)>& change);

    // A notice at the top of the widget: a translation key and the texts for its placeholders.
    void show_notice(std::string key, std::initializer_list<std::string_view> arguments = {});
    // Takes back the notices of that key (the trouble they told of is over).
    void withdraw_notice(std::string_view key);
    // The notices shown, as text in the widget's language, first to last.
    std::vector<std::string> notice_texts() const;

    // The time now and the person's time zone, for a format 2 campaign's period notice; set by the
    // platform each frame (the core and the UI have no clock).
    void set_clock(std::int64_t unix_seconds, int local_offset_minutes);
    std::int64_t clock_seconds() const { return clock_seconds_; } // Unix seconds; 0 before the first frame
    // The period notice as shown, "" when the campaign has none.
    std::string period_notice_text() const;

    const ItemRects& item_rects() const { return item_rects_; }
    // From the semantic mirror: a person (or their screen reader) focused or activated the element of the
    // control named key; Dear ImGui's focus goes there, or the control is pressed, in the next frame.
    void request_focus(std::string_view key) { item_rects_.request_focus(key); }
    void request_activation(std::string_view key) { item_rects_.request_activation(key); }
    const Theme& theme() const { return theme_; }

private:
    void draw_header(const UiContext& ui);
    void draw_notices(const UiContext& ui);
    void draw_problems();
    void mark_changed();
    void note_draft_edited();
    void recheck(); // the report is out of date: a check is pending
    bool run_check(const CheckSlice* slice); // nullptr: to the end; returns whether it is done
    void check_now();
    double seconds_until_check() const; // < 0: no check pending

    CampaignLoad load_;
    std::int64_t clock_seconds_ = 0;
    int clock_offset_minutes_ = 0;
    Language language_;
    Theme theme_;
    bool reduce_motion_ = false;
    bool tab_bar_sliding_ = false; // Dear ImGui's tab bar is on its way to a tab: more frames, now
    bool laying_out_ = false;      // the shown panel's editor lays out a long text, a slice a frame
    Progress progress_;
    std::uint64_t revision_ = 0;
    std::uint64_t outside_changes_ = 0; // UiContext::outside_changes

    std::optional<DraftChecker> checker_; // the campaign's rules, prepared once
    std::optional<CheckRun> check_run_; // the pending check, under way between frames
    Report report_;
    bool check_pending_ = true;
    std::function<void()> on_checked_;
    double draft_edited_at_ = 0; // ImGui time of the last edit

    ResearchPanel research_panel_;
    DraftPanel draft_panel_;
    LaunchpoolPanel launchpool_panel_;
    AboutPanel about_panel_;
    std::string campaign_file_;
    std::optional<Tab> requested_tab_;
    bool offline_copy_requested_ = false;
    bool text_view_requested_ = false;
    BriefConfirmation offline_copy_saved_;

    struct Notice {
        std::string key;
        std::vector<std::string> arguments;
    };
    std::vector<Notice> notices_;
    ItemRects item_rects_;
    std::string composition_;
};

} // namespace cw
