#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tiergate {

/// One tool call of an assistant message (`{"id", "type": "function", "function": {"name",
/// "arguments"}}`). `arguments` stays the raw JSON text the model produced (it may be invalid JSON;
/// judging it is the caller's business). Unknown fields are kept in `extra` / `functionExtra`.
class ToolCall
{
public:
    QString id;
    QString type = QStringLiteral("function");
    QString name; ///< function.name
    QString arguments; ///< function.arguments, raw text
    QJsonObject extra; ///< unknown fields of the tool call object
    QJsonObject functionExtra; ///< unknown fields of the function object

    QJsonObject toJson() const;
    static ToolCall fromJson(const QJsonObject &object);

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::ToolCall)
