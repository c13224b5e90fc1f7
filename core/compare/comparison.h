#pragma once

#include "core/compare/comparecolumn.h"
#include "core/compare/comparerun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

/// A comparison as saved and exported: the prompt, the shared settings, the columns and every
/// run of every column.
struct Comparison
{
    QString id; ///< file-safe, set by ComparisonStore::save() when empty
    QString title;
    QDateTime createdAt;
    QString baseProfile; ///< routes the model and tier columns
    QString prompt;
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<qint64> maxTokens;
    int runsPerColumn = 1;
    QList<CompareColumn> columns;
    QList<QList<CompareRun>> runs; ///< per column

    QJsonObject toJson() const;
    static Comparison fromJson(const QJsonObject &object);

    /// A Markdown report: settings, the summary table (with the marks) and each column's answer.
    QString toMarkdown() const;
    /// One CSV line per run (RFC 4180, CRLF): column, target, run, status, model used, fallback
    /// trail, latency, TTFT, tokens/s, tokens, cost.
    QString toCsv() const;

    friend bool operator==(const Comparison &, const Comparison &) = default;
};

} // namespace tiergate
