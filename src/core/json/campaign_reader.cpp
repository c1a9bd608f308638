#include "core/json/campaign_reader.h"

#include "core/text/url.h"

#include <algorithm>

namespace cw {

using json = CampaignJson;

namespace {

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


} // namespace

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

// Records where a JSON parse stopped, without exceptions (the wasm build has none): nlohmann's SAX

void CampaignReader::allow_only(const json& object, const std::string& path, std::initializer_list<std::string_view> known)
{
    allow_only(object, path, std::vector<std::string_view>(known));
}

void CampaignReader::each_entry(const json& parent, const std::string& parent_path, std::string_view key,
                                const std::function<void(const json&, const std::string&)>& read)
{
    const json* entries = array(parent, parent_path, key, false, false);
    if (!entries) return;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const std::string here = index_path(join_path(parent_path, key), i);
        if (is_object_entry((*entries)[i], here)) read((*entries)[i], here);
    }
}

void CampaignReader::allow_only(const json& object, const std::string& path, const std::vector<std::string_view>& known)
{
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string expected;
        for (std::string_view name : known) expected += (expected.empty() ? "" : ", ") + std::string(name);
        problem(join_path(path, key), "unknown field; expected one of: " + expected);
    }
}

const json* CampaignReader::field(const json& object, const std::string& path, std::string_view key, bool required,
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

std::string CampaignReader::string(const json& object, const std::string& path, std::string_view key, bool required)
{
    const json* value = field(object, path, key, required, json::value_t::string, "a string");
    if (!value) return {};
    const std::string& text = value->get_ref<const std::string&>();
    if (text.empty()) problem(join_path(path, key), "expected a non-empty string");
    return text;
}

bool CampaignReader::boolean(const json& object, const std::string& path, std::string_view key, bool fallback)
{
    const json* value = field(object, path, key, false, json::value_t::boolean, "true or false");
    return value ? value->get<bool>() : fallback;
}

std::string CampaignReader::url(const json& object, const std::string& path, std::string_view key, bool required)
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

std::string CampaignReader::id(const json& object, const std::string& path, std::string_view key)
{
    const std::string text = string(object, path, key, true);
    if (!text.empty() && !is_id(text)) {
        problem(join_path(path, key), "expected an id of lowercase letters, digits, '.', '-' and '_' "
                                      "(starting with a letter or digit), got \"" + text + "\"");
    }
    return text;
}

std::string CampaignReader::check_id(const json& object, const std::string& path)
{
    const std::string text = id(object, path, "id");
    if (text.empty() || !is_id(text)) return text;
    const std::string here = join_path(path, "id");
    if (is_reserved_id_ && is_reserved_id_(text)) {
        problem(here, "\"" + text + "\" is reserved for the checker's own findings");
    }
    const auto [seen, inserted] = check_ids_.emplace(text, here);
    if (!inserted) problem(here, "duplicate id \"" + text + "\" (also " + seen->second + ")");
    return text;
}

LocalizedText CampaignReader::localized(const json& object, const std::string& path, std::string_view key, bool required)
{
    const json* value = field(object, path, key, required, json::value_t::object, "an object with \"zh\" and/or \"en\"");
    if (!value) return {};
    return localized_value(*value, join_path(path, key));
}

LocalizedText CampaignReader::localized_value(const json& value, const std::string& path)
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

const json* CampaignReader::array(const json& object, const std::string& path, std::string_view key, bool required, bool non_empty)
{
    const json* value = field(object, path, key, required, json::value_t::array, "an array");
    if (value && non_empty && value->empty()) {
        problem(join_path(path, key), "expected at least one entry");
        return nullptr;
    }
    return value;
}

const json* CampaignReader::object(const json& parent, const std::string& path, std::string_view key, bool required)
{
    return field(parent, path, key, required, json::value_t::object, "an object");
}

bool CampaignReader::is_object_entry(const json& entry, const std::string& path)
{
    if (entry.is_object()) return true;
    problem(path, "expected an object, got " + json_type_name(entry));
    return false;
}

std::vector<LocalizedText> CampaignReader::localized_list(const json& parent, const std::string& parent_path, std::string_view key,
                                          bool required)
{
    std::vector<LocalizedText> result;
    const json* entries = array(parent, parent_path, key, required, required);
    if (!entries) return result;
    const std::string path = join_path(parent_path, key);
    for (std::size_t i = 0; i < entries->size(); ++i) result.push_back(localized_value((*entries)[i], index_path(path, i)));
    return result;
}

bool CampaignReader::declares(Language language) const
{
    return std::find(languages_.begin(), languages_.end(), language) != languages_.end();
}

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

} // namespace cw
