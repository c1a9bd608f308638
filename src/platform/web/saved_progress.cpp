#include "platform/web/saved_progress.h"

#include "core/progress.h"
#include "platform/web/frame_scheduler.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <cstdint>
#include <cstdlib>

extern "C" {
// js/storage.js
int cw_storage_available();
char* cw_storage_read(const char* key);
int cw_storage_write(const char* key, const char* value);
char* cw_storage_backup(const char* key, const char* value);
void cw_storage_on_page_hide();
}

namespace cw::web {

namespace {
constexpr double kSaveDelayMs = 500; // "within a second of a change"

Widget* saved_widget = nullptr;
std::string key;
bool storage_usable = false;
bool save_scheduled = false;
bool write_failure_shown = false;
std::uint64_t saved_revision = 0;

void save_now()
{
    save_scheduled = false;
    if (saved_widget == nullptr || !storage_usable || saved_widget->revision() == saved_revision) return;
    const std::string text = save_progress(saved_widget->progress());
    if (cw_storage_write(key.c_str(), text.c_str())) {
        saved_revision = saved_widget->revision();
        if (write_failure_shown) {
            // Everything is saved again: the notice that it is not would now be wrong.
            saved_widget->withdraw_notice("storage.write-failed");
            write_failure_shown = false;
            request_frames();
        }
    } else if (!write_failure_shown) {
        // Full or blocked since the start: what is typed stays in the widget; the person is told.
        saved_widget->show_notice("storage.write-failed");
        write_failure_shown = true;
        request_frames(); // the notice must show though nothing else happens
    }
}

void on_save_timer(void*)
{
    save_now();
}
} // namespace

void restore_saved_progress(Widget& widget, const std::string& storage_key)
{
    saved_widget = &widget;
    key = storage_key;
    storage_usable = cw_storage_available() != 0;
    if (!storage_usable) {
        widget.show_notice("storage.unavailable");
        return;
    }
    cw_storage_on_page_hide();
    char* stored = cw_storage_read(key.c_str());
    if (stored == nullptr) return;
    const std::string text(stored);
    std::free(stored);
    ProgressLoad load = load_progress(text, widget.progress().campaign_id);
    if (load.progress) {
        widget.restore_progress(std::move(*load.progress));
        saved_revision = widget.revision();
        return;
    }
    // Never thrown away: the unreadable text moves to a backup key before anything new is saved.
    char* backup_key = cw_storage_backup(key.c_str(), text.c_str());
    if (backup_key == nullptr) {
        storage_usable = false; // not even a backup could be written: do not overwrite the original
        widget.show_notice("storage.unavailable");
        return;
    }
    widget.show_notice("storage.corrupt", {load.problem, backup_key});
    std::free(backup_key);
    // The original is safe in the backup: start the key afresh, so the next load does not back it up again.
    cw_storage_write(key.c_str(), save_progress(widget.progress()).c_str());
}

void save_progress_when_changed()
{
    if (saved_widget == nullptr || !storage_usable || save_scheduled) return;
    if (saved_widget->revision() == saved_revision) return;
    save_scheduled = true;
    emscripten_set_timeout(on_save_timer, kSaveDelayMs, nullptr);
}

} // namespace cw::web

extern "C" EMSCRIPTEN_KEEPALIVE void cw_page_hidden()
{
    cw::web::save_now();
}
