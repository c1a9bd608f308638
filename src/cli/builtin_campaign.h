// The campaign campaign-check uses when no --campaign is given: assets/campaigns/obol.json, compiled
// into the binary at build time (cmake/embed_file.cmake), so the CLI works from any directory.
#pragma once

#include <string_view>

std::string_view builtin_campaign_json();
