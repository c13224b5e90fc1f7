#include "core/chat/answerversions.h"

#include "core/routing/routeresult.h"

#include <QJsonArray>

#include <algorithm>

namespace tiergate {

namespace {

RouteResult::Status statusOf(StoredMessage::State state)
{
    switch (state) {
    case StoredMessage::State::Failed:
        return RouteResult::Status::Failed;
    case StoredMessage::State::Cut:
        return RouteResult::Status::Cut;
    case StoredMessage::State::Cancelled:
        return RouteResult::Status::Cancelled;
    default:
        return RouteResult::Status::Ok;
    }
}

Attempt::Outcome outcomeFromName(const QString &name)
{
    for (const auto o : { Attempt::Outcome::Success, Attempt::Outcome::Failed, Attempt::Outcome::Skipped,
             Attempt::Outcome::Cancelled, Attempt::Outcome::Cut }) {
        if (Attempt::outcomeName(o) == name)
            return o;
    }
    return Attempt::Outcome::Failed;
}

} // namespace

AnswerVersion AnswerVersion::fromMessage(const StoredMessage &m)
{
    AnswerVersion v;
    v.content = m.content;
    v.state = m.state;
    v.error = m.error;
    v.modelUsed = m.modelUsed;
    v.providerId = m.providerId;
    v.fallbackUsed = m.fallbackUsed;
    v.attempts = m.attempts;
    v.latencyMs = m.latencyMs;
    v.ttftMs = m.ttftMs;
    v.promptTokens = m.promptTokens;
    v.completionTokens = m.completionTokens;
    v.estimated = m.estimated;
    v.costMicros = m.costMicros;
    v.reasoning = m.reasoning;
    v.reasoningTokens = m.reasoningTokens;
    v.toolCalls = m.toolCalls;
    return v;
}

RouteResult AnswerVersion::toResult() const
{
    RouteResult r;
    r.status = statusOf(state);
    r.content = content;
    r.error.message = error;
    r.modelUsed = modelUsed;
    r.providerId = providerId;
    r.fallbackUsed = fallbackUsed;
    for (const QJsonValue &value : attempts) {
        const QJsonObject o = value.toObject();
        Attempt a;
        a.index = o.value(QStringLiteral("index")).toInt();
        a.model = o.value(QStringLiteral("model")).toString();
        a.providerId = o.value(QStringLiteral("provider")).toString();
        a.outcome = outcomeFromName(o.value(QStringLiteral("outcome")).toString());
        a.error.httpStatus = o.value(QStringLiteral("http_status")).toInt();
        a.error.kind = RouteError::kindFromName(o.value(QStringLiteral("error_kind")).toString());
        a.error.message = o.value(QStringLiteral("error")).toString();
        a.waitBeforeMs = o.value(QStringLiteral("wait_ms")).toInteger();
        a.latencyMs = o.value(QStringLiteral("latency_ms")).toInteger();
        a.ttftMs = o.value(QStringLiteral("ttft_ms")).toInteger(-1);
        a.costMicros = o.value(QStringLiteral("cost_micros")).toInteger();
        r.attempts.append(a);
    }
    r.latencyMs = latencyMs;
    r.ttftMs = ttftMs;
    r.usage.promptTokens = promptTokens;
    r.usage.completionTokens = completionTokens;
    r.usage.totalTokens = promptTokens + completionTokens;
    r.usage.estimated = estimated;
    r.usage.reasoningTokens = reasoningTokens;
    r.costMicros = costMicros;
    r.reasoning = reasoning;
    r.toolCalls = toolCalls;
    return r;
}

QJsonObject AnswerVersion::toJson() const
{
    return QJsonObject { { QStringLiteral("content"), content },
        { QStringLiteral("state"), StoredMessage::stateName(state) }, { QStringLiteral("error"), error },
        { QStringLiteral("model_used"), modelUsed }, { QStringLiteral("provider"), providerId },
        { QStringLiteral("fallback_used"), fallbackUsed }, { QStringLiteral("attempts"), attempts },
        { QStringLiteral("latency_ms"), latencyMs }, { QStringLiteral("ttft_ms"), ttftMs },
        { QStringLiteral("prompt_tokens"), promptTokens }, { QStringLiteral("completion_tokens"), completionTokens },
        { QStringLiteral("estimated"), estimated }, { QStringLiteral("cost_micros"), costMicros },
        { QStringLiteral("reasoning"), reasoning }, { QStringLiteral("reasoning_tokens"), reasoningTokens },
        { QStringLiteral("tool_calls"), StoredMessage::toolCallsToJson(toolCalls) } };
}

AnswerVersion AnswerVersion::fromJson(const QJsonObject &o)
{
    AnswerVersion v;
    v.content = o.value(QStringLiteral("content")).toString();
    v.state = StoredMessage::stateFromName(o.value(QStringLiteral("state")).toString());
    v.error = o.value(QStringLiteral("error")).toString();
    v.modelUsed = o.value(QStringLiteral("model_used")).toString();
    v.providerId = o.value(QStringLiteral("provider")).toString();
    v.fallbackUsed = o.value(QStringLiteral("fallback_used")).toBool();
    v.attempts = o.value(QStringLiteral("attempts")).toArray();
    v.latencyMs = o.value(QStringLiteral("latency_ms")).toInteger(-1);
    v.ttftMs = o.value(QStringLiteral("ttft_ms")).toInteger(-1);
    v.promptTokens = o.value(QStringLiteral("prompt_tokens")).toInteger();
    v.completionTokens = o.value(QStringLiteral("completion_tokens")).toInteger();
    v.estimated = o.value(QStringLiteral("estimated")).toBool();
    v.costMicros = o.value(QStringLiteral("cost_micros")).toInteger();
    v.reasoning = o.value(QStringLiteral("reasoning")).toString();
    v.reasoningTokens = o.value(QStringLiteral("reasoning_tokens")).toInteger();
    v.toolCalls = StoredMessage::toolCallsFromJson(o.value(QStringLiteral("tool_calls")).toArray());
    return v;
}

AnswerVersions AnswerVersions::fromParameters(const ChatParameters &parameters)
{
    AnswerVersions out;
    const QJsonObject all = parameters.extra.value(QLatin1String(kParameterKey)).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        const QJsonObject o = it.value().toObject();
        if (!ok)
            continue;
        Entry e;
        for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray())
            e.versions.append(AnswerVersion::fromJson(v.toObject()));
        if (e.versions.isEmpty())
            continue;
        e.current = std::clamp(o.value(QStringLiteral("current")).toInt(), 0, int(e.versions.size()) - 1);
        out.m_entries.insert(id, e);
    }
    return out;
}

