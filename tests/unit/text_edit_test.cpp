#include "core/text/text_edit.h"

#include <catch2/catch.hpp>

#include <string>

using cw::TextEdit;
using cw::TextRange;

namespace {
void type_each(TextEdit& edit, std::string_view characters)
{
    for (char c : characters) edit.type(std::string(1, c));
}
} // namespace

TEST_CASE("a new edit has its caret at the end and nothing to undo")
{
    TextEdit edit("草稿");
    CHECK(edit.caret() == 6);
    CHECK(!edit.has_selection());
    CHECK(!edit.can_undo());
    CHECK(!edit.can_redo());
}

TEST_CASE("typing inserts at the caret and replaces the selection")
{
    TextEdit edit("hello world");
    edit.set_caret(5, false);
    edit.type(",");
    CHECK(edit.text() == "hello, world");
    edit.select(7, 12);
    CHECK(edit.selected_text() == "world");
    edit.type("质押");
    CHECK(edit.text() == "hello, 质押");
    CHECK(edit.caret() == edit.text().size());
}

TEST_CASE("a run of typing is undone in one step")
{
    TextEdit edit("OBOL");
    type_each(edit, " rocks");
    CHECK(edit.text() == "OBOL rocks");
    CHECK(edit.undo());
    CHECK(edit.text() == "OBOL");
    CHECK(edit.caret() == 4);
    CHECK(!edit.can_undo());
}

TEST_CASE("moving the caret or a pause ends a typing run")
{
    TextEdit edit("");
    type_each(edit, "ab");
    edit.set_caret(1, false);
    type_each(edit, "x");
    edit.break_run();
    type_each(edit, "y");
    CHECK(edit.text() == "axyb");
    edit.undo();
    CHECK(edit.text() == "axb");
    edit.undo();
    CHECK(edit.text() == "ab");
    edit.undo();
    CHECK(edit.text() == "");
}

TEST_CASE("a run of Backspace is undone in one step and restores the caret")
{
    TextEdit edit("质押代币 OBOL");
    edit.erase_backward();
    edit.erase_backward();
    edit.erase_backward();
    CHECK(edit.text() == "质押代币 O");
    edit.erase_forward(); // at the end: nothing to erase
    CHECK(edit.undo());
    CHECK(edit.text() == "质押代币 OBOL");
    CHECK(edit.caret() == edit.text().size());
    CHECK(!edit.can_undo());
}

TEST_CASE("Delete erases the cluster after the caret and joins the run")
{
    TextEdit edit("a👍🏽b👨‍👩‍👧c");
    edit.set_caret(1, false);
    edit.erase_forward();
    CHECK(edit.text() == "ab👨‍👩‍👧c");
    edit.set_caret(2, false);
    edit.erase_forward();
    edit.erase_forward();
    CHECK(edit.text() == "ab");
    edit.undo();
    CHECK(edit.text() == "ab👨‍👩‍👧c");
    edit.undo();
    CHECK(edit.text() == "a👍🏽b👨‍👩‍👧c");
}

TEST_CASE("Backspace after a flag or a letter with its mark erases it whole")
{
    TextEdit edit("x🇨🇳e\u0301");
    edit.erase_backward();
    CHECK(edit.text() == "x🇨🇳");
    edit.erase_backward();
    CHECK(edit.text() == "x");
}

TEST_CASE("Ctrl+Backspace and Ctrl+Delete erase to the word boundary")
{
    TextEdit edit("stake GT and BTC");
    edit.erase_backward(true);
    CHECK(edit.text() == "stake GT and ");
    edit.set_caret(0, false);
    edit.erase_forward(true);
    CHECK(edit.text() == " GT and ");
}

TEST_CASE("typing over a selection and going on is one step; undo brings back the selection")
{
    TextEdit edit("the old word");
    edit.select(4, 7);
    type_each(edit, "new");
    CHECK(edit.text() == "the new word");
    edit.undo();
    CHECK(edit.text() == "the old word");
    CHECK(edit.selection() == TextRange{4, 7});
    CHECK(edit.anchor() == 4);
    CHECK(edit.caret() == 7);
}

TEST_CASE("a replace is always its own step, between typing runs")
{
    TextEdit edit("");
    type_each(edit, "see ");
    edit.replace(4, 4, "https://gate.io/launchpool");
    type_each(edit, " now");
    CHECK(edit.text() == "see https://gate.io/launchpool now");
    edit.undo();
    CHECK(edit.text() == "see https://gate.io/launchpool");
    edit.undo();
    CHECK(edit.text() == "see ");
    edit.undo();
    CHECK(edit.text() == "");
}

TEST_CASE("a replace can select what it put in")
{
    TextEdit edit("a b");
    edit.replace(1, 2, "＄OBOL", true);
    CHECK(edit.selected_text() == "＄OBOL");
    edit.undo();
    CHECK(edit.text() == "a b");
    edit.redo();
    CHECK(edit.selected_text() == "＄OBOL");
}

TEST_CASE("redo does again what undo undid, and a new edit forgets it")
{
    TextEdit edit("x");
    type_each(edit, "yz");
    edit.undo();
    CHECK(edit.can_redo());
    CHECK(edit.redo());
    CHECK(edit.text() == "xyz");
    CHECK(edit.caret() == 3);
    edit.undo();
    type_each(edit, "!");
    CHECK(!edit.can_redo());
    CHECK(!edit.redo());
    CHECK(edit.text() == "x!");
}

