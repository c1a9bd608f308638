#include "core/text/text_boundaries.h"

#include "core/text/character_class.h"
#include "core/text/utf8.h"

namespace cw {

namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;

bool is_continuation_byte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Controls stand alone: nothing joins them, and they join nothing ("\\r\\n" is the one pair).
bool is_control(char32_t c)
{
    return c < 0x20 || c == 0x7F;
}

// Code points that belong to the cluster before them.
bool is_extend(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) ||   // combining diacritical marks
           (c >= 0x0483 && c <= 0x0489) ||   // Cyrillic combining marks
           (c >= 0x1AB0 && c <= 0x1AFF) ||   // combining diacritical marks extended
           (c >= 0x1DC0 && c <= 0x1DFF) ||   // combining diacritical marks supplement
           c == 0x200C ||                    // zero-width non-joiner
           (c >= 0x20D0 && c <= 0x20FF) ||   // combining marks for symbols, the keycap U+20E3
           (c >= 0x3099 && c <= 0x309A) ||   // kana voicing marks
           (c >= 0xFE00 && c <= 0xFE0F) ||   // variation selectors (emoji or text presentation)
           (c >= 0xFE20 && c <= 0xFE2F) ||   // combining half marks
           (c >= 0x1F3FB && c <= 0x1F3FF) || // emoji modifiers (skin tones)
           (c >= 0xE0020 && c <= 0xE007F) || // tag characters (subdivision flags)
           (c >= 0xE0100 && c <= 0xE01EF);   // variation selectors supplement
}

bool is_regional_indicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

char32_t code_point_before(std::string_view text, std::size_t offset)
{
    return decode_utf8_at(text, code_point_floor(text, offset - 1)).code_point;
}

// Whether a cluster certainly starts at offset, judged from the code points on either side. False when
// it cannot tell (after a ZWJ, at a mark, at a regional indicator, whose pairing counts from far back).
bool is_certain_cluster_start(std::string_view text, std::size_t offset)
{
    if (offset == 0 || offset >= text.size()) return true;
    const char32_t here = decode_utf8_at(text, offset).code_point;
    const char32_t before = code_point_before(text, offset);
    if (before == U'\r') return here != U'\n';
    if (is_control(before) || is_control(here)) return true;
    if (before == kZeroWidthJoiner || here == kZeroWidthJoiner) return false;
    return !is_extend(here) && !is_regional_indicator(here);
}

// A cluster boundary at or before offset (a code-point boundary) from which walking forward finds the
// clusters around offset. Usually offset itself or a code point or two back.
std::size_t certain_cluster_start_at_or_before(std::string_view text, std::size_t offset)
{
    while (!is_certain_cluster_start(text, offset)) offset = code_point_floor(text, offset - 1);
    return offset;
}

enum class WordKind { Latin, Cjk, Blank, Newline, Other };

WordKind word_kind_at(std::string_view text, std::size_t offset)
{
    const char32_t c = decode_utf8_at(text, offset).code_point;
    if (c == U'\n' || c == U'\r') return WordKind::Newline;
    if (is_blank(c)) return WordKind::Blank;
    if (is_cjk_letter(c)) return WordKind::Cjk;
    if (is_word_letter(c)) return WordKind::Latin;
    return WordKind::Other;
}

bool is_apostrophe(std::string_view text, std::size_t offset)
{
    const char32_t c = decode_utf8_at(text, offset).code_point;
    return c == U'\'' || c == U'’';
}

bool is_word(WordKind kind)
{
    return kind == WordKind::Latin || kind == WordKind::Cjk;
}

// The end of the run of kind that has a cluster starting at start (an apostrophe between two letters
// stays inside a Latin word: don't, it's).
std::size_t run_end(std::string_view text, std::size_t start, WordKind kind)
{
    std::size_t end = start;
    while (end < text.size()) {
        const WordKind here = word_kind_at(text, end);
        if (here == kind) {
            end = cluster_end_from(text, end);
            continue;
        }
        if (kind == WordKind::Latin && end > start && is_apostrophe(text, end)) {
            const std::size_t after = cluster_end_from(text, end);
            if (after < text.size() && word_kind_at(text, after) == WordKind::Latin) {
                end = after;
                continue;
            }
        }
        break;
    }
    return end;
}

// The start of the run of kind whose last cluster ends at end.
std::size_t run_start(std::string_view text, std::size_t end, WordKind kind)
{
    std::size_t start = end;
    while (start > 0) {
        const std::size_t before = previous_cluster(text, start);
        const WordKind there = word_kind_at(text, before);
        if (there == kind) {
            start = before;
            continue;
        }
        if (kind == WordKind::Latin && start < end && before > 0 && is_apostrophe(text, before)) {
            const std::size_t letter = previous_cluster(text, before);
            if (word_kind_at(text, letter) == WordKind::Latin) {
                start = letter;
                continue;
            }
        }
        break;
    }
    return start;
}

} // namespace

