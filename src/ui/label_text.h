// Campaign text as a Dear ImGui label. Dear ImGui reads "##" inside a label as the start of its ID and
// draws only what comes before: a title ending in "#" followed by an ID suffix ("…大赛#" + "###widget")
// lost its last "#", and a title holding "##" would lose everything after it. imgui_label() keeps the
// label and the ID apart: every '#' the text has is drawn, and only `id` ("###widget", or "" for none)
// is read as the ID. Plain string work, no ImGui, so it is unit-tested natively.
#pragma once

#include <string>
#include <string_view>

namespace cw {

std::string imgui_label(std::string_view text, std::string_view id = {});

} // namespace cw
