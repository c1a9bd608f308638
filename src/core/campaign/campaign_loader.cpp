// load_campaign(): the campaign's own fields (languages, research, launchpool, period); each
// requirement kind reads its own part (check/rules/, through the registry).
#include "core/campaign/campaign.h"

#include "core/json/campaign_reader.h"
#include "core/json/json_nesting.h"
#include "core/text/byte_size.h"

#include <algorithm>
#include <map>

namespace cw {

namespace {

using json = CampaignJson;

// Records where a JSON parse stopped, without exceptions (the wasm build has none): nlohmann's SAX
// interface reports the error's byte position and message to parse_error().
class SyntaxErrorFinder : public nlohmann::json_sax<json> {
public:
    std::size_t position = 0;   // bytes read when the parse stopped
    std::string token;          // what the lexer read last
    std::string what;           // nlohmann's message
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t at, const std::string& last_token, const nlohmann::detail::exception& error) override
    {
        position = at;
        token = last_token;
        what = error.what();
        return false;
    }
};

// "line 4, column 3", "not valid JSON: unexpected string literal; expected '}'": placed like every
// other problem, by where it is. Columns count characters, as editors do, not bytes.
CampaignProblem json_syntax_problem(std::string_view text)
{
    SyntaxErrorFinder finder;
    json::sax_parse(text.begin(), text.end(), &finder, nlohmann::detail::input_format_t::json, true);
    // Where the offending token starts: a whole string token read last starts token.size() bytes back;
    // at the end of the input, the end; otherwise the character the lexer stopped at.
    std::size_t offset = finder.position > 0 ? finder.position - 1 : 0;
    const bool whole_string = finder.token.size() >= 2 && finder.token.front() == '"' &&
                              finder.token.find('"', 1) == finder.token.size() - 1 && finder.position >= finder.token.size() &&
                              text.substr(finder.position - finder.token.size(), finder.token.size()) == finder.token;
    if (whole_string) offset = finder.position - finder.token.size();
    if (finder.position > text.size() || finder.what.find("unexpected end of input") != std::string::npos) offset = text.size();
    offset = std::min(offset, text.size());

    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column; // continuation bytes belong to the character before
        }
    }
    const std::size_t dash = finder.what.find(" - ");
    const std::string detail = dash == std::string::npos ? std::string() : ": " + finder.what.substr(dash + 3);
    return {"line " + std::to_string(line) + ", column " + std::to_string(column), "not valid JSON" + detail};
}

// Where a fact or a figure comes from, and how old it is.
Source read_source(CampaignReader& reader, const json& parent, const std::string& parent_path, std::string_view key)
{
    Source result;
    const json* value = reader.object(parent, parent_path, key, true);
    if (!value) return result;
    const std::string path = join_path(parent_path, key);
    reader.allow_only(*value, path, {"url", "title", "as_of"});
    result.url = reader.url(*value, path, "url", true);
    result.title = reader.string(*value, path, "title", true);
    result.as_of = reader.string(*value, path, "as_of", true);
    if (!result.as_of.empty() && !is_as_of_date(result.as_of)) {
        reader.problem(join_path(path, "as_of"), "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"" + result.as_of + "\"");
    }
    return result;
}

std::vector<Fact> read_facts(CampaignReader& reader, const json& parent, const std::string& parent_path, bool required)
{
    std::vector<Fact> result;
    const json* entries = reader.array(parent, parent_path, "facts", required, required);
    if (!entries) return result;
    const std::string path = join_path(parent_path, "facts");
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const json& entry = (*entries)[i];
        const std::string here = index_path(path, i);
        if (!reader.is_object_entry(entry, here)) continue;
        reader.allow_only(entry, here, {"text", "source", "announcement_claim"});
        Fact fact;
        fact.text = reader.localized(entry, here, "text", true);
        fact.source = read_source(reader, entry, here, "source");
        fact.announcement_claim = reader.boolean(entry, here, "announcement_claim", false);
        result.push_back(std::move(fact));
    }
    return result;
}

std::vector<Language> read_languages(const json& document, CampaignReader& reader)
{
    std::vector<Language> languages;
    const json* entries = reader.array(document, "", "languages", true, true);
    if (!entries) return languages;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const json& entry = (*entries)[i];
        const std::string here = index_path("languages", i);
        if (!entry.is_string() || (entry != "zh" && entry != "en")) {
            reader.problem(here, "expected \"zh\" or \"en\", got " + json_type_name(entry));
            continue;
        }
        const Language language = entry == "zh" ? Language::Chinese : Language::English;
        if (std::find(languages.begin(), languages.end(), language) != languages.end()) {
            reader.problem(here, "\"" + entry.get<std::string>() + "\" is listed twice");
            continue;
        }
        languages.push_back(language);
    }
    return languages;
}

