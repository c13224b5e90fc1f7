#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// Something of a profile that an export format cannot express (or expresses only
/// approximately), or something of an imported file that Tiergate has no equivalent for.
/// `option` is the JSON path of the Tiergate option (`profiles.production.backoff.jitter`) or the
/// key of the foreign file (`router_settings.tag_filtering`); `message` is a plain translated
/// sentence saying what happens instead and what to do. Never contains a key value.
class ExportWarning
{
public:
    QString option;
    QString message;

    ExportWarning() = default;
    ExportWarning(const QString &o, const QString &m)
        : option(o)
        , message(m)
    { }

    /// `option: message` (the CLI's line format, prefixed with "warning: " there).
    QString toString() const;

    friend bool operator==(const ExportWarning &, const ExportWarning &) = default;
};

using ExportWarnings = QList<ExportWarning>;

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ExportWarning)
