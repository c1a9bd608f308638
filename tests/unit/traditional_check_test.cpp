// A post in Traditional Chinese gets the outcome of its Simplified twin, on the OBOL campaign.
#include "core/campaign/campaign_check.h"
#include "test_campaigns.h"

#include <catch2/catch.hpp>

namespace {

std::vector<std::pair<std::string, cw::Status>> statuses(const cw::Report& report)
{
    std::vector<std::pair<std::string, cw::Status>> out;
    for (const cw::Finding& finding : report.findings) out.push_back({finding.id, finding.status});
    return out;
}

} // namespace

TEST_CASE("a Taiwan-usage draft (OpenCC s2twp of the Simplified one) gets the Simplified draft's statuses on OBOL")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Report simplified = cw::check_draft(obol, read_source_file("tests/fixtures/drafts/obol/ready-zh.txt"), cw::Language::Chinese);
    const std::string taiwan_draft = read_source_file("tests/fixtures/drafts/obol/ready-zh-tw.txt");
    REQUIRE(taiwan_draft.find("分散式驗證器") != std::string::npos);
    const cw::Report taiwan = cw::check_draft(obol, taiwan_draft, cw::Language::TraditionalChinese);
    CHECK(simplified.ready);
    CHECK(statuses(taiwan) == statuses(simplified));
}

TEST_CASE("a hand-written Hong Kong draft (分佈式驗證器, 網絡) gets the Simplified draft's statuses on OBOL")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Report simplified = cw::check_draft(obol, read_source_file("tests/fixtures/drafts/obol/ready-zh.txt"), cw::Language::Chinese);
    const cw::Report hong_kong = cw::check_draft(obol, read_source_file("tests/fixtures/drafts/obol/ready-zh-hk.txt"), cw::Language::TraditionalChinese);
    CHECK(statuses(hong_kong) == statuses(simplified));
}

TEST_CASE("a partly covered Traditional draft fails where its Simplified twin fails")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Report simplified = cw::check_draft(obol, "Obol 是分布式验证器项目，优点是容错。", cw::Language::Chinese);
    const cw::Report traditional = cw::check_draft(obol, "Obol 是分散式驗證器專案，優點是容錯。", cw::Language::TraditionalChinese);
    CHECK_FALSE(traditional.ready);
    CHECK(statuses(traditional) == statuses(simplified));
}

TEST_CASE("a topic found in Traditional text is highlighted as written")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const std::string draft = "Obol 是分散式驗證器專案。";
    const cw::Report report = cw::check_draft(obol, draft, cw::Language::TraditionalChinese);
    bool seen = false;
    for (const cw::Finding& finding : report.findings) {
        for (const cw::Span& span : finding.spans) {
            CHECK(draft.substr(span.start, span.end - span.start) == span.text);
            if (span.text == "分散式驗證器") seen = true;
        }
    }
    CHECK(seen);
}

TEST_CASE("Traditional Chinese messages are the Simplified ones converted at build time")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Report report = cw::check_draft(obol, "Obol", cw::Language::TraditionalChinese);
    std::string messages;
    for (const cw::Finding& finding : report.findings) messages += finding.message;
    CHECK(messages.find("連結") != std::string::npos); // 链接
    CHECK(messages.find("链接") == std::string::npos);
    CHECK(messages.find("貼文") != std::string::npos); // 帖子, by the reviewed overrides
}
