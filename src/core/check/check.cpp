#include "core/check/check.h"

#include "core/text/byte_size.h"
#include "core/check/rules/forbidden.h"
#include "core/check/finding_start.h"
#include "core/check/fix.h"
#include "core/check/hashtags.h"
#include "core/check/own_text.h"
#include "core/check/post_content.h"
#include "core/check/keyword_index.h"
#include "core/check/link_match.h"
#include "core/check/links.h"
#include "core/check/mentions.h"
#include "core/campaign/outline_placeholder.h"
#include "core/check/post_rules.h"
#include "core/text/text_length.h"
#include "core/check/topics.h"
#include "core/i18n/traditional_texts.h"
#include "core/text/utf8.h"
#include "core/text/width_fold.h"

#include <algorithm>
#include <initializer_list>

namespace cw {

namespace {

// Messages take their arguments by position, {0} {1} …, because Chinese and English order them
// differently.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> arguments)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < arguments.size()) out += *(arguments.begin() + index);
            i += 2;
        } else {
            out.push_back(pattern[i]);
        }
    }
    return out;
}

// Traditional Chinese reads the Simplified message converted at build time (traditional_texts.h).
std::string_view pick(Language language, std::string_view zh, std::string_view en)
{
    if (language == Language::TraditionalChinese) return traditional_text(zh);
    return language == Language::Chinese ? zh : en;
}

std::string join(const std::vector<std::string>& parts, Language language)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += pick(language, "、", ", ");
        out += parts[i];
    }
    return out;
}

// The draft as bytes and as code points, and conversions between the two.
struct DraftText {
    std::string_view bytes;
    DecodedText decoded;

    std::size_t byte_offset(std::size_t code_point) const
    {
        return code_point < decoded.byte_offsets.size() ? decoded.byte_offsets[code_point] : bytes.size();
    }
    // The text of a code point range; ill-formed bytes come out as U+FFFD, so it is always valid UTF-8.
    std::string text(std::size_t first, std::size_t end) const
    {
        return encode_utf8(std::u32string_view(decoded.code_points).substr(first, end - first));
    }
    Span span(std::size_t first, std::size_t end) const { return {byte_offset(first), byte_offset(end), text(first, end)}; }
};

// Text for a missing link or word goes at the end of the draft, on a line of its own.
Fix insertion_at_end(const DraftText& draft, const std::string& text)
{
    const bool needs_new_line = !draft.bytes.empty() && draft.bytes.back() != '\n';
    return {FixKind::Insert, draft.bytes.size(), draft.bytes.size(), (needs_new_line ? "\n" : "") + text};
}

Status unmet(bool required)
{
    return required ? Status::Fail : Status::Warn;
}

// ---- Links ------------------------------------------------------------------------------------

struct LinkCandidate {
    const FoundLink* link = nullptr;
    LinkMatch match;
};

// Lower is closer: how well a link does for a requirement. A page of the requirement's kind (another
// pair, the launchpool page in another form) is closer than any other page of the site, so each link is
// judged against the requirement it was meant for.
int closeness(const LinkMatch& match)
{
    switch (match.kind) {
    case LinkMatchKind::Satisfies:
        if (match.insecure_scheme || match.missing_scheme) return 2;
        return match.equivalent_host ? 1 : 0;
    case LinkMatchKind::MissingParameters: return 3;
    case LinkMatchKind::WrongPath: return match.unlisted_form ? 4 : match.same_kind_of_page ? 5 : 6;
    case LinkMatchKind::OtherAddress: return 7;
    case LinkMatchKind::LookAlike: return 8;
    case LinkMatchKind::Unrelated: break;
    }
    return 9;
}

bool closer(const LinkMatch& a, const LinkMatch& b)
{
    const int rank_a = closeness(a);
    const int rank_b = closeness(b);
    return rank_a != rank_b ? rank_a < rank_b : a.path_distance < b.path_distance;
}

std::string look_alike_reason(const LinkMatch& match, Language language)
{
    switch (match.look_alike) {
    case LookAlikeReason::NearSpelling:
        return fill(pick(language, "{0} 与 {1} 只差一两个字母", "{0} is one or two letters off {1}"),
                    {match.host, match.resembled_host});
    case LookAlikeReason::EmbeddedHost:
        return fill(pick(language, "{0} 只是把 {1} 藏在一个更长的地址里", "{0} only hides {1} inside a longer address"),
                    {match.host, match.resembled_host});
    case LookAlikeReason::ConfusableCharacters:
        return fill(pick(language, "{0} 用形似的字符冒充 {1}", "{0} uses look-alike characters to imitate {1}"),
                    {match.host, match.resembled_host});
    case LookAlikeReason::HostBeforeAt:
        return fill(pick(language, "“@”前的部分冒充 {1}，链接实际打开的是 {0}",
                         "the part before \"@\" imitates {1}, but the link opens {0}"),
                    {match.host, match.resembled_host});
    case LookAlikeReason::None: break;
    }
    return {};
}

