#include "core/experiment/promptset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::PromptSet", text);
}

QList<AnswerCheck> readChecks(const QJsonValue &value, const QString &where, QStringList &errors)
{
    QList<AnswerCheck> checks;
    if (value.isUndefined())
        return checks;
    if (!value.isArray()) {
        errors.append(tr("%1: \"checks\" must be a list").arg(where));
        return checks;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const AnswerCheck check = AnswerCheck::fromJson(array.at(i).toObject(), &error);
        if (!error.isEmpty())
            errors.append(tr("%1: checks[%2]: %3").arg(where).arg(i).arg(error));
        else
            checks.append(check);
    }
    return checks;
}

QJsonArray checksToJson(const QList<AnswerCheck> &checks)
{
    QJsonArray array;
    for (const AnswerCheck &c : checks)
        array.append(c.toJson());
    return array;
}

} // namespace

QJsonObject PromptSetItem::toJson() const
{
    QJsonObject o = prompt.toJson();
    o.insert(QStringLiteral("id"), id);
    if (!expected.isEmpty())
        o.insert(QStringLiteral("expected"), expected);
    if (!rubric.isEmpty())
        o.insert(QStringLiteral("rubric"), rubric);
    if (!checks.isEmpty())
        o.insert(QStringLiteral("checks"), checksToJson(checks));
    return o;
}

PromptSetItem PromptSetItem::fromJson(const QJsonObject &object)
{
    PromptSetItem item;
    item.id = object.value(QStringLiteral("id")).toString();
    item.prompt = BatchPrompt::fromJson(object);
    item.expected = object.value(QStringLiteral("expected")).toString();
    item.rubric = object.value(QStringLiteral("rubric")).toString();
    QStringList ignored;
    item.checks = readChecks(object.value(QStringLiteral("checks")), QString(), ignored);
    return item;
}

PromptSet::ParseResult PromptSet::parse(const QByteArray &content, const QString &defaultName)
{
    ParseResult result;
    result.set.name = defaultName;
    result.set.version
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(12));
    QList<AnswerCheck> setChecks;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    bool first = true;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const QString where = tr("line %1").arg(n + 1);
        QJsonObject object;
        if (line.startsWith(QLatin1Char('{'))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                result.errors.append(tr("%1: not a JSON object (%2)").arg(where, error.errorString()));
                first = false;
                continue;
            }
            object = doc.object();
        }
        if (object.contains(QStringLiteral("set"))) {
            if (!first) {
                result.errors.append(tr("%1: the \"set\" header must be the first line").arg(where));
                continue;
            }
            const QJsonObject header = object.value(QStringLiteral("set")).toObject();
            result.set.name = header.value(QStringLiteral("name")).toString(defaultName);
            result.set.rubric = header.value(QStringLiteral("rubric")).toString();
            setChecks = readChecks(header.value(QStringLiteral("checks")), where, result.errors);
            first = false;
            continue;
        }
        first = false;
        // The prompt itself is read as a batch prompt line, so both files share one syntax.
        QJsonObject promptPart;
        for (const char *key : { "prompt", "messages" }) {
            if (object.contains(QLatin1String(key)))
                promptPart.insert(QLatin1String(key), object.value(QLatin1String(key)));
        }
        const BatchPrompt::ParseResult prompt = BatchPrompt::parse(
            object.isEmpty() ? line : QString::fromUtf8(QJsonDocument(promptPart).toJson(QJsonDocument::Compact)));
        if (!prompt.errors.isEmpty() || prompt.prompts.size() != 1) {
            QString problem = prompt.errors.value(0);
            problem = problem.mid(problem.indexOf(QLatin1String(": ")) + 2);
            result.errors.append(tr("%1: %2").arg(where, problem));
            continue;
        }
        PromptSetItem item;
        item.prompt = prompt.prompts.first();
        item.id = object.value(QStringLiteral("id")).toVariant().toString();
        if (item.id.isEmpty())
            item.id = QString::number(result.set.items.size() + 1);
        item.expected = object.value(QStringLiteral("expected")).toString();
        item.rubric = object.value(QStringLiteral("rubric")).toString();
        item.checks = setChecks + readChecks(object.value(QStringLiteral("checks")), where, result.errors);
        result.set.items.append(item);
    }
    if (result.set.items.isEmpty() && result.errors.isEmpty())
        result.errors.append(tr("the prompt set has no prompts"));
    return result;
}

PromptSet::ParseResult PromptSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return parse(file.readAll(), QFileInfo(path).completeBaseName());
}

QJsonObject PromptSet::toJson() const
{
    QJsonArray array;
    for (const PromptSetItem &item : items)
        array.append(item.toJson());
    return { { QStringLiteral("name"), name }, { QStringLiteral("version"), version },
        { QStringLiteral("rubric"), rubric }, { QStringLiteral("items"), array } };
}

PromptSet PromptSet::fromJson(const QJsonObject &object)
{
    PromptSet set;
    set.name = object.value(QStringLiteral("name")).toString();
    set.version = object.value(QStringLiteral("version")).toString();
    set.rubric = object.value(QStringLiteral("rubric")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("items")).toArray())
        set.items.append(PromptSetItem::fromJson(v.toObject()));
    return set;
}

} // namespace tiergate
