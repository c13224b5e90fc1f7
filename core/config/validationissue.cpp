#include "core/config/validationissue.h"

#include <algorithm>

namespace tiergate {

QString ValidationIssue::toString() const
{
    const QString sev = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (path.isEmpty())
        return sev + QStringLiteral(": ") + message;
    return sev + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
}

} // namespace tiergate
