// What a campaign asks of a post: links, mentions, topics and an optional length. Plain data, filled
// by load_campaign() from the campaign file (docs/campaign-format.md) and read by check_draft().
//
// Every requirement has an id that scripts rely on ("link.spot"), a title in each language, and
// `required`: a required requirement that is not met fails the check and makes the post not ready;
// one that is not required only warns.
#pragma once

#include "core/i18n/language.h"
#include "core/text/url.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cw {

struct LinkRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::string url;                          // as the campaign gives it, https; shown in fixes
    std::string host;                         // normalized_host() of url's host: "gate.io"
    std::string path;                         // url's path, "/" when it has none
    std::vector<QueryParameter> query;        // parameters that must be present with these values
    std::vector<std::string> equivalent_hosts; // normalized; links on these hosts count, with a note
    // "/zh/", "/zh-tw/": prefixes under which the host (and its equivalent hosts) serve the same page,
    // as a site's language versions do; from the campaign's requirements.equivalent_path_prefixes.
    std::vector<std::string> equivalent_path_prefixes;
    LocalizedText fix_text;                   // inserted when the link is missing; "" → url alone
    // Other addresses of the same page that count as written (a short form, another language's
    // address): https URLs from the campaign's equivalent_urls. Compared like url (host without
    // "www.", path, the query parameters they give).
    std::vector<std::string> equivalent_urls;
};

// A word the post must contain, like the ticker "$OBOL". Matched after full-width folding and
// without case; "＄OBOL" and "关注$OBOL。" count. When `text` starts with $, # or @, the bare word
// without it ("OBOL") is recognised as a near miss.
struct MentionRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::string text;
    LocalizedText fix_text; // inserted when the mention is missing; "" → text alone
};

// One group of a topic: any one of its keywords counts for the group.
struct KeywordGroup {
    std::string label; // how a message names the group when it is missing; "" → its keywords
    std::vector<std::string> keywords;
    std::string label_zh_hant; // the label in Traditional Chinese (a Chinese group's; optional, as zh-Hant texts are)
};

// A topic is covered in a language when every group of that language has a keyword in the post; the
// topic is covered when it is covered in any of its languages. Keywords are folded (full-width → ASCII)
// and compared without case; an ASCII letter or digit at a keyword's edge must meet a word boundary
// there ("DV" does not match "DVD"), CJK matches anywhere. A keyword ending in '*' matches any word
// that starts with it ("validator*"). Keywords inside links do not count.
struct TopicRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    LocalizedText hint; // what to write about, shown while the topic is not covered
    std::vector<KeywordGroup> groups_zh;
    std::vector<KeywordGroup> groups_en;
};

enum class LengthMeasure { Weighted, CodePoints };

struct LengthRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::size_t minimum = 0;
    LengthMeasure measure = LengthMeasure::Weighted;
};

// ---- Format 2 (Gate Square's posting campaigns) ----------------------------------------------------

// A topic hashtag in Gate's forms: "#话题#" (a hash at both ends, spaces allowed inside:
// "#XYZ Creative Contest#") or "#tag". Any one of the accepted spellings counts, e.g. the Chinese and
// the English form of one tag. See hashtags.h for how it matches and its near misses.
struct HashtagRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::vector<std::string> spellings; // as the announcement writes them, each with its '#'s
};

// A minimum length counted per language: 字 (characters that are not white space) for a post in
// Chinese, words for a post in English. Inclusive ("不少于 30 字") or strict ("大于 30 字").
struct PostLengthRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::size_t minimum_characters = 0; // for a Chinese post; 0: no minimum
    std::size_t minimum_words = 0;      // for an English post; 0: no minimum
    bool strict = false;                // "more than": the minimum itself is not enough
};

// Something only the person can confirm (a screenshot of their staking, a sign-up form): a box they
// tick. The checker never ticks it; it counts in the widget's readiness as the person's own word.
struct SelfConfirmedItem {
    std::string id;
    LocalizedText title;
    LocalizedText detail;
    bool required = true;
};

// A ban the checker can see: a post made only of emoji, symbols or repeated characters.
struct MeaningfulContentRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
};

// A ban the checker can see in the words and links of a post ("严禁广告引流": no advertising or traffic
// diversion): a link to a host outside allowed_hosts (their subdomains, and the hosts of the campaign's
// own link requirements, are allowed), or one of the words, matched as a substring after the same
// folding as topics (width, case, Traditional → Simplified); every language's list applies to every post.
struct ForbiddenRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::vector<std::string> allowed_hosts; // normalized_host()
    std::vector<std::string> words;         // every language's words, as written in the campaign
};

struct Requirements {
    std::vector<LinkRequirement> links;
    std::vector<MentionRequirement> mentions;
    std::vector<TopicRequirement> topics;
    std::optional<LengthRequirement> length;
    // Format 2 only.
    std::vector<HashtagRequirement> hashtags;
    std::optional<PostLengthRequirement> post_length;
    std::optional<MeaningfulContentRequirement> meaningful_content;
    std::vector<SelfConfirmedItem> self_confirmed;
    std::vector<ForbiddenRequirement> forbidden;
};

} // namespace cw
