#include "core/campaign.h"

#include <nlohmann/json.hpp>

namespace cw {

namespace {

using nlohmann::json;

std::string json_type_name(const json& value)
{
    if (value.is_string()) {
        std::string shown = value.get_ref<const std::string&>();
        if (shown.size() > 40) shown = shown.substr(0, 40) + "…";
        return "\"" + shown + "\"";
    }
    return value.type_name();
}

std::string join_path(const std::string& parent, const std::string& key)
{
    return parent.empty() ? key : parent + "." + key;
}

// Reads object[key] as a string. A missing key is a problem only when required.
std::string read_string(const json& object, const std::string& parent, const std::string& key, bool required,
                        std::vector<CampaignProblem>& problems)
{
    const auto found = object.find(key);
    if (found == object.end()) {
        if (required) problems.push_back({join_path(parent, key), "missing; expected a string"});
        return {};
    }
    if (!found->is_string()) {
        problems.push_back({join_path(parent, key), "expected a string, got " + json_type_name(*found)});
        return {};
    }
    return found->get<std::string>();
}

LocalizedText read_localized(const json& object, const std::string& key, std::vector<CampaignProblem>& problems)
{
    const auto found = object.find(key);
    if (found == object.end()) {
        problems.push_back({key, "missing; expected an object with \"zh\" and/or \"en\""});
        return {};
    }
    if (!found->is_object()) {
        problems.push_back({key, "expected an object with \"zh\" and/or \"en\", got " + json_type_name(*found)});
        return {};
    }
    LocalizedText text;
    text.zh = read_string(*found, key, "zh", false, problems);
    text.en = read_string(*found, key, "en", false, problems);
    if (text.empty() && !found->contains("zh") && !found->contains("en")) {
        problems.push_back({key, "expected at least one of \"zh\" and \"en\""});
    }
    return text;
}

} // namespace

CampaignLoad load_campaign(std::string_view json_text)
{
    CampaignLoad load;
    // parse() with allow_exceptions = false: the wasm build has no exceptions, and bad input is normal.
    const json document = json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (document.is_discarded()) {
        load.problems.push_back({"", "not valid JSON"});
        return load;
    }
    if (!document.is_object()) {
        load.problems.push_back({"", "expected a JSON object, got " + json_type_name(document)});
        return load;
    }

    const auto version = document.find("format_version");
    if (version == document.end()) {
        load.problems.push_back({"format_version", "missing; expected 1"});
        return load;
    }
    if (!version->is_number_integer() || version->get<long long>() != kCampaignFormatVersion) {
        load.problems.push_back({"format_version", "unsupported format version " + version->dump() +
                                                       "; this widget reads version 1"});
        return load;
    }

    Campaign campaign;
    campaign.id = read_string(document, "", "id", true, load.problems);
    if (document.contains("id") && document["id"].is_string() && campaign.id.empty()) {
        load.problems.push_back({"id", "expected a non-empty string"});
    }
    campaign.title = read_localized(document, "title", load.problems);

    if (load.problems.empty()) load.campaign = std::move(campaign);
    return load;
}

std::string describe(const CampaignProblem& problem)
{
    return problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
}

} // namespace cw
