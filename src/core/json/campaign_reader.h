// Reading a campaign document field by field (load_campaign() in campaign/campaign_loader.cpp, and each
// requirement kind's reader under check/rules/), collecting every problem with its JSON path instead of stopping at
// the first, so one run of `campaign-check --validate` shows everything to fix.
#pragma once

#include "core/i18n/language.h"
#include "core/json/campaign_json.h"
#include "core/json/campaign_problem.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// How a value is named in a message: strings are quoted (and shortened), other values by type.
std::string json_type_name(const CampaignJson& value);
std::string join_path(const std::string& parent, std::string_view key);    // "requirements.links"
std::string index_path(const std::string& parent, std::size_t index);      // "requirements.links[0]"
// "gate.com": lowercase labels of letters, digits and '-', at least two.
bool is_host_name(std::string_view host);
// "2025", "2025-05" or "2025-05-07": how old a source is.
bool is_as_of_date(std::string_view date);

class CampaignReader {
public:
    std::vector<CampaignProblem> problems;

    void problem(std::string path, std::string message) { problems.push_back({std::move(path), std::move(message)}); }

    // Unknown fields are refused: in a hand-written file they are almost always typos ("requried").
    void allow_only(const CampaignJson& object, const std::string& path, std::initializer_list<std::string_view> known);
    void allow_only(const CampaignJson& object, const std::string& path, const std::vector<std::string_view>& known);

    // The value at object[key], or nullptr when it is missing (a problem when required) or has the
    // wrong type (always a problem). `expected` names the type in messages.
    const CampaignJson* field(const CampaignJson& object, const std::string& path, std::string_view key, bool required,
                      CampaignJson::value_t type, std::string_view expected);

    std::string string(const CampaignJson& object, const std::string& path, std::string_view key, bool required);

    bool boolean(const CampaignJson& object, const std::string& path, std::string_view key, bool fallback);

    std::string url(const CampaignJson& object, const std::string& path, std::string_view key, bool required);

    std::string id(const CampaignJson& object, const std::string& path, std::string_view key);

    // A check id: also unique in the campaign and not one of the ids the checker reports itself (those
    // the checker names through reserve_ids(), before the requirements are read).
    std::string check_id(const CampaignJson& object, const std::string& path);
    void reserve_ids(std::function<bool(std::string_view)> is_reserved) { is_reserved_id_ = std::move(is_reserved); }

    // The fields every requirement has, in this order: id (a check id), title, required (default true).
    template <typename Requirement> void requirement_fields(const CampaignJson& entry, const std::string& path, Requirement& requirement)
    {
        requirement.id = check_id(entry, path);
        requirement.title = localized(entry, path, "title", true);
        requirement.required = boolean(entry, path, "required", true);
    }

    void set_languages(std::vector<Language> languages) { languages_ = std::move(languages); }

    // {"zh": "…", "en": "…"}: every language the campaign declares must be there.
    LocalizedText localized(const CampaignJson& object, const std::string& path, std::string_view key, bool required);

    LocalizedText localized_value(const CampaignJson& value, const std::string& path);

    // object[key] as an array (nullptr when missing or not an array); `non_empty` also refuses [].
    const CampaignJson* array(const CampaignJson& object, const std::string& path, std::string_view key, bool required, bool non_empty);

    const CampaignJson* object(const CampaignJson& parent, const std::string& path, std::string_view key, bool required);

    // For array entries: the entry must be an object.
    bool is_object_entry(const CampaignJson& entry, const std::string& path);

    std::vector<LocalizedText> localized_list(const CampaignJson& parent, const std::string& parent_path, std::string_view key,
                                              bool required);

    // Calls read(entry, path) for each object in the array parent[key] (none when it is missing).
    void each_entry(const CampaignJson& parent, const std::string& parent_path, std::string_view key,
                    const std::function<void(const CampaignJson&, const std::string&)>& read);

    bool declares(Language language) const;
    const std::vector<Language>& languages() const { return languages_; }

private:

    std::vector<Language> languages_;
    std::map<std::string, std::string> check_ids_; // id → where it was first seen
    std::function<bool(std::string_view)> is_reserved_id_;
};

// object[key] as a whole number from 1 to 100000; 0 when it is missing or refused.
std::size_t whole_number(const CampaignJson& object, const std::string& path, std::string_view key, CampaignReader& reader);

} // namespace cw
