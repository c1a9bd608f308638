#include "core/check/links.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> link_texts(const std::string& draft)
{
    std::vector<std::string> texts;
    for (const cw::FoundLink& link : cw::find_links(draft)) texts.emplace_back(link.text);
    return texts;
}

struct ExtractionCase {
    const char* behaviour;
    std::string draft;
    std::vector<std::string> links;
};

const std::string spot = "https://www.gate.io/trade/OBOL_USDT";
const std::string pool = "https://www.gate.io/launchpool/OBOL?pid=291";

} // namespace

TEST_CASE("links are found where a reader sees them, and end where a reader's eye stops")
{
    const std::vector<ExtractionCase> cases = {
        // CJK and full-width punctuation end a link.
        {"a link followed by 。 ends before it", "现货：" + spot + "。", {spot}},
        {"a link followed by ， ends before it", "链接" + spot + "，欢迎交易", {spot}},
        {"a link followed by ！ ends before it", spot + "！", {spot}},
        {"a link followed by ？ ends before it", spot + "？", {spot}},
        {"a link followed by ： ends before it", spot + "：现货", {spot}},
        {"a link followed by ； ends before it", spot + "；", {spot}},
        {"a link followed by 、 ends before it", spot + "、" + pool, {spot, pool}},
        {"a link in full-width parentheses ends before ）", "（" + spot + "）", {spot}},
        {"a link in 【】 ends before 】", "【" + spot + "】", {spot}},
        {"a link in 《》 ends before 》", "《" + spot + "》", {spot}},
        {"a link in 「」 ends before 」", "「" + spot + "」", {spot}},
        {"a link in 『』 ends before 』", "『" + spot + "』", {spot}},
        {"a link in Chinese quotation marks ends before ”", "“" + spot + "”", {spot}},
        {"a link followed by ）。 ends before ）", "（现货 " + spot + "）。", {spot}},
        {"a link right after Chinese text starts at its scheme", "看这里" + spot, {spot}},
        {"a link right before Chinese text ends at it", spot + "交易OBOL", {spot}},
        {"a link followed by the ideographic space ends before it", spot + "\u3000下一句", {spot}},
        {"a link followed by … ends before it", spot + "…", {spot}},
        {"a link followed by an em dash ends before it", spot + "—现货", {spot}},
        {"a link followed by an emoji ends before it", spot + "🚀", {spot}},
        {"a link followed by full-width letters ends before them", spot + "ＯＢＯＬ", {spot}},
        // White space and ASCII delimiters.
        {"a link followed by a space ends before it", spot + " and more", {spot}},
        {"a link followed by a tab ends before it", spot + "\tx", {spot}},
        {"a link followed by a line break ends before it", spot + "\n" + pool, {spot, pool}},
        {"a link in angle brackets ends before >", "<" + spot + ">", {spot}},
        {"a link in double quotes ends before the quote", "\"" + spot + "\"", {spot}},
        {"a link in backticks ends before the backtick", "`" + spot + "`", {spot}},
        {"a link before an invalid byte ends there", spot + "\xFF" + "x", {spot}},
        {"a link before a NUL ends there", spot + std::string(1, '\0') + "x", {spot}},
        // Trailing ASCII punctuation is not part of a link.
        {"a trailing full stop is not part of a link", spot + ".", {spot}},
        {"a trailing comma is not part of a link", spot + ", then", {spot}},
        {"a trailing semicolon is not part of a link", spot + ";", {spot}},
        {"a trailing colon is not part of a link", spot + ":", {spot}},
        {"a trailing exclamation mark is not part of a link", spot + "!", {spot}},
        {"a trailing question mark is not part of a link", spot + "?", {spot}},
        {"a trailing apostrophe is not part of a link", "'" + spot + "'", {spot}},
        {"several trailing full stops are not part of a link", spot + "...", {spot}},
        {"Markdown bold around a link is not part of it", "**" + spot + "**", {spot}},
        {"a question mark with a query after it stays", pool, {pool}},
        // Brackets.
        {"a link in ASCII parentheses ends before the unbalanced )", "(" + spot + ")", {spot}},
        {"a link in square brackets ends before the unbalanced ]", "[" + spot + "]", {spot}},
        {"a link closing a parenthesised sentence loses ) and .", "(see " + spot + ").", {spot}},
        {"balanced parentheses inside a link stay", "https://en.wikipedia.org/wiki/Obol_(coin) 看", {"https://en.wikipedia.org/wiki/Obol_(coin)"}},
        {"an unbalanced ) inside a run ends the link", "(" + spot + ")and more", {spot}},
        // Markdown.
        {"a Markdown link gives its URL", "[现货](" + spot + ")", {spot}},
        {"a Markdown link followed by text gives its URL", "[spot](" + spot + ")and more", {spot}},
        {"a Markdown link whose text is the URL gives it twice", "[" + spot + "](" + spot + ")", {spot, spot}},
        {"a Markdown link with a title gives its URL", "[spot](" + spot + " \"title\")", {spot}},
        {"an autolink in angle brackets gives its URL", "现货 <" + spot + "> 。", {spot}},
        // Schemes.
        {"an upper-case scheme is found", "HTTPS://WWW.GATE.IO/trade/OBOL_USDT", {"HTTPS://WWW.GATE.IO/trade/OBOL_USDT"}},
        {"an http link is found", "http://www.gate.io/trade/OBOL_USDT", {"http://www.gate.io/trade/OBOL_USDT"}},
        {"a link glued to a word before its scheme starts at the scheme", "OBOL现货" + spot + "!", {spot}},
        {"two links pasted back to back are two links", spot + pool, {spot, pool}},
        {"a link inside a parameter value stays part of its link", "https://a.example.com/?next=https://b.example.com/x",
         {"https://a.example.com/?next=https://b.example.com/x"}},
        {"a scheme with nothing after it is not a link", "https:// 和 http://", {}},
        {"a fragment stays part of its link", pool + "#rules", {pool + "#rules"}},
        // Links without a scheme.
        {"a link starting with www. is found", "www.gate.io/trade/OBOL_USDT。", {"www.gate.io/trade/OBOL_USDT"}},
        {"www. and a host alone is a link", "访问 www.gate.io。", {"www.gate.io"}},
        {"a host followed by a path is a link", "gate.io/trade/OBOL_USDT", {"gate.io/trade/OBOL_USDT"}},
        {"a host with a path right after Chinese text is a link", "现货gate.io/trade/OBOL_USDT。", {"gate.io/trade/OBOL_USDT"}},
        {"a host with a path and a query in full-width parentheses is a link", "（见 gate.io/launchpool/OBOL?pid=291）",
         {"gate.io/launchpool/OBOL?pid=291"}},
        {"a host name alone in a sentence is not a link", "在Gate.io动态发布", {}},
        {"an e-mail address is not a link", "support@gate.io/help", {}},
        {"a version number is not a host", "v1.0/beta 和 1.5/2", {}},
        {"a ticker pair is not a link", "$OBOL/USDT", {}},
        {"a host with look-alike Cyrillic letters is one link", "https://g\u0430te.io/trade/OBOL_USDT",
         {"https://g\u0430te.io/trade/OBOL_USDT"}},
        {"text without links has none", "关注 $OBOL，质押 GT、BTC。", {}},
        {"an empty draft has no links", "", {}},
    };
    for (const ExtractionCase& c : cases) {
        INFO(c.behaviour << "\n  draft: " << c.draft);
        CHECK(link_texts(c.draft) == c.links);
    }
}