TEST_CASE("offsets are clamped and moved to a code-point boundary")
{
    TextEdit edit("中文");
    edit.set_caret(4, false);
    CHECK(edit.caret() == 3);
    edit.select(1, 99);
    CHECK(edit.selection() == TextRange{0, 6});
    edit.replace(2, 5, "x");
    CHECK(edit.text() == "x文");
}

TEST_CASE("select_all selects the whole text")
{
    TextEdit edit("全部");
    edit.select_all();
    CHECK(edit.selected_text() == "全部");
}

TEST_CASE("the changes since the last take tell the layout what to relay, and the revision counts them")
{
    TextEdit edit("abc");
    const auto revision = edit.revision();
    edit.set_caret(1, false);
    CHECK(edit.revision() == revision);
    edit.type("X");
    edit.erase_forward();
    const auto changes = edit.take_changes();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].start == 1);
    CHECK(changes[0].old_end == 1);
    CHECK(changes[0].new_end == 2);
    CHECK(changes[1].start == 2);
    CHECK(changes[1].old_end == 3);
    CHECK(changes[1].new_end == 2);
    CHECK(edit.revision() == revision + 2);
    CHECK(edit.take_changes().empty());
    edit.undo();
    const auto undone = edit.take_changes();
    REQUIRE(undone.size() == 1);
    CHECK(undone[0].start == 2);
    CHECK(undone[0].new_end == 3);
}

TEST_CASE("load replaces the text and forgets the history")
{
    TextEdit edit("a");
    edit.type("b");
    edit.load("新的草稿");
    CHECK(edit.text() == "新的草稿");
    CHECK(edit.caret() == edit.text().size());
    CHECK(!edit.can_undo());
    const auto changes = edit.take_changes();
    REQUIRE(!changes.empty());
    CHECK(changes.back().start == 0);
    CHECK(changes.back().old_end == 2);
    CHECK(changes.back().new_end == edit.text().size());
}

TEST_CASE("the history keeps the newest 1000 steps")
{
    TextEdit edit("");
    for (int i = 0; i < 1100; ++i) edit.replace(edit.text().size(), edit.text().size(), "x");
    int undone = 0;
    while (edit.undo()) ++undone;
    CHECK(undone == 1000);
    CHECK(edit.text() == std::string(100, 'x'));
}

TEST_CASE("the history drops the oldest steps past 16 MB but keeps the newest however big")
{
    TextEdit edit("");
    const std::string five_mb(5 * 1024 * 1024, 'p');
    for (int i = 0; i < 4; ++i) edit.replace(0, 0, five_mb);
    int undone = 0;
    while (edit.undo()) ++undone;
    CHECK(undone == 3);
    edit.load("");
    edit.replace(0, 0, std::string(20 * 1024 * 1024, 'q'));
    CHECK(edit.undo());
    CHECK(edit.text().empty());
}

TEST_CASE("changes combine into one that takes the first text to the last")
{
    // "abcdef": "cd" becomes "XYZ" (abXYZef), then "Z" is erased and "!" typed at the start.
    const std::vector<cw::TextChange> changes = {{2, 4, 5}, {4, 5, 4}, {0, 0, 1}};
    const cw::TextChange combined = cw::combine_changes(changes);
    CHECK(combined.start == 0);
    CHECK(combined.old_end == 4);
    CHECK(combined.new_end == 5); // "!abXY" took the place of "abcd"
    const std::vector<cw::TextChange> apart = {{1, 1, 2}, {8, 9, 8}};
    const cw::TextChange spanning = cw::combine_changes(apart);
    CHECK(spanning.start == 1);
    CHECK(spanning.old_end == 8);
    CHECK(spanning.new_end == 8);
}

TEST_CASE("an edit in place changes the owner's own string: one text, no copy")
{
    std::string draft = "Obol 分布式验证器";
    TextEdit edit("left over");
    edit.edit_in_place(draft);
    CHECK(&edit.text() == &draft); // the editor's text is the owner's string itself
    CHECK(edit.caret() == draft.size());
    CHECK(!edit.can_undo()); // taken as it stands: nothing to undo
    edit.take_changes();

    edit.set_caret(0, false);
    edit.type("#");
    CHECK(draft == "#Obol 分布式验证器");
    edit.replace(draft.size(), draft.size(), " $OBOL");
    CHECK(draft == "#Obol 分布式验证器 $OBOL");
    const std::vector<cw::TextChange> changes = edit.take_changes();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].start == 0);
    CHECK(changes[0].new_end == 1);

    CHECK(edit.undo());
    CHECK(draft == "#Obol 分布式验证器");
    CHECK(edit.undo());
    CHECK(draft == "Obol 分布式验证器");
    CHECK(edit.redo());
    CHECK(draft == "#Obol 分布式验证器");
    edit.load("loaded");
    CHECK(draft == "loaded");
}

TEST_CASE("a copy of an edit that owns its text edits its own copy")
{
    TextEdit first("abc");
    TextEdit second = first;
    second.type("d");
    CHECK(first.text() == "abc");
    CHECK(second.text() == "abcd");
}
