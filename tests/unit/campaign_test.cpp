#include "core/campaign/campaign.h"
#include "core/campaign/traditional_texts.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>

using nlohmann::json;

namespace {

std::vector<std::string> described_problems(const cw::CampaignLoad& load)
{
    std::vector<std::string> lines;
    for (const auto& problem : load.problems) lines.push_back(cw::describe(problem));
    return lines;
}

// The smallest campaign that uses every field: each error case below changes one thing in it.
const char* const kComplete = R"({
  "format_version": 1, "id": "t", "languages": ["zh", "en"],
  "title": {"zh": "标题", "en": "Title"}, "summary": {"zh": "简介", "en": "Summary"},
  "prize": {"zh": "奖品", "en": "Prize"}, "notes": "for authors",
  "announcement": {"url": "https://example.com/news", "title": "News", "as_of": "2025-05"},
  "research": [{"id": "r", "title": {"zh": "步骤", "en": "Step"}, "body": {"zh": "正文", "en": "Body"},
                "facts": [{"text": {"zh": "事实", "en": "Fact"},
                           "source": {"url": "https://example.org/a", "title": "A", "as_of": "2026-07"}}],
                "prompts": [{"zh": "问题", "en": "Question"}]}],
  "requirements": {
    "links": [{"id": "link.a", "title": {"zh": "链接", "en": "Link"}, "url": "https://www.example.com/a?x=1",
               "equivalent_hosts": ["example.net"], "fix_text": {"zh": "链接：https://www.example.com/a?x=1", "en": "Link: https://www.example.com/a?x=1"}}],
    "mentions": [{"id": "mention.a", "title": {"zh": "提及", "en": "Mention"}, "text": "$ABC"}],
    "topics": [{"id": "topic.a", "title": {"zh": "话题", "en": "Topic"}, "required": false, "hint": {"zh": "提示", "en": "Hint"},
                "keywords": {"zh": [{"any": ["甲"]}], "en": [{"label": "a", "any": ["alpha"]}]}}],
    "length": {"id": "length", "title": {"zh": "长度", "en": "Length"}, "minimum": 10, "measure": "code_points"},
    "equivalent_path_prefixes": {"example.com": ["/zh/", "/zh-tw/"]}},
  "launchpool": {"title": {"zh": "池", "en": "Pool"}, "summary": {"zh": "池简介", "en": "Pool summary"},
                 "url": "https://example.com/pool", "steps": [{"zh": "一步", "en": "One step"}],
                 "pools": [{"coin": "ABC", "note": {"zh": "注", "en": "Note"}}],
                 "total_reward": {"amount": 100, "token": "ABC", "announcement_claim": true,
                                  "source": {"url": "https://example.com/s", "title": "S", "as_of": "2025"}},
                 "apr": {"up_to_percent": 12.5, "source": {"url": "https://example.com/s", "title": "S", "as_of": "2025-05-07"}},
                 "facts": [{"text": {"zh": "池事实", "en": "Pool fact"},
                            "source": {"url": "https://example.com/s", "title": "S", "as_of": "2025"}}]}
})";

// One change to the complete campaign: set the value at a JSON pointer, or remove it.
struct Change {
    std::string pointer;
    std::optional<json> value; // nullopt: remove
};

std::string changed(const Change& change)
{
    json document = json::parse(kComplete);
    const json::json_pointer pointer(change.pointer);
    if (change.value) {
        document[pointer] = *change.value;
    } else {
        json& parent = document[pointer.parent_pointer()];
        if (parent.is_array()) parent.erase(std::stoul(pointer.back()));
        else parent.erase(pointer.back());
    }
    return document.dump();
}

} // namespace

TEST_CASE("both shipped campaigns load without problems")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    CHECK(obol.id == "obol");
    CHECK(obol.title.text(cw::Language::Chinese) == "OBOL 项目分享活动");
    CHECK(obol.title.text(cw::Language::English) == "OBOL post campaign");
    CHECK(obol.languages == std::vector<cw::Language>{cw::Language::Chinese, cw::Language::English});
    const cw::Campaign quill = shipped_campaign("sample-quill.json");
    CHECK(quill.id == "sample-quill");
    CHECK(quill.languages == std::vector<cw::Language>{cw::Language::English});
}

