#include "platform/web/saved_progress.h"

#include "core/campaign/progress.h"
#include "core/check/check.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/page.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

extern "C" {
// js/storage.js
int cw_storage_available();
char* cw_storage_read(const char* key);
int cw_storage_write(const char* key, const char* value);
double cw_storage_saved_at(const char* key);
char* cw_storage_backup(const char* key, const char* value);
void cw_storage_on_page_hide();
}

namespace cw::web {

namespace {
// The progress is saved after a pause in changes: at once it would be saved on every key. Saving a long
// draft holds the page's thread (a 1 MiB draft: its JSON and the storage's write took 40-120 ms on a
// loaded 2-core machine), so it waits for a longer pause, after the draft's check (check_delay_seconds),
// and never while input waits: a key is not held up by it. Leaving the page saves at once.
constexpr double kSaveRetryMs = 50;      // after input that waited
constexpr double kLongestPutOffMs = 1000; // input that keeps waiting (a burst of keys) puts it off no longer

double save_delay_ms(std::size_t draft_bytes)
{
    return 500.0 + 500.0 * std::min(1.0, static_cast<double>(draft_bytes) / static_cast<double>(kMaxCheckedDraftBytes));
}

Widget* saved_widget = nullptr;
std::string key;
bool storage_usable = false;
bool save_scheduled = false;
std::uint64_t changed_revision = 0; // the revision last seen changed, at changed_at_ms
double changed_at_ms = 0;
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
    const double due_at = changed_at_ms + save_delay_ms(saved_widget->draft().size());
    const double wait = due_at - emscripten_get_now();
    if (wait > 0 || (input_waits() && wait > -kLongestPutOffMs)) {
        emscripten_set_timeout(on_save_timer, std::max(wait, kSaveRetryMs), nullptr);
        return;
    }
    save_now();
    set_work_pending(PendingWork::SaveProgress, false);
}
} // namespace

namespace {
// An offline copy carries the progress of the moment it was saved (js/offline_copy.js). Opened, it
// starts from it, because that is what the person saved: the copy's own origin (file://) has none of
// their work. But once they work in the copy, its storage is newer than what the file carries, and
// opening the file again must not take that work back: the newer of the two wins. Progress of this
// origin that the copy replaces (an older copy's) is kept under a backup key, and the widget says so.
bool start_from_carried_progress(Widget& widget, const char* stored)
{
    const std::string carried_text = widget_option("carriedProgress");
    if (carried_text.empty()) return false;
    ProgressLoad carried = load_progress(carried_text, widget.progress().campaign_id);
    if (!carried.progress) return false; // a copy made for another campaign, or damaged: storage as usual
    const double carried_at = std::atof(widget_option("carriedProgressSavedAt").c_str());
    if (stored != nullptr && cw_storage_saved_at(key.c_str()) >= carried_at) return false;

    const std::string carried_saved = save_progress(*carried.progress);
    if (stored != nullptr) {
        const ProgressLoad replaced = load_progress(stored, widget.progress().campaign_id);
        if (!replaced.progress || save_progress(*replaced.progress) != carried_saved) {
            char* backup_key = cw_storage_backup(key.c_str(), stored);
            if (backup_key == nullptr) return false; // never overwrite what could not be kept aside
            widget.show_notice("offline.replaced-progress", {backup_key});
            std::free(backup_key);
        }
    }
    widget.restore_progress(std::move(*carried.progress));
    // Stored now, so from here on this origin's storage is the newer one.
    if (cw_storage_write(key.c_str(), carried_saved.c_str())) saved_revision = widget.revision();
    return true;
}
} // namespace

void restore_saved_progress(Widget& widget, const std::string& storage_key)
{
    saved_widget = &widget;
    key = storage_key;
    storage_usable = cw_storage_available() != 0;
    if (!storage_usable) {
        widget.show_notice("storage.unavailable");
        // Without storage the copy still opens with the work it carries.
        const std::string carried_text = widget_option("carriedProgress");
        ProgressLoad carried = load_progress(carried_text, widget.progress().campaign_id);
        if (!carried_text.empty() && carried.progress) widget.restore_progress(std::move(*carried.progress));
        return;
    }
    cw_storage_on_page_hide();
    char* stored = cw_storage_read(key.c_str());
    const bool started_from_copy = start_from_carried_progress(widget, stored);
    if (stored == nullptr || started_from_copy) {
        std::free(stored);
        return;
    }
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
    if (saved_widget == nullptr || !storage_usable) return;
    if (saved_widget->revision() == saved_revision) return;
    if (saved_widget->revision() != changed_revision) {
        changed_revision = saved_widget->revision();
        changed_at_ms = emscripten_get_now(); // the pause starts again
    }
    if (save_scheduled) return;
    save_scheduled = true;
    set_work_pending(PendingWork::SaveProgress, true);
    emscripten_set_timeout(on_save_timer, save_delay_ms(saved_widget->draft().size()), nullptr);
}

} // namespace cw::web

extern "C" EMSCRIPTEN_KEEPALIVE void cw_page_hidden()
{
    cw::web::save_now();
}
