#pragma once

// Internal helpers of the contract's fromJson() functions: typed reads that name the field on
// failure. Not part of the public API.

#include "core/contract/contractparser.h"
#include "core/contract/routeerror.h"
#include "core/contract/usage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tiergate::contract_detail {

inline QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

inline RouteError wrongType(const QString &path, const char *expected, const QJsonValue &got)
{
    return ContractParser::malformed(RouteError::Cause::InvalidShape,
        QCoreApplication::translate("tiergate::ContractParser", "%1: expected %2, got %3")
            .arg(path, QLatin1String(expected), typeName(got)));
}

inline RouteError missing(const QString &path)
{
    return ContractParser::malformed(RouteError::Cause::InvalidShape,
        QCoreApplication::translate("tiergate::ContractParser", "%1: required field is missing").arg(path));
}

inline QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

/// Reads an optional string (absent or null → nullopt). Sets `error` on a wrong type.
inline std::optional<QString> optString(const QJsonObject &o, const char *key, const QString &parent, RouteError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        error = wrongType(join(parent, QLatin1String(key)), "a string", v);
        return std::nullopt;
    }
    return v.toString();
}

inline std::optional<double> optNumber(const QJsonObject &o, const char *key, const QString &parent, RouteError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        error = wrongType(join(parent, QLatin1String(key)), "a number", v);
        return std::nullopt;
    }
    return v.toDouble();
}

inline std::optional<qint64> optInteger(const QJsonObject &o, const char *key, const QString &parent, RouteError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
        error = wrongType(join(parent, QLatin1String(key)), "an integer", v);
        return std::nullopt;
    }
    return v.toInteger();
}

inline std::optional<bool> optBool(const QJsonObject &o, const char *key, const QString &parent, RouteError &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        error = wrongType(join(parent, QLatin1String(key)), "a boolean", v);
        return std::nullopt;
    }
    return v.toBool();
}

/// Copies every key of `o` not in `known` into a new object.
template <size_t N>
QJsonObject unknownFields(const QJsonObject &o, const char *const (&known)[N])
{
    QJsonObject extra;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool isKnown = false;
        for (const char *k : known) {
            if (it.key() == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            extra.insert(it.key(), it.value());
    }
    return extra;
}

/// `base` with every field of `extra` that `base` does not set itself.
inline QJsonObject withExtra(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (!base.contains(it.key()))
            base.insert(it.key(), it.value());
    }
    return base;
}

/// `finish_reason` as the wire writes it: null until the model has finished.
inline QJsonValue finishReasonJson(const QString &reason)
{
    return reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason);
}

/// The `usage` object: our typed fields, plus every key the provider sent that we do not model
/// (and its own detail objects, which may carry more than we read, and its `cost` number as sent).
inline QJsonObject usageJson(const Usage &usage, const QJsonObject &raw)
{
    QJsonObject u = usage.toJson();
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (!u.contains(it.key()) || it.key() == QLatin1String("prompt_tokens_details")
            || it.key() == QLatin1String("completion_tokens_details") || it.key() == QLatin1String("cost"))
            u.insert(it.key(), it.value());
    }
    return u;
}

/// The fields every response and stream chunk starts with: id, object, created, model.
template <typename Envelope>
QJsonObject envelopeJson(const Envelope &e)
{
    return QJsonObject { { QLatin1String("id"), e.id }, { QLatin1String("object"), e.object },
        { QLatin1String("created"), e.created }, { QLatin1String("model"), e.model } };
}

/// Reads the envelope fields into `e` (`object` defaults to `defaultObject`); a wrong type is
/// reported in `error`.
template <typename Envelope>
void readEnvelope(const QJsonObject &o, Envelope &e, const QString &defaultObject, RouteError &error)
{
    const QString root;
    e.id = optString(o, "id", root, error).value_or(QString());
    e.object = optString(o, "object", root, error).value_or(defaultObject);
    e.created = optInteger(o, "created", root, error).value_or(0);
    e.model = optString(o, "model", root, error).value_or(QString());
}

/// The reasoning text among a message's or delta's provider fields: DeepSeek's (and older vLLM's)
/// `reasoning_content`, else OpenRouter's (and newer vLLM's) `reasoning`. Servers that send both
/// send the same text twice, so it is read once.
inline QString reasoningText(const QJsonObject &extra)
{
    const QJsonValue content = extra.value(QLatin1String("reasoning_content"));
    if (content.isString())
        return content.toString();
    const QJsonValue reasoning = extra.value(QLatin1String("reasoning"));
    return reasoning.isString() ? reasoning.toString() : QString();
}

/// Code and param may be strings, numbers or null on the wire.
inline QString looseText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace tiergate::contract_detail