TEST_CASE("a link's offsets are UTF-8 bytes and code points of the draft")
{
    const std::string draft = "现货：" + spot + "。";
    const auto links = cw::find_links(draft);
    REQUIRE(links.size() == 1);
    CHECK(links[0].start == 9); // 现, 货 and ： take three bytes each
    CHECK(links[0].end == 9 + spot.size());
    CHECK(links[0].first_code_point == 3);
    CHECK(links[0].end_code_point == 3 + spot.size());
    CHECK(links[0].has_scheme);
    CHECK(draft.substr(links[0].start, links[0].end - links[0].start) == spot);
}

TEST_CASE("a link without a scheme says so")
{
    const auto links = cw::find_links("gate.io/trade/OBOL_USDT");
    REQUIRE(links.size() == 1);
    CHECK_FALSE(links[0].has_scheme);
}

TEST_CASE("a megabyte without white space is scanned once, not rescanned per position")
{
    // One long run of link characters with many false starts: if the scanner went back after each,
    // this would take minutes.
    std::string draft;
    while (draft.size() < (1u << 20)) draft += "http:/a.b.c.";
    const auto links = cw::find_links(draft);
    CHECK(links.empty());
    std::string many;
    while (many.size() < (1u << 20)) many += "https://gate.io/a";
    CHECK(cw::find_links(many).size() == many.size() / 17);
}

TEST_CASE("a link ends where a Chinese post's reader sees it end: tildes, bars, braces, carets, emoticons, topics")
{
    const std::string post = "https://www.gate.com/zh/post/status/123";
    const std::vector<ExtractionCase> cases = {
        {"a trailing ~ is not part of a link", "冲冲冲 " + pool + "~", {pool}},
        {"trailing ~~~ are not part of a link", pool + "~~~ 快来", {pool}},
        {"a trailing | is not part of a link", spot + "| 现货", {spot}},
        {"a trailing } is not part of a link", "{" + spot + "}", {spot}},
        {"a trailing ^ is not part of a link", spot + "^", {spot}},
        {"^_^ after a link is an emoticon", pool + "^_^", {pool}},
        {":) after a link is an emoticon", spot + ":)", {spot}},
        {":-) after a link is an emoticon", spot + ":-)", {spot}},
        {";) after a link is an emoticon", spot + ";)", {spot}},
        {"a #topic# glued after a link is not its fragment", post + "#Gate广场#", {post}},
        {"a #topic# with spaces glued after a link is not its fragment", post + "#PUBLIC Creative Contest# 冲", {post}},
        {"a fragment without a closing # stays part of its link", pool + "#rules 看规则", {pool + "#rules"}},
        {"an en dash between letters stays inside a path", "https://example.com/obol–staking-guide 看", {"https://example.com/obol–staking-guide"}},
        {"an en dash after a link still ends it", spot + "–现货", {spot}},
        {"a tilde inside a path stays", "https://example.com/~obol/notes 看", {"https://example.com/~obol/notes"}},
        {"a port, a query and a fragment all stay", "https://example.com:8443/a?b=1#c。", {"https://example.com:8443/a?b=1#c"}},
    };
    for (const ExtractionCase& c : cases) {
        INFO(c.behaviour << ": " << c.draft);
        CHECK(link_texts(c.draft) == c.links);
    }
}
