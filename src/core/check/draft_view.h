// The draft as every rule reads it, prepared once per check: its bytes, its code points with their
// byte offsets, the links in it, and the folded forms the rules compare with (Traditional → Simplified
// with one offset map back; width, case and Traditional character by character). A rule never decodes
// or folds the draft itself; what it finds it reports in code points, and span() turns them into byte
// offsets into the text as written.
#pragma once

#include "core/check/finding.h"
#include "core/check/links.h"
#include "core/check/own_text.h"
#include "core/i18n/traditional_fold.h"
#include "core/text/compact_decoding.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class DraftView {
public:
    // Keeps a view of `bytes`: the draft must outlive this.
    explicit DraftView(std::string_view bytes);
    // Not copied or moved: the Traditional folding may be a view of the code points held here.
    DraftView(const DraftView&) = delete;
    DraftView& operator=(const DraftView&) = delete;

    std::string_view bytes;
    CompactDecodedText decoded; // its offsets kept sparsely (compact_decoding.h)
    std::vector<FoundLink> links;
    std::vector<CodePointRange> link_ranges; // the links as code point ranges, in order

    const std::u32string& code_points() const { return decoded.code_points; }

    // Folded on first use, then shared by every rule of this check.
    // Traditional → Simplified, phrases included (the keyword searches of mentions and topics).
    const TraditionalFolding& traditional() const;
    // Width, ASCII case and Traditional → Simplified one character for one, so positions stay the
    // draft's (the forbidden words).
    const std::u32string& folded_characters() const;

    std::size_t byte_offset(std::size_t code_point) const { return decoded.offsets.byte_offset(code_point); }
    // The text of a code point range; ill-formed bytes come out as U+FFFD, so it is always valid UTF-8.
    std::string text(std::size_t first, std::size_t end) const;
    Span span(std::size_t first, std::size_t end) const { return {byte_offset(first), byte_offset(end), text(first, end)}; }
    Span span(CodePointRange range) const { return span(range.first, range.second); }

    // Text for a missing link or word goes at the end of the draft, on a line of its own.
    Fix insertion_at_end(const std::string& text) const;

private:
    mutable std::optional<TraditionalFolding> traditional_;
    mutable std::optional<std::u32string> folded_characters_;
};

} // namespace cw