std::string parameters_text(const std::vector<QueryParameter>& parameters)
{
    std::string out;
    for (const QueryParameter& parameter : parameters) {
        if (!out.empty()) out += '&';
        out += parameter.name + "=" + parameter.value;
    }
    return out;
}

// The links weighed for one requirement: every link that is at least as close to it as to any other
// requirement, and the one it takes (nullptr: none is left for it).
struct LinkVerdict {
    std::vector<LinkCandidate> candidates;
    const LinkCandidate* best = nullptr;
};

// Each link is weighed against every link requirement and is a candidate of the ones it comes closest
// to; each requirement then takes its closest candidate. A link that another requirement took as a
// near miss is not blamed twice, and a link that satisfies or is closest to one requirement is never
// blamed or replaced for another: the launchpool link is not "another page" of the spot link.
std::vector<LinkVerdict> judge_links(const std::vector<FoundLink>& links, const std::vector<LinkMatcher>& matchers)
{
    std::vector<LinkVerdict> verdicts(matchers.size());
    std::vector<LinkMatch> matches(matchers.size());
    for (const FoundLink& link : links) {
        const ParsedLink parsed = parse_link(link.text);
        const LinkMatch* closest = nullptr;
        for (std::size_t r = 0; r < matchers.size(); ++r) {
            matches[r] = matchers[r].match(parsed);
            if (matches[r].kind == LinkMatchKind::Unrelated) continue;
            if (!closest || closer(matches[r], *closest)) closest = &matches[r];
        }
        if (!closest) continue;
        const LinkMatch nearest = *closest;
        for (std::size_t r = 0; r < matchers.size(); ++r) {
            if (matches[r].kind != LinkMatchKind::Unrelated && !closer(nearest, matches[r])) {
                verdicts[r].candidates.push_back({&link, std::move(matches[r])});
            }
        }
    }
    std::vector<const FoundLink*> blamed;
    for (LinkVerdict& verdict : verdicts) {
        for (const LinkCandidate& candidate : verdict.candidates) {
            const bool satisfies = candidate.match.kind == LinkMatchKind::Satisfies;
            if (!satisfies && std::find(blamed.begin(), blamed.end(), candidate.link) != blamed.end()) continue;
            if (!verdict.best || closer(candidate.match, verdict.best->match)) verdict.best = &candidate;
        }
        if (verdict.best && verdict.best->match.kind != LinkMatchKind::Satisfies) blamed.push_back(verdict.best->link);
    }
    return verdicts;
}

