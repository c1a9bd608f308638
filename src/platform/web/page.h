// What the widget tells the page it lives in, and asks of it: the few calls html5.h does not offer.
// The <campaign-widget> element (web/campaign-widget-element.js) passes the callbacks and options in the
// Module options.
#pragma once

#include "core/i18n/language.h"

#include <optional>
#include <string>

namespace cw::web {

// Registers the page's canvas (Module.canvas) under canvas_name for html5.h (js/elements.js).
void install_elements(const std::string& canvas_name);

// One of the options the page gave the widget (Module.widgetOptions, set by web/campaign-widget.js):
// campaignText, campaignSource, campaignError, lang, theme, storageKey. "" when not given.
std::string widget_option(const char* name);

// The lang option, else ?lang=zh|en in the page's address, else the browser's preferred languages.
Language page_language();

// ?lang=zh|en in the page's address when the page set no lang option of its own: the language this
// visit asks for, which wins over the person's saved choice for the visit (a link someone shared).
// Where the page sets lang (an element's attribute, embed.html's parameter), that is its default and
// the person's own choice, once made, wins.
std::optional<Language> address_language();

// macOS and iOS: shortcuts use Cmd (Dear ImGui's io.ConfigMacOSXBehaviors).
bool page_uses_mac_shortcuts();

// The system's light or dark setting, and a call to on_change whenever it changes.
bool page_prefers_dark();

// The clock, for a campaign's period: seconds since 1970 (UTC), and the browser's time zone in minutes
// east of UTC (480 in UTC+8).
double unix_seconds_now();
int local_offset_minutes_now();
void watch_color_scheme(void (*on_change)(bool dark));

// The system's "reduce motion" setting (prefers-reduced-motion: reduce), and a call to on_change
// whenever it changes.
bool page_prefers_reduced_motion();
void watch_reduced_motion(void (*on_change)(bool reduce));

// Module.onFrame(frames, lastFrameMs): frames drawn since start, the last frame's CPU time.
void report_frame(int frames, double last_frame_ms);

// Module.onGlyphs(missing, rasterized, rasterMs): distinct code points drawn since start for which no
// font had a glyph (drawn as boxes), glyphs drawn by the browser's fonts and the time that took.
void report_glyphs(int missing, int rasterized, double raster_ms);

// Opens an http(s) address in a new tab, with noopener so the new page gets no handle on this one.
// Anything else (javascript:, data:, a relative path) is refused. Dear ImGui's Platform_OpenInShellFn:
// the UI's links and buttons open pages through it. Called inside the click's own mouseup (the input
// layer draws that frame at once), so the browser treats it as the person's doing, not a pop-up.
bool open_in_new_tab(const char* url);

} // namespace cw::web
