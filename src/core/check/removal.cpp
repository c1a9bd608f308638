#include "core/check/removal.h"

#include "core/check/fix.h"
#include "core/check/hashtags.h"
#include "core/check/own_text.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

namespace {

// The hashtags a text reads as: every written tag ("#…#", "#tag", own_text.h), and each campaign
// hashtag's match or near miss (its words without the '#' among them).
std::vector<CodePointRange> hashtags_read(std::u32string_view text, const std::vector<HashtagRequirement>& hashtags)
{
    std::vector<CodePointRange> tags = find_written_hashtags(text);
    for (const HashtagRequirement& hashtag : hashtags) {
        const HashtagSearch search = find_hashtag(hashtag, text);
        if (search.found || search.near_miss != HashtagMiss::None) tags.push_back({search.range.first, std::max(search.range.second, search.tag_end)});
    }
    return tags;
}

// Whether a removal joins the text on either side of it into a hashtag that was not there.
bool joins_into_hashtag(std::string_view draft, const Fix& fix, const std::vector<HashtagRequirement>& hashtags)
{
    const TextAroundFix stretch = text_around_fix(draft, fix);
    const auto code_points_in = [](std::string_view bytes, std::size_t end) { return decode_code_points(bytes.substr(0, end)).size(); };
    const auto crosses = [](const std::vector<CodePointRange>& tags, std::size_t first, std::size_t end) {
        return std::any_of(tags.begin(), tags.end(), [&](const CodePointRange& tag) { return tag.first < first && end < tag.second; });
    };
    // A tag crosses from `first` to `end` when it holds the characters just before `first` and at `end`:
    // after the fix, those on either side of its text.
    const std::size_t inserted_first = code_points_in(stretch.after, stretch.inserted_first);
    const std::size_t seam = code_points_in(stretch.after, stretch.seam);
    if (!crosses(hashtags_read(decode_code_points(stretch.after), hashtags), inserted_first, seam)) return false;
    return !crosses(hashtags_read(decode_code_points(stretch.before), hashtags), code_points_in(stretch.before, stretch.removed_first),
                    code_points_in(stretch.before, stretch.removed_end));
}

} // namespace

TextAroundFix text_around_fix(std::string_view draft, const Fix& fix)
{
    // Enough for a "#…#" of 64 characters of 4 bytes each on either side.
    constexpr std::size_t kReach = 320;
    const auto boundary = [&](std::size_t at) {
        while (at < draft.size() && (static_cast<unsigned char>(draft[at]) & 0xC0) == 0x80) ++at;
        return at;
    };
    std::size_t first = fix.start;
    while (first > 0 && fix.start - first < kReach && draft[first - 1] != '\n') --first;
    first = boundary(first);
    std::size_t end = fix.end;
    while (end < draft.size() && end - fix.end < kReach && draft[end] != '\n') ++end;
    end = boundary(end);
    TextAroundFix stretch;
    stretch.before = draft.substr(first, end - first);
    stretch.removed_first = fix.start - first;
    stretch.removed_end = fix.end - first;
    stretch.after = std::string(draft.substr(first, fix.start - first));
    stretch.inserted_first = stretch.after.size();
    stretch.after += fix.text;
    stretch.seam = stretch.after.size();
    stretch.after += draft.substr(fix.end, end - fix.end);
    return stretch;
}

std::optional<Fix> removal_keeping_tags_apart(std::string_view draft, std::size_t start, std::size_t end,
                                              const std::vector<HashtagRequirement>& hashtags)
{
    Fix fix = removal_fix(draft, start, end);
    if (!joins_into_hashtag(draft, fix, hashtags)) return fix;
    if (!fix.text.empty()) return std::nullopt;
    fix.text = " ";
    if (!joins_into_hashtag(draft, fix, hashtags)) return fix;
    return std::nullopt;
}

} // namespace cw
