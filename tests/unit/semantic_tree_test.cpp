#include "core/accessibility/semantic_tree.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

cw::SemanticNode node(std::string key, cw::Role role, std::string name)
{
    cw::SemanticNode made;
    made.key = std::move(key);
    made.role = role;
    made.name = std::move(name);
    made.width = 80;
    made.height = 24;
    return made;
}

std::vector<cw::SemanticNode> header()
{
    std::vector<cw::SemanticNode> nodes = {node("save-offline", cw::Role::button, "Save offline copy"),
                                           node("tabs", cw::Role::tablist, "Sections"),
                                           node("tab-research", cw::Role::tab, "Research"),
                                           node("tab-draft", cw::Role::tab, "Post")};
    nodes[2].parent = nodes[3].parent = "tabs";
    nodes[2].selected = cw::Toggle::on;
    nodes[3].selected = cw::Toggle::off;
    return nodes;
}

} // namespace

TEST_CASE("the same nodes twice make no change: an idle widget sends nothing to the DOM")
{
    const cw::SemanticChanges changes = cw::diff_semantic_nodes(header(), header());
    CHECK(changes.empty());
}

TEST_CASE("a state that changes sends only the nodes that changed, without the order")
{
    std::vector<cw::SemanticNode> after = header();
    after[2].selected = cw::Toggle::off;
    after[3].selected = cw::Toggle::on;
    const cw::SemanticChanges changes = cw::diff_semantic_nodes(header(), after);
    CHECK(changes.changed == std::vector<std::size_t>{2, 3});
    CHECK(changes.removed.empty());
    CHECK_FALSE(changes.reordered);
}

TEST_CASE("a node moved by a pixel, renamed or given a value is a change")
{
    for (const auto& alter : {+[](cw::SemanticNode& n) { n.y += 1; }, +[](cw::SemanticNode& n) { n.name = "保存离线副本"; },
                              +[](cw::SemanticNode& n) { n.disabled = true; }, +[](cw::SemanticNode& n) { n.value = "x"; }}) {
        std::vector<cw::SemanticNode> after = header();
        alter(after[0]);
        CHECK(cw::diff_semantic_nodes(header(), after).changed == std::vector<std::size_t>{0});
    }
}

TEST_CASE("a node gone is removed by its key, and the rest keep their order")
{
    std::vector<cw::SemanticNode> after = header();
    after.erase(after.begin());
    const cw::SemanticChanges changes = cw::diff_semantic_nodes(header(), after);
    CHECK(changes.removed == std::vector<std::string>{"save-offline"});
    CHECK(changes.changed.empty());
    CHECK_FALSE(changes.reordered);
}

TEST_CASE("a node added, or two nodes swapped, sends the whole order")
{
    std::vector<cw::SemanticNode> added = header();
    added.insert(added.begin() + 1, node("lang-en", cw::Role::button, "English"));
    const cw::SemanticChanges adding = cw::diff_semantic_nodes(header(), added);
    CHECK(adding.changed == std::vector<std::size_t>{1});
    CHECK(adding.reordered);

    std::vector<cw::SemanticNode> swapped = header();
    std::swap(swapped[2], swapped[3]);
    const cw::SemanticChanges swapping = cw::diff_semantic_nodes(header(), swapped);
    CHECK(swapping.reordered);
    CHECK(swapping.changed.empty());
}

TEST_CASE("the first frame sends every node, in order")
{
    const cw::SemanticChanges changes = cw::diff_semantic_nodes({}, header());
    CHECK(changes.changed.size() == 4);
    const nlohmann::json json = nlohmann::json::parse(cw::semantic_changes_json(changes, header()));
    CHECK(json["order"] == nlohmann::json({"save-offline", "tabs", "tab-research", "tab-draft"}));
    CHECK(json["nodes"][2]["role"] == "tab");
    CHECK(json["nodes"][2]["parent"] == "tabs");
    CHECK(json["nodes"][2]["selected"] == true);
    CHECK(json["nodes"][3]["selected"] == false);
    CHECK_FALSE(json["nodes"][0].contains("selected"));
    CHECK(json["nodes"][0]["rect"] == nlohmann::json({0, 0, 80, 24}));
}

TEST_CASE("the JSON carries each state that is set and a range's numbers")
{
    cw::SemanticNode bar = node("readiness-bar", cw::Role::progressbar, "Readiness");
    bar.has_range = true;
    bar.value_now = 5;
    bar.value_max = 7;
    bar.value = "5 of 7 checks pass";
    cw::SemanticNode done = node("step-done:who", cw::Role::checkbox, "Done with this step");
    done.checked = cw::Toggle::on;
    cw::SemanticNode draft = node("draft-editor", cw::Role::textbox, "Your post");
    draft.multiline = true;
    const std::vector<cw::SemanticNode> nodes = {bar, done, draft};
    const nlohmann::json json = nlohmann::json::parse(cw::semantic_changes_json(cw::diff_semantic_nodes({}, nodes), nodes));
    CHECK(json["nodes"][0]["now"] == 5);
    CHECK(json["nodes"][0]["max"] == 7);
    CHECK(json["nodes"][0]["value"] == "5 of 7 checks pass");
    CHECK(json["nodes"][1]["checked"] == true);
    CHECK(json["nodes"][2]["value"] == "");
    CHECK(json["nodes"][2]["multiline"] == true);
}

TEST_CASE("a draft cut inside a character still makes valid JSON")
{
    cw::SemanticNode draft = node("draft-editor", cw::Role::textbox, "Your post");
    draft.value = std::string("\xE4\xBD", 2); // half of 你
    const std::vector<cw::SemanticNode> nodes = {draft};
    const std::string text = cw::semantic_changes_json(cw::diff_semantic_nodes({}, nodes), nodes);
    CHECK_NOTHROW(nlohmann::json::parse(text));
}

TEST_CASE("the roles are WAI-ARIA's, and only controls are the keyboard's stops")
{
    CHECK(cw::aria_role(cw::Role::image) == "img");
    CHECK(cw::aria_role(cw::Role::tablist) == "tablist");
    CHECK(cw::aria_role(cw::Role::dialog) == "dialog");
    CHECK(cw::is_interactive(cw::Role::checkbox));
    CHECK(cw::is_interactive(cw::Role::link));
    CHECK_FALSE(cw::is_interactive(cw::Role::heading));
    CHECK_FALSE(cw::is_interactive(cw::Role::progressbar));
    CHECK_FALSE(cw::is_interactive(cw::Role::dialog)); // its controls are the stops, not the panel
}
