#include "core/check/rules/link.h"

#include "core/json/campaign_reader.h"
#include "core/check/draft_view.h"
#include "core/check/removal.h"
#include "core/check/link_match.h"
#include "core/check/link_verdicts.h"
#include "core/i18n/catalogue.h"

#include <algorithm>

namespace cw {

namespace {

// Where a found link stands, as a finding marks it.
Span span_of(const FoundLink& link)
{
    return {link.start, link.end, std::string(link.text)};
}

using json = CampaignJson;

// "/zh/", "/zh-tw/", "/en/us/": a path prefix, '/' at both ends, segments of letters, digits, '-', '_'.
bool is_path_prefix(std::string_view prefix)
{
    if (prefix.size() < 3 || prefix.front() != '/' || prefix.back() != '/') return false;
    for (std::size_t i = 1; i < prefix.size(); ++i) {
        const char c = prefix[i];
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                             c == '_' || (c == '/' && prefix[i - 1] != '/');
        if (!allowed) return false;
    }
    return true;
}

std::string look_alike_reason(const LinkMatch& match, Language language)
{
    // By LookAlikeReason's order.
    static constexpr const char* kKeys[] = {"", "check.link.look-alike.near-spelling", "check.link.look-alike.embedded-host",
                                            "check.link.look-alike.confusable", "check.link.look-alike.host-before-at"};
    if (match.look_alike == LookAlikeReason::None) return {};
    return fill(catalogue().get(kKeys[static_cast<int>(match.look_alike)], language), {match.host, match.resembled_host});
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

Finding link_finding(const LinkRequirement& requirement, const LinkVerdict& verdict, const DraftView& draft, Language language)
{
    Finding finding = start_finding(requirement, language);
    const std::vector<LinkCandidate>& candidates = verdict.candidates;
    const LinkCandidate* best = verdict.best;

    if (!best) {
        finding.status = unmet(requirement.required);
        finding.message = fill(catalogue().get("check.link.missing", language), {requirement.url});
        const std::string& suggested = requirement.fix_text.text(language);
        finding.fix = draft.insertion_at_end(suggested.empty() ? requirement.url : suggested);
        return finding;
    }
    const FoundLink& link = *best->link;
    const LinkMatch& match = *best->match;
    const Span span = span_of(link);
    finding.spans.push_back(span);
    const std::string fixed = corrected_link(link.text, requirement, match);
    // A fix that writes the link anew keeps a ticker or a name glued to its end, after a space.
    const bool glued = match.glued_word != std::string::npos;
    const std::string_view glued_text = glued ? link.text.substr(match.glued_word) : std::string_view();
    const Fix rewrite{FixKind::Replace, link.start, link.end, glued ? fixed + " " + std::string(glued_text) : fixed};

    switch (match.kind) {
    case LinkMatchKind::Satisfies: {
        // Every link that counts as well as the best one is highlighted.
        for (const LinkCandidate& candidate : candidates) {
            if (&candidate != best && closeness(*candidate.match) == closeness(match) &&
                finding.spans.size() < kMaxSpansPerFinding) {
                finding.spans.push_back(span_of(*candidate.link));
            }
        }
        std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        if (match.invisible_characters) {
            // The link a site makes ends at the first invisible character: not this page.
            finding.status = unmet(requirement.required);
            finding.message = fill(catalogue().get("check.link.invisible", language), {link.text});
            finding.fix = rewrite;
            return finding; // what else the link says, it says once it is whole
        }
        if (glued) {
            // A site's link takes the ticker or the name into its path: another page, until a space
            // parts them.
            finding.status = unmet(requirement.required);
            finding.message = fill(catalogue().get("check.link.glued-word", language),
                                   {link.text.substr(0, match.glued_word), glued_text});
            const std::size_t at = link.start + match.glued_word;
            finding.fix = Fix{FixKind::Insert, at, at, " "};
            return finding;
        }
        if (match.insecure_scheme || match.missing_scheme) {
            finding.status = Status::Warn;
            finding.message = match.insecure_scheme
                ? fill(catalogue().get("check.link.insecure", language),
                       {link.text})
                : fill(catalogue().get("check.link.no-scheme", language),
                       {link.text});
            finding.fix = rewrite;
        } else {
            finding.status = Status::Pass;
            finding.message = fill(catalogue().get("check.found", language), {link.text});
        }
        if (!match.path_prefix.empty()) {
            // Said in the message's sentence, before its full stop.
            const std::string stop = catalogue().get("check.full-stop", language);
            if (finding.message.size() >= stop.size() && finding.message.compare(finding.message.size() - stop.size(), stop.size(), stop) == 0) {
                finding.message.resize(finding.message.size() - stop.size());
            }
            finding.message += fill(catalogue().get("check.link.path-prefix", language),
                                    {match.host, match.path_prefix});
        }
        if (match.equivalent_url) {
            finding.message += fill(catalogue().get("check.link.equivalent-url", language),
                                    {link.text, requirement.url});
        } else if (match.equivalent_host) {
            finding.message += fill(catalogue().get("check.link.equivalent-host", language),
                                    {match.host, requirement.host, requirement.url});
        }
        return finding;
    }
    case LinkMatchKind::MissingParameters:
        finding.status = unmet(requirement.required);
        finding.message = fill(catalogue().get("check.link.missing-parameters", language),
                               {link.text, parameters_text(match.missing_parameters), fixed});
        break;
    case LinkMatchKind::WrongPath:
        finding.status = unmet(requirement.required);
        if (match.unlisted_form && !match.path_differs_only_in_case) {
            finding.message = fill(catalogue().get("check.link.unlisted-form", language),
                                   {link.text, requirement.url});
            break;
        }
        finding.message = match.path_differs_only_in_case
            ? fill(catalogue().get("check.link.case-differs", language),
                   {link.text, requirement.url})
            : fill(catalogue().get("check.link.wrong-path", language),
                   {link.text, match.host, requirement.url});
        break;
    case LinkMatchKind::OtherAddress:
        finding.status = unmet(requirement.required);
        finding.message = fill(catalogue().get("check.link.other-address", language),
                               {link.text, requirement.host, requirement.url});
        break;
    case LinkMatchKind::LookAlike:
        // A look-alike fails even when the link is optional, and keeps the post from being ready:
        // posting it could send readers to phishers.
        finding.status = Status::Fail;
        finding.required = true;
        finding.message = fill(catalogue().get("check.link.look-alike", language),
                               {link.text, match.resembled_host, look_alike_reason(match, language), requirement.url});
        break;
    case LinkMatchKind::Unrelated: break;
    }
    finding.fix = rewrite;
    return finding;
}

// Another link of the requirement's kind beside the one it takes (OBOL_BTC beside OBOL_USDT, or beside
// OBOL_ETH that the requirement blames and fixes): this warns of the link that differs, at once, so a
// second wrong link is not found only once the first is fixed. No fix: which one the person meant to keep
// is theirs to say.
Finding extra_link_finding(const LinkRequirement& requirement, const std::vector<const LinkCandidate*>& extras, Language language)
{
    Finding finding = start_finding(requirement, language);
    finding.id = requirement.id + ".extra";
    finding.required = false;
    finding.status = Status::Warn;
    finding.message = catalogue_text("check.link.extra", language, {extras.front()->link->text, requirement.url});
    if (extras.size() > 1) {
        finding.message += catalogue_text("check.link.extra-more", language, {std::to_string(extras.size() - 1)});
    }
    for (const LinkCandidate* extra : extras) {
        if (finding.spans.size() == kMaxSpansPerFinding) break;
        finding.spans.push_back(span_of(*extra->link));
    }
    return finding;
}

Finding look_alike_finding(std::vector<const LinkCandidate*> look_alikes, std::string_view draft_bytes,
                           const std::vector<HashtagRequirement>& hashtags, Language language)
{
    std::sort(look_alikes.begin(), look_alikes.end(),
              [](const LinkCandidate* a, const LinkCandidate* b) { return a->link->start < b->link->start; });
    Finding finding;
    finding.id = "link.lookalike";
    finding.status = Status::Fail;
    finding.title = std::string(catalogue().get("check.link.look-alikes-title", language));
    const LinkCandidate& first = *look_alikes.front();
    finding.message = fill(catalogue().get("check.link.look-alikes", language),
                           {first.link->text, first.match->resembled_host, look_alike_reason(*first.match, language)});
    if (look_alikes.size() > 1) {
        const std::string more = std::to_string(look_alikes.size() - 1);
        finding.message += fill(catalogue().get("check.link.look-alikes-more", language), {more});
    }
    for (const LinkCandidate* candidate : look_alikes) {
        if (finding.spans.size() == kMaxSpansPerFinding) break;
        finding.spans.push_back(span_of(*candidate->link));
    }
    finding.fix = removal_keeping_tags_apart(draft_bytes, first.link->start, first.link->end, hashtags);
    return finding;
}

// Every link requirement of the campaign with its matcher, judged together: a link is weighed against
// all of them (judge_links).
class LinkRule : public PreparedRule {
public:
    LinkRule(const std::vector<LinkRequirement>& requirements, const std::vector<HashtagRequirement>& hashtags)
        : requirements_(requirements), hashtags_(hashtags)
    {
        matchers_.reserve(requirements.size());
        for (const LinkRequirement& requirement : requirements) matchers_.emplace_back(requirement);
    }

    void find(const DraftView& draft, DraftMarks&, Language language, std::vector<Finding>& findings) const override
    {
        const LinkVerdicts judged = judge_links(draft.links, matchers_);
        const std::vector<LinkVerdict>& verdicts = judged.verdicts;
        std::vector<const LinkCandidate*> unreported_look_alikes;
        std::vector<bool> in_look_alikes(draft.links.size()); // by the link's place in draft.links
        for (std::size_t r = 0; r < requirements_.size(); ++r) {
            const LinkVerdict& verdict = verdicts[r];
            findings.push_back(link_finding(requirements_[r], verdict, draft, language));
            std::vector<const LinkCandidate*> extras;
            for (const LinkCandidate& candidate : verdict.candidates) {
                if (&candidate == verdict.best) continue;
                const bool taken = std::any_of(verdicts.begin(), verdicts.end(), [&](const LinkVerdict& other) {
                    return other.best && other.best->link == candidate.link;
                });
                const std::size_t place = static_cast<std::size_t>(candidate.link - draft.links.data());
                const LinkMatchKind kind = candidate.match->kind;
                if (kind == LinkMatchKind::LookAlike && !taken && !in_look_alikes[place]) {
                    unreported_look_alikes.push_back(&candidate);
                    in_look_alikes[place] = true;
                }
                if (!taken && kind != LinkMatchKind::Satisfies && kind != LinkMatchKind::LookAlike) {
                    extras.push_back(&candidate);
                }
            }
            if (!extras.empty()) findings.push_back(extra_link_finding(requirements_[r], extras, language));
        }
        if (!unreported_look_alikes.empty()) findings.push_back(look_alike_finding(unreported_look_alikes, draft.bytes, hashtags_, language));
    }

private:
    const std::vector<LinkRequirement>& requirements_;
    const std::vector<HashtagRequirement>& hashtags_; // the campaign's: removing a link must not make one
    std::vector<LinkMatcher> matchers_;
};

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, LinkRequirement& link)
{
    reader.allow_only(entry, here, {"id", "title", "url", "required", "equivalent_hosts", "equivalent_urls", "fix_text"});
    reader.requirement_fields(entry, here, link);
    link.url = reader.url(entry, here, "url", true);
    if (!link.url.empty()) {
        const auto parts = split_url(link.url);
        link.host = normalized_host(parts->host);
        link.path = parts->path.empty() ? "/" : parts->path;
        link.query = split_query(parts->query);
    }
    if (const json* hosts = reader.array(entry, here, "equivalent_hosts", false, false)) {
        for (std::size_t h = 0; h < hosts->size(); ++h) {
            const json& host = (*hosts)[h];
            const std::string host_path = index_path(join_path(here, "equivalent_hosts"), h);
            if (!host.is_string() || !is_host_name(normalized_host(host.get_ref<const std::string&>()))) {
                reader.problem(host_path, "expected a host name like \"example.com\", got " + json_type_name(host));
                continue;
            }
            link.equivalent_hosts.push_back(normalized_host(host.get_ref<const std::string&>()));
        }
    }
    if (const json* urls = reader.array(entry, here, "equivalent_urls", false, false)) {
        for (std::size_t u = 0; u < urls->size(); ++u) {
            const json& url = (*urls)[u];
            if (!url.is_string() || !is_http_url(url.get_ref<const std::string&>()) ||
                split_url(url.get_ref<const std::string&>())->scheme != "https") {
                reader.problem(index_path(join_path(here, "equivalent_urls"), u),
                               "expected an https URL of the same page, got " + (url.is_string() ? "\"" + url.get<std::string>() + "\"" : json_type_name(url)));
                continue;
            }
            link.equivalent_urls.push_back(url.get<std::string>());
        }
    }
    if (entry.contains("fix_text")) link.fix_text = reader.localized(entry, here, "fix_text", false);
}

void read_more_requirements(const CampaignJson& requirements, CampaignReader& reader, std::vector<LinkRequirement>& links)
{
    const std::string parent = "requirements";
    const json* value = reader.object(requirements, parent, "equivalent_path_prefixes", false);
    if (!value) return;
    const std::string path = join_path(parent, "equivalent_path_prefixes");
    for (const auto& [key, prefixes] : value->items()) {
        const std::string here = join_path(path, key);
        const std::string host = normalized_host(key);
        if (!is_host_name(host)) {
            reader.problem(here, "expected a host name like \"example.com\" as the key");
            continue;
        }
        if (!prefixes.is_array()) {
            reader.problem(here, "expected an array of path prefixes, got " + json_type_name(prefixes));
            continue;
        }
        std::vector<std::string> valid;
        for (std::size_t i = 0; i < prefixes.size(); ++i) {
            const json& prefix = prefixes[i];
            if (!prefix.is_string() || !is_path_prefix(prefix.get_ref<const std::string&>())) {
                reader.problem(index_path(here, i), "expected a path prefix like \"/zh/\", got " + json_type_name(prefix));
                continue;
            }
            valid.push_back(prefix.get<std::string>());
        }
        bool used = false;
        for (LinkRequirement& link : links) {
            const bool on_host = link.host == host ||
                                 std::find(link.equivalent_hosts.begin(), link.equivalent_hosts.end(), host) != link.equivalent_hosts.end();
            if (!on_host) continue;
            used = true;
            link.equivalent_path_prefixes.insert(link.equivalent_path_prefixes.end(), valid.begin(), valid.end());
        }
        // Links that did not load (a problem of their own) cannot be matched with hosts: no second message.
        const bool links_loaded = requirements.contains("links") ? requirements["links"].is_array() : true;
        const bool hosts_known = std::none_of(links.begin(), links.end(), [](const LinkRequirement& link) { return link.host.empty(); });
        if (!used && links_loaded && hosts_known) reader.problem(here, "no link requirement is on this host or its equivalent hosts");
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<LinkRequirement>& all, const RuleContext& context)
{
    return std::make_unique<LinkRule>(all, context.hashtags);
}

} // namespace cw