std::vector<ResearchStep> read_research(const json& document, CampaignReader& reader)
{
    std::vector<ResearchStep> steps;
    const json* entries = reader.array(document, "", "research", true, true);
    if (!entries) return steps;
    std::map<std::string, std::string> ids;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const json& entry = (*entries)[i];
        const std::string here = index_path("research", i);
        if (!reader.is_object_entry(entry, here)) continue;
        reader.allow_only(entry, here, {"id", "title", "body", "facts", "prompts"});
        ResearchStep step;
        step.id = reader.id(entry, here, "id");
        if (!step.id.empty()) {
            const auto [seen, inserted] = ids.emplace(step.id, join_path(here, "id"));
            if (!inserted) reader.problem(join_path(here, "id"), "duplicate id \"" + step.id + "\" (also " + seen->second + ")");
        }
        step.title = reader.localized(entry, here, "title", true);
        step.body = reader.localized(entry, here, "body", true);
        step.facts = read_facts(reader, entry, here, true);
        step.prompts = reader.localized_list(entry, here, "prompts", false);
        steps.push_back(std::move(step));
    }
    return steps;
}

std::optional<Launchpool> read_launchpool(const json& document, CampaignReader& reader)
{
    const json* value = reader.object(document, "", "launchpool", false);
    if (!value) return std::nullopt;
    const std::string path = "launchpool";
    reader.allow_only(*value, path, {"title", "summary", "url", "steps", "pools", "total_reward", "apr", "facts"});
    Launchpool launchpool;
    launchpool.title = reader.localized(*value, path, "title", true);
    launchpool.summary = reader.localized(*value, path, "summary", true);
    launchpool.url = reader.url(*value, path, "url", true);
    launchpool.steps = reader.localized_list(*value, path, "steps", true);

    if (const json* pools = reader.array(*value, path, "pools", true, true)) {
        for (std::size_t i = 0; i < pools->size(); ++i) {
            const json& entry = (*pools)[i];
            const std::string here = index_path(join_path(path, "pools"), i);
            if (!reader.is_object_entry(entry, here)) continue;
            reader.allow_only(entry, here, {"coin", "note"});
            LaunchpoolPool pool;
            pool.coin = reader.string(entry, here, "coin", true);
            if (entry.contains("note")) pool.note = reader.localized(entry, here, "note", false);
            launchpool.pools.push_back(std::move(pool));
        }
    }

    auto positive_number = [&](const json& object, const std::string& here, std::string_view key) -> double {
        const json* number = reader.field(object, here, key, true, json::value_t::number_float, "a number");
        if (!number) return 0;
        const double amount = number->get<double>();
        if (!(amount > 0)) reader.problem(join_path(here, key), "expected a number above 0, got " + number->dump());
        return amount;
    };
    if (const json* reward = reader.object(*value, path, "total_reward", true)) {
        const std::string here = join_path(path, "total_reward");
        reader.allow_only(*reward, here, {"amount", "token", "source", "announcement_claim"});
        launchpool.total_reward.amount = positive_number(*reward, here, "amount");
        launchpool.total_reward.token = reader.string(*reward, here, "token", true);
        launchpool.total_reward.source = read_source(reader, *reward, here, "source");
        launchpool.total_reward.announcement_claim = reader.boolean(*reward, here, "announcement_claim", false);
    }
    if (const json* apr = reader.object(*value, path, "apr", true)) {
        const std::string here = join_path(path, "apr");
        reader.allow_only(*apr, here, {"up_to_percent", "source", "announcement_claim"});
        launchpool.apr.up_to_percent = positive_number(*apr, here, "up_to_percent");
        launchpool.apr.source = read_source(reader, *apr, here, "source");
        launchpool.apr.announcement_claim = reader.boolean(*apr, here, "announcement_claim", false);
    }
    launchpool.facts = read_facts(reader, *value, path, false);
    return launchpool;
}

