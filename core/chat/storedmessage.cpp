#include "core/chat/storedmessage.h"

#include "core/routing/routeresult.h"

#include <QJsonObject>

namespace tiergate {

QString StoredMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

StoredMessage::Role StoredMessage::roleFromName(const QString &name)
{
    if (name == QLatin1String("system"))
        return Role::System;
    if (name == QLatin1String("assistant"))
        return Role::Assistant;
    return Role::User;
}

QString StoredMessage::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Streaming:
        return QStringLiteral("streaming");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cut:
        return QStringLiteral("cut");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("done");
}

StoredMessage::State StoredMessage::stateFromName(const QString &name)
{
    if (name == QLatin1String("pending"))
        return State::Pending;
    if (name == QLatin1String("streaming"))
        return State::Streaming;
    if (name == QLatin1String("failed"))
        return State::Failed;
    if (name == QLatin1String("cut"))
        return State::Cut;
    if (name == QLatin1String("cancelled"))
        return State::Cancelled;
    return State::Done;
}

QJsonArray StoredMessage::attemptsToJson(const QList<Attempt> &attempts)
{
    QJsonArray out;
    for (const Attempt &a : attempts) {
        QJsonObject o;
        o.insert(QStringLiteral("index"), a.index);
        o.insert(QStringLiteral("model"), a.model);
        o.insert(QStringLiteral("provider"), a.providerId);
        o.insert(QStringLiteral("outcome"), Attempt::outcomeName(a.outcome));
        o.insert(QStringLiteral("http_status"), a.error.httpStatus);
        o.insert(QStringLiteral("error_kind"), RouteError::kindName(a.error.kind));
        o.insert(QStringLiteral("error"), a.error.message);
        o.insert(QStringLiteral("wait_ms"), a.waitBeforeMs);
        o.insert(QStringLiteral("latency_ms"), a.latencyMs);
        o.insert(QStringLiteral("ttft_ms"), a.ttftMs);
        o.insert(QStringLiteral("cost_micros"), a.costMicros);
        out.append(o);
    }
    return out;
}

QJsonArray StoredMessage::toolCallsToJson(const QList<ToolCall> &calls)
{
    QJsonArray out;
    for (const ToolCall &call : calls)
        out.append(call.toJson());
    return out;
}

QList<ToolCall> StoredMessage::toolCallsFromJson(const QJsonArray &array)
{
    QList<ToolCall> out;
    for (const QJsonValue &value : array)
        out.append(ToolCall::fromJson(value.toObject()));
    return out;
}

} // namespace tiergate
