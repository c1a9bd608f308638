#include "core/fix.h"

#include <algorithm>

namespace cw {

FixedDraft apply_fix(std::string_view draft, const Fix& fix)
{
    const std::size_t start = std::min(fix.start, draft.size());
    const std::size_t end = fix.kind == FixKind::Replace ? std::clamp(fix.end, start, draft.size()) : start;
    std::string inserted = fix.text;
    // The check's own inserts start with their line break already (the JS API hands them out as they
    // are): add one only to a text that has none, or the Fix button leaves an empty line.
    const bool starts_line = !fix.text.empty() && fix.text.front() == '\n';
    if (fix.kind == FixKind::Insert && start == draft.size() && !draft.empty() && draft.back() != '\n' && !starts_line) {
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