std::optional<CampaignPeriod> read_period(const json& document, CampaignReader& reader)
{
    const json* value = reader.object(document, "", "period", false);
    if (!value) return std::nullopt;
    const std::string path = "period";
    reader.allow_only(*value, path, {"start", "end", "time_zone", "settlement"});
    const std::string zone = reader.string(*value, path, "time_zone", true);
    const std::optional<int> offset = parse_utc_offset(zone);
    if (!zone.empty() && !offset) {
        reader.problem(join_path(path, "time_zone"), "expected \"UTC\" or an offset like \"UTC+8\", got \"" + zone + "\"");
    }
    CampaignPeriod period;
    period.offset_minutes = offset.value_or(0);
    period.time_zone = zone;
    // No end: the campaign runs until further notice (长期有效).
    period.open_ended = !value->contains("end");
    if (value->contains("settlement")) period.settlement = reader.localized(*value, path, "settlement", false);
    bool complete = offset.has_value();
    for (const char* key : {"start", "end"}) {
        const bool is_start = std::string_view(key) == "start";
        if (!is_start && period.open_ended) continue;
        if (is_start && period.open_ended && !value->contains("start")) {
            period.has_start = false; // "长期有效" with no date at all
            continue;
        }
        const std::string text = reader.string(*value, path, key, true);
        const std::optional<std::int64_t> time = parse_period_time(text, period.offset_minutes);
        if (!text.empty() && !time) {
            reader.problem(join_path(path, key), has_period_time_shape(text)
                               ? "the date or time \"" + text + "\" does not exist (months 01–12, days of that month, hours 00–23, minutes 00–59)"
                               : "expected a time as \"YYYY-MM-DD HH:MM\" in time_zone, got \"" + text + "\"");
        }
        complete = complete && time.has_value();
        (is_start ? period.start : period.end) = time.value_or(0);
        (is_start ? period.start_text : period.end_text) = text;
    }
    if (period.open_ended) complete = false; // no end to compare with
    if (complete && period.end <= period.start) reader.problem(join_path(path, "end"), "expected a time after start");
    return period;
}

} // namespace

CampaignLoad load_campaign(std::string_view json_text)
{
    CampaignLoad load;
    // Limits first, in one linear pass at most: a 10 MB or deeply nested file is refused at once.
    if (json_text.size() > kMaxCampaignBytes) {
        load.problems.push_back({"", "the file is " + describe_byte_size(json_text.size()) +
                                         "; a campaign file may be at most " + describe_byte_size(kMaxCampaignBytes)});
        return load;
    }
    if (const auto too_deep = find_nesting_deeper_than(json_text, kMaxCampaignNesting)) {
        load.problems.push_back({"", "nested more than " + std::to_string(kMaxCampaignNesting) + " levels deep (at byte " +
                                         std::to_string(*too_deep) + ")"});
        return load;
    }
    // parse() with allow_exceptions = false: the wasm build has no exceptions, and bad input is normal.
    const json document = json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (document.is_discarded()) {
        load.problems.push_back(json_syntax_problem(json_text));
        return load;
    }
    if (!document.is_object()) {
        load.problems.push_back({"", "expected a JSON object, got " + json_type_name(document)});
        return load;
    }

    // An unknown version is refused before anything else is read: its fields may mean other things.
    const auto version = document.find("format_version");
    if (version == document.end()) {
        load.problems.push_back({"format_version", "missing; expected 1"});
        return load;
    }
    if (!version->is_number_integer() || version->get<long long>() < kCampaignFormatVersion ||
        version->get<long long>() > kNewestCampaignFormatVersion) {
        load.problems.push_back({"format_version", "unsupported format version " + version->dump() +
                                                       "; this widget reads versions 1 and 2"});
        return load;
    }
    const int format_version = static_cast<int>(version->get<long long>());

    CampaignReader reader;
    if (format_version >= 2) {
        reader.allow_only(document, "", {"format_version", "id", "languages", "title", "summary", "prize", "announcement",
                                         "notes", "research", "requirements", "launchpool", "period"});
    } else {
        reader.allow_only(document, "", {"format_version", "id", "languages", "title", "summary", "prize", "announcement",
                                         "notes", "research", "requirements", "launchpool"});
    }
    Campaign campaign;
    campaign.format_version = format_version;
    campaign.id = reader.id(document, "", "id");
    campaign.languages = read_languages(document, reader);
    reader.set_languages(campaign.languages);
    campaign.title = reader.localized(document, "", "title", true);
    campaign.summary = reader.localized(document, "", "summary", true);
    if (document.contains("prize")) campaign.prize = reader.localized(document, "", "prize", false);
    if (document.contains("announcement")) campaign.announcement = read_source(reader, document, "", "announcement");
    if (document.contains("notes")) campaign.notes = reader.string(document, "", "notes", false);
    campaign.research = read_research(document, reader);
    campaign.requirements = read_requirements(document, reader, format_version);
    campaign.launchpool = read_launchpool(document, reader);
    if (format_version >= 2) campaign.period = read_period(document, reader);

    load.problems = std::move(reader.problems);
    if (load.problems.empty()) load.campaign = std::move(campaign);
    return load;
}

std::string describe(const CampaignProblem& problem)
{
    return problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
}

} // namespace cw
