#include "core/check/rules/forbidden.h"

#include "core/check/rules/link.h"
#include "core/json/campaign_reader.h"
#include "core/check/draft_view.h"
#include "core/check/link_match.h"
#include "core/check/removal.h"
#include "core/i18n/catalogue.h"
#include "core/i18n/translations.h"
#include "core/text/character_class.h"
#include "core/text/invisible_look_alike.h"
#include "core/text/url.h"

#include <algorithm>
#include <optional>

namespace cw {

namespace {

using json = CampaignJson;

bool inside(const std::vector<CodePointRange>& ranges, std::size_t first, std::size_t end)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const CodePointRange& range) { return first < range.second && range.first < end; });
}

// One forbidden requirement prepared once per campaign: its words folded, its allowed hosts with the
// campaign's.
class ForbiddenRule {
public:
    ForbiddenRule(const ForbiddenRequirement& requirement, const std::vector<LinkRequirement>& links,
                  const std::vector<HashtagRequirement>& hashtags)
        : requirement_(requirement), hashtags_(hashtags)
    {
        allowed_hosts_ = requirement.allowed_hosts;
        for (const LinkRequirement& link : links) {
            allowed_hosts_.push_back(link.host);
            allowed_hosts_.insert(allowed_hosts_.end(), link.equivalent_hosts.begin(), link.equivalent_hosts.end());
            for (const std::string& url : link.equivalent_urls) {
                if (const auto parts = split_url(url)) allowed_hosts_.push_back(normalized_host(parts->host));
            }
        }
        for (const std::string& word : requirement.words) {
            // Folded as the draft is (DraftView::folded_characters()).
            std::u32string folded = DraftView(word).folded_characters();
            if (!folded.empty()) words_.push_back(std::move(folded));
        }
    }

    // Words found go to marks.not_own: they are not the person's own words.
    void check(const DraftView& draft, DraftMarks& marks, Language language, std::vector<Finding>& findings) const
    {
        const std::vector<Offence> joined = offences(draft.folded_characters(), draft.links, marks.campaign_hashtags);
        Finding finding = start_finding(requirement_, language);
        for (const Offence& offence : joined) {
            if (!offence.link) marks.not_own.push_back({offence.first, offence.end});
            if (finding.spans.size() < kMaxSpansPerFinding) finding.spans.push_back(draft.span(offence.first, offence.end));
        }
        if (joined.empty()) {
            finding.status = Status::Pass;
            finding.message = std::string(catalogue().get("check.forbidden.pass", language));
            findings.push_back(std::move(finding));
            return;
        }
        finding.status = unmet(requirement_.required);
        const std::string count = std::to_string(joined.size());
        const Span& first = finding.spans.front();
        // Named by the rule's own title: a campaign may ban fake engagement or copying, not only advertising.
        finding.message = fill(catalogue().get(joined.front().link ? "check.forbidden.link" : "check.forbidden.word", language),
                               {first.text, finding.title});
        if (joined.size() > 1) {
            finding.message += fill(catalogue().get("check.forbidden.more", language), {count});
        }
        add_suggestion_note(finding, requirement_.required, language);
        // A removal that would leave a new offence where it was mends nothing: the message still says what
        // to remove, and the person words it anew.
        const std::optional<Fix> fix = removal_keeping_tags_apart(draft.bytes, first.start, first.end, hashtags_);
        if (fix && mends(draft.bytes, *fix)) finding.fix = fix;
        findings.push_back(std::move(finding));
    }

private:
    struct Offence {
        std::size_t first = 0; // code points
        std::size_t end = 0;
        bool link = false;
    };

    bool allowed(const std::string& host) const
    {
        return std::any_of(allowed_hosts_.begin(), allowed_hosts_.end(), [&](const std::string& allowed) {
            return host == allowed || (host.size() > allowed.size() + 1 && host.compare(host.size() - allowed.size(), allowed.size(), allowed) == 0 &&
                                       host[host.size() - allowed.size() - 1] == '.');
        });
    }

