#include "core/i18n/translations.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

Translations::Translations(const CatalogueEntry* sorted_entries, std::size_t count)
    : entries_(sorted_entries, sorted_entries + count)
{
}

std::size_t Translations::position(std::string_view key) const
{
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](const CatalogueEntry& entry, std::string_view wanted) { return entry.key < wanted; });
    return static_cast<std::size_t>(at - entries_.begin());
}

const CatalogueEntry* Translations::find(std::string_view key) const
{
    const std::size_t at = position(key);
    return at < entries_.size() && entries_[at].key == key ? &entries_[at] : nullptr;
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
    // A text kept in texts_, which never moves what it holds; nullptr for none.
    const auto keep = [this](const nlohmann::ordered_json& value) -> const char* {
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) return nullptr;
        return texts_.emplace_back(value.get<std::string>()).c_str();
    };
    for (const auto& [key, value] : document.items()) {
        if (!value.is_object()) {
            problems.push_back(file + ": " + key + ": expected an object with \"zh\" and \"en\"");
            continue;
        }
        CatalogueEntry entry{texts_.emplace_back(key).c_str(), nullptr, nullptr, nullptr};
        for (const char* language : {"zh", "en"}) {
            const auto found = value.find(language);
            const char* text = found == value.end() ? nullptr : keep(*found);
            if (text == nullptr) problems.push_back(file + ": " + key + ": missing \"" + language + "\"");
            (std::string_view(language) == "zh" ? entry.zh : entry.en) = text;
        }
        // zh-Hant is added at build time (scripts/make_zh_hant.py); without it, Simplified is shown.
        if (const auto traditional = value.find("zh-Hant"); traditional != value.end()) entry.zh_hant = keep(*traditional);
        const std::size_t at = position(key);
        if (at < entries_.size() && entries_[at].key == key) {
            problems.push_back(file + ": " + key + ": defined twice");
            entries_[at] = entry;
        } else {
            entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(at), entry);
        }
    }
    return problems;
}

const char* Translations::get(std::string_view key, Language language) const
{
    if (const CatalogueEntry* entry = find(key)) {
        if (language == Language::TraditionalChinese && entry->zh_hant != nullptr) return entry->zh_hant;
        const char* wanted = is_chinese(language) ? entry->zh : entry->en;
        const char* other = is_chinese(language) ? entry->en : entry->zh;
        if (wanted != nullptr) return wanted;
        if (other != nullptr) return other;
    }
    auto& shown = missing_[std::string(key)];
    shown = std::string(key);
    return shown.c_str();
}

} // namespace cw