Finding link_finding(const LinkRequirement& requirement, const LinkVerdict& verdict, const DraftText& draft, Language language)
{
    Finding finding = start_finding(requirement, language);
    const std::vector<LinkCandidate>& candidates = verdict.candidates;
    const LinkCandidate* best = verdict.best;

    if (!best) {
        finding.status = unmet(requirement.required);
        finding.message = fill(pick(language, "帖子需要包含链接 {0}。", "The post needs the link {0}."), {requirement.url});
        const std::string& suggested = requirement.fix_text.text(language);
        finding.fix = insertion_at_end(draft, suggested.empty() ? requirement.url : suggested);
        return finding;
    }
    const FoundLink& link = *best->link;
    const LinkMatch& match = best->match;
    const Span span{link.start, link.end, link.text};
    finding.spans.push_back(span);
    const std::string fixed = corrected_link(link.text, requirement, match);

    switch (match.kind) {
    case LinkMatchKind::Satisfies: {
        // Every link that counts as well as the best one is highlighted.
        for (const LinkCandidate& candidate : candidates) {
            if (&candidate != best && closeness(candidate.match) == closeness(match) &&
                finding.spans.size() < kMaxSpansPerFinding) {
                finding.spans.push_back({candidate.link->start, candidate.link->end, candidate.link->text});
            }
        }
        std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        if (match.insecure_scheme || match.missing_scheme) {
            finding.status = Status::Warn;
            finding.message = match.insecure_scheme
                ? fill(pick(language, "找到 {0}，但它以 http:// 开头；请改成 https://，以安全方式打开。",
                            "Found {0}, but it starts with http://; write https:// so that it opens securely."),
                       {link.text})
                : fill(pick(language, "找到 {0}，但没有写 https://；有些网站只有写全才会把它变成链接。",
                            "Found {0} without https://; some sites only turn it into a link when it is written out in full."),
                       {link.text});
            finding.fix = Fix{FixKind::Replace, link.start, link.end, fixed};
        } else {
            finding.status = Status::Pass;
            finding.message = fill(pick(language, "找到 {0}。", "Found {0}."), {link.text});
        }
        if (!match.path_prefix.empty()) {
            // Said in the message's sentence, before its full stop.
            const std::string_view stop = pick(language, "。", ".");
            if (finding.message.size() >= stop.size() && finding.message.compare(finding.message.size() - stop.size(), stop.size(), stop) == 0) {
                finding.message.resize(finding.message.size() - stop.size());
            }
            finding.message += fill(pick(language, "（{0} 的 {1} 下也是这个页面）。", " ({0} serves this page under {1} too)."),
                                    {match.host, match.path_prefix});
        }
        if (match.equivalent_url) {
            finding.message += fill(pick(language, "本活动把 {0} 视同 {1}。", " This campaign counts {0} as {1}."),
                                    {link.text, requirement.url});
        } else if (match.equivalent_host) {
            finding.message += fill(pick(language, "本活动把 {0} 视同 {1}；公告中的链接是 {2}。",
                                         " This campaign counts {0} as {1}; the announcement gives {2}."),
                                    {match.host, requirement.host, requirement.url});
        }
        return finding;
    }
    case LinkMatchKind::MissingParameters:
        finding.status = unmet(requirement.required);
        finding.message = fill(pick(language, "{0} 页面正确，但活动链接还需要参数 {1}。请改用 {2}。",
                                    "{0} is the right page, but the campaign's link also needs {1}. Use {2}."),
                               {link.text, parameters_text(match.missing_parameters), fixed});
        break;
    case LinkMatchKind::WrongPath:
        finding.status = unmet(requirement.required);
        if (match.unlisted_form && !match.path_differs_only_in_case) {
            finding.message = fill(pick(language, "{0} 是同一类页面，但不是活动列出的地址，不一定算数：请改用 {1}。",
                                        "{0} is the right kind of page, but not in a form the campaign lists, so it may not count: use {1}."),
                                   {link.text, requirement.url});
            break;
        }
        finding.message = match.path_differs_only_in_case
            ? fill(pick(language, "{0} 与活动链接 {1} 只有大小写不同，而网址路径区分大小写。",
                        "{0} differs from the campaign's link {1} only in upper and lower case, which matters in a link's path."),
                   {link.text, requirement.url})
            : fill(pick(language, "{0} 指向 {1} 上的另一个页面；活动要求的链接是 {2}。",
                        "{0} goes to another page on {1}; the campaign needs {2}."),
                   {link.text, match.host, requirement.url});
        break;
    case LinkMatchKind::OtherAddress:
        finding.status = unmet(requirement.required);
        finding.message = fill(pick(language, "{0} 指向 {1} 的另一个地址；活动要求的链接是 {2}。",
                                    "{0} goes to another address of {1}; the campaign needs {2}."),
                               {link.text, requirement.host, requirement.url});
        break;
    case LinkMatchKind::LookAlike:
        // A look-alike fails even when the link is optional, and keeps the post from being ready:
        // posting it could send readers to phishers.
        finding.status = Status::Fail;
        finding.required = true;
        finding.message = fill(pick(language, "{0} 不是 {1} 的链接：{2}。这可能是钓鱼链接，请不要发布或打开它。请改用 {3}。",
                                    "{0} is not a link to {1}: {2}. This may be a phishing link; do not post or open it. Use {3}."),
                               {link.text, match.resembled_host, look_alike_reason(match, language), requirement.url});
        break;
    case LinkMatchKind::Unrelated: break;
    }
    finding.fix = Fix{FixKind::Replace, link.start, link.end, fixed};
    return finding;
}

// Another link of the requirement's kind beside the one that passes (OBOL_BTC beside OBOL_USDT): the
// requirement still passes, and this warns of the link that differs. No fix: which one the person meant
// to keep is theirs to say.
Finding extra_link_finding(const LinkRequirement& requirement, const std::vector<const LinkCandidate*>& extras, Language language)
{
    Finding finding = start_finding(requirement, language);
    finding.id = requirement.id + ".extra";
    finding.required = false;
    finding.status = Status::Warn;
    finding.message = fill(pick(language, "帖子里还有 {0}，与活动要求的 {1} 不同：读者可能打开错误的页面。请删除它，或确认这是你想要的。",
                                "The post also holds {0}, which differs from the campaign's {1}: readers may open the wrong page. Remove it, or make sure you mean it."),
                           {extras.front()->link->text, requirement.url});
    for (const LinkCandidate* extra : extras) {
        if (finding.spans.size() == kMaxSpansPerFinding) break;
        finding.spans.push_back({extra->link->start, extra->link->end, extra->link->text});
    }
    return finding;
}

