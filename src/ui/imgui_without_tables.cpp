// Dear ImGui's tables and legacy columns, left out of the web build: the widget lays out no table and
// no columns, yet imgui_tables.cpp (20 KB of wasm, 10 KB of it gzip) stayed in the module because
// Dear ImGui's own code names its functions: the error recovery closes a table left open, the separator,
// the clipper, selectables and tree lines draw into a table's cells when one is current, the context
// registers the tables' settings handler and compacts their buffers. Every one of those calls is behind
// `g.CurrentTable`, `window->DC.CurrentColumns` or an entry in `g.Tables`, which only BeginTable() and
// BeginColumns() set; neither is linked, so the calls below are never reached (the settings handler and
// the compaction have nothing to do). Dear ImGui 1.92 has no switch for this (as it has
// IMGUI_DISABLE_DEMO_WINDOWS), so cmake/web.cmake compiles this file in place of imgui_tables.cpp; its
// source stays as Debian ships it. A table drawn by the widget one day links imgui_tables.cpp again.
#include <imgui_internal.h>

namespace ImGui {

void TableSettingsAddSettingsHandler() {} // no table, no settings to save (and io.IniFilename is null)
void TableGcCompactSettings() {}
void TableGcCompactTransientBuffers(ImGuiTable*) {}
void TableGcCompactTransientBuffers(ImGuiTableTempData*) {}

// Reached only with a table or columns current: never in this build.
void EndTable() { IM_ASSERT(false && "no tables in this build"); }
void TableEndRow(ImGuiTable*) { IM_ASSERT(false && "no tables in this build"); }
void TableEndCell(ImGuiTable*) { IM_ASSERT(false && "no tables in this build"); }
void TablePushBackgroundChannel() { IM_ASSERT(false && "no tables in this build"); }
void TablePopBackgroundChannel() { IM_ASSERT(false && "no tables in this build"); }
void TablePushColumnChannel(int) { IM_ASSERT(false && "no tables in this build"); }
void TablePopColumnChannel() { IM_ASSERT(false && "no tables in this build"); }
void EndColumns() { IM_ASSERT(false && "no columns in this build"); }
void PushColumnsBackground() { IM_ASSERT(false && "no columns in this build"); }
void PopColumnsBackground() { IM_ASSERT(false && "no columns in this build"); }

} // namespace ImGui
