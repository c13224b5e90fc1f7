#include "core/compare/comparefile.h"

#include <QJsonArray>

namespace tiergate::comparefile {

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QJsonArray columnsToJson(const QList<CompareColumn> &columns)
{
    QJsonArray array;
    for (const CompareColumn &c : columns)
        array.append(c.toJson());
    return array;
}

QList<CompareColumn> columnsFromJson(const QJsonValue &value)
{
    QList<CompareColumn> columns;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        columns.append(CompareColumn::fromJson(v.toObject()));
    return columns;
}

} // namespace tiergate::comparefile
