// A fact as every panel shows it (core/content/fact_content.h): its text, a mark when the figure is only
// the announcement's claim, and its source (title and as-of date) as a link that opens it in a new tab.
#pragma once

#include "core/content/fact_content.h"
#include "ui/ui_context.h"

#include <string>
#include <string_view>

namespace cw {

// A small tag in the theme's claim colour reading "announcement's claim"; hovering explains it.
void draw_claim_mark(const UiContext& ui);

// A source's label ("Source: title (as of date)", source_label()) in the muted colour, wrapped and
// underlined as a link to url; named test_id.
void draw_source(const UiContext& ui, const std::string& label, const std::string& url, std::string_view test_id);

// A bullet with the fact's text, its claim mark, its source.
void draw_fact(const UiContext& ui, const FactContent& fact, std::string_view source_test_id);

} // namespace cw