TEST_CASE("the OBOL campaign has its fixed check ids, links and launchpool")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    const cw::Requirements& r = obol.requirements;
    REQUIRE(r.all<cw::LinkRequirement>().size() == 2);
    CHECK(r.all<cw::LinkRequirement>()[0].id == "link.spot");
    CHECK(r.all<cw::LinkRequirement>()[0].url == "https://www.gate.io/trade/OBOL_USDT");
    CHECK(r.all<cw::LinkRequirement>()[0].host == "gate.io");
    CHECK(r.all<cw::LinkRequirement>()[0].path == "/trade/OBOL_USDT");
    CHECK(r.all<cw::LinkRequirement>()[0].equivalent_hosts == std::vector<std::string>{"gate.com"});
    CHECK(r.all<cw::LinkRequirement>()[1].id == "link.launchpool");
    CHECK(r.all<cw::LinkRequirement>()[1].query == std::vector<cw::QueryParameter>{{"pid", "291"}});
    REQUIRE(r.all<cw::MentionRequirement>().size() == 1);
    CHECK(r.all<cw::MentionRequirement>()[0].id == "mention.ticker");
    CHECK(r.all<cw::MentionRequirement>()[0].text == "$OBOL");
    std::vector<std::string> topic_ids;
    for (const auto& topic : r.all<cw::TopicRequirement>()) topic_ids.push_back(topic.id);
    CHECK(topic_ids == std::vector<std::string>{"topic.what-is-obol", "topic.dv-advantages", "topic.tokenomics", "launchpool.promo"});

    REQUIRE(obol.launchpool);
    std::vector<std::string> coins;
    for (const auto& pool : obol.launchpool->pools) coins.push_back(pool.coin);
    CHECK(coins == std::vector<std::string>{"GT", "BTC", "OBOL"});
    CHECK(obol.launchpool->total_reward.amount == 2250000);
    CHECK(obol.launchpool->total_reward.announcement_claim);
    CHECK(obol.launchpool->apr.up_to_percent == 168);
    CHECK(obol.launchpool->apr.announcement_claim);
    CHECK(obol.launchpool->url == "https://www.gate.io/launchpool/OBOL?pid=291");
}

TEST_CASE("every OBOL fact has a source with an as-of date, and the announcement's figures are marked as claims")
{
    const cw::Campaign obol = shipped_campaign("obol.json");
    REQUIRE(obol.research.size() == 3);
    std::size_t claims = 0;
    for (const auto& step : obol.research) {
        CHECK_FALSE(step.prompts.empty());
        for (const auto& fact : step.facts) {
            CHECK_FALSE(fact.source.url.empty());
            CHECK_FALSE(fact.source.as_of.empty());
            if (fact.announcement_claim) {
                ++claims;
                CHECK(fact.text.en.find("announcement") != std::string::npos);
            }
        }
    }
    CHECK(claims == 1); // 800+ operators and $1B secured
}

TEST_CASE("a complete campaign loads, and an English-only one falls back to English")
{
    CHECK(cw::load_campaign(kComplete).problems.empty());
    const cw::Campaign quill = shipped_campaign("sample-quill.json");
    CHECK(quill.title.text(cw::Language::Chinese) == "Sample campaign: Quill Network (fictional)");
}

TEST_CASE("text that is not JSON is refused with a message, not a crash")
{
    const auto load = cw::load_campaign("{\"format_version\": 1, \"id\": ");
    CHECK(!load.campaign);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].path == "line 1, column 29");
    CHECK(load.problems[0].message.rfind("not valid JSON: ", 0) == 0);
    CHECK(cw::describe(load.problems[0]).rfind("line 1, column 29: not valid JSON: unexpected end of input", 0) == 0);
    const auto empty = cw::load_campaign("");
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].path == "line 1, column 1");
}

