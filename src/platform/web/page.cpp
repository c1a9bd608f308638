#include "platform/web/page.h"

#include <emscripten.h>

#include <cstdlib>

extern "C" {
EMSCRIPTEN_KEEPALIVE void cw_media_query_changed(int index, int matches);
void cw_elements_install(const char* canvas_name); // js/elements.js
}

namespace cw::web {

namespace {
EM_JS(char*, read_widget_option, (const char* name), {
    const options = Module.widgetOptions || {};
    const value = options[UTF8ToString(name)];
    return allocateUTF8(value === undefined || value === null ? "" : String(value));
});

// The page's ?lang= or else the browser's first language, as a tag ("zh-TW"); language_from_tag() reads it.
EM_JS(char*, page_language_tag, (), {
    const asked = new URLSearchParams(location.search).get('lang');
    const preferred = navigator.languages && navigator.languages.length ? navigator.languages[0] : navigator.language;
    return allocateUTF8(String(asked || preferred || ""));
});

EM_JS(double, unix_milliseconds_now, (), {
    return Date.now();
});

EM_JS(int, browser_offset_minutes_now, (), {
    return -new Date().getTimezoneOffset(); // getTimezoneOffset() is minutes west of UTC
});

EM_JS(char*, address_lang_parameter, (), {
    return allocateUTF8(new URLSearchParams(location.search).get('lang') || "");
});

EM_JS(int, platform_is_apple, (), {
    return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
});

// The system's settings the widget follows, as CSS media queries: whether one matches now, and a call
// back (cw_media_query_changed) with its index when it changes.
EM_JS(int, media_query_matches, (const char* query), {
    return window.matchMedia && matchMedia(UTF8ToString(query)).matches ? 1 : 0;
});

EM_JS(void, watch_media_query, (int index, const char* query), {
    if (!window.matchMedia) return;
    matchMedia(UTF8ToString(query)).addEventListener('change', (event) => {
        _cw_media_query_changed(index, event.matches ? 1 : 0);
    });
});

EM_JS(void, call_on_frame, (int frames, double last_frame_ms), {
    if (Module.onFrame) Module.onFrame(frames, last_frame_ms);
});

EM_JS(void, call_on_glyphs, (int missing, int rasterized, double raster_ms), {
    if (Module.onGlyphs) Module.onGlyphs(missing, rasterized, raster_ms);
});

EM_JS(int, open_http_url_in_new_tab, (const char* url), {
    let parsed;
    try {
        parsed = new URL(UTF8ToString(url));
    } catch (error) {
        return 0;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 0;
    window.open(parsed.href, '_blank', 'noopener');
    return 1;
});

} // namespace

void install_elements(const std::string& canvas_name)
{
    cw_elements_install(canvas_name.c_str());
}

std::string widget_option(const char* name)
{
    char* value = read_widget_option(name);
    std::string text(value);
    std::free(value);
    return text;
}

Language page_language()
{
    const std::string option = widget_option("lang");
    if (!option.empty()) return language_from_tag(option);
    char* tag = page_language_tag();
    const Language language = language_from_tag(tag);
    std::free(tag);
    return language;
}

std::optional<Language> address_language()
{
    if (!widget_option("lang").empty()) return std::nullopt; // the page's default, not the visit's request
    char* value = address_lang_parameter();
    const std::string tag(value);
    std::free(value);
    if (tag.empty()) return std::nullopt;
    return language_from_tag(tag);
}

bool page_uses_mac_shortcuts()
{
    return platform_is_apple() != 0;
}

double unix_seconds_now()
{
    return unix_milliseconds_now() / 1000.0;
}

int local_offset_minutes_now()
{
    return browser_offset_minutes_now();
}

namespace {
// One listener per media query the widget follows; the index is the query's in kMediaQueries.
enum MediaQuery { kDarkScheme, kReducedMotion, kMediaQueryCount };
constexpr const char* kMediaQueries[kMediaQueryCount] = {"(prefers-color-scheme: dark)", "(prefers-reduced-motion: reduce)"};
void (*media_query_listeners[kMediaQueryCount])(bool) = {};

void watch(MediaQuery query, void (*on_change)(bool))
{
    media_query_listeners[query] = on_change;
    watch_media_query(query, kMediaQueries[query]);
}
} // namespace

bool page_prefers_dark()
{
    return media_query_matches(kMediaQueries[kDarkScheme]) != 0;
}

void watch_color_scheme(void (*on_change)(bool dark))
{
    watch(kDarkScheme, on_change);
}

bool page_prefers_reduced_motion()
{
    return media_query_matches(kMediaQueries[kReducedMotion]) != 0;
}

void watch_reduced_motion(void (*on_change)(bool reduce))
{
    watch(kReducedMotion, on_change);
}

void report_frame(int frames, double last_frame_ms)
{
    call_on_frame(frames, last_frame_ms);
}

void report_glyphs(int missing, int rasterized, double raster_ms)
{
    call_on_glyphs(missing, rasterized, raster_ms);
}

bool open_in_new_tab(const char* url)
{
    return open_http_url_in_new_tab(url) != 0;
}

} // namespace cw::web

extern "C" EMSCRIPTEN_KEEPALIVE void cw_media_query_changed(int index, int matches)
{
    if (index < 0 || index >= cw::web::kMediaQueryCount) return;
    if (const auto listener = cw::web::media_query_listeners[index]) listener(matches != 0);
}
