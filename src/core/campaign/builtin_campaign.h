// The campaign the widget opens and campaign-check uses when none is given: assets/campaigns/obol.json
// with its Traditional Chinese texts (cmake/traditional_chinese.cmake), compiled in at build time.
#pragma once

#include "core/embedded_file.h"

#include <string_view>

namespace cw::embedded {
extern const EmbeddedFile builtin_campaign;
} // namespace cw::embedded

inline std::string_view builtin_campaign_json()
{
    return cw::embedded::builtin_campaign.text();
}
