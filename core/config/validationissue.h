#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// One problem of a configuration document: where (`profiles.production.fallbackChain[2]`) and
/// what, as a plain translated sentence ("model 'x' is not in the catalog"). Errors make a
/// document unusable (a store refuses it); warnings are shown but do not block.
class ValidationIssue
{
    Q_GADGET
public:
    enum class Severity
    {
        Error,
        Warning
    };
    Q_ENUM(Severity)

    Severity severity = Severity::Error;
    QString path; ///< JSON path; "" for the document as a whole
    QString message;

    static ValidationIssue error(const QString &path, const QString &message)
    {
        ValidationIssue i;
        i.path = path;
        i.message = message;
        return i;
    }
    static ValidationIssue warning(const QString &path, const QString &message)
    {
        ValidationIssue i;
        i.severity = Severity::Warning;
        i.path = path;
        i.message = message;
        return i;
    }

    bool isError() const { return severity == Severity::Error; }
    /// `error: path: sentence` / `warning: path: sentence` (the CLI's line format).
    QString toString() const;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ValidationIssue)
Q_DECLARE_METATYPE(QList<tiergate::ValidationIssue>)
