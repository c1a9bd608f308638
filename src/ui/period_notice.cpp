#include "ui/period_notice.h"

#include "ui/typography.h"

#include <imgui.h>

namespace cw {

std::optional<PeriodNotice> period_notice(const Campaign& campaign, std::int64_t now, int local_offset_minutes, Language language)
{
    if (!campaign.period || now <= 0) return std::nullopt; // no period, or no clock yet
    return describe_period(*campaign.period, now, local_offset_minutes, language);
}

void draw_period_notice(const UiContext& ui, const PeriodNotice& notice)
{
    ImGui::BeginGroup();
    wrapped_text(notice.text, notice.state == PeriodState::Ended ? ui.theme.warn : ui.theme.muted);
    ImGui::EndGroup();
    ui.declare_item("period-notice", {.role = Role::status, .name = notice.text});
}

} // namespace cw
