#include "core/check/rules/forbidden.h"

#include "core/text/ascii.h"
#include "core/check/finding_start.h"
#include "core/check/fix.h"
#include "core/check/message_language.h"
#include "core/i18n/traditional_fold.h"
#include "core/i18n/translations.h"
#include "core/text/url.h"
#include "core/text/width_fold.h"

#include <algorithm>

namespace cw {

namespace {

using messages::pick;

bool inside(const std::vector<CodePointRange>& ranges, std::size_t first, std::size_t end)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const CodePointRange& range) { return first < range.second && range.first < end; });
}

} // namespace

char32_t fold_for_forbidden_words(char32_t c)
{
    return ascii_lower(fold_traditional_character(fold_width(c)));
}

ForbiddenRule::ForbiddenRule(const ForbiddenRequirement& requirement, const Requirements& requirements) : requirement_(requirement)
{
    allowed_hosts_ = requirement.allowed_hosts;
    for (const LinkRequirement& link : requirements.links) {
        allowed_hosts_.push_back(link.host);
        allowed_hosts_.insert(allowed_hosts_.end(), link.equivalent_hosts.begin(), link.equivalent_hosts.end());
        for (const std::string& url : link.equivalent_urls) {
            if (const auto parts = split_url(url)) allowed_hosts_.push_back(normalized_host(parts->host));
        }
    }
    for (const std::string& word : requirement.words) {
        std::u32string folded = decode_utf8(word).code_points;
        for (char32_t& c : folded) c = fold_for_forbidden_words(c);
        if (!folded.empty()) words_.push_back(std::move(folded));
    }
}

bool ForbiddenRule::allowed(const std::string& host) const
{
    return std::any_of(allowed_hosts_.begin(), allowed_hosts_.end(), [&](const std::string& allowed) {
        return host == allowed || (host.size() > allowed.size() + 1 && host.compare(host.size() - allowed.size(), allowed.size(), allowed) == 0 &&
                                   host[host.size() - allowed.size() - 1] == '.');
    });
}

std::vector<ForbiddenRule::Offence> ForbiddenRule::offences(const DecodedText& decoded, const std::vector<FoundLink>& links,
                                                            const std::vector<CodePointRange>& not_searched) const
{
    std::vector<Offence> offences;
    std::vector<CodePointRange> link_ranges;
    for (const FoundLink& link : links) {
        link_ranges.push_back({link.first_code_point, link.end_code_point});
        const std::optional<UrlParts> parts = split_url(link.text);
        if (!parts || allowed(normalized_host(parts->host))) continue;
        offences.push_back({link.first_code_point, link.end_code_point, true});
    }

    if (!words_.empty()) {
        std::u32string folded = decoded.code_points;
        for (char32_t& c : folded) c = fold_for_forbidden_words(c);
        for (const std::u32string& word : words_) {
            for (std::size_t at = folded.find(word); at != std::u32string::npos; at = folded.find(word, at + 1)) {
                const std::size_t end = at + word.size();
                if (inside(link_ranges, at, end) || inside(not_searched, at, end)) continue;
                offences.push_back({at, end, false});
            }
        }
    }

    // In the order of the draft, overlapping words joined ("加微信" and "微信" listed both).
    std::sort(offences.begin(), offences.end(), [](const Offence& a, const Offence& b) { return a.first < b.first; });
    std::vector<Offence> joined;
    for (const Offence& offence : offences) {
        if (!joined.empty() && offence.first < joined.back().end) {
            joined.back().end = std::max(joined.back().end, offence.end);
            joined.back().link = joined.back().link || offence.link;
        } else {
            joined.push_back(offence);
        }
    }
    return joined;
}

std::size_t ForbiddenRule::offences_in(std::string_view text) const
{
    const DecodedText decoded = decode_utf8(text);
    return offences(decoded, find_links(text, decoded), {}).size();
}

bool ForbiddenRule::mends(std::string_view draft, const Fix& fix) const
{
    // What is left around the removal may join into a new offence: "DM mewww.x.io" hides a link that
    // removing "DM me" brings out, "微返佣信" hides "微信". Count the offences in the stretch of text
    // around the fix (out to the nearest spaces, so a link is read whole) before and after it.
    constexpr std::size_t kReach = 256;
    const auto boundary = [&](std::size_t at) {
        while (at < draft.size() && (static_cast<unsigned char>(draft[at]) & 0xC0) == 0x80) ++at;
        return at;
    };
    std::size_t first = fix.start;
    while (first > 0 && fix.start - first < kReach && !is_ascii_space(draft[first - 1])) --first;
    first = boundary(first);
    std::size_t end = fix.end;
    while (end < draft.size() && end - fix.end < kReach && !is_ascii_space(draft[end])) ++end;
    end = boundary(end);
    const std::string_view before = draft.substr(first, end - first);
    std::string after(draft.substr(first, fix.start - first));
    after += fix.text;
    after += draft.substr(fix.end, end - fix.end);
    return offences_in(after) < offences_in(before);
}

ForbiddenRule::Result ForbiddenRule::check(std::string_view draft, const DecodedText& decoded, const std::vector<FoundLink>& links,
                                           const std::vector<CodePointRange>& not_searched, Language language) const
{
    Result result;
    const std::vector<Offence> joined = offences(decoded, links, not_searched);

    Finding& finding = result.finding;
    finding = start_finding(requirement_, language);
    auto byte_offset = [&](std::size_t code_point) {
        return code_point < decoded.byte_offsets.size() ? decoded.byte_offsets[code_point] : draft.size();
    };
    for (const Offence& offence : joined) {
        if (!offence.link) result.words.push_back({offence.first, offence.end});
        if (finding.spans.size() == kMaxSpansPerFinding) continue;
        finding.spans.push_back({byte_offset(offence.first), byte_offset(offence.end),
                                 encode_utf8(std::u32string_view(decoded.code_points).substr(offence.first, offence.end - offence.first))});
    }
    if (joined.empty()) {
        finding.status = Status::Pass;
        finding.message = std::string(pick(language, "没有发现活动禁止的链接或词语。", "No link or word the campaign forbids."));
        return result;
    }
    finding.status = requirement_.required ? Status::Fail : Status::Warn;
    const std::string count = std::to_string(joined.size());
    const Span& first = finding.spans.front();
    finding.message = joined.front().link
        ? fill(pick(language, "{} 链接到活动不允许的网站：活动禁止广告和引流，请删除它。", "{} links to a site the campaign does not allow: it forbids advertising and sending readers elsewhere; remove it."),
               {first.text})
        : fill(pick(language, "“{}”是活动禁止的广告或引流用语，请删除它。", "\"{}\" is advertising or traffic diversion, which the campaign forbids; remove it."),
               {first.text});
    if (joined.size() > 1) {
        finding.message += fill(pick(language, "共有 {} 处，全部标出。", " {} places in all are marked."), {count});
    }
    if (!requirement_.required) {
        finding.message += pick(language, "这一项是建议，不是活动的要求。", " This is a suggestion, not a requirement of the campaign.");
    }
    // A removal that would leave a new offence where it was mends nothing: the message still says what
    // to remove, and the person words it anew.
    const Fix fix = removal_fix(draft, first.start, first.end);
    if (mends(draft, fix)) finding.fix = fix;
    return result;
}

} // namespace cw
