#include "core/campaign/campaign.h"

#include "core/text/byte_size.h"
#include "core/check/hashtags.h"
#include "core/campaign/json_nesting.h"
#include "core/text/url.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>

namespace cw {

namespace {

using json = nlohmann::ordered_json; // one JSON type in the module: the report keeps its keys in order

// How a value is named in a message: strings are quoted (and shortened), other values by type.
std::string json_type_name(const json& value)
{
    if (value.is_string()) {
        std::string shown = value.get_ref<const std::string&>();
        if (shown.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut; // whole characters
            shown = shown.substr(0, cut) + "…";
        }
        return "\"" + shown + "\"";
    }
    return value.type_name();
}

std::string join_path(const std::string& parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string index_path(const std::string& parent, std::size_t index)
{
    return parent + "[" + std::to_string(index) + "]";
}

bool is_id(std::string_view id)
{
    if (id.empty() || id.size() > 64) return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool letter_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!letter_or_digit && (i == 0 || (c != '.' && c != '-' && c != '_'))) return false;
    }
    return true;
}

// "gate.com": lowercase labels of letters, digits and '-', at least two.
bool is_host_name(std::string_view host)
{
    if (host.empty() || host.front() == '.' || host.back() == '.' || host.find('.') == std::string_view::npos) return false;
    for (std::size_t i = 0; i < host.size(); ++i) {
        const char c = host[i];
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c == '.' && host[i - 1] != '.');
        if (!allowed) return false;
    }
    return true;
}

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

