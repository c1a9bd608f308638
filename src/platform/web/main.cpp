// The widget in the browser: one WebGL2 canvas, Dear ImGui with its OpenGL3 renderer, our own html5.h
// input with a text agent for typed text, frames only when something happened, progress saved locally.
//
//   createCampaignWidget({ canvas, widgetOptions, onFrame, onIdle, onChange, onView, onFallback, onError })
//   (web/campaign-widget-element.js)
#include "platform/web/canvas.h"
#include "platform/web/canvas_glyphs.h"
#include "platform/web/clipboard.h"
#include "core/campaign/builtin_campaign.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/html5_input.h"
#include "platform/web/offline_copy.h"
#include "platform/web/page.h"
#include "platform/web/page_api.h"
#include "platform/web/text_view.h"
#include "platform/web/saved_progress.h"
#include "platform/web/semantic_mirror.h"
#include "platform/web/text_agent.h"
#include "platform/web/webgl_context.h"
#include "ui/fonts.h"
#include "ui/widget.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>

namespace {

constexpr float kFontSize = 16.0f;

// The canvas's name in this module's element table (js/elements.js); the page hands the element over.
const std::string canvas_selector = "#cw-canvas";
cw::web::CanvasGlyphs canvas_glyphs; // every glyph, drawn by the browser's own fonts
std::unique_ptr<cw::Widget> widget;
std::string campaign_json; // the campaign shown, for the offline copy
bool builtin_campaign = true;
double last_frame_start = 0;
int frames_drawn = 0;
bool wakeup_scheduled = false;

bool input_queued()
{
    return !ImGui::GetCurrentContext()->InputEventsQueue.empty();
}

void schedule_wakeup();

void on_wakeup(void*)
{
    wakeup_scheduled = false;
    // The draft's check after a pause in typing runs here, a slice of a few milliseconds in each task of
    // its own, and only when no input waits: a key pressed as the check falls due or while it runs waits
    // for the step under way at most (the slice ends when input waits) and is drawn before the next (a
    // key is an edit: it drops the check under way and puts the next off again; other input brings this
    // wakeup back after its frame). The slices follow each other without frames: the report shown
    // changes only when the check is done.
    if (!cw::web::input_waits() && widget->check_if_due({emscripten_get_now, cw::web::input_waits}) && widget->check_pending()) {
        schedule_wakeup(); // the next slice, after whatever the browser has waiting
        return;
    }
    cw::web::request_frames(1); // first the frame, then the wakeup is done: the widget is never idle between
    cw::web::set_work_pending(cw::web::PendingWork::Wakeup, false);
}

// The widget asks for a frame later (the draft is checked when typing pauses); a timer brings it.
void schedule_wakeup()
{
    const double seconds = widget->seconds_until_wakeup();
    if (seconds < 0 || wakeup_scheduled) return;
    wakeup_scheduled = true;
    cw::web::set_work_pending(cw::web::PendingWork::Wakeup, true);
    emscripten_set_timeout(on_wakeup, std::ceil(seconds * 1000.0) + 1.0, nullptr);
}

// Dear ImGui takes queued input a little per frame ("trickling": a key's press and its release, or a
// key and the character after it, go to separate frames, so that fast typing is seen as typed). Frames
// here come only after events, at most one per animation frame; one Dear ImGui frame per call would fall
// behind anyone typing faster than about 30 keys a second, or anyone on a busy machine. Every event would
// then be handled on a state some keys old: a click lands in the queue behind earlier keys, so the text
// agent is not focused inside it and the keys typed next reach a canvas that sees no text field (and are
// dropped); a copy, made inside its key event, misses what was typed just before. So each call takes in
// everything queued, one Dear ImGui frame per trickle step, and paints only the last of those frames.
constexpr int kMaxFramesPerCall = 64; // a burst longer than this goes on in the next animation frame

// One Dear ImGui frame: it takes its share of the queued input and lays out the widget into draw lists.
void run_imgui_frame(const cw::web::CanvasSize& canvas)
{
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(canvas.css_width, canvas.css_height);
    // Dear ImGui 1.92 rasterizes glyphs at this density, so text is sharp at any devicePixelRatio.
    io.DisplayFramebufferScale = ImVec2(canvas.device_pixel_ratio, canvas.device_pixel_ratio);
    // Frames are rare, so the gap since the last one can be long; Dear ImGui only needs it positive.
    const double start = emscripten_get_now();
    io.DeltaTime = last_frame_start > 0 ? static_cast<float>((start - last_frame_start) / 1000.0) : 1.0f / 60.0f;
    if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 1000.0f;
    last_frame_start = start;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    widget->set_clock(static_cast<std::int64_t>(cw::web::unix_seconds_now()), cw::web::local_offset_minutes_now());
    widget->draw();
    ImGui::Render(); // a frame that is not painted keeps its font texture updates for the next one
}

void paint(const cw::web::CanvasSize& canvas)
{
    const ImVec4 clear = widget->theme().clear;
    glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void draw_frame()
{
    if (!cw::web::webgl_context_usable()) return; // drawn again when the context is restored
    const double start = emscripten_get_now();
    const cw::web::CanvasSize canvas = cw::web::update_canvas_size(canvas_selector);
    int imgui_frames = 0;
    do {
        run_imgui_frame(canvas);
    } while (input_queued() && ++imgui_frames < kMaxFramesPerCall);
    paint(canvas);
    cw::web::sync_text_agent();
    // The first frame goes to the screen before the semantic mirror is built: making its elements the
    // first time takes about 10 ms, and the settle frames that follow at once (main) build it.
    if (frames_drawn > 0) cw::web::sync_semantic_mirror();

    ++frames_drawn;
    cw::web::report_frame(frames_drawn, emscripten_get_now() - start);
    const cw::GlyphStats glyphs = cw::glyph_stats();
    cw::web::report_glyphs(cw::missing_glyph_count(), glyphs.rasterized, glyphs.milliseconds);
    cw::web::save_progress_when_changed();
    cw::web::notify_page_of_changes();
    cw::web::save_offline_copy_if_asked(*widget, campaign_json, builtin_campaign);
    schedule_wakeup();
    if (input_queued() || widget->animating()) cw::web::request_frames(1);
    if (widget->take_text_view_request()) cw::web::show_text_view(true); // "Text view" in the header
}

void on_color_scheme(bool dark)
{
    widget->set_dark(dark);
    cw::web::request_frames();
}

void on_reduced_motion(bool reduce)
{
    widget->set_reduce_motion(reduce);
    cw::web::request_frames();
}

// The campaign to show: the one the page gave (a campaign URL's text), else the built-in one. A campaign
// that could not be fetched or read is replaced by the built-in one, and the widget says why: never a
// blank box.
struct CampaignChoice {
    std::string text;
    cw::CampaignLoad load; // loaded once: parsing a campaign is a good part of the start-up
    std::string problem;   // why the page's campaign is not shown; "" when it is, or none was given
};

CampaignChoice builtin_campaign_choice(std::string problem)
{
    std::string text(cw::embedded::builtin_campaign.text());
    cw::CampaignLoad load = cw::load_campaign(text);
    return {std::move(text), std::move(load), std::move(problem)};
}

CampaignChoice choose_campaign()
{
    const std::string fetch_error = cw::web::widget_option("campaignError");
    if (!fetch_error.empty()) return builtin_campaign_choice(fetch_error);
    std::string given = cw::web::widget_option("campaignText");
    if (given.empty()) return builtin_campaign_choice("");
    cw::CampaignLoad load = cw::load_campaign(given);
    if (load.campaign) return {std::move(given), std::move(load), ""};
    std::string problem;
    for (std::size_t i = 0; i < load.problems.size() && i < 3; ++i) {
        problem += (i ? "; " : "") + cw::describe(load.problems[i]);
    }
    if (load.problems.size() > 3) problem += "; …";
    return builtin_campaign_choice(problem);
}

bool choose_dark(const std::string& theme)
{
    if (theme == "dark") return true;
    if (theme == "light") return false;
    return cw::web::page_prefers_dark();
}

} // namespace

int main()
{
    cw::web::install_elements(canvas_selector);
    // Without WebGL2, or without a Canvas 2D context to draw glyphs with, everything but the drawing is
    // set up as usual, then a plain-HTML view takes the canvas's place (below): the person can still
    // write and check a post, and the browser draws every character of it.
    const bool canvas_2d = canvas_glyphs.create();
    const bool drawable = canvas_2d && cw::web::create_webgl2_context(canvas_selector);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // no file system: nothing is saved through Dear ImGui
    io.LogFilename = nullptr;
    io.BackendPlatformName = "campaign-widget-html5";
    // A blinking caret would need a frame every half second; idle must cost nothing.
    io.ConfigInputTextCursorBlink = false;
    io.ConfigMacOSXBehaviors = cw::web::page_uses_mac_shortcuts();
    // The keyboard reaches every control through Dear ImGui's navigation: Tab and Shift+Tab in reading
    // order, arrows between neighbours (the tabs), Enter and Space activate. Where Tab leaves the widget
    // is the platform's decision (html5_input.cpp). The focus ring shows while the keyboard is used and
    // hides at a click (ConfigNavCursorVisibleAuto, Dear ImGui's default).
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigNavCursorVisibleAuto = true;
    // No Ctrl+Tab window switcher: the widget has one window, and the overlay is nothing a person asked for.
    ImGui::GetCurrentContext()->ConfigNavWindowingKeyNext = ImGuiKey_None;
    ImGui::GetCurrentContext()->ConfigNavWindowingKeyPrev = ImGuiKey_None;
    // Links (sources, the launchpool page) open in a new tab; Dear ImGui's default would try a shell.
    ImGui::GetPlatformIO().Platform_OpenInShellFn = [](ImGuiContext*, const char* url) {
        return cw::web::open_in_new_tab(url);
    };

    if (drawable) {
        cw::load_fonts(canvas_glyphs, kFontSize);
        ImGui_ImplOpenGL3_Init("#version 300 es");
    }

    CampaignChoice campaign = choose_campaign();
    campaign_json = campaign.text;
    builtin_campaign = campaign.text == cw::embedded::builtin_campaign.text();
    const std::string theme = cw::web::widget_option("theme");
    widget = std::make_unique<cw::Widget>(std::move(campaign.load), cw::web::page_language(),
                                          choose_dark(theme));
    if (!campaign.problem.empty()) {
        widget->show_notice("campaign.fallback", {cw::web::widget_option("campaignSource"), campaign.problem});
    }
    // "About" says where the campaign came from: its URL, the offline file's own data, or built in.
    widget->set_campaign_file(builtin_campaign ? std::string() : cw::web::widget_option("campaignSource"));
    if (const cw::Campaign* loaded = widget->campaign()) {
        const std::string storage_key = cw::web::widget_option("storageKey");
        cw::web::restore_saved_progress(*widget, storage_key.empty() ? "campaign-widget:" + loaded->id : storage_key);
    }
    // After the saved state, whose language it overrides for this visit only.
    if (const std::optional<cw::Language> asked = cw::web::address_language()) widget->show_language_for_visit(*asked);
    if (!drawable) {
        cw::web::show_text_view_instead_of_drawing(canvas_selector, *widget,
                                                   canvas_2d ? cw::web::CannotDraw::no_webgl2 : cw::web::CannotDraw::no_canvas_2d);
        return 0;
    }

    const std::string text_agent_selector = cw::web::install_text_agent(canvas_selector, *widget);
    cw::web::on_composition([](std::string_view text) { widget->set_composition(std::string(text)); });
    cw::web::install_clipboard(io.ConfigMacOSXBehaviors);
    const std::string mirror_selector = cw::web::install_semantic_mirror(canvas_selector, *widget);
    cw::web::install_input_callbacks(canvas_selector, text_agent_selector, mirror_selector);
    cw::web::install_page_api(canvas_selector, *widget);
    cw::web::observe_canvas_resizes(canvas_selector);
    if (theme != "light" && theme != "dark") cw::web::watch_color_scheme(on_color_scheme);
    widget->set_reduce_motion(cw::web::page_prefers_reduced_motion());
    cw::web::watch_reduced_motion(on_reduced_motion);
    cw::web::set_frame_function(draw_frame);
    cw::web::offer_text_view(canvas_selector, *widget, draw_frame);
    if (cw::web::page_asks_for_text_view()) {
        cw::web::show_text_view(false); // ?view=text, view="text": the drawn view waits for "Drawn view"
        return 0;
    }
    // The first frame is drawn now, not in the next animation frame: it is ready for the browser's
    // first paint instead of a vsync later. Dear ImGui needs a few frames more to lay out what appears
    // for the first time (tab bars measure their tabs in the frame after they appear); later events
    // need fewer.
    cw::web::draw_frame_now();
    cw::web::request_frames(6);
    return 0;
}
