#include "core/check/link_verdicts.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace cw {

int closeness(const LinkMatch& match)
{
    switch (match.kind) {
    case LinkMatchKind::Satisfies:
        if (match.insecure_scheme || match.missing_scheme || match.invisible_characters || match.glued_word != std::string::npos) return 2;
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

LinkVerdicts judge_links(const std::vector<FoundLink>& links, const std::vector<LinkMatcher>& matchers)
{
    const std::size_t kinds = matchers.size();
    LinkVerdicts judged;
    judged.verdicts.resize(kinds);

    // Each distinct text once, numbered in the order it first appears.
    std::unordered_map<std::string_view, std::size_t> number_of;
    std::vector<std::string_view> texts;
    std::vector<std::size_t> text_of(links.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto [entry, added] = number_of.try_emplace(links[i].text, texts.size());
        if (added) texts.push_back(links[i].text);
        text_of[i] = entry->second;
    }

    // Each text against every matcher, and the closest of them (kinds: related to none).
    judged.matches.resize(texts.size() * kinds);
    std::vector<std::size_t> closest(texts.size(), kinds);
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const ParsedLink parsed = parse_link(texts[t]);
        LinkMatch* matches = judged.matches.data() + t * kinds;
        for (std::size_t r = 0; r < kinds; ++r) {
            matches[r] = matchers[r].match(parsed);
            if (matches[r].kind == LinkMatchKind::Unrelated) continue;
            if (closest[t] == kinds || closer(matches[r], matches[closest[t]])) closest[t] = r;
        }
    }

    for (std::size_t i = 0; i < links.size(); ++i) {
        const std::size_t t = text_of[i];
        if (closest[t] == kinds) continue;
        const LinkMatch* matches = judged.matches.data() + t * kinds;
        const LinkMatch& nearest = matches[closest[t]];
        for (std::size_t r = 0; r < kinds; ++r) {
            if (matches[r].kind != LinkMatchKind::Unrelated && !closer(nearest, matches[r])) {
                judged.verdicts[r].candidates.push_back({&links[i], &matches[r]});
            }
        }
    }

    std::vector<const FoundLink*> blamed;
    for (LinkVerdict& verdict : judged.verdicts) {
        for (const LinkCandidate& candidate : verdict.candidates) {
            const bool satisfies = candidate.match->kind == LinkMatchKind::Satisfies;
            if (!satisfies && std::find(blamed.begin(), blamed.end(), candidate.link) != blamed.end()) continue;
            if (!verdict.best || closer(*candidate.match, *verdict.best->match)) verdict.best = &candidate;
        }
        if (verdict.best && verdict.best->match->kind != LinkMatchKind::Satisfies) blamed.push_back(verdict.best->link);
    }
    return judged;
}

} // namespace cw