// "2025", "2025-05" or "2025-05-07".
bool is_as_of_date(std::string_view date)
{
    auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i) {
            if (date[i] < '0' || date[i] > '9') return false;
        }
        return true;
    };
    auto number = [&](std::size_t from) { return (date[from] - '0') * 10 + (date[from + 1] - '0'); };
    if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
    if (!digits(0, 4)) return false;
    if (date.size() >= 7 && (date[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12)) return false;
    if (date.size() == 10 && (date[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31)) return false;
    return true;
}

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

// Reads a campaign document field by field, collecting every problem with its JSON path instead of
// stopping at the first, so one run of `campaign-check --validate` shows everything to fix.
class CampaignReader {
public:
    std::vector<CampaignProblem> problems;

    void problem(std::string path, std::string message) { problems.push_back({std::move(path), std::move(message)}); }

    // Unknown fields are refused: in a hand-written file they are almost always typos ("requried").
    void allow_only(const json& object, const std::string& path, std::initializer_list<std::string_view> known)
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) != known.end()) continue;
            std::string expected;
            for (std::string_view name : known) expected += (expected.empty() ? "" : ", ") + std::string(name);
            problem(join_path(path, key), "unknown field; expected one of: " + expected);
        }
    }

    // The value at object[key], or nullptr when it is missing (a problem when required) or has the
    // wrong type (always a problem). `expected` names the type in messages.
    const json* field(const json& object, const std::string& path, std::string_view key, bool required,
                      json::value_t type, std::string_view expected)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required) problem(join_path(path, key), "missing; expected " + std::string(expected));
            return nullptr;
        }
        const bool type_ok = type == json::value_t::number_float ? found->is_number() : found->type() == type ||
                             (type == json::value_t::number_integer && found->is_number_unsigned());
        if (!type_ok) {
            problem(join_path(path, key), "expected " + std::string(expected) + ", got " + json_type_name(*found));
            return nullptr;
        }
        return &*found;
    }

    std::string string(const json& object, const std::string& path, std::string_view key, bool required)
    {
        const json* value = field(object, path, key, required, json::value_t::string, "a string");
        if (!value) return {};
        const std::string& text = value->get_ref<const std::string&>();
        if (text.empty()) problem(join_path(path, key), "expected a non-empty string");
        return text;
    }

    bool boolean(const json& object, const std::string& path, std::string_view key, bool fallback)
    {
        const json* value = field(object, path, key, false, json::value_t::boolean, "true or false");
        return value ? value->get<bool>() : fallback;
    }

    std::string url(const json& object, const std::string& path, std::string_view key, bool required)
    {
        const json* value = field(object, path, key, required, json::value_t::string, "an http(s) URL");
        if (!value) return {};
        const std::string& text = value->get_ref<const std::string&>();
        if (!is_http_url(text)) {
            problem(join_path(path, key), "expected an http(s) URL, got " + json_type_name(*value));
            return {};
        }
        return text;
    }

    std::string id(const json& object, const std::string& path, std::string_view key)
    {
        const std::string text = string(object, path, key, true);
        if (!text.empty() && !is_id(text)) {
            problem(join_path(path, key), "expected an id of lowercase letters, digits, '.', '-' and '_' "
                                          "(starting with a letter or digit), got \"" + text + "\"");
        }
        return text;
    }

    // A check id: also unique in the campaign and not one of the ids the checker reports itself.
    std::string check_id(const json& object, const std::string& path)
    {
        const std::string text = id(object, path, "id");
        if (text.empty() || !is_id(text)) return text;
        const std::string here = join_path(path, "id");
        if (text.rfind("draft.", 0) == 0 || text == "link.lookalike") {
            problem(here, "\"" + text + "\" is reserved for the checker's own findings");
        }
        const auto [seen, inserted] = check_ids_.emplace(text, here);
        if (!inserted) problem(here, "duplicate id \"" + text + "\" (also " + seen->second + ")");
        return text;
    }

    void set_languages(std::vector<Language> languages) { languages_ = std::move(languages); }

    // {"zh": "…", "en": "…"}: every language the campaign declares must be there.
    LocalizedText localized(const json& object, const std::string& path, std::string_view key, bool required)
    {
        const json* value = field(object, path, key, required, json::value_t::object, "an object with \"zh\" and/or \"en\"");
        if (!value) return {};
        return localized_value(*value, join_path(path, key));
    }

    LocalizedText localized_value(const json& value, const std::string& path)
    {
        if (!value.is_object()) {
            problem(path, "expected an object with \"zh\" and/or \"en\", got " + json_type_name(value));
            return {};
        }
        allow_only(value, path, {"zh", "en", "zh-Hant"});
        LocalizedText text;
        text.zh = string(value, path, "zh", declares(Language::Chinese));
        text.en = string(value, path, "en", declares(Language::English));
        // Optional in every file: the build adds it to the campaigns it carries, and an author may
        // give their own (see LocalizedText).
        text.zh_hant = string(value, path, "zh-Hant", false);
        if (languages_.empty() && !value.contains("zh") && !value.contains("en")) {
            problem(path, "expected at least one of \"zh\" and \"en\"");
        }
        return text;
    }

    // object[key] as an array (nullptr when missing or not an array); `non_empty` also refuses [].
    const json* array(const json& object, const std::string& path, std::string_view key, bool required, bool non_empty)
    {
        const json* value = field(object, path, key, required, json::value_t::array, "an array");
        if (value && non_empty && value->empty()) {
            problem(join_path(path, key), "expected at least one entry");
            return nullptr;
        }
        return value;
    }

    const json* object(const json& parent, const std::string& path, std::string_view key, bool required)
    {
        return field(parent, path, key, required, json::value_t::object, "an object");
    }

    // For array entries: the entry must be an object.
    bool is_object_entry(const json& entry, const std::string& path)
    {
        if (entry.is_object()) return true;
        problem(path, "expected an object, got " + json_type_name(entry));
        return false;
    }

    Source source(const json& parent, const std::string& parent_path, std::string_view key)
    {
        Source result;
        const json* value = object(parent, parent_path, key, true);
        if (!value) return result;
        const std::string path = join_path(parent_path, key);
        allow_only(*value, path, {"url", "title", "as_of"});
        result.url = url(*value, path, "url", true);
        result.title = string(*value, path, "title", true);
        result.as_of = string(*value, path, "as_of", true);
        if (!result.as_of.empty() && !is_as_of_date(result.as_of)) {
            problem(join_path(path, "as_of"), "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"" + result.as_of + "\"");
        }
        return result;
    }

    std::vector<Fact> facts(const json& parent, const std::string& parent_path, bool required)
    {
        std::vector<Fact> result;
        const json* entries = array(parent, parent_path, "facts", required, required);
        if (!entries) return result;
        const std::string path = join_path(parent_path, "facts");
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const json& entry = (*entries)[i];
            const std::string here = index_path(path, i);
            if (!is_object_entry(entry, here)) continue;
            allow_only(entry, here, {"text", "source", "announcement_claim"});
            Fact fact;
            fact.text = localized(entry, here, "text", true);
            fact.source = source(entry, here, "source");
            fact.announcement_claim = boolean(entry, here, "announcement_claim", false);
            result.push_back(std::move(fact));
        }
        return result;
    }

    std::vector<LocalizedText> localized_list(const json& parent, const std::string& parent_path, std::string_view key,
                                              bool required)
    {
        std::vector<LocalizedText> result;
        const json* entries = array(parent, parent_path, key, required, required);
        if (!entries) return result;
        const std::string path = join_path(parent_path, key);
        for (std::size_t i = 0; i < entries->size(); ++i) result.push_back(localized_value((*entries)[i], index_path(path, i)));
        return result;
    }

