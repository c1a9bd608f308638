// campaign-check: the widget's checking core on the command line.
//
//   campaign-check [--campaign FILE] [--lang zh|zh-Hant|en] [--format text|json] DRAFT|-
//   campaign-check --validate FILE
//
// Without --campaign it checks against the built-in OBOL campaign. Exit codes, which scripts rely on:
// 0 the draft is ready, 1 it is not, 2 the command could not do its job (a usage error, an unreadable
// draft or campaign, an invalid campaign; the reason goes to stderr). --validate exits 0 for a valid
// campaign and 2 for an invalid one, listing every problem with its JSON path.
//
// Text output reads like a linter's, one line per check: "draft.txt:3:7: fail link.launchpool: …",
// where the column counts characters (code points) from 1. It is coloured only on a terminal, and not
// when NO_COLOR is set.
#include "cli/input_file.h"
#include "cli/working_memory.h"
#include "core/campaign/builtin_campaign.h"
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"
#include "core/campaign/report_json.h"
#include "core/campaign/traditional_texts.h"
#include "core/i18n/catalogue.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: campaign-check [--campaign FILE] [--lang zh|zh-Hant|en] [--format text|json] [--now TIME] DRAFT|-\n"
    "       campaign-check --validate FILE\n"
    "\n"
    "Checks a post draft (a UTF-8 text file, or - for standard input) against a campaign: the built-in\n"
    "OBOL campaign unless --campaign is given. Exit 0: ready; 1: not ready; 2: usage error, unreadable\n"
    "input or invalid campaign. --validate checks a campaign file and lists its problems.\n"
    "A format 2 campaign's period is told for the present, or for --now \"YYYY-MM-DD HH:MM\" (UTC).\n";

struct Options {
    std::optional<std::string> campaign_path;
    std::optional<std::string> validate_path;
    std::string draft_path;
    cw::Language language = cw::Language::English;
    bool json = false;
    std::optional<std::int64_t> now; // --now: the time the period notice is told for (scripts, tests)
};

int usage_error(const std::string& message)
{
    fmt::print(stderr, "campaign-check: {}\n{}", message, kUsage);
    return 2;
}

// Parses the command line; returns an exit code when the program should stop here.
std::optional<int> parse_options(int argc, char** argv, Options& options)
{
    bool have_draft = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= argc) return std::nullopt;
            (void)name;
            return std::string(argv[++i]);
        };
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (arg == "--now") {
            const auto given = value(arg.c_str());
            if (!given) return usage_error("--now needs a value");
            options.now = cw::parse_period_time(*given, 0);
            if (!options.now) return usage_error("--now must be a UTC time as \"YYYY-MM-DD HH:MM\", not \"" + *given + "\"");
        } else if (arg == "--campaign" || arg == "--validate" || arg == "--lang" || arg == "--format") {
            const auto given = value(arg.c_str());
            if (!given) return usage_error(arg + " needs a value");
            if (arg == "--campaign") options.campaign_path = *given;
            else if (arg == "--validate") options.validate_path = *given;
            else if (arg == "--lang") {
                const bool known = *given == "zh" || *given == "en" || *given == "zh-Hant" || *given == "zh-TW" || *given == "zh-HK";
                if (!known) return usage_error("--lang must be zh, zh-Hant (or zh-TW, zh-HK) or en, not \"" + *given + "\"");
                options.language = cw::language_from_tag(*given);
            } else {
                if (*given != "text" && *given != "json") return usage_error("--format must be text or json, not \"" + *given + "\"");
                options.json = *given == "json";
            }
        } else if (arg == "-" || arg.empty() || arg[0] != '-') {
            if (have_draft) return usage_error("only one draft at a time (got \"" + options.draft_path + "\" and \"" + arg + "\")");
            options.draft_path = arg;
            have_draft = true;
        } else {
            return usage_error("unknown option " + arg);
        }
    }
    if (options.validate_path) {
        if (have_draft || options.campaign_path) return usage_error("--validate takes one campaign file and nothing else");
        return std::nullopt;
    }
    if (!have_draft) return usage_error("no draft given (a file, or - for standard input)");
    return std::nullopt;
}