Finding look_alike_finding(std::vector<const LinkCandidate*> look_alikes, std::string_view draft_bytes, Language language)
{
    std::sort(look_alikes.begin(), look_alikes.end(),
              [](const LinkCandidate* a, const LinkCandidate* b) { return a->link->start < b->link->start; });
    Finding finding;
    finding.id = "link.lookalike";
    finding.status = Status::Fail;
    finding.title = std::string(pick(language, "仿冒链接", "Look-alike links"));
    const LinkCandidate& first = *look_alikes.front();
    finding.message = fill(pick(language, "{0} 不是 {1} 的链接：{2}。这可能是钓鱼链接，请删除。",
                                "{0} is not a link to {1}: {2}. This may be a phishing link; remove it."),
                           {first.link->text, first.match.resembled_host, look_alike_reason(first.match, language)});
    if (look_alikes.size() > 1) {
        const std::string more = std::to_string(look_alikes.size() - 1);
        finding.message += fill(pick(language, "另有 {0} 个类似的链接。", " There are {0} more like it."), {more});
    }
    for (const LinkCandidate* candidate : look_alikes) {
        if (finding.spans.size() == kMaxSpansPerFinding) break;
        finding.spans.push_back({candidate->link->start, candidate->link->end, candidate->link->text});
    }
    finding.fix = removal_fix(draft_bytes, first.link->start, first.link->end);
    return finding;
}

// ---- Mentions and topics -----------------------------------------------------------------------

bool is_ascii_word_character(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether the link characters of a link reach code point `at`: the link ends there, or only trailing
// punctuation (which a link leaves out only at its end) stands between. ASCII text put at `at` would
// become part of that link.
bool link_reaches(const std::vector<std::pair<std::size_t, std::size_t>>& link_ranges, const std::u32string& text, std::size_t at)
{
    std::size_t k = at;
    while (k > 0 && std::u32string_view(U".,;:!?'*").find(text[k - 1]) != std::u32string_view::npos) --k;
    return std::any_of(link_ranges.begin(), link_ranges.end(), [&](const auto& range) { return range.second == k && k > range.first; });
}

Finding mention_finding(const MentionRequirement& mention, const MentionSearch& search, const DraftText& draft,
                        const std::vector<std::pair<std::size_t, std::size_t>>& link_ranges, Language language)
{
    Finding finding;
    finding.id = mention.id;
    finding.required = mention.required;
    finding.title = mention.title.text(language);
    if (search.count > 0) {
        finding.status = Status::Pass;
        const std::string count = std::to_string(search.count);
        finding.message = search.count == 1 ? fill(pick(language, "找到 {0}。", "Found {0}."), {mention.text})
                                            : fill(pick(language, "找到 {0}（{1} 次）。", "Found {0} ({1} times)."),
                                                   {mention.text, count});
        for (const auto& [first, end] : search.exact) {
            if (finding.spans.size() == kMaxSpansPerFinding) break;
            finding.spans.push_back(draft.span(first, end));
        }
        return finding;
    }
    finding.status = unmet(mention.required);
    if (search.near_miss) {
        const Span span = draft.span(search.near_miss->first, search.near_miss->second);
        finding.message = fill(pick(language, "找到“{0}”，但没有 {1}：请写成 {1}。", "Found \"{0}\" but not {1}: write it as {1}."),
                               {span.text, mention.text});
        // A full-width near miss can touch a link, because full-width letters end links and may stand
        // before one without a scheme; the ASCII ticker would not. Written as "$OBOLt.in/", the link
        // would become a word; as "t.in/$OBOL", the link would take the ticker in. Keep them apart.
        const std::u32string& text = draft.decoded.code_points;
        const std::size_t after = search.near_miss->second;
        const bool glued_after = after < text.size() && is_ascii_word_character(fold_width(text[after]));
        const bool glued_before = link_reaches(link_ranges, text, search.near_miss->first);
        finding.fix = Fix{FixKind::Replace, span.start, span.end,
                          (glued_before ? " " : "") + mention.text + (glued_after ? " " : "")};
        finding.spans.push_back(span);
        return finding;
    }
    finding.message = fill(pick(language, "请在帖子中提到 {0}。", "Mention {0} in the post."), {mention.text});
    const std::string& suggested = mention.fix_text.text(language);
    finding.fix = insertion_at_end(draft, suggested.empty() ? mention.text : suggested);
    return finding;
}

std::string group_name(const KeywordGroup& group, Language language)
{
    if (language == Language::TraditionalChinese && !group.label_zh_hant.empty()) return group.label_zh_hant;
    if (!group.label.empty()) return group.label;
    std::string out;
    for (const std::string& keyword : group.keywords) {
        if (!out.empty()) out += " / ";
        out += keyword;
    }
    return out;
}

Finding topic_finding(const TopicRequirement& topic, const TopicCoverage& coverage, const DraftText& draft,
                      Language language)
{
    Finding finding;
    finding.id = topic.id;
    finding.required = topic.required;
    finding.title = topic.title.text(language);
    finding.spans_are_evidence = true;

    std::vector<std::string> found;
    for (const auto& [first, end] : coverage.found) {
        Span span = draft.span(first, end);
        found.push_back(std::string(pick(language, "“", "\"")) + span.text + std::string(pick(language, "”", "\"")));
        if (finding.spans.size() < kMaxSpansPerFinding) finding.spans.push_back(std::move(span));
    }
    std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });

    if (coverage.covered) {
        finding.status = Status::Pass;
        finding.message = fill(pick(language, "已涉及：{0}。", "Covered: {0}."), {join(found, language)});
        return finding;
    }
    finding.status = unmet(topic.required);
    const std::string& hint = topic.hint.text(language);
    if (found.empty()) {
        finding.message = std::string(pick(language, "尚未涉及。", "Not covered yet."));
    } else {
        std::vector<std::string> missing;
        const std::vector<KeywordGroup>& groups = topic_groups(topic, coverage.language);
        for (std::size_t g : coverage.missing_groups) missing.push_back(group_name(groups[g], language));
        finding.message = fill(pick(language, "部分涉及（{0}），还缺：{1}。", "Partly covered ({0}); still missing: {1}."),
                               {join(found, language), join(missing, language)});
    }
    if (!hint.empty()) finding.message += std::string(pick(language, "", " ")) + hint;
    return finding;
}