TEST_CASE("a JSON syntax error is placed by line and column, columns counting characters")
{
    // The missing comma before "en": line 2, the 24th character (标题 counts two, not six bytes).
    const auto load = cw::load_campaign("{\n  \"title\": {\"zh\": \"标题\" \"en\": \"x\"}\n}");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].path == "line 2, column 24");
    CHECK(load.problems[0].message.find("not valid JSON") == 0);
}

TEST_CASE("a document that is not an object is refused")
{
    CHECK(described_problems(cw::load_campaign("[1, 2]")) == std::vector<std::string>{"expected a JSON object, got array"});
}

TEST_CASE("an unknown or missing format version is refused by name, before anything else")
{
    CHECK(described_problems(cw::load_campaign(R"({"format_version": 3, "id": 7})")) ==
          std::vector<std::string>{"format_version: unsupported format version 3; this widget reads versions 1 and 2"});
    CHECK(described_problems(cw::load_campaign(R"({"format_version": "1"})")) ==
          std::vector<std::string>{"format_version: unsupported format version \"1\"; this widget reads versions 1 and 2"});
    CHECK(described_problems(cw::load_campaign(R"({"id": "x"})")) == std::vector<std::string>{"format_version: missing; expected 1"});
}

TEST_CASE("every wrong field is reported with its JSON path and what was expected")
{
    struct Case {
        Change change;
        std::string problem;
    };
    const std::vector<Case> cases = {
        {{"/id", std::nullopt}, "id: missing; expected a string"},
        {{"/id", 42}, "id: expected a string, got number"},
        {{"/id", ""}, "id: expected a non-empty string"},
        {{"/id", "Bad Id"}, "id: expected an id of lowercase letters, digits, '.', '-' and '_' (starting with a letter or digit), got \"Bad Id\""},
        {{"/languages", std::nullopt}, "languages: missing; expected an array"},
        {{"/languages", json::array()}, "languages: expected at least one entry"},
        {{"/languages", json::array({"fr"})}, "languages[0]: expected \"zh\" or \"en\", got \"fr\""},
        {{"/languages", json::array({"en", "en"})}, "languages[1]: \"en\" is listed twice"},
        {{"/title/zh", std::nullopt}, "title.zh: missing; expected a string"},
        {{"/title", "x"}, "title: expected an object with \"zh\" and/or \"en\", got \"x\""},
        {{"/title", std::nullopt}, "title: missing; expected an object with \"zh\" and/or \"en\""},
        {{"/title/fr", "x"}, "title.fr: unknown field; expected one of: zh, en, zh-Hant"},
        {{"/summary/en", 7}, "summary.en: expected a string, got number"},
        {{"/notes", 5}, "notes: expected a string, got number"},
        {{"/announcement/url", "data:text/html,hi"}, "announcement.url: expected an http(s) URL, got \"data:text/html,hi\""},
        {{"/research", json::array()}, "research: expected at least one entry"},
        {{"/research/0", "x"}, "research[0]: expected an object, got \"x\""},
        {{"/research/0/extra", 1}, "research[0].extra: unknown field; expected one of: id, title, body, facts, prompts"},
        {{"/research/1", json::parse(R"({"id": "r", "title": {"zh": "a", "en": "a"}, "body": {"zh": "b", "en": "b"},
            "facts": [{"text": {"zh": "c", "en": "c"}, "source": {"url": "https://example.org", "title": "t", "as_of": "2025"}}]})")},
         "research[1].id: duplicate id \"r\" (also research[0].id)"},
        {{"/research/0/facts", json::array()}, "research[0].facts: expected at least one entry"},
        {{"/research/0/facts/0/source/url", "javascript:alert(1)"},
         "research[0].facts[0].source.url: expected an http(s) URL, got \"javascript:alert(1)\""},
        {{"/research/0/facts/0/source/url", "https://example.org/a very long address that goes on and on"},
         "research[0].facts[0].source.url: expected an http(s) URL, got \"https://example.org/a very long address …\""},
        {{"/research/0/facts/0/source/as_of", "July 2026"},
         "research[0].facts[0].source.as_of: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"July 2026\""},
        {{"/research/0/facts/0/source/as_of", "2026-13"},
         "research[0].facts[0].source.as_of: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"2026-13\""},
        {{"/research/0/facts/0/source", std::nullopt}, "research[0].facts[0].source: missing; expected an object"},
        {{"/research/0/facts/0/announcement_claim", "yes"}, "research[0].facts[0].announcement_claim: expected true or false, got \"yes\""},
        {{"/research/0/prompts/0", 3}, "research[0].prompts[0]: expected an object with \"zh\" and/or \"en\", got number"},
        {{"/requirements", std::nullopt}, "requirements: missing; expected an object"},
        {{"/requirements", json::object()}, "requirements: expected at least one requirement (links, mentions, topics or length)"},
        {{"/requirements/links", "x"}, "requirements.links: expected an array, got \"x\""},
        {{"/requirements/links/0/url", "ftp://example.com/"}, "requirements.links[0].url: expected an http(s) URL, got \"ftp://example.com/\""},
        {{"/requirements/links/0/url", "www.example.com/a"}, "requirements.links[0].url: expected an http(s) URL, got \"www.example.com/a\""},
        {{"/requirements/links/0/equivalent_hosts/0", "not a host"},
         "requirements.links[0].equivalent_hosts[0]: expected a host name like \"example.com\", got \"not a host\""},
        {{"/requirements/links/0/required", "no"}, "requirements.links[0].required: expected true or false, got \"no\""},
        {{"/requirements/links/0/requried", false},
         "requirements.links[0].requried: unknown field; expected one of: id, title, url, required, equivalent_hosts, equivalent_urls, fix_text"},
        {{"/requirements/mentions/0/id", "link.a"}, "requirements.mentions[0].id: duplicate id \"link.a\" (also requirements.links[0].id)"},
        {{"/requirements/mentions/0/id", "draft.empty"}, "requirements.mentions[0].id: \"draft.empty\" is reserved for the checker's own findings"},
        {{"/requirements/mentions/0/text", "$A B"}, "requirements.mentions[0].text: expected one word without spaces, got \"$A B\""},
        {{"/requirements/topics/0/keywords/en", std::nullopt},
         "requirements.topics[0].keywords.en: missing; expected keyword groups for this campaign's language"},
        {{"/requirements/topics/0/keywords/zh", json::array()},
         "requirements.topics[0].keywords.zh: expected a non-empty array of keyword groups, got array"},
        {{"/requirements/topics/0/keywords/zh/0/any", json::array()}, "requirements.topics[0].keywords.zh[0].any: expected at least one entry"},
        {{"/requirements/topics/0/keywords/zh/0/any/0", ""}, "requirements.topics[0].keywords.zh[0].any[0]: expected a non-empty keyword, got \"\""},
        {{"/requirements/topics/0/keywords/zh/0/any/0", 5}, "requirements.topics[0].keywords.zh[0].any[0]: expected a non-empty keyword, got number"},
        {{"/requirements/length/minimum", 0}, "requirements.length.minimum: expected a whole number from 1 to 1000000, got 0"},
        {{"/requirements/length/minimum", 2.5}, "requirements.length.minimum: expected a whole number, got number"},
        {{"/requirements/length/measure", "words"}, "requirements.length.measure: expected \"weighted\" or \"code_points\", got \"words\""},
        {{"/launchpool/url", "javascript:void(0)"}, "launchpool.url: expected an http(s) URL, got \"javascript:void(0)\""},
        {{"/launchpool/steps", json::array()}, "launchpool.steps: expected at least one entry"},
        {{"/launchpool/pools", json::array()}, "launchpool.pools: expected at least one entry"},
        {{"/launchpool/pools/0/coin", std::nullopt}, "launchpool.pools[0].coin: missing; expected a string"},
        {{"/launchpool/total_reward/amount", -5}, "launchpool.total_reward.amount: expected a number above 0, got -5"},
        {{"/launchpool/total_reward/amount", "2,250,000"}, "launchpool.total_reward.amount: expected a number, got \"2,250,000\""},
        {{"/launchpool/apr", std::nullopt}, "launchpool.apr: missing; expected an object"},
        {{"/requirements/equivalent_path_prefixes", json::array()},
         "requirements.equivalent_path_prefixes: expected an object, got array"},
        {{"/requirements/equivalent_path_prefixes/example.com/0", "zh/"},
         "requirements.equivalent_path_prefixes.example.com[0]: expected a path prefix like \"/zh/\", got \"zh/\""},
        {{"/requirements/equivalent_path_prefixes/example.com/1", "/"},
         "requirements.equivalent_path_prefixes.example.com[1]: expected a path prefix like \"/zh/\", got \"/\""},
        {{"/requirements/equivalent_path_prefixes/other.org", json::array({"/en/"})},
         "requirements.equivalent_path_prefixes.other.org: no link requirement is on this host or its equivalent hosts"},
        {{"/launchpool/apr/source/url", "http:/broken"}, "launchpool.apr.source.url: expected an http(s) URL, got \"http:/broken\""},
    };
    for (const Case& c : cases) {
        const std::string text = changed(c.change);
        INFO("change at " << c.change.pointer);
        const auto load = cw::load_campaign(text);
        CHECK_FALSE(load.campaign);
        CHECK(described_problems(load) == std::vector<std::string>{c.problem});
    }
}

