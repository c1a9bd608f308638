// A fact as every panel shows it: its text, a mark when the figure is only the announcement's claim,
// and its source (title and as-of date) as a link that opens the source in a new tab.
#pragma once

#include "core/campaign/campaign.h"
#include "ui/ui_context.h"

#include <string_view>

namespace cw {

// A small tag in the theme's claim colour reading "announcement's claim"; hovering explains it.
void draw_claim_mark(const UiContext& ui);

// "Source: title (as of date)" in the muted colour, wrapped and underlined as a link; named test_id.
void draw_source(const UiContext& ui, const Source& source, std::string_view test_id);

// A bullet with the fact's text, its claim mark, its source.
void draw_fact(const UiContext& ui, const Fact& fact, std::string_view source_test_id);

} // namespace cw
