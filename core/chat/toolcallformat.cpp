#include "core/chat/toolcallformat.h"

#include "core/contract/toolcall.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace tiergate {

QString ToolCallFormat::prettyArguments(const QString &arguments, bool *valid)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
    if (valid)
        *valid = ok;
    if (!ok)
        return arguments;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString ToolCallFormat::title(const ToolCall &call)
{
    const QString name = call.name.isEmpty() ? QStringLiteral("?") : call.name;
    return call.id.isEmpty() ? name : name + u'(' + call.id + u')';
}

} // namespace tiergate
