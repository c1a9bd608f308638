#include "core/check/mentions.h"
#include "core/check/topics.h"

#include <catch2/catch.hpp>

namespace {

cw::TopicRequirement launchpool_topic()
{
    cw::TopicRequirement topic;
    topic.id = "launchpool.promo";
    topic.groups_zh = {{"GT", {"GT"}}, {"BTC", {"BTC", "比特币"}}, {"奖池", {"2,250,000", "225万"}}, {"APR", {"APR", "年化"}}};
    topic.groups_en = {{"GT", {"GT"}}, {"BTC", {"BTC", "bitcoin"}}, {"the pool", {"2,250,000"}}, {"APR", {"APR"}}};
    return topic;
}

cw::MentionRequirement ticker(const std::string& text = "$OBOL")
{
    cw::MentionRequirement mention;
    mention.id = "mention.ticker";
    mention.text = text;
    return mention;
}

} // namespace

TEST_CASE("a topic is covered when every group of one language has a keyword")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "质押 GT、BTC，瓜分 2,250,000 OBOL，年化最高 168%", cw::Language::Chinese);
    CHECK(coverage.covered);
    CHECK(coverage.language == cw::Language::Chinese);
    CHECK(coverage.found.size() == 4);
}

TEST_CASE("a topic written in the other language than the interface's still counts")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "Stake GT or BTC for 2,250,000 OBOL at an APR up to 168%", cw::Language::Chinese);
    CHECK(coverage.covered);
}

TEST_CASE("a partly covered topic names the groups still missing")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "Stake GT for OBOL", cw::Language::English);
    CHECK_FALSE(coverage.covered);
    CHECK(coverage.language == cw::Language::English);
    CHECK(coverage.missing_groups == std::vector<std::size_t>{1, 2, 3});
}

TEST_CASE("an uncovered topic reports the interface's language")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "nothing here", cw::Language::Chinese);
    CHECK_FALSE(coverage.covered);
    CHECK(coverage.language == cw::Language::Chinese);
    CHECK(coverage.missing_groups.size() == 4);
}

TEST_CASE("a topic with English groups only is judged in English from a Chinese interface")
{
    cw::TopicRequirement topic;
    topic.groups_en = {{"", {"Quill"}}};
    const auto coverage = cw::cover_topic(topic, "no", cw::Language::Chinese);
    CHECK(coverage.language == cw::Language::English);
    CHECK(cw::cover_topic(topic, "QUILL notes", cw::Language::Chinese).covered);
}

TEST_CASE("the ticker is found in all the ways people write it")
{
    struct Case {
        const char* behaviour;
        std::string text;
        std::size_t count;
    };
    const std::vector<Case> cases = {
        {"plain", "I like $OBOL", 1},
        {"right after CJK and before 。", "关注$OBOL。", 1},
        {"with a full-width dollar sign", "关注＄OBOL", 1},
        {"entirely in full-width", "＄ＯＢＯＬ", 1},
        {"in lower case", "$obol!", 1},
        {"not as part of a longer ticker", "$OBOLX $OBOL_X", 0},
        {"several times", "$OBOL，$OBOL；$OBOL", 3},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour << ": " << c.text);
        CHECK(cw::find_mention(ticker(), c.text).count == c.count);
    }
}

TEST_CASE("the ticker without its $ is a near miss at the bare word")
{
    const auto found = cw::find_mention(ticker(), "关注 OBOL 项目");
    CHECK(found.count == 0);
    REQUIRE(found.near_miss);
    CHECK(*found.near_miss == std::pair<std::size_t, std::size_t>{3, 7});
}

TEST_CASE("the ticker with a space after $ is a near miss covering both")
{
    const auto found = cw::find_mention(ticker(), "关注 $ OBOL");
    REQUIRE(found.near_miss);
    CHECK(*found.near_miss == std::pair<std::size_t, std::size_t>{3, 9});
}

TEST_CASE("a mention without a sign has no near misses")
{
    const auto found = cw::find_mention(ticker("QuillNetwork"), "Quill Network");
    CHECK(found.count == 0);
    CHECK_FALSE(found.near_miss);
}

TEST_CASE("a hashtag mention works like a ticker")
{
    CHECK(cw::find_mention(ticker("#QuillNetwork"), "写笔记#quillnetwork。").count == 1);
    CHECK(cw::find_mention(ticker("#QuillNetwork"), "QuillNetwork").near_miss);
}