private:
    bool declares(Language language) const
    {
        return std::find(languages_.begin(), languages_.end(), language) != languages_.end();
    }

    std::vector<Language> languages_;
    std::map<std::string, std::string> check_ids_; // id → where it was first seen
};

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
        step.facts = reader.facts(entry, here, true);
        step.prompts = reader.localized_list(entry, here, "prompts", false);
        steps.push_back(std::move(step));
    }
    return steps;
}

std::vector<KeywordGroup> read_keyword_groups(const json& groups, const std::string& path, CampaignReader& reader)
{
    std::vector<KeywordGroup> result;
    if (!groups.is_array() || groups.empty()) {
        reader.problem(path, "expected a non-empty array of keyword groups, got " + json_type_name(groups));
        return result;
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const json& entry = groups[g];
        const std::string here = index_path(path, g);
        if (!reader.is_object_entry(entry, here)) continue;
        reader.allow_only(entry, here, {"label", "label_zh-Hant", "any"});
        KeywordGroup group;
        if (entry.contains("label")) group.label = reader.string(entry, here, "label", false);
        if (entry.contains("label_zh-Hant")) group.label_zh_hant = reader.string(entry, here, "label_zh-Hant", false);
        const json* keywords = reader.array(entry, here, "any", true, true);
        if (keywords) {
            for (std::size_t k = 0; k < keywords->size(); ++k) {
                const json& keyword = (*keywords)[k];
                const std::string keyword_path = index_path(join_path(here, "any"), k);
                const bool blank = keyword.is_string() &&
                                   keyword.get_ref<const std::string&>().find_first_not_of(" *") == std::string::npos;
                if (!keyword.is_string() || blank) {
                    reader.problem(keyword_path, "expected a non-empty keyword, got " + json_type_name(keyword));
                    continue;
                }
                group.keywords.push_back(keyword.get<std::string>());
            }
        }
        result.push_back(std::move(group));
    }
    return result;
}

LinkRequirement read_link(const json& entry, const std::string& here, CampaignReader& reader)
{
    reader.allow_only(entry, here, {"id", "title", "url", "required", "equivalent_hosts", "equivalent_urls", "fix_text"});
    LinkRequirement link;
    link.id = reader.check_id(entry, here);
    link.title = reader.localized(entry, here, "title", true);
    link.required = reader.boolean(entry, here, "required", true);
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
    return link;
}

