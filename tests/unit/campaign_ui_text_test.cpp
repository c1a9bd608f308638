// What the drawn UI says follows the campaign: the length line speaks the campaign's unit, and a
// campaign's title keeps every character it has when it becomes a Dear ImGui label.
#include "core/campaign/campaign_check.h"
#include "core/i18n/catalogue.h"
#include "core/check/length_line.h"
#include "ui/label_text.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

using cw::Language;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// What Dear ImGui draws of a label: the text up to the first "##" (imgui.cpp, FindRenderedTextEnd).
std::string drawn_part(const std::string& label)
{
    return label.substr(0, label.find("##"));
}

// And what it hashes as the ID when the label holds "###": from there on.
std::string id_part(const std::string& label)
{
    const std::size_t at = label.find("###");
    return at == std::string::npos ? label : label.substr(at);
}

std::string without_invisible(std::string text)
{
    for (std::size_t at = text.find("\u2060"); at != std::string::npos; at = text.find("\u2060")) text.erase(at, 3);
    return text;
}

} // namespace

TEST_CASE("a format-2 campaign's length line counts 字 of the person's own words, not the weighted length")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    const cw::Report report = cw::check_draft(campaign, "#我的2026第一帖 新年快乐，Gate 广场！🎉", Language::Chinese);
    const std::string zh = cw::length_line(campaign.requirements, report.stats, Language::Chinese);
    CHECK(contains(zh, "7 字"));
    CHECK_FALSE(contains(zh, "加权"));
    const std::string en = cw::length_line(campaign.requirements, report.stats, Language::English);
    CHECK(contains(en, "7"));
    CHECK_FALSE(contains(en, "weighted"));
}

TEST_CASE("a campaign counted in words says words for an English post")
{
    cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    campaign.requirements.one<cw::PostLengthRequirement>()->minimum_words = 100;
    const cw::Report report = cw::check_draft(campaign, "#我的2026第一帖 My first post of 2026, isn't it well-made? 🚀", Language::English);
    CHECK(contains(cw::length_line(campaign.requirements, report.stats, Language::English), "8 words"));
}

TEST_CASE("the OBOL length line gives the weighted length of one's own words, as its length check counts")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const cw::Report report = cw::check_draft(campaign, "质押 https://www.gate.io/trade/OBOL_USDT", Language::English);
    const std::string en = cw::length_line(campaign.requirements, report.stats, Language::English);
    CHECK(contains(en, "weighted length of your own words 4"));
}

TEST_CASE("a title ending in # or holding ## keeps every character as a label, and the ID stays the ID")
{
    for (const std::string title : {"Gate 广场：#PUBLIC创作大赛#", "C## and #话题##", "##", "plain"}) {
        const std::string label = cw::imgui_label(title, "###widget");
        INFO(title);
        CHECK(without_invisible(drawn_part(label)) == title);
        CHECK(id_part(label) == "###widget");
        CHECK(without_invisible(drawn_part(cw::imgui_label(title))) == title);
    }
}

// English counts in the singular where the count is one ("1 character", "Ends in 1 hour"), as a reader
// expects; Chinese has one form. The first key typed into an empty draft showed "1 characters".
TEST_CASE("a count of one is said in the singular in English, every count the same way in Chinese")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Campaign first_post = shipped_campaign("gate-square-2026-first-post.json");
    cw::Campaign plain = obol;
    plain.requirements = {};
    const auto line = [](const cw::Campaign& campaign, const std::string& draft, Language language) {
        return cw::length_line(campaign.requirements, cw::check_draft(campaign, draft, language).stats, language);
    };
    CHECK(contains(line(plain, "a", Language::English), "1 character · "));
    CHECK(contains(line(plain, "ab", Language::English), "2 characters · "));
    CHECK(contains(line(plain, "a", Language::Chinese), "1 个字符"));
    CHECK(contains(line(obol, "a", Language::English), "1 character · "));
    CHECK(contains(line(obol, "ab", Language::English), "2 characters · "));
    cw::Campaign in_words = first_post;
    in_words.requirements.one<cw::PostLengthRequirement>()->minimum_words = 100;
    CHECK(contains(line(in_words, "#我的2026第一帖 Hello 🚀", Language::English), "Your own words: 1 word ("));
    CHECK(contains(line(in_words, "#我的2026第一帖 Hello there 🚀", Language::English), "Your own words: 2 words ("));

    // The length check's own sentence.
    const auto length_message = [&](const std::string& draft) {
        for (const cw::Finding& finding : cw::check_draft(first_post, draft, Language::English).findings) {
            if (finding.id == first_post.requirements.one<cw::PostLengthRequirement>()->id) return finding.message;
        }
        return std::string();
    };
    CHECK(contains(length_message("#我的2026第一帖 好"), "1 character; write at least 30"));
    CHECK(contains(length_message("#我的2026第一帖 好的"), "2 characters; write at least 30"));
}