TEST_CASE("an unknown top-level field is refused, as typos are")
{
    const auto load = cw::load_campaign(changed({"/requried", true}));
    CHECK(described_problems(load) ==
          std::vector<std::string>{"requried: unknown field; expected one of: format_version, id, languages, title, summary, "
                                   "prize, announcement, notes, research, requirements, launchpool"});
}

TEST_CASE("all problems are reported at once, in document order")
{
    json document = json::parse(kComplete);
    document["id"] = 1;
    document["research"][0]["facts"][0]["source"]["url"] = "javascript:x";
    document["launchpool"]["url"] = "file:///etc/passwd";
    CHECK(described_problems(cw::load_campaign(document.dump())) ==
          std::vector<std::string>{"id: expected a string, got number",
                                   "research[0].facts[0].source.url: expected an http(s) URL, got \"javascript:x\"",
                                   "launchpool.url: expected an http(s) URL, got \"file:///etc/passwd\""});
}

TEST_CASE("an English-only campaign needs no Chinese text, but every English one")
{
    json document = json::parse(kComplete);
    document["languages"] = json::array({"en"});
    document["title"].erase("zh");
    CHECK(cw::load_campaign(document.dump()).problems.empty());
    document["summary"].erase("en");
    CHECK(described_problems(cw::load_campaign(document.dump())) == std::vector<std::string>{"summary.en: missing; expected a string"});
}