// Loads the campaign, or prints why it cannot and returns nullopt.
std::optional<cw::Campaign> load(const std::optional<std::string>& path)
{
    const std::string name = path ? *path : "built-in campaign";
    std::optional<cw::cli::InputFile> file; // the campaign's text, read where it lies (no copy)
    std::string_view text = builtin_campaign_json();
    if (path) {
        file.emplace(*path);
        if (!file->error().empty()) {
            fmt::print(stderr, "campaign-check: cannot read campaign {}: {}\n", *path, file->error());
            return std::nullopt;
        }
        text = file->bytes();
    }
    cw::CampaignLoad load = cw::load_campaign(text);
    if (!load.campaign) {
        fmt::print(stderr, "campaign-check: {} is not a valid campaign ({} problem{}):\n", name, load.problems.size(),
                   load.problems.size() == 1 ? "" : "s");
        for (const auto& problem : load.problems) fmt::print(stderr, "{}: {}\n", name, cw::describe(problem));
        return std::nullopt;
    }
    return std::move(load.campaign);
}

// Line and column (both from 1; the column in code points) of byte offsets in a text.
class TextPositions {
public:
    explicit TextPositions(std::string_view text) : text_(text)
    {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') line_starts_.push_back(i + 1);
        }
    }
    std::pair<std::size_t, std::size_t> at(std::size_t offset) const
    {
        const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin();
        std::size_t column = 1;
        for (std::size_t i = line_starts_[static_cast<std::size_t>(line - 1)]; i < offset && i < text_.size(); ++i) {
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        }
        return {static_cast<std::size_t>(line), column};
    }

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};


// What follows offset on its line, at most 16 code points ("…" where cut): where a fix inserts, the
// text it goes before.
std::string text_after(std::string_view text, std::size_t offset)
{
    constexpr std::size_t kMostCodePoints = 16;
    std::size_t end = offset;
    std::size_t code_points = 0;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') {
        if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && code_points++ == kMostCodePoints) {
            return std::string(text.substr(offset, end - offset)) + "…";
        }
        ++end;
    }
    return std::string(text.substr(offset, end - offset));
}

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '"') out += "\\\"";
        else out += c;
    }
    return out + "\"";
}

