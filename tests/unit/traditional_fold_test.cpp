#include "core/check/keyword_index.h"
#include "core/i18n/traditional_fold.h"
#include "core/i18n/traditional_fold_table.h"
#include "core/text/utf8.h"

#include <catch2/catch.hpp>

#include <random>

TEST_CASE("Traditional characters fold to Simplified one to one")
{
    CHECK(cw::fold_traditional_utf8("驗證器") == "验证器");
    CHECK(cw::fold_traditional_utf8("質押代幣") == "质押代币");
    CHECK(cw::fold_traditional_character(U'網') == U'网');
}

TEST_CASE("Simplified text, Latin text and punctuation stay as they are")
{
    CHECK(cw::fold_traditional_utf8("分布式验证器，质押 GT！") == "分布式验证器，质押 GT！");
    CHECK(cw::fold_traditional_utf8("https://www.gate.io/trade/OBOL_USDT") == "https://www.gate.io/trade/OBOL_USDT");
}

TEST_CASE("Taiwan phrases fold to the mainland word: 分散式, 社群, 網路, 軟體")
{
    CHECK(cw::fold_traditional_utf8("分散式驗證器") == "分布式验证器");
    CHECK(cw::fold_traditional_utf8("加入社群") == "加入社区");
    CHECK(cw::fold_traditional_utf8("網路") == "网络");
    CHECK(cw::fold_traditional_utf8("軟體") == "软件");
}

TEST_CASE("Hong Kong forms fold too: 分佈式, 網絡, 集羣")
{
    CHECK(cw::fold_traditional_utf8("分佈式驗證器") == "分布式验证器");
    CHECK(cw::fold_traditional_utf8("網絡") == "网络");
    CHECK(cw::fold_traditional_utf8("集羣") == "集群");
}

TEST_CASE("a Taiwan phrase typed in Simplified characters folds as well")
{
    CHECK(cw::fold_traditional_utf8("软体") == "软件");
}

TEST_CASE("a phrase that folds to a shorter word keeps the positions of the text as written")
{
    const std::u32string text = cw::decode_utf8("用網際網路質押").code_points; // 網際網路 → 互联网
    const cw::TraditionalFolding folding = cw::fold_traditional(text);
    CHECK(cw::encode_utf8(folding.text()) == "用互联网质押");
    REQUIRE_FALSE(folding.same_positions());
    CHECK(folding.original_range(1, 4) == std::pair<std::size_t, std::size_t>{1, 5}); // 互联网 ← 網際網路
    CHECK(folding.original_range(4, 6) == std::pair<std::size_t, std::size_t>{5, 7}); // 质押 ← 質押
    CHECK(folding.folded_position(5) == 4);
}

TEST_CASE("keywords match Traditional text, and the spans point into the text as written")
{
    const cw::KeywordIndex index({"分布式验证器", "社区", "互联网", "质押"});
    const std::u32string text = cw::decode_utf8("在網際網路上，分散式驗證器社群都在質押").code_points;
    const auto found = index.search(text);
    REQUIRE(found[0].count == 1);
    CHECK(cw::encode_utf8(text.substr(found[0].first[0].first, found[0].first[0].second - found[0].first[0].first)) == "分散式驗證器");
    REQUIRE(found[1].count == 1);
    CHECK(cw::encode_utf8(text.substr(found[1].first[0].first, 2)) == "社群");
    REQUIRE(found[2].count == 1);
    CHECK(found[2].first[0] == std::pair<std::size_t, std::size_t>{1, 5}); // 網際網路
    REQUIRE(found[3].count == 1);
    CHECK(cw::encode_utf8(text.substr(found[3].first[0].first, 2)) == "質押");
}

TEST_CASE("a keyword given in Traditional matches Simplified text")
{
    const cw::KeywordIndex index({"分散式驗證器"});
    CHECK(index.search(cw::decode_utf8("Obol 是分布式验证器").code_points)[0].count == 1);
}

TEST_CASE("ignored ranges (links) still hide keywords after a phrase changed the length")
{
    const cw::KeywordIndex index({"OBOL"});
    const std::u32string text = cw::decode_utf8("網際網路 x.io/OBOL").code_points;
    CHECK(index.search(text, {{5, 15}})[0].count == 0);
    CHECK(index.search(text)[0].count == 1);
}