TEST_CASE("the loaded link requirement is ready for comparison")
{
    const auto load = cw::load_campaign(kComplete);
    REQUIRE(load.campaign);
    const cw::LinkRequirement& link = load.campaign->requirements.all<cw::LinkRequirement>()[0];
    CHECK(link.host == "example.com");
    CHECK(link.path == "/a");
    CHECK(link.query == std::vector<cw::QueryParameter>{{"x", "1"}});
    CHECK(link.required);
    CHECK_FALSE(load.campaign->requirements.all<cw::TopicRequirement>()[0].required);
    CHECK(load.campaign->requirements.one<cw::LengthRequirement>()->measure == cw::LengthMeasure::CodePoints);
}

TEST_CASE("the JSON Schema names the same fields as the loader")
{
    const json schema = json::parse(read_source_file("docs/campaign.schema.json"));
    // The loader lists the fields it knows in its "unknown field" message.
    // Format 2's lists: the schema names every field of both formats, and refuses format 2's in format 1.
    auto loader_fields = [](const std::string& pointer) {
        json document = json::parse(changed({pointer, 1}));
        document["format_version"] = 2;
        const auto load = cw::load_campaign(document.dump());
        REQUIRE(load.problems.size() == 1);
        const std::string& message = load.problems[0].message;
        const std::string list = message.substr(message.find(": ") + 2);
        std::vector<std::string> fields;
        for (std::size_t start = 0; start < list.size();) {
            const std::size_t comma = list.find(", ", start);
            fields.push_back(list.substr(start, comma - start));
            if (comma == std::string::npos) break;
            start = comma + 2;
        }
        std::sort(fields.begin(), fields.end());
        return fields;
    };
    auto schema_fields = [&](const json& object) {
        std::vector<std::string> fields;
        for (const auto& [key, value] : object["properties"].items()) fields.push_back(key);
        std::sort(fields.begin(), fields.end());
        return fields;
    };
    const json& defs = schema["$defs"];
    CHECK(schema_fields(schema) == loader_fields("/unknown"));
    CHECK(schema_fields(defs["researchStep"]) == loader_fields("/research/0/unknown"));
    CHECK(schema_fields(defs["fact"]) == loader_fields("/research/0/facts/0/unknown"));
    CHECK(schema_fields(defs["source"]) == loader_fields("/research/0/facts/0/source/unknown"));
    CHECK(schema_fields(defs["requirements"]) == loader_fields("/requirements/unknown"));
    CHECK(schema_fields(defs["linkRequirement"]) == loader_fields("/requirements/links/0/unknown"));
    CHECK(schema_fields(defs["mentionRequirement"]) == loader_fields("/requirements/mentions/0/unknown"));
    CHECK(schema_fields(defs["topicRequirement"]) == loader_fields("/requirements/topics/0/unknown"));
    CHECK(schema_fields(defs["lengthRequirement"]) == loader_fields("/requirements/length/unknown"));
    CHECK(schema_fields(defs["launchpool"]) == loader_fields("/launchpool/unknown"));
    CHECK(schema_fields(defs["launchpool"]["properties"]["total_reward"]) == loader_fields("/launchpool/total_reward/unknown"));
    CHECK(schema_fields(defs["launchpool"]["properties"]["apr"]) == loader_fields("/launchpool/apr/unknown"));
    CHECK(schema["required"].size() == 7);
}