// ---- Length and the draft itself -----------------------------------------------------------------

// The person's own words only (own_text.h): links, hashtags, emoji and punctuation are not counted.
Finding length_finding(const LengthRequirement& requirement, const std::u32string& own, Language language)
{
    Finding finding = start_finding(requirement, language);
    const bool weighted = requirement.measure == LengthMeasure::Weighted;
    std::size_t length = 0;
    for (const char32_t c : own) {
        if (is_counted_character(c)) length += weighted ? static_cast<std::size_t>(weight_of(c)) : 1;
    }
    const std::string measured = std::to_string(length);
    const std::string minimum = std::to_string(requirement.minimum);
    const std::string_view unit = weighted ? pick(language, "你自己文字的加权长度（中文和全角字符计 2；链接、话题、表情和标点不计）",
                                                  "Weighted length of your own words (CJK and full-width characters count 2; links, hashtags, emoji and punctuation are not counted)")
                                           : pick(language, "你自己文字的字符数（链接、话题、表情和标点不计）",
                                                  "Characters of your own words (links, hashtags, emoji and punctuation are not counted)");
    if (length >= requirement.minimum) {
        finding.status = Status::Pass;
        finding.message = fill(pick(language, "{0}为 {1}，不少于 {2}。", "{0}: {1}, at least {2}."), {unit, measured, minimum});
    } else {
        finding.status = unmet(requirement.required);
        finding.message = fill(pick(language, "{0}为 {1}，至少需要 {2}。", "{0}: {1}; write at least {2}."), {unit, measured, minimum});
        if (!requirement.required) {
            finding.message += pick(language, "这一项是建议，不是活动的要求。", " This is a suggestion, not a requirement of the campaign.");
        }
    }
    return finding;
}

bool is_blank_character(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0x00A0;
}

