// Whether a campaign file gives its Chinese texts in Traditional Chinese too. The source campaigns
// (assets/campaigns/) give Simplified only; the build writes copies with the Traditional texts
// (dist/campaigns/, the built-in campaign). Read in Traditional, a file without them shows its own texts
// in Simplified (LocalizedText::text() falls back), which campaign-check says rather than leave a person
// wondering.
#pragma once

#include "core/campaign/campaign.h"

namespace cw {

// True when the campaign gives texts in Simplified Chinese and not one in Traditional Chinese.
bool gives_simplified_chinese_only(const Campaign& campaign);

} // namespace cw
