#include "platform/web/canvas.h"

#include "platform/web/frame_scheduler.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>

extern "C" EMSCRIPTEN_KEEPALIVE void cw_canvas_resized()
{
    cw::web::request_frames();
}

namespace cw::web {

namespace {
// html5.h has no ResizeObserver; this is the one piece of JavaScript it needs.
EM_JS(void, observe_element_resizes, (const char* selector), {
    const element = Module.element(UTF8ToString(selector));
    if (!element || typeof ResizeObserver === 'undefined') return;
    new ResizeObserver(() => _cw_canvas_resized()).observe(element);
    // devicePixelRatio changes (zoom, another screen) do not always change the CSS box.
    const watchRatio = () => {
        matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => {
            _cw_canvas_resized();
            watchRatio();
        }, { once: true });
    };
    watchRatio();
});
} // namespace

CanvasSize update_canvas_size(const std::string& selector)
{
    CanvasSize size;
    double css_width = 0;
    double css_height = 0;
    emscripten_get_element_css_size(selector.c_str(), &css_width, &css_height);
    size.css_width = static_cast<float>(css_width);
    size.css_height = static_cast<float>(css_height);
    size.device_pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    size.pixel_width = static_cast<int>(std::lround(css_width * size.device_pixel_ratio));
    size.pixel_height = static_cast<int>(std::lround(css_height * size.device_pixel_ratio));

    int current_width = 0;
    int current_height = 0;
    emscripten_get_canvas_element_size(selector.c_str(), &current_width, &current_height);
    if (current_width != size.pixel_width || current_height != size.pixel_height) {
        emscripten_set_canvas_element_size(selector.c_str(), size.pixel_width, size.pixel_height);
    }
    return size;
}

void observe_canvas_resizes(const std::string& selector)
{
    observe_element_resizes(selector.c_str());
}

} // namespace cw::web