void AnswerVersions::storeIn(ChatParameters *parameters) const
{
    if (m_entries.isEmpty()) {
        parameters->extra.remove(QLatin1String(kParameterKey));
        return;
    }
    QJsonObject all;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray list;
        for (const AnswerVersion &v : it->versions)
            list.append(v.toJson());
        all.insert(QString::number(it.key()),
            QJsonObject { { QStringLiteral("versions"), list }, { QStringLiteral("current"), it->current } });
    }
    parameters->extra.insert(QLatin1String(kParameterKey), all);
}

QList<AnswerVersion> AnswerVersions::versions(qint64 userMessageId) const
{
    return m_entries.value(userMessageId).versions;
}

int AnswerVersions::current(qint64 userMessageId) const
{
    return m_entries.value(userMessageId).current;
}

void AnswerVersions::append(qint64 userMessageId, const AnswerVersion &version)
{
    Entry &e = m_entries[userMessageId];
    e.versions.append(version);
    e.current = int(e.versions.size()) - 1;
}

bool AnswerVersions::setCurrent(qint64 userMessageId, int index)
{
    const auto it = m_entries.find(userMessageId);
    if (it == m_entries.end() || index < 0 || index >= it->versions.size())
        return false;
    it->current = index;
    return true;
}

void AnswerVersions::remove(qint64 userMessageId)
{
    m_entries.remove(userMessageId);
}

} // namespace tiergate