MentionRequirement read_mention(const json& entry, const std::string& here, CampaignReader& reader)
{
    reader.allow_only(entry, here, {"id", "title", "text", "required", "fix_text"});
    MentionRequirement mention;
    mention.id = reader.check_id(entry, here);
    mention.title = reader.localized(entry, here, "title", true);
    mention.required = reader.boolean(entry, here, "required", true);
    mention.text = reader.string(entry, here, "text", true);
    if (mention.text.find_first_of(" \t\r\n") != std::string::npos) {
        reader.problem(join_path(here, "text"), "expected one word without spaces, got \"" + mention.text + "\"");
    }
    if (entry.contains("fix_text")) mention.fix_text = reader.localized(entry, here, "fix_text", false);
    return mention;
}

TopicRequirement read_topic(const json& entry, const std::string& here, CampaignReader& reader,
                            const std::vector<Language>& languages)
{
    reader.allow_only(entry, here, {"id", "title", "hint", "required", "keywords"});
    TopicRequirement topic;
    topic.id = reader.check_id(entry, here);
    topic.title = reader.localized(entry, here, "title", true);
    topic.required = reader.boolean(entry, here, "required", true);
    if (entry.contains("hint")) topic.hint = reader.localized(entry, here, "hint", false);
    const json* keywords = reader.object(entry, here, "keywords", true);
    if (!keywords) return topic;
    const std::string keywords_path = join_path(here, "keywords");
    reader.allow_only(*keywords, keywords_path, {"zh", "en"});
    for (const auto& [key, language] : {std::pair<const char*, Language>{"zh", Language::Chinese}, {"en", Language::English}}) {
        const auto found = keywords->find(key);
        const bool declared = std::find(languages.begin(), languages.end(), language) != languages.end();
        if (found == keywords->end()) {
            if (declared) reader.problem(join_path(keywords_path, key), "missing; expected keyword groups for this campaign's language");
            continue;
        }
        auto groups = read_keyword_groups(*found, join_path(keywords_path, key), reader);
        (language == Language::Chinese ? topic.groups_zh : topic.groups_en) = std::move(groups);
    }
    if (!keywords->contains("zh") && !keywords->contains("en") && languages.empty()) {
        reader.problem(keywords_path, "expected keyword groups for \"zh\" and/or \"en\"");
    }
    return topic;
}

std::optional<LengthRequirement> read_length(const json& requirements, CampaignReader& reader)
{
    const json* entry = reader.object(requirements, "requirements", "length", false);
    if (!entry) return std::nullopt;
    const std::string here = "requirements.length";
    reader.allow_only(*entry, here, {"id", "title", "minimum", "measure", "required"});
    LengthRequirement length;
    length.id = reader.check_id(*entry, here);
    length.title = reader.localized(*entry, here, "title", true);
    length.required = reader.boolean(*entry, here, "required", true);
    if (const json* minimum = reader.field(*entry, here, "minimum", true, json::value_t::number_integer, "a whole number")) {
        if (minimum->get<long long>() < 1 || minimum->get<long long>() > 1000000) {
            reader.problem(join_path(here, "minimum"), "expected a whole number from 1 to 1000000, got " + minimum->dump());
        } else {
            length.minimum = static_cast<std::size_t>(minimum->get<long long>());
        }
    }
    if (const json* measure = reader.field(*entry, here, "measure", false, json::value_t::string, "\"weighted\" or \"code_points\"")) {
        if (*measure == "code_points") length.measure = LengthMeasure::CodePoints;
        else if (*measure != "weighted") reader.problem(join_path(here, "measure"), "expected \"weighted\" or \"code_points\", got " + json_type_name(*measure));
    }
    return length;
}

