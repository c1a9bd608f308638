// find_links() on any bytes: a draft can be anything pasted from anywhere. Each link found must be a
// range of the draft, in order, not overlapping the previous one, with its text being those bytes.
#include "core/check/links.h"
#include "invariant.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view draft(reinterpret_cast<const char*>(data), size);
    const cw::DecodedText decoded = cw::decode_utf8(draft);
    std::size_t previous_end = 0;
    std::size_t previous_end_code_point = 0;
    for (const cw::FoundLink& link : cw::find_links(draft)) {
        expect_invariant(link.start < link.end && link.end <= size, "a link is a non-empty range of the draft");
        expect_invariant(link.start >= previous_end, "links come in order and do not overlap");
        expect_invariant(link.text == draft.substr(link.start, link.end - link.start), "a link's text is its bytes");
        expect_invariant(link.first_code_point < link.end_code_point &&
                             link.end_code_point <= decoded.code_points.size() &&
                             link.first_code_point >= previous_end_code_point,
                         "a link's code point range is inside the decoded draft, in order");
        expect_invariant(decoded.byte_offsets[link.first_code_point] == link.start,
                         "a link's byte and code point starts agree");
        const char last = link.text.back();
        expect_invariant(std::string_view(".,;:!?'*").find(last) == std::string_view::npos,
                         "trailing punctuation is not part of a link");
        // A link read on its own is the same one link: where it ends does not depend on what came before.
        const auto alone = cw::find_links(link.text);
        expect_invariant(alone.size() == 1 && alone[0].text == link.text && alone[0].has_scheme == link.has_scheme,
                         "a link found in a draft is found whole on its own");
        previous_end = link.end;
        previous_end_code_point = link.end_code_point;
    }
    return 0;
}
