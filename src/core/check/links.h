// Finding the links in a post, the way a reader's eye (and most sites' auto-linkers) would.
//
// A link starts with "http://" or "https://" (any case), or without a scheme at a host that begins with
// "www." or is followed by a path ("gate.io/trade/…"); a bare "Gate.io" in a sentence is a name, not a
// link. A link ends at white space, at any CJK character or full-width punctuation (。，：！？）】》…), at
// < > " and backticks, at an unbalanced ) or ], and where a second "http(s)://" starts (two links pasted
// back to back), before an ASCII emoticon (^_^ :-) ;) …) and before a '#' that opens a topic closed by
// a second '#' ("…/123#Gate广场#"; "#rules" with no closing '#' stays the link's fragment). An en dash
// between two letters or digits stays inside a path, and so do invisible characters between two of a
// link's (a zero-width space, a soft hyphen, a word joiner: the link says it holds them, link_match.h).
// Trailing . , ; : ! ? ' * ~ | } ^ and an empty fragment's # are not part of it. So Markdown
// [text](url) and <url> work without special cases. The text is read as written, before full-width
// folding: there a full-width ， or ： ends the link.
#pragma once

#include "core/text/compact_decoding.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct FoundLink {
    std::size_t start = 0; // UTF-8 byte offsets in the draft: [start, end)
    std::size_t end = 0;
    std::size_t first_code_point = 0; // the same range in code points of the decoded draft
    std::size_t end_code_point = 0;
    std::string_view text;   // the link as written: a view into the draft, which must outlive it
    bool has_scheme = false; // false for "www.gate.io/…" and "gate.io/…"
};

// The links found; their texts are views into `draft_utf8`, which must outlive them.
std::vector<FoundLink> find_links(std::string_view draft_utf8);
// For callers that have decoded the draft already; `decoded` must be decode_utf8_compact(draft_utf8).
std::vector<FoundLink> find_links(std::string_view draft_utf8, const CompactDecodedText& decoded);

} // namespace cw
