#include "core/fix.h"

#include <algorithm>

namespace cw {

FixedDraft apply_fix(std::string_view draft, const Fix& fix)
{
    const std::size_t start = std::min(fix.start, draft.size());
    const std::size_t end = fix.kind == FixKind::Replace ? std::clamp(fix.end, start, draft.size()) : start;
    std::string inserted = fix.text;
    if (fix.kind == FixKind::Insert && start == draft.size() && !draft.empty() && draft.back() != '\n') {
        inserted.insert(0, "\n");
    }
    FixedDraft fixed;
    fixed.text.reserve(draft.size() + inserted.size());
    fixed.text.append(draft.substr(0, start));
    fixed.text.append(inserted);
    fixed.text.append(draft.substr(end));
    fixed.changed_start = start + (inserted.size() - fix.text.size()); // after the added line break
    fixed.changed_end = start + inserted.size();
    return fixed;
}

} // namespace cw