// {"gate.io": ["/zh/", "/en/"]}: each host's prefixes go to the link requirements on that host or
// with it among their equivalent hosts (which serve the same pages, so under the same prefixes).
void read_equivalent_path_prefixes(const json& requirements, const std::string& parent, CampaignReader& reader,
                                   std::vector<LinkRequirement>& links)
{
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

void read_format2_requirements(const json& value, CampaignReader& reader, Requirements& requirements);

Requirements read_requirements(const json& document, CampaignReader& reader, const std::vector<Language>& languages,
                               int format_version)
{
    Requirements requirements;
    const json* value = reader.object(document, "", "requirements", true);
    if (!value) return requirements;
    const std::string path = "requirements";
    if (format_version >= 2) {
        reader.allow_only(*value, path, {"links", "mentions", "topics", "length", "equivalent_path_prefixes", "hashtags",
                                         "post_length", "meaningful_content", "self_confirmed", "forbidden"});
        read_format2_requirements(*value, reader, requirements);
    } else {
        reader.allow_only(*value, path, {"links", "mentions", "topics", "length", "equivalent_path_prefixes"});
    }

    auto each_entry = [&](std::string_view key, auto&& read) {
        const json* entries = reader.array(*value, path, key, false, false);
        if (!entries) return;
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const std::string here = index_path(join_path(path, key), i);
            if (reader.is_object_entry((*entries)[i], here)) read((*entries)[i], here);
        }
    };
    each_entry("links", [&](const json& entry, const std::string& here) { requirements.links.push_back(read_link(entry, here, reader)); });
    each_entry("mentions", [&](const json& entry, const std::string& here) { requirements.mentions.push_back(read_mention(entry, here, reader)); });
    each_entry("topics", [&](const json& entry, const std::string& here) {
        requirements.topics.push_back(read_topic(entry, here, reader, languages));
    });
    requirements.length = read_length(*value, reader);
    read_equivalent_path_prefixes(*value, path, reader, requirements.links);

    const bool format2_rules = !requirements.hashtags.empty() || requirements.post_length ||
                               requirements.meaningful_content || !requirements.self_confirmed.empty() ||
                               !requirements.forbidden.empty();
    if (requirements.links.empty() && requirements.mentions.empty() && requirements.topics.empty() && !requirements.length &&
        !format2_rules) {
        reader.problem(path, format_version >= 2 ? "expected at least one requirement" : "expected at least one requirement (links, mentions, topics or length)");
    }
    return requirements;
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
        launchpool.total_reward.source = reader.source(*reward, here, "source");
        launchpool.total_reward.announcement_claim = reader.boolean(*reward, here, "announcement_claim", false);
    }
    if (const json* apr = reader.object(*value, path, "apr", true)) {
        const std::string here = join_path(path, "apr");
        reader.allow_only(*apr, here, {"up_to_percent", "source", "announcement_claim"});
        launchpool.apr.up_to_percent = positive_number(*apr, here, "up_to_percent");
        launchpool.apr.source = reader.source(*apr, here, "source");
        launchpool.apr.announcement_claim = reader.boolean(*apr, here, "announcement_claim", false);
    }
    launchpool.facts = reader.facts(*value, path, false);
    return launchpool;
}

// ---- Format 2 ------------------------------------------------------------------------------------

std::size_t whole_number(const json& object, const std::string& path, std::string_view key, CampaignReader& reader)
{
    const json* value = reader.field(object, path, key, false, json::value_t::number_integer, "a whole number");
    if (!value) return 0;
    if (value->get<long long>() < 1 || value->get<long long>() > 100000) {
        reader.problem(join_path(path, key), "expected a whole number from 1 to 100000, got " + value->dump());
        return 0;
    }
    return static_cast<std::size_t>(value->get<long long>());
}

