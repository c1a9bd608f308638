// Links that open a page in a new tab. The UI never calls the browser: it asks Dear ImGui's
// Platform_OpenInShellFn, which the platform layer sets (in the browser, window.open with noopener,
// for http(s) addresses only).
#pragma once

#include <imgui.h>

#include <string_view>

namespace cw {

// Opens url through the platform; false when there is no platform hook or it refused the address.
bool open_link(const char* url);

// A link whose label wraps at the edge of the panel, every line underlined, so that a long source
// title never runs off a narrow widget (ImGui::TextLinkOpenURL draws a single line). Drawn in colour,
// in the link colour while hovered; hovering shows the address; a click opens it. Its ID comes from the
// label: push an ID around links that may share one. Returns true when it was clicked.
bool wrapped_link(std::string_view label, const char* url, const ImVec4& colour);

} // namespace cw
