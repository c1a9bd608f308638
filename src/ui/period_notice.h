// Format 2's campaign period, above the draft: "Ends in 3 days, on …" or "This campaign ended on …",
// in the person's own time. Muted while the campaign runs, in the warning colour once it has ended;
// the post can still be checked either way.
#pragma once

#include "core/campaign/campaign_period.h"
#include "ui/ui_context.h"

#include <cstdint>
#include <optional>

namespace cw {

// The notice for the campaign at `now` (Unix seconds), or nothing when the campaign has no period.
std::optional<PeriodNotice> period_notice(const Campaign& campaign, std::int64_t now, int local_offset_minutes, Language language);

void draw_period_notice(const UiContext& ui, const PeriodNotice& notice);

} // namespace cw