TEST_CASE("characters fold through the compact tables at every kind of entry")
{
    // Found by their bit and its rank in the BMP bitmap.
    CHECK(cw::fold_traditional_character(U'驗') == U'验');
    CHECK(cw::fold_traditional_character(U'網') == U'网');
    CHECK(cw::fold_traditional_character(U'體') == U'体');
    // A BMP character whose Simplified form is past U+FFFF, and one past U+FFFF itself.
    CHECK(cw::fold_traditional_character(char32_t(0x346E)) == char32_t(0x2B748));
    CHECK(cw::fold_traditional_character(char32_t(0x2ADD3)) == char32_t(0x23DAD));
    // Not in the tables: below the ideographs, a Simplified character, past every entry.
    CHECK(cw::fold_traditional_character(U'A') == U'A');
    CHECK(cw::fold_traditional_character(U'验') == U'验');
    CHECK(cw::fold_traditional_character(char32_t(0x10FFFF)) == char32_t(0x10FFFF));
    CHECK(cw::fold_traditional_character(char32_t(0xFFFF)) == char32_t(0xFFFF));
}

TEST_CASE("a phrase is found at the end of the text and not past it")
{
    CHECK(cw::fold_traditional_utf8("軟體") == "软件");
    CHECK(cw::fold_traditional_utf8("軟") == "软");
    CHECK(cw::fold_traditional_utf8("用軟") == "用软");
}

namespace {
namespace table = cw::traditional_fold_table;

std::u32string key_of(const table::Phrase& phrase)
{
    return {table::phrase_text + phrase.text_offset, table::phrase_text + phrase.text_offset + phrase.key_length};
}

// Folding as its definition says, the slow way: characters one to one, then at each position the longest
// phrase key of the whole table found there.
std::u32string fold_by_definition(const std::u32string& text)
{
    std::u32string characters;
    for (char32_t c : text) characters.push_back(cw::fold_traditional_character(c));
    std::u32string folded;
    for (std::size_t i = 0; i < characters.size();) {
        const table::Phrase* best = nullptr;
        for (std::size_t p = 0; p < table::phrase_count; ++p) {
            const std::u32string key = key_of(table::phrases[p]);
            if (characters.compare(i, key.size(), key) == 0 && (!best || key.size() > best->key_length)) best = &table::phrases[p];
        }
        if (!best) {
            folded.push_back(characters[i++]);
            continue;
        }
        const char16_t* value = table::phrase_text + best->text_offset + best->key_length;
        folded.append(value, value + best->value_length);
        i += best->key_length;
    }
    return folded;
}
} // namespace

TEST_CASE("every phrase of the table folds as the slow definition says, alone, run together and cut short")
{
    std::u32string all;
    for (std::size_t p = 0; p < table::phrase_count; ++p) {
        const std::u32string key = key_of(table::phrases[p]);
        const std::u32string alone = U"在" + key + U"。";
        REQUIRE(cw::fold_traditional(alone).text() == fold_by_definition(alone));
        const std::u32string cut = key.substr(0, key.size() - 1);
        REQUIRE(cw::fold_traditional(cut).text() == fold_by_definition(cut));
        all += key;
    }
    const cw::TraditionalFolding folding = cw::fold_traditional(all);
    CHECK(folding.text() == fold_by_definition(all));
    // Positions map back into the text as written, in order, covering all of it.
    REQUIRE(folding.origin_begin.size() == folding.text().size());
    CHECK(folding.original_range(0, folding.text().size()) == std::pair<std::size_t, std::size_t>{0, all.size()});
}

TEST_CASE("a text that folds to itself is not copied, and one that folds late folds as the definition says")
{
    const std::u32string simplified = U"Obol 是以太坊的分布式验证器网络，容错、无单点故障。$OBOL 现货 https://www.gate.io/trade/OBOL_USDT";
    const cw::TraditionalFolding same = cw::fold_traditional(simplified);
    CHECK(same.text().data() == simplified.data());
    CHECK(same.same_positions());

    // Long Simplified stretches, then a Traditional character or a phrase of the table, at every distance
    // from the start: folding must begin where the definition's first change is, and not miss a phrase
    // that starts in the stretch.
    std::mt19937 random(23);
    for (int round = 0; round < 300; ++round) {
        std::u32string text = simplified.substr(0, random() % simplified.size());
        const table::Phrase& phrase = table::phrases[random() % table::phrase_count];
        text += random() % 2 == 0 ? key_of(phrase) : std::u32string(U"驗");
        text += simplified.substr(0, random() % 20);
        REQUIRE(cw::fold_traditional(text).text() == fold_by_definition(text));
    }
}