    // The offences in a folded text, in its order, overlapping ones joined.
    std::vector<Offence> offences(std::u32string_view folded, const std::vector<FoundLink>& links,
                                  const std::vector<CodePointRange>& not_searched) const
    {
        std::vector<Offence> offences;
        std::vector<CodePointRange> link_ranges;
        for (const FoundLink& link : links) {
            link_ranges.push_back({link.first_code_point, link.end_code_point});
            // Read as the eye reads it: an invisible character inside does not make a Gate link another site's.
            const std::optional<UrlParts> parts = split_link(link.text);
            if (!parts || allowed(normalized_host(parts->host))) continue;
            offences.push_back({link.first_code_point, link.end_code_point, true});
        }

        if (!words_.empty()) {
            for (const std::u32string& word : words_) {
                // Each place the word's first character stands: the word as written, or read through
                // invisible characters inside it ("加<U+200B>微信"), which a reader does not see.
                for (std::size_t at = folded.find(word[0]); at != std::u32string::npos; at = folded.find(word[0], at + 1)) {
                    std::size_t k = 1; // where the text parts from the word: an invisible character, or no word
                    while (k < word.size() && at + k < folded.size() && folded[at + k] == word[k]) ++k;
                    std::size_t end = at + k;
                    if (k < word.size()) {
                        if (at + k >= folded.size() || !is_invisible_format(folded[at + k])) continue;
                        const std::optional<std::size_t> look_alike = invisible_look_alike_at(folded, at, word);
                        if (!look_alike) continue;
                        end = *look_alike;
                    }
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

    std::size_t offences_in(std::string_view text) const
    {
        const DraftView stretch(text);
        return offences(stretch.folded_characters(), stretch.links, {}).size();
    }

    // Whether applying the fix leaves fewer offences around it (not a new one joined from what was left).
    bool mends(std::string_view draft, const Fix& fix) const
    {
        // What is left around the removal may join into a new offence: "DM mewww.x.io" hides a link that
        // removing "DM me" brings out, "微返佣信" hides "微信", "DM 加微信me" hides "DM me". Count the
        // offences in the line around the fix before and after it.
        const TextAroundFix stretch = text_around_fix(draft, fix);
        return offences_in(stretch.after) < offences_in(stretch.before);
    }

    const ForbiddenRequirement& requirement_;
    const std::vector<HashtagRequirement>& hashtags_; // the campaign's: a removal must not join into one
    std::vector<std::string> allowed_hosts_;
    std::vector<std::u32string> words_; // folded
};

// Every forbidden requirement of the campaign, after the hashtags (whose tags are not searched).
class ForbiddenRules : public PreparedRule {
public:
    ForbiddenRules(const std::vector<ForbiddenRequirement>& requirements, const std::vector<LinkRequirement>& links,
                   const std::vector<HashtagRequirement>& hashtags)
    {
        for (const ForbiddenRequirement& requirement : requirements) rules_.emplace_back(requirement, links, hashtags);
    }

    void find(const DraftView& draft, DraftMarks& marks, Language language, std::vector<Finding>& findings) const override
    {
        for (const ForbiddenRule& rule : rules_) rule.check(draft, marks, language, findings);
    }

private:
    std::vector<ForbiddenRule> rules_;
};

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, ForbiddenRequirement& forbidden)
{
    reader.allow_only(entry, here, {"id", "title", "required", "allowed_hosts", "words"});
    reader.requirement_fields(entry, here, forbidden);
    if (const json* hosts = reader.array(entry, here, "allowed_hosts", false, false)) {
        for (std::size_t h = 0; h < hosts->size(); ++h) {
            const json& host = (*hosts)[h];
            if (!host.is_string() || !is_host_name(normalized_host(host.get_ref<const std::string&>()))) {
                reader.problem(index_path(join_path(here, "allowed_hosts"), h),
                               "expected a host name like \"example.com\", got " + json_type_name(host));
                continue;
            }
            forbidden.allowed_hosts.push_back(normalized_host(host.get_ref<const std::string&>()));
        }
    }
    if (const json* words = reader.object(entry, here, "words", false)) {
        const std::string words_path = join_path(here, "words");
        reader.allow_only(*words, words_path, {"zh", "en", "zh-Hant"});
        for (const auto& [language, list] : words->items()) {
            const std::string list_path = join_path(words_path, language);
            if (!list.is_array()) {
                reader.problem(list_path, "expected an array of words, got " + json_type_name(list));
                continue;
            }
            for (std::size_t w = 0; w < list.size(); ++w) {
                const json& word = list[w];
                if (!word.is_string() || word.get_ref<const std::string&>().empty()) {
                    reader.problem(index_path(list_path, w), "expected a non-empty word, got " + json_type_name(word));
                    continue;
                }
                forbidden.words.push_back(word.get<std::string>());
            }
        }
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<ForbiddenRequirement>& all, const RuleContext& context)
{
    return std::make_unique<ForbiddenRules>(all, context.links, context.hashtags);
}

} // namespace cw
