#include "core/campaign/progress.h"

#include <nlohmann/json.hpp>

namespace cw {

namespace {
using json = nlohmann::ordered_json; // one JSON type in the module: the report keeps its keys in order

// Each reader refuses a value of the wrong type with a message naming the field.
bool read_number(const json& object, const char* key, double& out, std::string& problem)
{
    const auto found = object.find(key);
    if (found == object.end()) return true; // optional: the default stays
    if (!found->is_number()) {
        problem = std::string("estimator.") + key + ": expected a number";
        return false;
    }
    out = found->get<double>();
    return true;
}

// An optional string; `what` says what it should be.
bool read_string(const json& document, const char* key, const char* what, std::string& out, std::string& problem)
{
    const auto found = document.find(key);
    if (found == document.end()) return true;
    if (!found->is_string()) {
        problem = std::string(key) + ": expected " + what;
        return false;
    }
    out = found->get<std::string>();
    return true;
}

// An optional array of ids ("done_steps", "confirmed"), read into a set; `what` names its items.
bool read_id_set(const json& document, const char* key, const char* what, std::set<std::string>& out, std::string& problem)
{
    const auto found = document.find(key);
    if (found == document.end()) return true;
    const auto refuse = [&] {
        problem = std::string(key) + ": expected an array of " + what;
        return false;
    };
    if (!found->is_array()) return refuse();
    for (const json& id : *found) {
        if (!id.is_string()) return refuse();
        out.insert(id.get<std::string>());
    }
    return true;
}
} // namespace

std::string save_progress(const Progress& progress)
{
    json notes = json::object();
    for (const auto& [step, text] : progress.notes) {
        if (!text.empty()) notes[step] = text;
    }
    json document = {
        {"version", kProgressFormatVersion},
        {"campaign", progress.campaign_id},
        {"done_steps", json(progress.done_steps)},
        {"notes", notes},
        {"draft", progress.draft},
        {"estimator",
         {{"stake_value", progress.estimator.stake_value},
          {"days", progress.estimator.days},
          {"apr_percent", progress.estimator.apr_percent}}},
    };
    if (!progress.research_step.empty()) document["research_step"] = progress.research_step;
    if (progress.language) document["language"] = std::string(language_tag(*progress.language));
    if (!progress.confirmed.empty()) document["confirmed"] = json(progress.confirmed);
    // Ill-formed UTF-8 in a draft is written as U+FFFD rather than failing the save.
    return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

ProgressLoad load_progress(std::string_view json_text, std::string_view campaign_id)
{
    ProgressLoad load;
    const json document = json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (document.is_discarded()) {
        load.problem = "the saved state is not valid JSON";
        return load;
    }
    if (!document.is_object()) {
        load.problem = "the saved state is not a JSON object";
        return load;
    }
    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer() || version->get<long long>() != kProgressFormatVersion) {
        load.problem = "the saved state has an unknown version";
        return load;
    }
    const auto campaign = document.find("campaign");
    if (campaign == document.end() || !campaign->is_string() || campaign->get_ref<const std::string&>() != campaign_id) {
        load.problem = "the saved state belongs to another campaign";
        return load;
    }

    Progress progress;
    progress.campaign_id = std::string(campaign_id);
    if (!read_id_set(document, "done_steps", "step ids", progress.done_steps, load.problem)) return load;
    if (!read_string(document, "research_step", "a step id", progress.research_step, load.problem)) return load;
    if (const auto notes = document.find("notes"); notes != document.end()) {
        if (!notes->is_object()) {
            load.problem = "notes: expected an object of step id → text";
            return load;
        }
        for (const auto& [step, text] : notes->items()) {
            if (!text.is_string()) {
                load.problem = "notes." + step + ": expected a string";
                return load;
            }
            // An empty note is no note: save_progress leaves it out and the research panel erases it, so
            // a loaded progress saves and loads back the same.
            if (!text.get_ref<const std::string&>().empty()) progress.notes[step] = text.get<std::string>();
        }
    }
    if (!read_string(document, "draft", "a string", progress.draft, load.problem)) return load;
    std::string language;
    if (!read_string(document, "language", "\"zh\" or \"en\"", language, load.problem)) return load;
    if (document.contains("language")) progress.language = language_from_tag(language);
    if (!read_id_set(document, "confirmed", "ids", progress.confirmed, load.problem)) return load;
    if (const auto estimator = document.find("estimator"); estimator != document.end()) {
        if (!estimator->is_object()) {
            load.problem = "estimator: expected an object";
            return load;
        }
        if (!read_number(*estimator, "stake_value", progress.estimator.stake_value, load.problem) ||
            !read_number(*estimator, "days", progress.estimator.days, load.problem) ||
            !read_number(*estimator, "apr_percent", progress.estimator.apr_percent, load.problem)) {
            return load;
        }
    }
    load.progress = std::move(progress);
    return load;
}

} // namespace cw
