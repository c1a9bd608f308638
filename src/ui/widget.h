// The widget's UI: what the person sees, drawn with Dear ImGui from the core's values.
//
// No browser calls here; the platform layer owns the window, the input and the frame loop, and calls
// draw() once per frame.
#pragma once

#include "core/campaign.h"
#include "core/language.h"
#include "ui/item_rects.h"

#include <string>
#include <string_view>

namespace cw {

class Widget {
public:
    // campaign_json: the campaign file's text. A campaign that fails to load is shown as a list of its
    // problems, never as an empty window.
    Widget(std::string_view campaign_json, Language language);

    void draw();

    Language language() const { return language_; }
    void set_language(Language language) { language_ = language; }

    const std::string& draft() const { return draft_; }
    // Replaces the draft from outside the editor (the page's API); the editor shows it next frame, even
    // while it is being edited.
    void set_draft(std::string_view draft);

    const ItemRects& item_rects() const { return item_rects_; }

private:
    void draw_draft_editor();

    CampaignLoad load_;
    Language language_;
    std::string draft_;
    bool draft_replaced_ = false;
    ItemRects item_rects_;
};

} // namespace cw