void read_format2_requirements(const json& value, CampaignReader& reader, Requirements& requirements)
{
    const std::string path = "requirements";
    auto each_entry = [&](std::string_view key, auto&& read) {
        const json* entries = reader.array(value, path, key, false, false);
        if (!entries) return;
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const std::string here = index_path(join_path(path, key), i);
            if (reader.is_object_entry((*entries)[i], here)) read((*entries)[i], here);
        }
    };
    each_entry("hashtags", [&](const json& entry, const std::string& here) {
        reader.allow_only(entry, here, {"id", "title", "required", "spellings"});
        HashtagRequirement hashtag;
        hashtag.id = reader.check_id(entry, here);
        hashtag.title = reader.localized(entry, here, "title", true);
        hashtag.required = reader.boolean(entry, here, "required", true);
        if (const json* spellings = reader.array(entry, here, "spellings", true, true)) {
            for (std::size_t s = 0; s < spellings->size(); ++s) {
                const json& spelling = (*spellings)[s];
                if (!spelling.is_string() || !is_hashtag_spelling(spelling.get_ref<const std::string&>())) {
                    reader.problem(index_path(join_path(here, "spellings"), s),
                                   "expected a hashtag as Gate writes it, \"#话题#\" or \"#tag\", got " + json_type_name(spelling));
                    continue;
                }
                hashtag.spellings.push_back(spelling.get<std::string>());
            }
        }
        requirements.hashtags.push_back(std::move(hashtag));
    });
    if (const json* entry = reader.object(value, path, "post_length", false)) {
        const std::string here = join_path(path, "post_length");
        reader.allow_only(*entry, here, {"id", "title", "required", "minimum_characters", "minimum_words", "strict"});
        PostLengthRequirement length;
        length.id = reader.check_id(*entry, here);
        length.title = reader.localized(*entry, here, "title", true);
        length.required = reader.boolean(*entry, here, "required", true);
        length.minimum_characters = whole_number(*entry, here, "minimum_characters", reader);
        length.minimum_words = whole_number(*entry, here, "minimum_words", reader);
        length.strict = reader.boolean(*entry, here, "strict", false);
        if (!entry->contains("minimum_characters") && !entry->contains("minimum_words")) {
            reader.problem(here, "expected minimum_characters (字, for a Chinese post) and/or minimum_words (for an English post)");
        }
        requirements.post_length = std::move(length);
    }
    if (const json* entry = reader.object(value, path, "meaningful_content", false)) {
        const std::string here = join_path(path, "meaningful_content");
        reader.allow_only(*entry, here, {"id", "title", "required"});
        MeaningfulContentRequirement content;
        content.id = reader.check_id(*entry, here);
        content.title = reader.localized(*entry, here, "title", true);
        content.required = reader.boolean(*entry, here, "required", true);
        requirements.meaningful_content = std::move(content);
    }
    each_entry("self_confirmed", [&](const json& entry, const std::string& here) {
        reader.allow_only(entry, here, {"id", "title", "detail", "required"});
        SelfConfirmedItem item;
        item.id = reader.check_id(entry, here);
        item.title = reader.localized(entry, here, "title", true);
        if (entry.contains("detail")) item.detail = reader.localized(entry, here, "detail", false);
        item.required = reader.boolean(entry, here, "required", true);
        requirements.self_confirmed.push_back(std::move(item));
    });
    each_entry("forbidden", [&](const json& entry, const std::string& here) {
        reader.allow_only(entry, here, {"id", "title", "required", "allowed_hosts", "words"});
        ForbiddenRequirement forbidden;
        forbidden.id = reader.check_id(entry, here);
        forbidden.title = reader.localized(entry, here, "title", true);
        forbidden.required = reader.boolean(entry, here, "required", true);
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
        requirements.forbidden.push_back(std::move(forbidden));
    });
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
    if (document.contains("announcement")) campaign.announcement = reader.source(document, "", "announcement");
    if (document.contains("notes")) campaign.notes = reader.string(document, "", "notes", false);
    campaign.research = read_research(document, reader);
    campaign.requirements = read_requirements(document, reader, campaign.languages, format_version);
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
