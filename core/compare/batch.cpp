#include "core/compare/batch.h"

#include "core/compare/comparefile.h"
#include "core/contract/chatrequest.h"

#include <QJsonArray>

namespace tiergate {

void Batch::ensureShape()
{
    cells.resize(prompts.size());
    for (QList<std::optional<CompareRun>> &row : cells)
        row.resize(columns.size());
}

int Batch::doneCells() const
{
    int done = 0;
    for (qsizetype p = 0; p < prompts.size(); ++p) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (cell(int(p), int(c)))
                ++done;
        }
    }
    return done;
}

std::optional<CompareRun> Batch::cell(int prompt, int column) const
{
    if (prompt < 0 || prompt >= cells.size() || column < 0 || column >= cells.at(prompt).size())
        return std::nullopt;
    return cells.at(prompt).at(column);
}

ChatRequest Batch::request(int prompt, int column) const
{
    const CompareColumn c = columns.value(column);
    const QList<ChatMessage> messages = prompts.value(prompt).messages;
    ChatRequest r;
    if (c.kind == CompareColumn::Kind::Model)
        r.model = c.target;
    const bool ownSystem = !messages.isEmpty() && messages.constFirst().role == QStringLiteral("system");
    const QString system = !c.systemPrompt.isEmpty() ? c.systemPrompt : ownSystem ? QString() : systemPrompt;
    if (!system.isEmpty())
        r.messages.append(ChatMessage::fromText(QStringLiteral("system"), system));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i == 0 && ownSystem && !c.systemPrompt.isEmpty())
            continue; // the column's override replaces the prompt's own system message
        r.messages.append(messages.at(i));
    }
    r.temperature = c.temperature ? c.temperature : temperature;
    r.maxTokens = c.maxTokens ? c.maxTokens : maxTokens;
    r.stream = true;
    r.includeUsage = true;
    return r;
}

QJsonObject Batch::toJson() const
{
    QJsonArray promptArray;
    for (const BatchPrompt &p : prompts)
        promptArray.append(p.toJson());
    QJsonArray cellArray;
    for (const QList<std::optional<CompareRun>> &row : cells) {
        QJsonArray list;
        for (const std::optional<CompareRun> &run : row)
            list.append(run ? QJsonValue(run->toJson()) : QJsonValue(QJsonValue::Null));
        cellArray.append(list);
    }
    QJsonObject o {
        { QStringLiteral("prompts"), promptArray },
        { QStringLiteral("cells"), cellArray },
    };
    comparefile::writeSettings(o, *this);
    return o;
}

Batch Batch::fromJson(const QJsonObject &o)
{
    Batch b;
    comparefile::readSettings(o, b);
    const QJsonArray promptArray = o.value(QStringLiteral("prompts")).toArray();
    for (const QJsonValue &v : promptArray)
        b.prompts.append(BatchPrompt::fromJson(v.toObject()));
    b.ensureShape();
    const QJsonArray cellArray = o.value(QStringLiteral("cells")).toArray();
    for (qsizetype p = 0; p < cellArray.size() && p < b.cells.size(); ++p) {
        const QJsonArray row = cellArray.at(p).toArray();
        for (qsizetype c = 0; c < row.size() && c < b.cells[p].size(); ++c) {
            if (row.at(c).isObject())
                b.cells[p][c] = CompareRun::fromJson(row.at(c).toObject());
        }
    }
    return b;
}

QString Batch::toCsv() const
{
    const QStringList header { QStringLiteral("prompt_no"), QStringLiteral("prompt"), QStringLiteral("column"),
        QStringLiteral("kind"), QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("model_used"),
        QStringLiteral("fallback"), QStringLiteral("latency_ms"), QStringLiteral("ttft_ms"),
        QStringLiteral("prompt_tokens"), QStringLiteral("completion_tokens"), QStringLiteral("cached_tokens"),
        QStringLiteral("reasoning_tokens"), QStringLiteral("tokens_estimated"), QStringLiteral("cost_usd"),
        QStringLiteral("error") };
    QString csv = comparefile::csvLine(header);
    for (int p = 0; p < prompts.size(); ++p) {
        for (int c = 0; c < columns.size(); ++c) {
            const std::optional<CompareRun> r = cell(p, c);
            QStringList fields { QString::number(p + 1), prompts.at(p).label(), QString::number(c + 1),
                CompareColumn::kindName(columns.at(c).kind), columns.at(c).target };
            if (r) {
                fields << r->status << r->modelUsed
                       << (r->fallbackUsed ? QStringLiteral("true") : QStringLiteral("false"))
                       << QString::number(r->latencyMs) << (r->ttftMs < 0 ? QString() : QString::number(r->ttftMs))
                       << QString::number(r->promptTokens) << QString::number(r->completionTokens)
                       << QString::number(r->cachedTokens) << QString::number(r->reasoningTokens)
                       << (r->tokensEstimated ? QStringLiteral("true") : QStringLiteral("false"))
                       << QString::number(double(r->costMicros) / 1e6, 'f', 6) << r->error;
            } else {
                fields << QStringLiteral("pending") << QString() << QString() << QString() << QString() << QString()
                       << QString() << QString() << QString() << QString() << QString() << QString();
            }
            csv += comparefile::csvLine(fields);
        }
    }
    return csv;
}

} // namespace tiergate
