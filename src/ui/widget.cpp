#include "ui/widget.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

namespace cw {

Widget::Widget(std::string_view campaign_json, Language language)
    : load_(load_campaign(campaign_json)), language_(language)
{
}

void Widget::set_draft(std::string_view draft)
{
    draft_.assign(draft);
    draft_replaced_ = true;
}

void Widget::draw()
{
    item_rects_.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);

    const bool chinese = language_ == Language::Chinese;
    const std::string title = load_.campaign ? load_.campaign->title.text(language_)
                                             : std::string(chinese ? "活动清单" : "Campaign checklist");
    // "###widget": the window keeps one identity whatever its title, so switching language keeps its state.
    const std::string window_name = title + "###widget";
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin(window_name.c_str(), nullptr, flags);

    if (load_.campaign) {
        ImGui::TextWrapped("%s", chinese ? "调研项目，撰写帖子，了解 Launchpool。" :
                                           "Research the project, write your post, understand the launchpool.");
    } else {
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s",
                           chinese ? "活动文件无法使用：" : "The campaign file cannot be used:");
        for (const CampaignProblem& problem : load_.problems) ImGui::BulletText("%s", describe(problem).c_str());
    }
    draw_draft_editor();

    ImGui::End();
}

void Widget::draw_draft_editor()
{
    const bool chinese = language_ == Language::Chinese;
    ImGui::SeparatorText(chinese ? "你的帖子" : "Your post");
    const ImGuiID editor_id = ImGui::GetID("##draft");
    if (draft_replaced_) {
        // The editor keeps its own copy of the text while active; tell it to take the new one.
        if (ImGuiInputTextState* state = ImGui::GetInputTextState(editor_id)) state->ReloadUserBufAndKeepSelection();
        draft_replaced_ = false;
    }
    const ImVec2 size(-FLT_MIN, ImGui::GetContentRegionAvail().y);
    ImGui::InputTextMultiline("##draft", &draft_, size);
    item_rects_.record_last_item("draft-editor");
}

} // namespace cw