// The person's time zone, in minutes east of UTC, at `now`.
int local_offset_minutes(std::int64_t now)
{
    const std::time_t time = static_cast<std::time_t>(now);
    std::tm local{};
    if (!localtime_r(&time, &local)) return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

// Format 2: the period notice, and the items only the person can confirm, which the CLI cannot check
// and which do not change its verdict.
void print_campaign_notes(const cw::Campaign& campaign, const std::string& name, cw::Language language, std::optional<std::int64_t> now)
{
    if (campaign.period) {
        const std::int64_t at = now ? *now : static_cast<std::int64_t>(std::time(nullptr));
        const int offset = now ? 0 : local_offset_minutes(at); // --now is UTC, and so is its answer
        fmt::print("{}: {}\n", name, cw::catalogue_text("cli.period", language, {cw::describe_period(*campaign.period, at, offset, language).text}));
    }
    for (const cw::SelfConfirmedItem& item : campaign.requirements.all<cw::SelfConfirmedItem>()) {
        fmt::print("{}: {}\n", name, cw::catalogue_text("cli.not-checkable", language, {item.id, item.title.text(language)}));
    }
}

void print_text_report(const cw::Report& report, const std::string& name, std::string_view draft, cw::Language language)
{
    const bool colour = isatty(fileno(stdout)) && std::getenv("NO_COLOR") == nullptr;
    auto paint = [&](std::string_view text, const char* code) {
        return colour ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
    };
    const TextPositions positions(draft);
    std::size_t failures = 0, warnings = 0;
    for (const cw::Finding& finding : report.findings) {
        const char* code = finding.status == cw::Status::Pass ? "32" : finding.status == cw::Status::Warn ? "33" : "1;31";
        if (finding.status == cw::Status::Fail) ++failures;
        if (finding.status == cw::Status::Warn) ++warnings;
        std::string where = name;
        if (!finding.spans.empty()) {
            const auto [line, column] = positions.at(finding.spans.front().start);
            where += fmt::format(":{}:{}", line, column);
        }
        fmt::print("{}: {} {}: {}\n", where, paint(cw::status_name(finding.status), code), finding.id, finding.message);
        if (finding.fix) {
            const cw::Fix& fix = *finding.fix;
            const std::string old_text(draft.substr(fix.start, fix.end - fix.start));
            // The CLI's own words in the report's language, from the catalogue (assets/i18n/cli.json).
            std::string said;
            if (fix.kind == cw::FixKind::Insert && fix.start >= draft.size()) {
                said = cw::catalogue_text("cli.fix-add", language, {quoted(fix.text)});
            } else if (fix.kind == cw::FixKind::Insert) { // inside the draft: say where
                const auto [line, column] = positions.at(fix.start);
                said = cw::catalogue_text("cli.fix-insert", language,
                                          {quoted(fix.text), fmt::format("{}:{}", line, column), text_after(draft, fix.start)});
            } else if (fix.text.empty()) {
                said = cw::catalogue_text("cli.fix-remove", language, {quoted(old_text)});
            } else {
                said = cw::catalogue_text("cli.fix-replace", language, {quoted(old_text), quoted(fix.text)});
            }
            fmt::print("    {}\n", said);
        }
    }
    const std::string verdict = report.ready ? paint(cw::catalogue_text("cli.ready", language), "32")
                                             : paint(cw::catalogue_text("cli.not-ready", language), "1;31");
    // The draft's counts on their own, so that a count of one is said in the singular ("1 character").
    const std::string counts = cw::catalogue_count_text("cli.counts", report.stats.code_points, language,
                                                        {std::to_string(report.stats.code_points), std::to_string(report.stats.weighted_length)});
    fmt::print("{}: {}\n", name,
               cw::catalogue_text("cli.summary", language,
                                  {verdict, std::to_string(report.findings.size()), std::to_string(failures), std::to_string(warnings), counts}));
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (const auto stop = parse_options(argc, argv, options)) return *stop;

    if (options.validate_path) {
        const auto campaign = load(options.validate_path);
        if (!campaign) return 2;
        const cw::Requirements& requirements = campaign->requirements;
        const std::size_t checks = cw::count_checked(requirements);
        if (const std::size_t to_confirm = cw::count_confirmed_by_person(requirements)) {
            fmt::print("{}: valid campaign \"{}\" (format {}, {} checks, {} to confirm by the person)\n", *options.validate_path, campaign->id,
                       campaign->format_version, checks, to_confirm);
            return 0;
        }
        fmt::print("{}: valid campaign \"{}\" ({} checks)\n", *options.validate_path, campaign->id, checks);
        return 0;
    }

    const auto campaign = load(options.campaign_path);
    if (!campaign) return 2;
    if (options.language == cw::Language::TraditionalChinese && cw::gives_simplified_chinese_only(*campaign)) {
        fmt::print(stderr,
                   "campaign-check: {} gives its texts in Simplified Chinese only, so they print in Simplified; the build "
                   "writes a copy with Traditional Chinese texts into dist/campaigns/\n",
                   options.campaign_path ? *options.campaign_path : "the built-in campaign");
    }

    const cw::cli::InputFile draft(options.draft_path);
    if (!draft.error().empty()) {
        fmt::print(stderr, "campaign-check: cannot read draft {}: {}\n", options.draft_path, draft.error());
        return 2;
    }

    cw::cli::reserve_working_memory(cw::cli::check_working_memory(draft.bytes().size()));
    const cw::Report report = cw::check_draft(*campaign, draft.bytes(), options.language);
    if (options.json) {
        const std::int64_t now = options.now ? *options.now : static_cast<std::int64_t>(std::time(nullptr));
        fmt::print("{}\n", cw::report_json(report, *campaign, now, options.language, 2));
    } else {
        const std::string name = options.draft_path == "-" ? "<stdin>" : options.draft_path;
        print_campaign_notes(*campaign, name, options.language, options.now);
        print_text_report(report, name, draft.bytes(), options.language);
    }
    return report.ready ? 0 : 1;
}
