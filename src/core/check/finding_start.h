// Every finding about a requirement starts the same way: the requirement's id, whether it is required,
// and its title in the reader's language. One place for it, so a rule only says what it found.
#pragma once

#include "core/check/check.h"

namespace cw {

template <typename Requirement> Finding start_finding(const Requirement& requirement, Language language)
{
    Finding finding;
    finding.id = requirement.id;
    finding.required = requirement.required;
    finding.title = requirement.title.text(language);
    return finding;
}

} // namespace cw