std::size_t code_point_floor(std::string_view text, std::size_t offset)
{
    if (offset >= text.size()) return text.size();
    if (!is_continuation_byte(text[offset])) return offset;
    // A continuation byte is inside a code point only when the lead byte before it starts a complete,
    // valid sequence that reaches it; otherwise it is a stray byte, a character of its own.
    for (std::size_t back = 1; back <= 3 && back <= offset; ++back) {
        const std::size_t lead = offset - back;
        if (is_continuation_byte(text[lead])) continue;
        return lead + decode_utf8_at(text, lead).length > offset ? lead : offset;
    }
    return offset;
}

std::size_t cluster_end_from(std::string_view text, std::size_t start)
{
    if (start >= text.size()) return text.size();
    // Fast path, most of a draft: an ASCII character followed by ASCII is a cluster of its own (every
    // extending or joining code point is past ASCII; "\r\n" is the one exception).
    const auto lead = static_cast<unsigned char>(text[start]);
    if (lead < 0x80 && lead != '\r' && (start + 1 == text.size() || static_cast<unsigned char>(text[start + 1]) < 0x80)) {
        return start + 1;
    }
    const CodePointAt first = decode_utf8_at(text, start);
    std::size_t end = start + first.length;
    if (first.code_point == U'\r') return (end < text.size() && text[end] == '\n') ? end + 1 : end;
    if (is_control(first.code_point)) return end;
    if (is_regional_indicator(first.code_point)) { // a flag is a pair of them
        const CodePointAt second = decode_utf8_at(text, end);
        if (is_regional_indicator(second.code_point)) end += second.length;
    }
    bool joining = first.code_point == kZeroWidthJoiner;
    while (end < text.size()) {
        const CodePointAt next = decode_utf8_at(text, end);
        // A ZWJ joins whatever comes next (the next person of a family emoji), except a control.
        if (joining ? is_control(next.code_point) : !(is_extend(next.code_point) || next.code_point == kZeroWidthJoiner)) break;
        end += next.length;
        joining = next.code_point == kZeroWidthJoiner;
    }
    return end;
}

std::size_t next_cluster(std::string_view text, std::size_t offset)
{
    offset = code_point_floor(text, offset);
    if (offset >= text.size()) return text.size();
    std::size_t end = cluster_end_from(text, certain_cluster_start_at_or_before(text, offset));
    while (end <= offset) end = cluster_end_from(text, end);
    return end;
}

std::size_t previous_cluster(std::string_view text, std::size_t offset)
{
    offset = code_point_floor(text, offset);
    if (offset == 0) return 0;
    std::size_t start = certain_cluster_start_at_or_before(text, code_point_floor(text, offset - 1));
    for (std::size_t end = cluster_end_from(text, start); end < offset; end = cluster_end_from(text, end)) start = end;
    return start;
}

std::size_t next_word_end(std::string_view text, std::size_t offset)
{
    std::size_t at = code_point_floor(text, offset);
    while (at < text.size() && !is_word(word_kind_at(text, at))) at = next_cluster(text, at);
    if (at >= text.size()) return text.size();
    return run_end(text, at, word_kind_at(text, at));
}

std::size_t previous_word_start(std::string_view text, std::size_t offset)
{
    std::size_t at = code_point_floor(text, offset);
    while (at > 0) {
        const std::size_t before = previous_cluster(text, at);
        const WordKind kind = word_kind_at(text, before);
        if (is_word(kind)) return run_start(text, at, kind);
        at = before;
    }
    return 0;
}

TextRange word_at(std::string_view text, std::size_t offset)
{
    if (text.empty()) return {};
    std::size_t at = code_point_floor(text, offset);
    if (at >= text.size()) at = previous_cluster(text, text.size());
    std::size_t end = next_cluster(text, at);
    std::size_t start = previous_cluster(text, end);
    // A double-click past the end of a line means its last word, not the line break.
    if (word_kind_at(text, start) == WordKind::Newline && start > 0) {
        const std::size_t before = previous_cluster(text, start);
        if (word_kind_at(text, before) != WordKind::Newline) {
            end = start;
            start = before;
        }
    }
    const WordKind kind = word_kind_at(text, start);
    if (kind == WordKind::Latin || kind == WordKind::Blank) return {run_start(text, end, kind), run_end(text, start, kind)};
    return {start, end};
}

TextRange paragraph_at(std::string_view text, std::size_t offset)
{
    offset = code_point_floor(text, offset);
    const std::size_t newline_before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = newline_before == std::string_view::npos ? 0 : newline_before + 1;
    std::size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    else if (end > start && text[end - 1] == '\r') --end;
    return {start, end};
}

} // namespace cw
