#include "platform/web/page.h"

#include <emscripten.h>

#include <cstdlib>

extern "C" {
EMSCRIPTEN_KEEPALIVE void cw_color_scheme_changed(int dark);
EMSCRIPTEN_KEEPALIVE void cw_reduced_motion_changed(int reduce);
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

EM_JS(int, prefers_dark_scheme, (), {
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

EM_JS(void, watch_dark_scheme, (), {
    if (!window.matchMedia) return;
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
        _cw_color_scheme_changed(event.matches ? 1 : 0);
    });
});

EM_JS(int, prefers_reduced_motion, (), {
    return window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});

EM_JS(void, watch_reduced_motion_query, (), {
    if (!window.matchMedia) return;
    matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', (event) => {
        _cw_reduced_motion_changed(event.matches ? 1 : 0);
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

bool page_prefers_dark()
{
    return prefers_dark_scheme() != 0;
}

namespace {
void (*color_scheme_listener)(bool) = nullptr;
} // namespace

void watch_color_scheme(void (*on_change)(bool dark))
{
    color_scheme_listener = on_change;
    watch_dark_scheme();
}

bool page_prefers_reduced_motion()
{
    return prefers_reduced_motion() != 0;
}

namespace {
void (*reduced_motion_listener)(bool) = nullptr;
} // namespace

void watch_reduced_motion(void (*on_change)(bool reduce))
{
    reduced_motion_listener = on_change;
    watch_reduced_motion_query();
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

extern "C" EMSCRIPTEN_KEEPALIVE void cw_color_scheme_changed(int dark)
{
    if (cw::web::color_scheme_listener != nullptr) cw::web::color_scheme_listener(dark != 0);
}

extern "C" EMSCRIPTEN_KEEPALIVE void cw_reduced_motion_changed(int reduce)
{
    if (cw::web::reduced_motion_listener != nullptr) cw::web::reduced_motion_listener(reduce != 0);
}