// C0 controls other than tab and line breaks, DEL and C1 controls: invisible, and dropped or refused
// by most sites.
bool is_control_character(char32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

// One pass over the code points for the stats and the findings about the draft itself.
void add_draft_findings(const DraftText& draft, Language language, DraftStats& stats, std::vector<Finding>& findings)
{
    const std::u32string& text = draft.decoded.code_points;
    bool blank = true;
    std::size_t weighted = 0;
    std::size_t controls = 0;
    Finding control_finding;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        weighted += static_cast<std::size_t>(weight_of(c));
        if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x3000) {
            blank = blank && is_blank_character(c);
            if (is_control_character(c)) {
                ++controls;
                if (control_finding.spans.size() < kMaxSpansPerFinding) control_finding.spans.push_back(draft.span(i, i + 1));
            }
        } else if (c != ' ') {
            blank = false;
        }
    }
    stats = {text.size(), weighted};

    if (blank) {
        Finding finding;
        finding.id = "draft.empty";
        finding.status = Status::Fail;
        finding.title = std::string(pick(language, "草稿", "Draft"));
        finding.message = std::string(pick(language, "草稿是空的。", "The draft is empty."));
        findings.push_back(std::move(finding));
    }
    if (!draft.decoded.errors.empty()) {
        Finding finding;
        finding.id = "draft.invalid-utf8";
        finding.status = Status::Warn;
        finding.required = false;
        finding.title = std::string(pick(language, "文本编码", "Text encoding"));
        finding.message = fill(pick(language, "有 {0} 处无效的 UTF-8 字节，已按 U+FFFD（�）读取；请检查文本是否完整复制。",
                                    "{0} invalid UTF-8 sequence(s) were read as U+FFFD (�); check that the text was copied completely."),
                               {std::to_string(draft.decoded.errors.size())});
        for (const Utf8Error& error : draft.decoded.errors) {
            if (finding.spans.size() == kMaxSpansPerFinding) break;
            finding.spans.push_back({error.byte_offset, error.byte_offset + error.byte_length, "\xEF\xBF\xBD"});
        }
        findings.push_back(std::move(finding));
    }
    if (controls > 0) {
        control_finding.id = "draft.control-characters";
        control_finding.status = Status::Warn;
        control_finding.required = false;
        control_finding.title = std::string(pick(language, "控制字符", "Control characters"));
        control_finding.message = fill(pick(language, "草稿含有 {0} 个不可见的控制字符（如 NUL，U+0000），多数网站会删除或拒绝它们。",
                                            "The draft contains {0} invisible control character(s), such as NUL (U+0000), that most sites drop or refuse."),
                                       {std::to_string(controls)});
        findings.push_back(std::move(control_finding));
    }
}

// The outline's own placeholders left in the draft: the post is not written yet where they stand.
// Both languages' are looked for, since the interface language may have changed since the outline.
void add_placeholder_finding(const DraftText& draft, Language language, std::vector<Finding>& findings)
{
    Finding finding;
    std::size_t count = 0;
    for (std::string_view placeholder : kOutlinePlaceholders) {
        for (std::size_t at = draft.bytes.find(placeholder); at != std::string_view::npos;
             at = draft.bytes.find(placeholder, at + placeholder.size())) {
            ++count;
            if (finding.spans.size() < kMaxSpansPerFinding) finding.spans.push_back({at, at + placeholder.size(), std::string(placeholder)});
        }
    }
    if (count == 0) return;
    std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    finding.id = "draft.placeholder";
    finding.status = Status::Fail;
    finding.title = std::string(pick(language, "占位文字", "Placeholder text"));
    finding.message = fill(pick(language, "草稿里还有 {0} 处提纲的占位文字“{1}”：请在那里写下你自己的看法。",
                                "The draft still holds the outline's placeholder \"{1}\" in {0} place(s): write your own view there."),
                           {std::to_string(count), finding.spans.front().text});
    findings.push_back(std::move(finding));
}

// Two sorted lists of code point ranges as one, sorted, overlapping ranges joined (KeywordIndex::search
// wants them so).
std::vector<std::pair<std::size_t, std::size_t>> merged_ranges(std::vector<std::pair<std::size_t, std::size_t>> a,
                                                               const std::vector<std::pair<std::size_t, std::size_t>>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& range : a) {
        if (!merged.empty() && range.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, range.second);
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

// A draft too long to check: its length, and one finding that says why nothing else is checked.
Report too_long_report(std::string_view draft_utf8, Language language)
{
    Report report;
    const TextLength length = measure_text_utf8(draft_utf8);
    report.stats = {length.code_points, length.weighted};
    Finding finding;
    finding.id = "draft.too-long";
    finding.status = Status::Fail;
    finding.title = std::string(pick(language, "草稿", "Draft"));
    finding.message = fill(pick(language, "草稿有 {0}，超过可检查的上限 {1}（一篇帖子远比这短），所以没有检查。内容没有被删除；缩短草稿后即可看到检查结果。",
                                "The draft is {0}, over the {1} that can be checked (a post is far shorter), so it is not checked. Nothing was removed; shorten the draft to see the checks."),
                           {describe_byte_size(draft_utf8.size()), describe_byte_size(kMaxCheckedDraftBytes)});
    report.findings.push_back(std::move(finding));
    report.ready = false;
    return report;
}

} // namespace

std::string_view status_name(Status status)
{
    switch (status) {
    case Status::Pass: return "pass";
    case Status::Warn: return "warn";
    case Status::Fail: return "fail";
    }
    return "fail";
}

struct DraftChecker::Rules {
    const Campaign& campaign;
    std::vector<LinkMatcher> link_matchers;
    std::vector<MentionKeywordIds> mention_ids;
    std::vector<TopicKeywordIds> topic_ids;
    std::size_t keyword_count = 0;
    KeywordIndex keywords;

