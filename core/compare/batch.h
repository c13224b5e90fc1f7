#pragma once

#include "core/compare/batchprompt.h"
#include "core/compare/comparecolumn.h"
#include "core/compare/comparerun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tiergate {

class ChatRequest;

/// A batch comparison: a list of prompts, each sent to every column, and the result of each
/// prompt × column cell once it is done. What ComparisonStore persists after every finished cell,
/// so an interrupted batch resumes with the cells still pending.
struct Batch
{
    QString id; ///< file-safe, set by ComparisonStore::saveBatch() when empty
    QString title;
    QDateTime createdAt;
    QString baseProfile; ///< routes the model and tier columns
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<qint64> maxTokens;
    QList<CompareColumn> columns;
    QList<BatchPrompt> prompts;
    /// [prompt][column]; empty = not done yet. Kept in shape by ensureShape().
    QList<QList<std::optional<CompareRun>>> cells;

    /// Makes `cells` prompts × columns, keeping the results already there.
    void ensureShape();
    int totalCells() const { return int(prompts.size() * columns.size()); }
    int doneCells() const;
    bool isComplete() const { return doneCells() == totalCells(); }
    std::optional<CompareRun> cell(int prompt, int column) const;

    /// The request of one cell: the prompt's messages with the system prompt in force (the
    /// column's override, else the prompt's own system message, else the shared one) and the
    /// column's parameter overrides on top of the shared ones.
    ChatRequest request(int prompt, int column) const;

    QJsonObject toJson() const;
    static Batch fromJson(const QJsonObject &object);

    /// One CSV line per prompt × column (RFC 4180, CRLF): prompt number, prompt, column, target,
    /// status, model used, fallback, latency ms, TTFT ms, prompt tokens, completion tokens,
    /// estimated, cost USD, error (TTFT empty when unknown). Pending cells have status "pending".
    QString toCsv() const;

    friend bool operator==(const Batch &, const Batch &) = default;
};

} // namespace tiergate
