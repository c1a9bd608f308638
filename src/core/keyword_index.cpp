#include "core/keyword_index.h"

#include "core/utf8.h"
#include "core/width_fold.h"

#include <algorithm>
#include <deque>

namespace cw {

namespace {

bool is_word_character(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_ascii_alnum(char32_t c)
{
    return is_word_character(c) && c != '_';
}

bool is_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F;
}

char32_t searchable(char32_t c)
{
    c = fold_width(c);
    if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
    if (is_space(c)) return ' ';
    return c;
}

} // namespace

std::u32string searchable_text(std::u32string_view text)
{
    std::u32string out(text.size(), U' ');
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = searchable(text[i]);
    return out;
}

KeywordIndex::KeywordIndex(const std::vector<std::string>& keywords_utf8)
{
    // Decode and fold the keywords, and give every character that occurs in them a class; all other
    // characters are class 0 and send the search back to the root at once.
    std::vector<std::u32string> folded;
    folded.reserve(keywords_utf8.size());
    std::vector<char32_t> characters;
    for (const std::string& keyword : keywords_utf8) {
        std::u32string text = searchable_text(decode_utf8(keyword).code_points);
        while (!text.empty() && text.back() == ' ') text.pop_back();
        std::size_t leading = 0;
        while (leading < text.size() && text[leading] == ' ') ++leading;
        text.erase(0, leading);
        Keyword info;
        const bool prefix = text.size() > 1 && text.back() == '*';
        if (prefix) text.pop_back();
        info.length = text.size();
        info.prefix = prefix;
        info.word_start = !text.empty() && is_ascii_alnum(text.front());
        info.word_end = !text.empty() && !prefix && is_ascii_alnum(text.back());
        keywords_.push_back(info);
        characters.insert(characters.end(), text.begin(), text.end());
        folded.push_back(std::move(text));
    }
    std::sort(characters.begin(), characters.end());
    characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
    std::uint32_t next_class = 1;
    for (char32_t c : characters) {
        if (c < 128) ascii_classes_[c] = next_class++;
        else other_classes_.push_back({c, next_class++});
    }

    // The trie.
    nodes_.emplace_back();
    for (std::size_t id = 0; id < folded.size(); ++id) {
        if (folded[id].empty()) continue;
        std::int32_t node = 0;
        for (char32_t c : folded[id]) {
            const std::uint32_t character_class = class_of(c);
            std::int32_t next = child(node, character_class);
            if (next < 0) {
                next = static_cast<std::int32_t>(nodes_.size());
                auto& children = nodes_[static_cast<std::size_t>(node)].children;
                children.insert(std::lower_bound(children.begin(), children.end(), std::make_pair(character_class, 0)),
                                {character_class, next});
                nodes_.emplace_back();
            }
            node = next;
        }
        keywords_[id].next_at_node = nodes_[static_cast<std::size_t>(node)].first_keyword;
        nodes_[static_cast<std::size_t>(node)].first_keyword = static_cast<std::int32_t>(id);
    }

    root_children_.assign(next_class, 0);
    for (const auto& [character_class, node] : nodes_[0].children) root_children_[character_class] = node;

    // Failure and output links, breadth first.
    std::deque<std::int32_t> queue;
    for (const auto& [character_class, node] : nodes_[0].children) queue.push_back(node);
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop_front();
        for (const auto& [character_class, next] : nodes_[static_cast<std::size_t>(node)].children) {
            std::int32_t fallback = nodes_[static_cast<std::size_t>(node)].failure;
            std::int32_t target = -1;
            while (true) {
                target = fallback == 0 ? root_children_[character_class] : child(fallback, character_class);
                if (target >= 0 || fallback == 0) break;
                fallback = nodes_[static_cast<std::size_t>(fallback)].failure;
            }
            if (target < 0 || target == next) target = 0;
            Node& next_node = nodes_[static_cast<std::size_t>(next)];
            next_node.failure = target;
            const Node& target_node = nodes_[static_cast<std::size_t>(target)];
            next_node.output_link = target_node.first_keyword >= 0 ? target : target_node.output_link;
            queue.push_back(next);
        }
    }
}

std::uint32_t KeywordIndex::class_of(char32_t c) const
{
    if (c < 128) return ascii_classes_[c];
    const auto found = std::lower_bound(other_classes_.begin(), other_classes_.end(), std::make_pair(c, std::uint32_t{0}));
    return (found != other_classes_.end() && found->first == c) ? found->second : 0;
}

std::int32_t KeywordIndex::child(std::int32_t node, std::uint32_t character_class) const
{
    for (const auto& [edge_class, next] : nodes_[static_cast<std::size_t>(node)].children) {
        if (edge_class == character_class) return next;
        if (edge_class > character_class) break;
    }
    return -1;
}

std::vector<KeywordOccurrences> KeywordIndex::search(std::u32string_view text) const
{
    std::vector<KeywordOccurrences> found(keywords_.size());
    std::int32_t node = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::uint32_t character_class = class_of(text[i]);
        if (character_class == 0) {
            node = 0;
            continue;
        }
        while (true) {
            if (node == 0) {
                node = root_children_[character_class];
                break;
            }
            const std::int32_t next = child(node, character_class);
            if (next >= 0) {
                node = next;
                break;
            }
            node = nodes_[static_cast<std::size_t>(node)].failure;
        }
        if (node == 0) continue;

        const Node& here = nodes_[static_cast<std::size_t>(node)];
        std::int32_t with_output = here.first_keyword >= 0 ? node : here.output_link;
        while (with_output >= 0) {
            const Node& output = nodes_[static_cast<std::size_t>(with_output)];
            for (std::int32_t id = output.first_keyword; id >= 0;) {
                const Keyword& keyword = keywords_[static_cast<std::size_t>(id)];
                const std::size_t end = i + 1;
                const std::size_t begin = end - keyword.length;
                const bool start_ok = !keyword.word_start || begin == 0 || !is_word_character(text[begin - 1]);
                const bool end_ok = !keyword.word_end || end == text.size() || !is_word_character(text[end]);
                if (start_ok && end_ok) {
                    KeywordOccurrences& occurrences = found[static_cast<std::size_t>(id)];
                    ++occurrences.count;
                    if (occurrences.first.size() < kRecordedPerKeyword) {
                        std::size_t word_end = end;
                        if (keyword.prefix) {
                            while (word_end < text.size() && is_word_character(text[word_end])) ++word_end;
                        }
                        occurrences.first.push_back({begin, word_end});
                    }
                }
                id = keyword.next_at_node;
            }
            with_output = output.output_link;
        }
    }
    return found;
}

} // namespace cw
