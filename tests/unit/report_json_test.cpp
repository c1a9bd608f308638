#include "core/campaign/report_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

TEST_CASE("the report's JSON has the documented shape, keys in order")
{
    cw::Report report;
    report.ready = false;
    report.stats = {9, 12};
    cw::Finding fail;
    fail.id = "link.spot";
    fail.status = cw::Status::Fail;
    fail.title = "Spot link";
    fail.message = "Wrong page.";
    fail.spans.push_back({3, 10, "gate.io"});
    fail.fix = cw::Fix{cw::FixKind::Replace, 3, 10, "https://www.gate.io/trade/OBOL_USDT"};
    cw::Finding pass;
    pass.id = "mention.ticker";
    pass.title = "Ticker";
    pass.message = "Found.";
    pass.required = false;
    report.findings = {fail, pass};

    CHECK(cw::report_json(report) ==
          R"({"ready":false,"checks":[{"id":"link.spot","status":"fail","required":true,"title":"Spot link","message":"Wrong page.",)"
          R"("fix":{"kind":"replace","start":3,"end":10,"text":"https://www.gate.io/trade/OBOL_USDT"},"spans":[{"start":3,"end":10,"text":"gate.io"}]},)"
          R"({"id":"mention.ticker","status":"pass","required":false,"title":"Ticker","message":"Found.","spans":[]}],)"
          R"("stats":{"code_points":9,"weighted_length":12}})");
}

TEST_CASE("an insert fix is written with its position and text")
{
    cw::Report report;
    cw::Finding finding;
    finding.fix = cw::Fix{cw::FixKind::Insert, 5, 5, "\n$OBOL"};
    report.findings.push_back(finding);
    const auto parsed = nlohmann::json::parse(cw::report_json(report, 2));
    CHECK(parsed["checks"][0]["fix"] == nlohmann::json::parse(R"({"kind": "insert", "start": 5, "end": 5, "text": "\n$OBOL"})"));
}

TEST_CASE("text that is not valid UTF-8 is replaced, never a crash")
{
    cw::Report report;
    cw::Finding finding;
    finding.message = "bad \xFF byte";
    report.findings.push_back(finding);
    const std::string text = cw::report_json(report);
    CHECK(text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
}
