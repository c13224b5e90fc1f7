#include "core/compare/batchprompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::BatchPrompt", text);
}

} // namespace

QString BatchPrompt::label() const
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages.at(i).role == QStringLiteral("user"))
            return messages.at(i).text();
    }
    return messages.isEmpty() ? QString() : messages.constLast().text();
}

QJsonObject BatchPrompt::toJson() const
{
    QJsonArray array;
    for (const ChatMessage &m : messages)
        array.append(m.toJson());
    return QJsonObject { { QStringLiteral("messages"), array } };
}

BatchPrompt BatchPrompt::fromJson(const QJsonObject &object)
{
    BatchPrompt prompt;
    const QJsonArray array = object.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &v : array) {
        const ContractResult<ChatMessage> message = ChatMessage::fromJson(v.toObject());
        if (message.isOk())
            prompt.messages.append(message.value());
    }
    return prompt;
}

QString BatchPrompt::toLine() const
{
    if (messages.size() == 1 && messages.constFirst().role == QStringLiteral("user")
        && messages.constFirst().content.isString()) {
        const QString text = messages.constFirst().text();
        if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')) && text == text.trimmed()
            && !text.startsWith(QLatin1Char('{')) && !text.isEmpty())
            return text;
        return QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("prompt"), text } }).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

BatchPrompt::ParseResult BatchPrompt::parse(const QString &text)
{
    ParseResult result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const QString where = tr("line %1").arg(n + 1);
        if (!line.startsWith(QLatin1Char('{'))) {
            result.prompts.append(BatchPrompt { { ChatMessage::fromText(QStringLiteral("user"), line) } });
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            result.errors.append(tr("%1: not a JSON object (%2)").arg(where, error.errorString()));
            continue;
        }
        const QJsonObject object = doc.object();
        if (object.value(QStringLiteral("prompt")).isString()) {
            const QString prompt = object.value(QStringLiteral("prompt")).toString();
            if (prompt.trimmed().isEmpty()) {
                result.errors.append(tr("%1: the prompt is empty").arg(where));
                continue;
            }
            result.prompts.append(BatchPrompt { { ChatMessage::fromText(QStringLiteral("user"), prompt) } });
            continue;
        }
        if (!object.value(QStringLiteral("messages")).isArray()) {
            result.errors.append(tr("%1: expected a \"prompt\" string or a \"messages\" array").arg(where));
            continue;
        }
        BatchPrompt prompt;
        QString problem;
        const QJsonArray array = object.value(QStringLiteral("messages")).toArray();
        for (qsizetype i = 0; i < array.size() && problem.isEmpty(); ++i) {
            const ContractResult<ChatMessage> message
                = ChatMessage::fromJson(array.at(i).toObject(), QStringLiteral("messages[%1]").arg(i));
            if (!array.at(i).isObject())
                problem = tr("messages[%1] is not an object").arg(i);
            else if (!message.isOk())
                problem = message.error().message;
            else
                prompt.messages.append(message.value());
        }
        if (problem.isEmpty() && prompt.messages.isEmpty())
            problem = tr("the messages array is empty");
        if (!problem.isEmpty()) {
            result.errors.append(QStringLiteral("%1: %2").arg(where, problem));
            continue;
        }
        result.prompts.append(prompt);
    }
    return result;
}

} // namespace tiergate
