// The widget's UI: what the person sees, drawn with Dear ImGui from the core's values.
//
// No browser calls here; the platform layer owns the window, the input and the frame loop, and calls
// draw() once per frame.
#pragma once

#include "core/campaign.h"
#include "core/language.h"

#include <string>
#include <vector>

namespace cw {

class Widget {
public:
    // campaign_json: the campaign file's text. A campaign that fails to load is shown as a list of its
    // problems, never as an empty window.
    Widget(std::string_view campaign_json, Language language);

    void draw();

    Language language() const { return language_; }
    void set_language(Language language) { language_ = language; }

private:
    CampaignLoad load_;
    Language language_;
};

} // namespace cw