TEST_CASE("every OBOL source that names a documentation page links that page, not the repository's front page")
{
    const json campaign = json::parse(read_source_file("assets/campaigns/obol.json"));
    const std::string prefix = "Obol documentation (obol-gitbook): ";
    std::size_t pages = 0;
    std::function<void(const json&)> visit = [&](const json& value) {
        if (value.is_object() && value.contains("url") && value.contains("title") && value["title"].is_string()) {
            const std::string url = value["url"];
            const std::string title = value["title"];
            INFO(title << " → " << url);
            CHECK(url != "https://github.com/ObolNetwork/obol-gitbook");
            if (title.rfind(prefix, 0) == 0) {
                ++pages;
                const std::string page = title.substr(prefix.size(), title.find_first_of(";", prefix.size()) - prefix.size());
                const std::string kind = page.back() == '/' ? "tree" : "blob";
                CHECK(url == "https://github.com/ObolNetwork/obol-gitbook/" + kind + "/HEAD/" +
                                 (page.back() == '/' ? page.substr(0, page.size() - 1) : page));
            }
        }
        if (value.is_structured()) {
            for (const auto& item : value) visit(item);
        }
    };
    visit(campaign);
    CHECK(pages >= 10);
}

TEST_CASE("a campaign gives Simplified Chinese only when it has Chinese texts and not one in Traditional")
{
    cw::Campaign campaign = shipped_campaign("obol.json"); // the source file: Simplified and English
    CHECK(cw::gives_simplified_chinese_only(campaign));
    // One Traditional text anywhere (here a check's title) is the build's conversion, or the author's.
    campaign.requirements.all<cw::TopicRequirement>().front().title.zh_hant = "Obol 是什麼";
    CHECK_FALSE(cw::gives_simplified_chinese_only(campaign));
    CHECK_FALSE(cw::gives_simplified_chinese_only(shipped_campaign("sample-quill.json"))); // English only
}
