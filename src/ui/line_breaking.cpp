#include "ui/line_breaking.h"

#include "core/text/text_layout.h"
#include "core/text/utf8.h"

#include <imgui.h>

namespace cw {

std::vector<WrappedLine> wrap_text(std::string_view text, float width)
{
    // The editor's layout (core/text/text_layout.h) with the current font: one line-breaking implementation
    // for static text and the editor. A cluster is as wide as its code points' advances together, which
    // is what ImGui draws for it.
    ImFontBaked* baked = ImGui::GetFontBaked();
    const float scale = ImGui::GetFontSize() / baked->Size;
    const MeasureAdvance measure = [&](std::string_view cluster) {
        float advance = 0;
        for (std::size_t at = 0; at < cluster.size();) {
            const CodePointAt c = decode_utf8_at(cluster, at);
            advance += baked->GetCharAdvance(static_cast<ImWchar>(c.code_point));
            at += c.length;
        }
        return advance * scale;
    };

    const std::vector<TextRow> rows = layout_rows(text, width, measure);
    std::vector<WrappedLine> lines;
    lines.reserve(rows.size());
    for (const TextRow& row : rows) lines.push_back({text.substr(row.start, row.end - row.start), row.width});
    // The empty row after a final '\n' is where an editor's caret would go; static text has no caret.
    if (lines.size() > 1 && rows.back().start == text.size()) lines.pop_back();
    return lines;
}

} // namespace cw