    static std::vector<std::string> all_keywords(const Requirements& requirements, std::vector<MentionKeywordIds>& mention_ids,
                                                 std::vector<TopicKeywordIds>& topic_ids)
    {
        std::vector<std::string> keywords;
        for (const MentionRequirement& mention : requirements.mentions) mention_ids.push_back(add_mention_keywords(mention, keywords));
        for (const TopicRequirement& topic : requirements.topics) topic_ids.push_back(add_topic_keywords(topic, keywords));
        return keywords;
    }

    // What "Start from my notes" writes that is not the person's: each research step's heading, "【title】",
    // in every language the outline may have been written in, and the placeholders.
    std::vector<std::string> outline_text;
    std::vector<ForbiddenRule> forbidden;

    // Where the outline's own text stands in the draft, as code point ranges in order.
    std::vector<std::pair<std::size_t, std::size_t>> outline_text_in(const DraftText& draft) const
    {
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        const std::vector<std::size_t>& offsets = draft.decoded.byte_offsets;
        auto code_point_at = [&](std::size_t byte) {
            return static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), byte) - offsets.begin());
        };
        for (const std::string& text : outline_text) {
            for (std::size_t at = draft.bytes.find(text); at != std::string_view::npos; at = draft.bytes.find(text, at + text.size())) {
                ranges.push_back({code_point_at(at), code_point_at(at + text.size())});
            }
        }
        std::sort(ranges.begin(), ranges.end());
        return ranges;
    }

    explicit Rules(const Campaign& checked)
        : campaign(checked), keywords(all_keywords(checked.requirements, mention_ids, topic_ids))
    {
        for (const ResearchStep& step : checked.research) {
            for (const std::string* title : {&step.title.zh, &step.title.en, &step.title.zh_hant}) {
                if (!title->empty()) outline_text.push_back("【" + *title + "】");
            }
        }
        for (std::string_view placeholder : kOutlinePlaceholders) outline_text.emplace_back(placeholder);
        for (const ForbiddenRequirement& requirement : checked.requirements.forbidden) forbidden.emplace_back(requirement, checked.requirements);
        link_matchers.reserve(checked.requirements.links.size());
        for (const LinkRequirement& requirement : checked.requirements.links) link_matchers.emplace_back(requirement);
        keyword_count = keywords.size();
    }
};

DraftChecker::DraftChecker(const Campaign& campaign) : rules_(std::make_unique<const Rules>(campaign)) {}
DraftChecker::~DraftChecker() = default;
DraftChecker::DraftChecker(DraftChecker&&) noexcept = default;
DraftChecker& DraftChecker::operator=(DraftChecker&&) noexcept = default;

Report check_draft(const Campaign& campaign, std::string_view draft_utf8, Language language)
{
    return DraftChecker(campaign).check(draft_utf8, language);
}

