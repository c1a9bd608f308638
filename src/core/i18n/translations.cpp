#include "core/i18n/translations.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace cw {

namespace {

// The argument number of a placeholder "{N}" at text[at], and its length; nullopt when there is none.
struct Placeholder {
    std::size_t index;
    std::size_t length;
};

std::optional<Placeholder> placeholder_at(std::string_view text, std::size_t at)
{
    if (text[at] != '{') return std::nullopt;
    std::size_t end = at + 1;
    std::size_t index = 0;
    while (end < text.size() && end - at <= 3 && text[end] >= '0' && text[end] <= '9') {
        index = index * 10 + static_cast<std::size_t>(text[end] - '0');
        ++end;
    }
    if (end == at + 1 || end >= text.size() || text[end] != '}') return std::nullopt;
    return Placeholder{index, end + 1 - at};
}

template <typename Arguments>
std::string fill_positions(std::string_view text, const Arguments& arguments)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (const auto placeholder = placeholder_at(text, i); placeholder && placeholder->index < arguments.size()) {
            out.append(*(arguments.begin() + static_cast<std::ptrdiff_t>(placeholder->index)));
            i += placeholder->length - 1;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

} // namespace

std::string fill(std::string_view text, std::initializer_list<std::string_view> arguments)
{
    return fill_positions(text, arguments);
}

std::string fill(std::string_view text, const std::vector<std::string>& arguments)
{
    return fill_positions(text, arguments);
}

std::vector<std::string> Translations::add_file(std::string_view json_text, std::string_view file_name)
{
    std::vector<std::string> problems;
    const std::string file(file_name);
    const auto document = nlohmann::ordered_json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        problems.push_back(file + ": expected a JSON object of key → {\"zh\", \"en\"}");
        return problems;
    }
    for (const auto& [key, value] : document.items()) {
        if (!value.is_object()) {
            problems.push_back(file + ": " + key + ": expected an object with \"zh\" and \"en\"");
            continue;
        }
        LocalizedText text;
        for (const char* language : {"zh", "en"}) {
            const auto found = value.find(language);
            if (found == value.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) {
                problems.push_back(file + ": " + key + ": missing \"" + language + "\"");
                continue;
            }
            (std::string_view(language) == "zh" ? text.zh : text.en) = found->get<std::string>();
        }
        // zh-Hant is added at build time (scripts/make_zh_hant.py); without it, Simplified is shown.
        if (const auto traditional = value.find("zh-Hant"); traditional != value.end() && traditional->is_string()) {
            text.zh_hant = traditional->get<std::string>();
        }
        if (texts_.count(key) != 0) problems.push_back(file + ": " + key + ": defined twice");
        texts_[key] = std::move(text);
    }
    return problems;
}

const char* Translations::get(std::string_view key, Language language) const
{
    const auto found = texts_.find(std::string(key));
    if (found != texts_.end()) return found->second.text(language).c_str();
    auto& shown = missing_[std::string(key)];
    shown = std::string(key);
    return shown.c_str();
}

} // namespace cw
