#include "ui/line_breaking.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace cw {

namespace {
bool is_blank(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\u3000';
}

// Scripts written without spaces between words: a line may break between any two of their characters.
bool is_cjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) ||  // radicals, CJK punctuation, kana, ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||  // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||  // compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||  // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) ||  // full-width forms: ，：！（）
           (c >= 0x20000 && c <= 0x3FFFF);  // supplementary ideographs
}

// Marks that must not start a line.
bool is_closing(char32_t c)
{
    switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'！': case U'？': case U'）': case U'」':
    case U'』': case U'》': case U'〉': case U'】': case U'〕': case U'”': case U'’': case U'…': case U'·':
    case U'%': case U'％': case U',': case U'.': case U';': case U':': case U'!': case U'?': case U')':
    case U']': case U'}': case U'"': case U'\'':
        return true;
    default:
        return false;
    }
}

// Marks that must not end a line.
bool is_opening(char32_t c)
{
    switch (c) {
    case U'（': case U'「': case U'『': case U'《': case U'〈': case U'【': case U'〔': case U'“': case U'‘':
    case U'(': case U'[': case U'{': case U'$': case U'＄':
        return true;
    default:
        return false;
    }
}

// May a line end between before and after (neither of them blank)?
bool may_break_between(char32_t before, char32_t after)
{
    if (is_closing(after) || is_opening(before)) return false;
    if (is_cjk(before) || is_cjk(after)) return true;
    return before == U'/' || (before == U'-' && after != U'-');
}

struct Decoded {
    char32_t c;
    const char* next;
};

Decoded decode(const char* at, const char* end)
{
    unsigned int c = 0;
    const int length = ImTextCharFromUtf8(&c, at, end);
    return {static_cast<char32_t>(c), at + (length > 0 ? length : 1)};
}
} // namespace

std::vector<WrappedLine> wrap_text(std::string_view text, float width)
{
    ImFontBaked* baked = ImGui::GetFontBaked();
    const float scale = ImGui::GetFontSize() / baked->Size;
    const auto advance = [&](char32_t c) { return baked->GetCharAdvance(static_cast<ImWchar>(c)) * scale; };

    std::vector<WrappedLine> lines;
    const char* const end = text.data() + text.size();
    const char* line_start = text.data();
    float line_width = 0;     // of [line_start, the current character)
    float content_width = 0;  // the same without trailing blanks, which never push a line over
    // The last place the current line may end, and where the next line would then start.
    const char* break_end = nullptr;
    const char* break_resume = nullptr;
    float break_width = 0;
    char32_t previous = 0;

    const auto end_line = [&](const char* line_end, float measured, const char* next_start) {
        lines.push_back({std::string_view(line_start, static_cast<std::size_t>(line_end - line_start)), measured});
        line_start = next_start;
        break_end = nullptr;
        previous = 0;
    };

    for (const char* at = text.data(); at < end;) {
        const auto [c, next] = decode(at, end);
        if (c == U'\n') {
            end_line(at, content_width, next);
            line_width = content_width = 0;
            at = next;
            continue;
        }
        const float w = advance(c);
        if (is_blank(c)) {
            if (at == line_start) { // a wrapped line does not start with the blanks of its break
                line_start = next;
                at = next;
                continue;
            }
            if (!is_blank(previous)) {
                break_end = at;
                break_width = content_width;
            }
            break_resume = next;
            line_width += w;
            previous = c;
            at = next;
            continue;
        }
        if (at != line_start && !is_blank(previous) && may_break_between(previous, c)) {
            break_end = at;
            break_resume = at;
            break_width = content_width;
        }
        // Over the width: end the line at its last break, or cut a word wider than the whole line.
        while (at != line_start && line_width + w > width) {
            if (break_end == nullptr) {
                end_line(at, content_width, at);
                line_width = content_width = 0;
                break;
            }
            end_line(break_end, break_width, break_resume);
            // What moved to the new line (the start of the word that did not fit) is measured again.
            line_width = 0;
            for (const char* p = line_start; p < at;) {
                const auto [moved, after] = decode(p, end);
                line_width += advance(moved);
                previous = moved;
                p = after;
            }
            content_width = line_width;
            if (at != line_start && may_break_between(previous, c)) {
                break_end = at;
                break_resume = at;
                break_width = content_width;
            }
        }
        line_width += w;
        content_width = line_width;
        previous = c;
        at = next;
    }
    if (line_start < end || lines.empty()) {
        lines.push_back({std::string_view(line_start, static_cast<std::size_t>(end - line_start)), content_width});
    }
    return lines;
}

} // namespace cw