Report DraftChecker::check(std::string_view draft_utf8, Language language) const
{
    if (draft_utf8.size() > kMaxCheckedDraftBytes) return too_long_report(draft_utf8, language);
    Report report;
    DraftText draft{draft_utf8, decode_utf8(draft_utf8)};
    add_draft_findings(draft, language, report.stats, report.findings);
    add_placeholder_finding(draft, language, report.findings);

    // Links: judged by intent (judge_links), each requirement by the link meant for it.
    const Requirements& requirements = rules_->campaign.requirements;
    const std::vector<FoundLink> links = find_links(draft_utf8, draft.decoded);
    const std::vector<LinkVerdict> verdicts = judge_links(links, rules_->link_matchers);
    std::vector<const LinkCandidate*> unreported_look_alikes;
    for (std::size_t r = 0; r < requirements.links.size(); ++r) {
        const LinkVerdict& verdict = verdicts[r];
        report.findings.push_back(link_finding(requirements.links[r], verdict, draft, language));
        const bool met = verdict.best && verdict.best->match.kind == LinkMatchKind::Satisfies;
        std::vector<const LinkCandidate*> extras;
        for (const LinkCandidate& candidate : verdict.candidates) {
            if (&candidate == verdict.best) continue;
            const bool taken = std::any_of(verdicts.begin(), verdicts.end(), [&](const LinkVerdict& other) {
                return other.best && other.best->link == candidate.link;
            });
            const bool reported = taken || std::any_of(unreported_look_alikes.begin(), unreported_look_alikes.end(),
                                                       [&](const LinkCandidate* other) { return other->link == candidate.link; });
            if (candidate.match.kind == LinkMatchKind::LookAlike && !reported) unreported_look_alikes.push_back(&candidate);
            if (met && !taken && candidate.match.kind != LinkMatchKind::Satisfies && candidate.match.kind != LinkMatchKind::LookAlike) {
                extras.push_back(&candidate);
            }
        }
        if (!extras.empty()) report.findings.push_back(extra_link_finding(requirements.links[r], extras, language));
    }
    if (!unreported_look_alikes.empty()) report.findings.push_back(look_alike_finding(unreported_look_alikes, draft.bytes, language));

    // Mentions and topics: one keyword pass over the folded text, skipping the links so that "OBOL"
    // in ".../launchpool/OBOL" is neither a mention nor a topic.
    if (rules_->keyword_count > 0) {
        std::vector<std::pair<std::size_t, std::size_t>> link_ranges;
        link_ranges.reserve(links.size());
        for (const FoundLink& link : links) link_ranges.push_back({link.first_code_point, link.end_code_point});
        const std::vector<KeywordOccurrences> occurrences = rules_->keywords.search(draft.decoded.code_points, link_ranges);
        // Topics are not covered by the outline's own words: its headings and placeholders, left in a
        // draft started from the person's notes, carry the very keywords the topics look for.
        const std::vector<std::pair<std::size_t, std::size_t>> outline_ranges = rules_->outline_text_in(draft);
        const std::vector<KeywordOccurrences> topic_occurrences =
            outline_ranges.empty() ? std::vector<KeywordOccurrences>() : rules_->keywords.search(draft.decoded.code_points, merged_ranges(link_ranges, outline_ranges));
        const std::vector<KeywordOccurrences>& topic_evidence = outline_ranges.empty() ? occurrences : topic_occurrences;
        for (std::size_t m = 0; m < requirements.mentions.size(); ++m) {
            report.findings.push_back(
                mention_finding(requirements.mentions[m], find_mention(rules_->mention_ids[m], occurrences), draft,
                                link_ranges, language));
        }
        for (std::size_t t = 0; t < requirements.topics.size(); ++t) {
            report.findings.push_back(topic_finding(requirements.topics[t], cover_topic(rules_->topic_ids[t], topic_evidence, language),
                                                    draft, language));
        }
    }

    // What length and content rules count: the text without links, hashtags and a campaign hashtag's
    // near misses (so that the fix that makes one a hashtag changes no count).
    std::vector<CodePointRange> not_own;
    not_own.reserve(links.size() + requirements.hashtags.size());
    for (const FoundLink& link : links) not_own.push_back({link.first_code_point, link.end_code_point});
    std::vector<HashtagSearch> hashtag_searches;
    // A hashtag is looked for outside the links: a '#' inside a link is the link's (a fragment, or the
    // link's last character), as a site reads it, and a fix to the link would take it away.
    std::u32string outside_links;
    if (!requirements.hashtags.empty()) {
        outside_links = draft.decoded.code_points;
        for (const FoundLink& link : links) {
            std::fill(outside_links.begin() + static_cast<std::ptrdiff_t>(link.first_code_point),
                      outside_links.begin() + static_cast<std::ptrdiff_t>(link.end_code_point), U' ');
        }
    }
    for (const HashtagRequirement& hashtag : requirements.hashtags) {
        hashtag_searches.push_back(find_hashtag(hashtag, outside_links));
        if (hashtag_searches.back().found || hashtag_searches.back().near_miss != HashtagMiss::None) {
            not_own.push_back(hashtag_searches.back().range);
        }
    }
    // The bans the checker can see: their words are not the person's own either.
    std::vector<Finding> forbidden_findings;
    if (!rules_->forbidden.empty()) {
        std::vector<CodePointRange> campaign_hashtags;
        for (const HashtagSearch& search : hashtag_searches) {
            if (search.found) campaign_hashtags.push_back(search.range);
        }
        for (const ForbiddenRule& rule : rules_->forbidden) {
            ForbiddenRule::Result result = rule.check(draft_utf8, draft.decoded, links, campaign_hashtags, language);
            not_own.insert(not_own.end(), result.words.begin(), result.words.end());
            forbidden_findings.push_back(std::move(result.finding));
        }
    }
    const std::u32string own = own_text(draft.decoded.code_points, not_own);
    {
        const PostLength own_length = measure_post(own);
        report.stats.own_characters = own_length.characters;
        report.stats.own_words = own_length.words;
        report.stats.own_text_chinese = own_length.chinese;
        for (const char32_t c : own) {
            if (!is_counted_character(c)) continue;
            ++report.stats.own_code_points;
            report.stats.own_weighted_length += static_cast<std::size_t>(weight_of(c));
        }
    }

    if (requirements.length) report.findings.push_back(length_finding(*requirements.length, own, language));
    add_post_rule_findings(requirements, hashtag_searches, own, draft_utf8, draft.decoded, language, report.findings); // format 2
    for (Finding& finding : forbidden_findings) report.findings.push_back(std::move(finding));

    report.ready = std::none_of(report.findings.begin(), report.findings.end(),
                                [](const Finding& finding) { return finding.status == Status::Fail; });
    return report;
}

} // namespace cw
