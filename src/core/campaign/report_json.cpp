#include "core/campaign/report_json.h"

#include <nlohmann/json.hpp>

namespace cw {

namespace {
using ordered_json = nlohmann::ordered_json;

ordered_json span_json(const Span& span)
{
    ordered_json out;
    out["start"] = span.start;
    out["end"] = span.end;
    out["text"] = span.text;
    return out;
}

ordered_json report_value(const Report& report)
{
    ordered_json out;
    out["ready"] = report.ready;
    ordered_json checks = ordered_json::array();
    for (const Finding& finding : report.findings) {
        ordered_json check;
        check["id"] = finding.id;
        check["status"] = std::string(status_name(finding.status));
        check["required"] = finding.required;
        check["title"] = finding.title;
        check["message"] = finding.message;
        if (finding.fix) {
            ordered_json fix;
            fix["kind"] = finding.fix->kind == FixKind::Insert ? "insert" : "replace";
            fix["start"] = finding.fix->start;
            fix["end"] = finding.fix->end;
            fix["text"] = finding.fix->text;
            check["fix"] = std::move(fix);
        }
        ordered_json spans = ordered_json::array();
        for (const Span& span : finding.spans) spans.push_back(span_json(span));
        check["spans"] = std::move(spans);
        checks.push_back(std::move(check));
    }
    out["checks"] = std::move(checks);
    ordered_json stats;
    stats["code_points"] = report.stats.code_points;
    stats["weighted_length"] = report.stats.weighted_length;
    out["stats"] = std::move(stats);
    return out;
}

} // namespace

std::string report_json(const Report& report, int indent)
{
    const ordered_json out = report_value(report);
    // error_handler_t::replace: dump() would otherwise throw (and abort in the wasm build) on text that
    // is not valid UTF-8. The core only produces valid UTF-8, but a caller's Report may not.
    return out.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

std::string report_json(const Report& report, const Campaign& campaign, std::int64_t now, Language language, int indent)
{
    ordered_json out = report_value(report);
    if (campaign.period) {
        const CampaignPeriod& period = *campaign.period;
        ordered_json value;
        if (period.has_start) value["start"] = period.start_text;
        if (!period.open_ended) value["end"] = period.end_text;
        value["time_zone"] = period.time_zone;
        value["state"] = std::string(period_state_name(period_state(period, now)));
        out["period"] = std::move(value);
    }
    ordered_json items = ordered_json::array();
    for (const SelfConfirmedItem& item : campaign.requirements.all<SelfConfirmedItem>()) {
        ordered_json value;
        value["id"] = item.id;
        value["title"] = item.title.text(language);
        value["required"] = item.required;
        items.push_back(std::move(value));
    }
    out["self_confirmed"] = std::move(items);
    return out.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace cw
