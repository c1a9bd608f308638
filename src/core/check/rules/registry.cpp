#include "core/check/rules/registry.h"

#include "core/check/finding.h"
#include "core/json/campaign_reader.h"

#include <type_traits>

namespace cw {

namespace {

// The requirement type of a kind's list.
template <typename List> using KindOf = typename std::decay_t<List>::value_type;

template <typename Requirement> constexpr bool confirmed_by_person()
{
    if constexpr (requires { Requirement::confirmed_by_person; }) return Requirement::confirmed_by_person;
    return false;
}

// The fields "requirements" may hold in a campaign of `format_version`: each format's kinds, then the
// other fields they read, so a message lists them as the format introduced them.
std::vector<std::string_view> requirement_keys(const Requirements& requirements, int format_version)
{
    std::vector<std::string_view> keys;
    for (int format = 1; format <= format_version; ++format) {
        requirements.each_kind([&](const auto& all) {
            if (KindOf<decltype(all)>::key.since_format == format) keys.push_back(KindOf<decltype(all)>::key.name);
        });
        requirements.each_kind([&](const auto& all) {
            using Kind = KindOf<decltype(all)>;
            if constexpr (requires { Kind::more_keys; }) {
                if (Kind::key.since_format == format) keys.insert(keys.end(), Kind::more_keys.begin(), Kind::more_keys.end());
            }
        });
    }
    return keys;
}

// "links, mentions, topics or length": the kinds of format 1.
std::string format1_kinds(const Requirements& requirements)
{
    std::vector<std::string_view> names;
    requirements.each_kind([&](const auto& all) {
        if (KindOf<decltype(all)>::key.since_format == 1) names.push_back(KindOf<decltype(all)>::key.name);
    });
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

} // namespace

Requirements read_requirements(const CampaignJson& document, CampaignReader& reader, int format_version)
{
    Requirements requirements;
    const CampaignJson* value = reader.object(document, "", "requirements", true);
    if (!value) return requirements;
    const std::string path = "requirements";
    reader.allow_only(*value, path, requirement_keys(requirements, format_version));
    reader.reserve_ids(is_draft_finding_id); // a requirement may not take an id the checker reports itself

    bool any = false;
    requirements.each_kind([&](auto& all) {
        using Kind = KindOf<decltype(all)>;
        if (Kind::key.since_format > format_version) return;
        const std::string_view key = Kind::key.name;
        if constexpr (Kind::key.shape == RequirementShape::List) {
            reader.each_entry(*value, path, key, [&](const CampaignJson& entry, const std::string& here) {
                read_requirement(entry, here, reader, all.emplace_back());
            });
        } else if (const CampaignJson* entry = reader.object(*value, path, key, false)) {
            read_requirement(*entry, join_path(path, key), reader, all.emplace_back());
        }
        if constexpr (requires { read_more_requirements(*value, reader, all); }) read_more_requirements(*value, reader, all);
        any = any || !all.empty();
    });
    if (!any) {
        reader.problem(path, format_version >= 2 ? "expected at least one requirement"
                                                 : "expected at least one requirement (" + format1_kinds(requirements) + ")");
    }
    return requirements;
}

std::vector<std::unique_ptr<const PreparedRule>> prepare_rules(const Requirements& requirements,
                                                             std::vector<LocalizedText> outline_headings)
{
    RuleContext context{requirements.all<LinkRequirement>(), requirements.all<HashtagRequirement>(), std::move(outline_headings)};
    std::vector<std::unique_ptr<const PreparedRule>> rules;
    requirements.each_kind([&](const auto& all) {
        if (all.empty()) return;
        if (std::unique_ptr<PreparedRule> rule = prepare_rule(all, context)) rules.push_back(std::move(rule));
    });
    return rules;
}

std::size_t count_checked(const Requirements& requirements)
{
    std::size_t count = 0;
    requirements.each_kind([&](const auto& all) {
        if (!confirmed_by_person<KindOf<decltype(all)>>()) count += all.size();
    });
    return count;
}

std::size_t count_confirmed_by_person(const Requirements& requirements)
{
    std::size_t count = 0;
    requirements.each_kind([&](const auto& all) {
        if (confirmed_by_person<KindOf<decltype(all)>>()) count += all.size();
    });
    return count;
}

} // namespace cw
