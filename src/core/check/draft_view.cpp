#include "core/check/draft_view.h"

#include "core/text/ascii.h"
#include "core/text/width_fold.h"

namespace cw {

DraftView::DraftView(std::string_view draft) : bytes(draft), decoded(decode_utf8_compact(draft)), links(find_links(draft, decoded))
{
    link_ranges.reserve(links.size());
    for (const FoundLink& link : links) link_ranges.push_back({link.first_code_point, link.end_code_point});
}

const TraditionalFolding& DraftView::traditional() const
{
    if (!traditional_) traditional_ = fold_traditional(decoded.code_points);
    return *traditional_;
}

const std::u32string& DraftView::folded_characters() const
{
    if (!folded_characters_) {
        folded_characters_ = decoded.code_points;
        for (char32_t& c : *folded_characters_) c = ascii_lower(fold_traditional_character(fold_width(c)));
    }
    return *folded_characters_;
}

std::string DraftView::text(std::size_t first, std::size_t end) const
{
    return encode_utf8(std::u32string_view(decoded.code_points).substr(first, end - first));
}

Fix DraftView::insertion_at_end(const std::string& text) const
{
    const bool needs_new_line = !bytes.empty() && bytes.back() != '\n';
    return {FixKind::Insert, bytes.size(), bytes.size(), (needs_new_line ? "\n" : "") + text};
}

} // namespace cw
