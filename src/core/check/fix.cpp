#include "core/check/fix.h"

#include "core/text/character_class.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

FixedDraft apply_fix(std::string_view draft, const Fix& fix)
{
    const std::size_t start = std::min(fix.start, draft.size());
    const std::size_t end = fix.kind == FixKind::Replace ? std::clamp(fix.end, start, draft.size()) : start;
    std::string inserted = fix.text;
    // The check's own inserts start with their line break already (the JS API hands them out as they
    // are): add one only to a text that has none, or the Fix button leaves an empty line.
    const bool starts_line = !fix.text.empty() && fix.text.front() == '\n';
    if (fix.kind == FixKind::Insert && start == draft.size() && !draft.empty() && draft.back() != '\n' && !starts_line) {
        inserted.insert(0, "\n");
    }
    FixedDraft fixed;
    fixed.text.reserve(draft.size() + inserted.size());
    fixed.text.append(draft.substr(0, start));
    fixed.text.append(inserted);
    fixed.text.append(draft.substr(end));
    fixed.changed_start = start + (inserted.size() - fix.text.size()); // after the added line break
    fixed.changed_end = start + inserted.size();
    return fixed;
}

namespace {

// The code point that ends at byte `at` and the one that starts there; 0 at the draft's ends.
char32_t code_point_before(std::string_view text, std::size_t at)
{
    std::size_t start = at;
    while (start > 0 && at - start < 4) {
        --start;
        if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
    }
    const std::u32string decoded = decode_code_points(text.substr(start, at - start));
    return decoded.empty() ? 0 : decoded.back();
}

char32_t code_point_at(std::string_view text, std::size_t at)
{
    const std::u32string decoded = decode_code_points(text.substr(at, std::min<std::size_t>(4, text.size() - at)));
    return decoded.empty() ? 0 : decoded.front();
}

} // namespace

Fix removal_fix(std::string_view draft, std::size_t start, std::size_t end)
{
    end = std::min(end, draft.size());
    start = std::min(start, end);
    // Two characters that would run together: letters and digits into one word, or ASCII into a link
    // ("host" + "/path"), a hashtag or a ticker. Chinese text joins as it was written.
    const auto sticky = [](char32_t c) { return is_word_letter(c) || (c > 0x20 && c < 0x7F); };
    const char32_t before = start > 0 ? code_point_before(draft, start) : 0;
    const char32_t after = end < draft.size() ? code_point_at(draft, end) : 0;
    // Broken bytes on both sides (a character cut short, then stray continuation bytes) would read as one
    // new character once side by side: a stray continuation byte after the removal is kept apart too.
    const bool stray_after = end < draft.size() && (static_cast<unsigned char>(draft[end]) & 0xC0) == 0x80;
    const bool joins = (before != 0 && after != 0 && sticky(before) && sticky(after)) || (start > 0 && stray_after);
    return {FixKind::Replace, start, end, joins ? " " : ""};
}

} // namespace cw
