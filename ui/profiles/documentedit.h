#pragma once

#include <QString>

#include <functional>

namespace tiergate {

class TiergateConfig;

/// How the document pages of the profile editor change the working copy: `edit` is applied to a
/// copy of the document and pushed as one undo step named `text`. `mergeable` edits with the same
/// text merge into one step (typing into one field).
using DocumentEdit
    = std::function<void(const QString &text, const std::function<void(TiergateConfig &)> &edit, bool mergeable)>;

} // namespace tiergate
