#pragma once

#include "core/compare/comparecolumn.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate::comparefile {

/// The file format pieces a saved Comparison and a saved Batch share, kept in one place so the two
/// files keep the same shape: the common settings (id, title, date, base profile, system prompt,
/// shared parameters, columns) and CSV quoting. Free functions, no state; the templates read and
/// write the same-named members of either struct.

/// One CSV field, quoted as RFC 4180 asks when it holds a separator, a quote, a line break or
/// leading/trailing blanks.
QString csvField(const QString &value);
/// One CSV record: the quoted fields joined by commas, ended with CRLF.
QString csvLine(const QStringList &fields);

QJsonArray columnsToJson(const QList<CompareColumn> &columns);
QList<CompareColumn> columnsFromJson(const QJsonValue &value);

/// Adds the shared settings to `o` (format version 1).
template <typename Document>
void writeSettings(QJsonObject &o, const Document &d)
{
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("createdAt"), d.createdAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("baseProfile"), d.baseProfile);
    o.insert(QStringLiteral("systemPrompt"), d.systemPrompt);
    o.insert(QStringLiteral("columns"), columnsToJson(d.columns));
    if (d.temperature)
        o.insert(QStringLiteral("temperature"), *d.temperature);
    if (d.maxTokens)
        o.insert(QStringLiteral("maxTokens"), double(*d.maxTokens));
}

/// Reads the shared settings from `o` into `d`; absent parameters stay unset.
template <typename Document>
void readSettings(const QJsonObject &o, Document &d)
{
    d.id = o.value(QStringLiteral("id")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    d.baseProfile = o.value(QStringLiteral("baseProfile")).toString();
    d.systemPrompt = o.value(QStringLiteral("systemPrompt")).toString();
    if (o.contains(QStringLiteral("temperature")))
        d.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.contains(QStringLiteral("maxTokens")))
        d.maxTokens = qint64(o.value(QStringLiteral("maxTokens")).toDouble());
    d.columns = columnsFromJson(o.value(QStringLiteral("columns")));
}

} // namespace tiergate::comparefile
