#include "core/check/texts_in_draft.h"

#include "core/text/utf8.h"

#include <catch2/catch.hpp>

using Ranges = std::vector<cw::CodePointRange>;

TEST_CASE("fixed texts are found in one pass, in the draft's order, each occurrence of one text after the last")
{
    const cw::TextsInDraft texts({"【Obol 是什么？】", "[Write your point here]", "", "aa", "【"});
    const std::u32string draft = cw::decode_utf8("x【Obol 是什么？】y [Write your point here] aaa 【").code_points;
    // "aa" twice would overlap in "aaa": the second is looked for past the first. "【" stands alone too.
    CHECK(texts.find(draft) == Ranges{{1, 2}, {1, 12}, {14, 37}, {38, 40}, {42, 43}});
}

TEST_CASE("no text is found in a draft without them, nor next to ill-formed bytes that are not them")
{
    const cw::TextsInDraft texts({"【标题】"});
    CHECK(texts.find(U"标题】 and 【标题 but not whole").empty());
    // An ill-formed lead byte before the heading does not hide it: 【 starts a character whatever came before.
    const std::u32string draft = cw::decode_utf8("\xE4【标题】").code_points;
    CHECK(texts.find(draft) == Ranges{{1, 5}});
}
