#include "core/check/keyword_index.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/i18n/traditional_fold.h"
#include "core/text/utf8.h"
#include "core/text/width_fold.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace cw {

namespace {

bool is_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F;
}

// Where the characters past ASCII that searchable() turns into ASCII are: the no-break space, the
// Unicode spaces, the ideographic space and the full-width forms of ASCII.
constexpr std::pair<char32_t, char32_t> kFoldedToAscii[] = {{0x00A0, 0x00A0}, {0x2000, 0x205F}, {0x3000, 0x3000}, {0xFF01, 0xFF5E}};

char32_t searchable(char32_t c)
{
    if (c >= 0x3000) c = fold_width(c); // full-width forms and the ideographic space live up there
    c = ascii_lower(c);
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

KeywordIndex::KeywordIndex(const std::vector<std::string>& keywords_utf8, Invisibles invisibles)
    : read_through_invisibles_(invisibles == Invisibles::read_through)
{
    // Decode and fold the keywords, and give every character that occurs in them a class; all other
    // characters are class 0 and send the search back to the root at once.
    std::vector<std::u32string> folded;
    folded.reserve(keywords_utf8.size());
    keywords_.reserve(keywords_utf8.size());
    std::vector<char32_t> characters;
    for (const std::string& keyword : keywords_utf8) {
        std::u32string text(fold_traditional(decode_code_points(keyword)).text());
        for (char32_t& c : text) c = searchable(c);
        // Read through, an invisible character is no part of any word: nor of a keyword.
        if (read_through_invisibles_) std::erase_if(text, is_invisible_format);
        const std::size_t last = text.find_last_not_of(U' ');
        text.erase(last == std::u32string::npos ? 0 : last + 1);
        text.erase(0, std::min(text.find_first_not_of(U' '), text.size()));
        Keyword info;
        const bool prefix = text.size() > 1 && text.back() == '*';
        if (prefix) text.pop_back();
        info.length = text.size();
        info.prefix = prefix;
        info.word_start = !text.empty() && is_ascii_alnum(text.front());
        info.word_end = !text.empty() && !prefix && is_ascii_alnum(text.back());
        keywords_.push_back(info);
        for (char32_t c : text) {
            if (c >= 128) characters.push_back(c);
            else ascii_classes_[c] = 1; // numbered below
        }
        folded.push_back(std::move(text));
    }
    std::sort(characters.begin(), characters.end());
    characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
    std::uint32_t next_class = 1;
    for (std::uint32_t& ascii_class : ascii_classes_) {
        if (ascii_class != 0) ascii_class = next_class++;
    }
    for (char32_t c = 0; c < 128; ++c) raw_ascii_classes_[c] = ascii_classes_[searchable(c)];
    other_classes_.reserve(characters.size());
    for (char32_t c : characters) other_classes_.push_back({c, next_class++});
    // The BMP past ASCII as the search reads it: a character's class is that of its searchable() form,
    // which is the character itself or, for full-width forms and Unicode spaces, ASCII.
    auto mark = [&](char32_t c) { bmp_in_keywords_[c / 64] |= std::uint64_t{1} << (c % 64); };
    for (const auto& [c, character_class] : other_classes_) {
        if (c < 0x10000) mark(c);
    }
    // Read through, the invisible characters have a class of their own (kInvisibleClass, below).
    if (read_through_invisibles_) {
        for (const auto& [first, last] : kInvisibleFormatRanges) {
            for (char32_t c = first; c <= last; ++c) mark(c);
        }
    }
    for (const auto& [first, last] : kFoldedToAscii) {
        for (char32_t c = first; c <= last; ++c) {
            const char32_t folded = searchable(c);
            if (folded < 128 && ascii_classes_[folded] != 0) mark(c);
        }
    }
    std::uint16_t bits_before = 0;
    for (std::size_t word = 0; word < bmp_in_keywords_.size(); ++word) {
        bmp_rank_[word] = bits_before;
        bits_before = static_cast<std::uint16_t>(bits_before + std::popcount(bmp_in_keywords_[word]));
        for (std::uint64_t bits = bmp_in_keywords_[word]; bits != 0; bits &= bits - 1) {
            const auto c = static_cast<char32_t>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
            bmp_classes_.push_back(read_through_invisibles_ && is_invisible_format(c) ? kInvisibleClass : class_of(searchable(c)));
        }
    }

    // The trie. The root's children are also kept dense, by class: most steps of a search start there.
    // A keyword given twice (campaigns repeat "OBOL" in several topics) is one entry of the trie; the
    // search counts it once and copies the result to its twins.
    root_children_.assign(next_class, 0);
    nodes_.reserve(256);
    edges_.reserve(256);
    nodes_.emplace_back();
    twin_of_.assign(folded.size(), -1);
    for (std::size_t id = 0; id < folded.size(); ++id) {
        if (folded[id].empty()) continue;
        std::int32_t node = 0;
        for (char32_t c : folded[id]) {
            const std::uint32_t character_class = class_of(c);
            std::int32_t next = node == 0 ? (root_children_[character_class] > 0 ? root_children_[character_class] : -1)
                                          : child(node, character_class);
            if (next < 0) {
                next = static_cast<std::int32_t>(nodes_.size());
                nodes_.emplace_back();
                Node& parent = nodes_[static_cast<std::size_t>(node)];
                edges_.push_back({character_class, next, parent.first_edge});
                parent.first_edge = static_cast<std::int32_t>(edges_.size() - 1);
                if (node == 0) root_children_[character_class] = next;
            }
            node = next;
        }
        Node& end_node = nodes_[static_cast<std::size_t>(node)];
        for (std::int32_t other = end_node.first_keyword; other >= 0; other = keywords_[static_cast<std::size_t>(other)].next_at_node) {
            if (keywords_[static_cast<std::size_t>(other)].prefix == keywords_[id].prefix) {
                twin_of_[id] = other;
                break;
            }
        }
        if (twin_of_[id] >= 0) continue;
        keywords_[id].next_at_node = end_node.first_keyword;
        end_node.first_keyword = static_cast<std::int32_t>(id);
    }

    // Failure and output links, breadth first.
    std::vector<std::int32_t> queue;
    queue.reserve(nodes_.size());
    for (std::int32_t e = nodes_[0].first_edge; e >= 0; e = edges_[static_cast<std::size_t>(e)].next_sibling) {
        queue.push_back(edges_[static_cast<std::size_t>(e)].target);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::int32_t node = queue[head];
        for (std::int32_t e = nodes_[static_cast<std::size_t>(node)].first_edge; e >= 0;
             e = edges_[static_cast<std::size_t>(e)].next_sibling) {
            const Edge edge = edges_[static_cast<std::size_t>(e)];
            std::int32_t fallback = nodes_[static_cast<std::size_t>(node)].failure;
            std::int32_t target = -1;
            while (true) {
                target = fallback == 0 ? root_children_[edge.character_class] : child(fallback, edge.character_class);
                if (target >= 0 || fallback == 0) break;
                fallback = nodes_[static_cast<std::size_t>(fallback)].failure;
            }
            if (target < 0 || target == edge.target) target = 0;
            Node& next_node = nodes_[static_cast<std::size_t>(edge.target)];
            next_node.failure = target;
            const Node& target_node = nodes_[static_cast<std::size_t>(target)];
            next_node.output_link = target_node.first_keyword >= 0 ? target : target_node.output_link;
            queue.push_back(edge.target);
        }
    }

    // The whole automaton as one table, node by class, when it is not too large: each step of the
    // search is then one read. Breadth first, a node's failure comes before it and lends its row.
    const std::size_t classes = root_children_.size();
    if (nodes_.size() * classes > kLargestTable) return;
    next_state_.assign(nodes_.size() * classes, 0);
    std::copy(root_children_.begin(), root_children_.end(), next_state_.begin());
    for (const std::int32_t node : queue) {
        const Node& here = nodes_[static_cast<std::size_t>(node)];
        std::int32_t* row = next_state_.data() + static_cast<std::size_t>(node) * classes;
        const std::int32_t* failure_row = next_state_.data() + static_cast<std::size_t>(here.failure) * classes;
        std::copy(failure_row, failure_row + classes, row);
        for (std::int32_t e = here.first_edge; e >= 0; e = edges_[static_cast<std::size_t>(e)].next_sibling) {
            row[edges_[static_cast<std::size_t>(e)].character_class] = edges_[static_cast<std::size_t>(e)].target;
        }
    }
}

std::int32_t KeywordIndex::step(std::int32_t node, std::uint32_t character_class) const
{
    if (!next_state_.empty()) return next_state_[static_cast<std::size_t>(node) * root_children_.size() + character_class];
    while (node != 0) {
        const std::int32_t next = child(node, character_class);
        if (next >= 0) return next;
        node = nodes_[static_cast<std::size_t>(node)].failure;
    }
    return root_children_[character_class];
}

std::uint32_t KeywordIndex::class_of(char32_t c) const
{
    if (c < 128) return ascii_classes_[c];
    const auto found = std::lower_bound(other_classes_.begin(), other_classes_.end(), std::make_pair(c, std::uint32_t{0}));
    return (found != other_classes_.end() && found->first == c) ? found->second : 0;
}

std::uint32_t KeywordIndex::supplementary_class(char32_t c) const
{
    return class_of(searchable(c));
}

std::int32_t KeywordIndex::child(std::int32_t node, std::uint32_t character_class) const
{
    for (std::int32_t e = nodes_[static_cast<std::size_t>(node)].first_edge; e >= 0; e = edges_[static_cast<std::size_t>(e)].next_sibling) {
        if (edges_[static_cast<std::size_t>(e)].character_class == character_class) return edges_[static_cast<std::size_t>(e)].target;
    }
    return -1;
}

std::vector<KeywordOccurrences> KeywordIndex::search(std::u32string_view text,
                                                   const std::vector<std::pair<std::size_t, std::size_t>>& ignored) const
{
    return search(fold_traditional(text), ignored);
}

std::vector<KeywordOccurrences> KeywordIndex::search(const TraditionalFolding& folding,
                                                   const std::vector<std::pair<std::size_t, std::size_t>>& ignored) const
{
    // Traditional Chinese is matched in Simplified. Where a phrase folded to one of another length,
    // positions go to the folded text and back.
    if (folding.same_positions()) return search_folded(folding.text(), ignored);
    std::vector<std::pair<std::size_t, std::size_t>> folded_ignored;
    folded_ignored.reserve(ignored.size());
    for (const auto& [begin, end] : ignored) folded_ignored.push_back({folding.folded_position(begin), folding.folded_position(end)});
    std::vector<KeywordOccurrences> found = search_folded(folding.text(), folded_ignored);
    for (KeywordOccurrences& occurrences : found) {
        for (auto& range : occurrences.first) range = folding.original_range(range.first, range.second);
    }
    return found;
}

std::vector<KeywordOccurrences> KeywordIndex::search_folded(std::u32string_view text,
                                                          const std::vector<std::pair<std::size_t, std::size_t>>& ignored) const
{
    std::vector<KeywordOccurrences> found(keywords_.size());
    std::size_t next_ignored = 0; // the first ignored range not yet passed
    // The character at j as the keywords see it, for the word boundaries around an occurrence that
    // ends at i: j is next to the stretch between two ignored ranges, so only those two can hold it.
    auto searchable_at = [&](std::size_t j) {
        const bool in_previous = next_ignored > 0 && j < ignored[next_ignored - 1].second && j >= ignored[next_ignored - 1].first;
        const bool in_next = next_ignored < ignored.size() && j >= ignored[next_ignored].first && j < ignored[next_ignored].second;
        return in_previous || in_next ? U' ' : searchable(text[j]);
    };
    // The automaton's table and nodes in locals: recording an occurrence writes to memory, after which
    // members would be read again at every character.
    const std::int32_t* const table = next_state_.empty() ? nullptr : next_state_.data();
    const std::size_t classes = root_children_.size();
    const Node* const nodes = nodes_.data();
    std::int32_t node = 0;
    std::size_t last_invisible = kNone;
    std::size_t i = 0;
    while (true) {
        // The stretch before the next ignored range, a character at a time: the loop every character of
        // a draft passes through, kept to the automaton's step.
        const std::size_t stretch_end =
            next_ignored < ignored.size() ? std::min(text.size(), std::max(i, ignored[next_ignored].first)) : text.size();
        for (; i < stretch_end; ++i) {
            const std::uint32_t character_class = searchable_class(text[i]);
            if (character_class == 0) {
                node = 0;
            } else if (character_class == kInvisibleClass) {
                last_invisible = i; // read through: the search stays where it stands
                continue;
            } else {
                node = table ? table[static_cast<std::size_t>(node) * classes + character_class] : step(node, character_class);
            }
            if (node == 0) continue;
            const Node& here = nodes[node];
            if (here.first_keyword >= 0 || here.output_link >= 0) record_occurrences(text, i, node, last_invisible, searchable_at, found);
        }
        if (i >= text.size() || next_ignored >= ignored.size()) break;
        // Skip the ignored range: it reads as white space, which no keyword continues through.
        i = std::max(i, ignored[next_ignored].second);
        ++next_ignored;
        node = 0;
    }
    for (std::size_t id = 0; id < twin_of_.size(); ++id) {
        if (twin_of_[id] >= 0) found[id] = found[static_cast<std::size_t>(twin_of_[id])];
    }
    return found;
}

template <class SearchableAt>
void KeywordIndex::record_occurrences(std::u32string_view text, std::size_t i, std::int32_t node, std::size_t last_invisible,
                                      const SearchableAt& searchable_at, std::vector<KeywordOccurrences>& found) const
{
    // Read through invisible characters, a word's edge is the nearest visible character ("A<U+200B>DV"
    // reads ADV); otherwise these skip nothing.
    auto visible_before = [&](std::size_t at) {
        if (read_through_invisibles_) {
            while (at > 0 && is_invisible_format(text[at - 1])) --at;
        }
        return at;
    };
    auto visible_from = [&](std::size_t at) {
        if (read_through_invisibles_) {
            while (at < text.size() && is_invisible_format(text[at])) ++at;
        }
        return at;
    };
    const Node& here = nodes_[static_cast<std::size_t>(node)];
    std::int32_t with_output = here.first_keyword >= 0 ? node : here.output_link;
    while (with_output >= 0) {
        const Node& output = nodes_[static_cast<std::size_t>(with_output)];
        for (std::int32_t id = output.first_keyword; id >= 0;) {
            const Keyword& keyword = keywords_[static_cast<std::size_t>(id)];
            const std::size_t end = i + 1;
            std::size_t begin = end - keyword.length;
            if (last_invisible != kNone && last_invisible >= begin) {
                // The occurrence was read through invisible characters: it starts keyword.length visible
                // characters back.
                begin = end;
                for (std::size_t visible = 0; visible < keyword.length; --begin) {
                    if (!is_invisible_format(text[begin - 1])) ++visible;
                }
            }
            const std::size_t before = visible_before(begin);
            const std::size_t after = visible_from(end);
            const bool start_ok = !keyword.word_start || before == 0 || !is_ascii_word_character(searchable_at(before - 1));
            const bool end_ok = !keyword.word_end || after == text.size() || !is_ascii_word_character(searchable_at(after));
            if (start_ok && end_ok) {
                KeywordOccurrences& occurrences = found[static_cast<std::size_t>(id)];
                ++occurrences.count;
                if (occurrences.first.size() < kRecordedPerKeyword) {
                    std::size_t word_end = end;
                    if (keyword.prefix) {
                        for (std::size_t next = visible_from(word_end);
                             next < text.size() && is_ascii_word_character(searchable_at(next)); next = visible_from(word_end)) {
                            word_end = next + 1;
                        }
                    }
                    occurrences.first.push_back({begin, word_end});
                }
            }
            id = keyword.next_at_node;
        }
        with_output = output.output_link;
    }
}

} // namespace cw
