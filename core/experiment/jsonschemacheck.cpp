#include "core/experiment/jsonschemacheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace tiergate {

namespace {

constexpr int maxDepth = 64; // a schema that refers to itself without consuming input stops here

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) && d == std::floor(d) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue &value, const QString &type)
{
    const QString actual = typeOf(value);
    return actual == type || (type == QLatin1String("number") && actual == QLatin1String("integer"));
}

// JSON equality as the schema keywords mean it: 1 and 1.0 are the same number.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()) || !jsonEqual(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

QString childPath(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

} // namespace

JsonSchemaCheck::JsonSchemaCheck(const QJsonValue &schema)
    : m_root(schema)
{ }

bool JsonSchemaCheck::validate(const QJsonValue &value)
{
    m_errors.clear();
    m_recordErrors = true;
    return check(m_root, value, QString(), 0);
}

bool JsonSchemaCheck::fail(const QString &path, const QString &message)
{
    if (m_recordErrors)
        m_errors.append((path.isEmpty() ? QStringLiteral("/") : path) + QStringLiteral(": ") + message);
    return false;
}

QJsonValue JsonSchemaCheck::resolve(const QString &reference, bool *ok) const
{
    *ok = false;
    if (!reference.startsWith(QLatin1Char('#')))
        return {};
    const QString pointer = QUrl::fromPercentEncoding(reference.mid(1).toUtf8());
    QJsonValue node = m_root;
    if (pointer.isEmpty()) {
        *ok = true;
        return node;
    }
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    const QStringList parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (node.isObject() && node.toObject().contains(part)) {
            node = node.toObject().value(part);
        } else if (node.isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= node.toArray().size())
                return {};
            node = node.toArray().at(index);
        } else {
            return {};
        }
    }
    *ok = true;
    return node;
}

bool JsonSchemaCheck::check(const QJsonValue &schemaValue, const QJsonValue &value, const QString &path, int depth)
{
    if (depth > maxDepth)
        return fail(path, QStringLiteral("the schema nests or refers to itself too deeply"));
    if (schemaValue.isBool())
        return schemaValue.toBool() || fail(path, QStringLiteral("no value is allowed here"));
    if (!schemaValue.isObject())
        return fail(path, QStringLiteral("the schema here is not an object"));
    const QJsonObject schema = schemaValue.toObject();

    if (schema.contains(QStringLiteral("$ref"))) {
        const QString reference = schema.value(QStringLiteral("$ref")).toString();
        bool ok = false;
        const QJsonValue target = resolve(reference, &ok);
        if (!ok)
            return fail(path,
                QStringLiteral("cannot resolve the reference %1 (only local references are supported)").arg(reference));
        return check(target, value, path, depth + 1); // draft 4: $ref overrides its siblings
    }

    bool valid = true;
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString() && !hasType(value, type.toString())) {
        valid = fail(path, QStringLiteral("expected %1, found %2").arg(type.toString(), typeOf(value)));
    } else if (type.isArray()) {
        bool any = false;
        for (const QJsonValue &t : type.toArray())
            any = any || hasType(value, t.toString());
        if (!any) {
            QStringList names;
            for (const QJsonValue &t : type.toArray())
                names.append(t.toString());
            valid = fail(path,
                QStringLiteral("expected one of %1, found %2").arg(names.join(QStringLiteral(", ")), typeOf(value)));
        }
    }
    if (schema.contains(QStringLiteral("enum"))) {
        bool found = false;
        for (const QJsonValue &option : schema.value(QStringLiteral("enum")).toArray())
            found = found || jsonEqual(option, value);
        if (!found)
            valid = fail(path, QStringLiteral("not one of the allowed values"));
    }
    if (schema.contains(QStringLiteral("const")) && !jsonEqual(schema.value(QStringLiteral("const")), value))
        valid = fail(path, QStringLiteral("not the required value"));

    if (value.isObject())
        valid = checkObject(schema, value.toObject(), path, depth) && valid;
    else if (value.isArray())
        valid = checkArray(schema, value.toArray(), path, depth) && valid;
    else if (value.isDouble())
        valid = checkNumber(schema, value.toDouble(), path) && valid;
    else if (value.isString())
        valid = checkString(schema, value.toString(), path) && valid;
    return checkCombinators(schema, value, path, depth) && valid;
}

bool JsonSchemaCheck::checkObject(const QJsonObject &schema, const QJsonObject &value, const QString &path, int depth)
{
    bool valid = true;
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
        if (!value.contains(name.toString()))
            valid = fail(path, QStringLiteral("the required member \"%1\" is missing").arg(name.toString()));
    }
    if (schema.contains(QStringLiteral("maxProperties"))
        && value.size() > schema.value(QStringLiteral("maxProperties")).toInt())
        valid = fail(
            path, QStringLiteral("more than %1 members").arg(schema.value(QStringLiteral("maxProperties")).toInt()));
    if (schema.contains(QStringLiteral("minProperties"))
        && value.size() < schema.value(QStringLiteral("minProperties")).toInt())
        valid = fail(
            path, QStringLiteral("fewer than %1 members").arg(schema.value(QStringLiteral("minProperties")).toInt()));

    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonObject patterns = schema.value(QStringLiteral("patternProperties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString member = childPath(path, it.key());
        bool matched = false;
        if (properties.contains(it.key())) {
            matched = true;
            valid = check(properties.value(it.key()), it.value(), member, depth + 1) && valid;
        }
        for (auto p = patterns.begin(); p != patterns.end(); ++p) {
            if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                matched = true;
                valid = check(p.value(), it.value(), member, depth + 1) && valid;
            }
        }
        if (!matched && !additional.isUndefined()) {
            if (additional.isBool() && !additional.toBool())
                valid = fail(member, QStringLiteral("this member is not allowed"));
            else if (additional.isObject())
                valid = check(additional, it.value(), member, depth + 1) && valid;
        }
    }
    return valid;
}

bool JsonSchemaCheck::checkArray(const QJsonObject &schema, const QJsonArray &value, const QString &path, int depth)
{
    bool valid = true;
    const auto limit = [&schema](const char *key) { return schema.value(QLatin1String(key)).toInt(); };
    if (schema.contains(QStringLiteral("maxItems")) && value.size() > limit("maxItems"))
        valid = fail(path, QStringLiteral("more than %1 items").arg(limit("maxItems")));
    if (schema.contains(QStringLiteral("minItems")) && value.size() < limit("minItems"))
        valid = fail(path, QStringLiteral("fewer than %1 items").arg(limit("minItems")));
    if (schema.value(QStringLiteral("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < value.size() && valid; ++i) {
            for (qsizetype j = i + 1; j < value.size(); ++j) {
                if (jsonEqual(value.at(i), value.at(j))) {
                    valid = fail(path, QStringLiteral("items %1 and %2 are equal").arg(i).arg(j));
                    break;
                }
            }
        }
    }
    // Positional items: draft 2020-12 prefixItems, or draft 4–2019 items as a list.
    QJsonArray positional = schema.value(QStringLiteral("prefixItems")).toArray();
    QJsonValue rest = schema.value(QStringLiteral("items"));
    if (rest.isArray()) {
        positional = rest.toArray();
        rest = schema.value(QStringLiteral("additionalItems"));
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QString item = path + QLatin1Char('/') + QString::number(i);
        if (i < positional.size())
            valid = check(positional.at(i), value.at(i), item, depth + 1) && valid;
        else if (rest.isObject() || rest.isBool())
            valid = check(rest, value.at(i), item, depth + 1) && valid;
    }
    return valid;
}

bool JsonSchemaCheck::checkNumber(const QJsonObject &schema, double value, const QString &path)
{
    bool valid = true;
    const QJsonValue maximum = schema.value(QStringLiteral("maximum"));
    const QJsonValue minimum = schema.value(QStringLiteral("minimum"));
    const QJsonValue exclusiveMax = schema.value(QStringLiteral("exclusiveMaximum"));
    const QJsonValue exclusiveMin = schema.value(QStringLiteral("exclusiveMinimum"));
    if (maximum.isDouble()) {
        const bool exclusive = exclusiveMax.toBool(false); // draft 4: a flag on maximum
        if (exclusive ? value >= maximum.toDouble() : value > maximum.toDouble())
            valid = fail(path, QStringLiteral("%1 is above the maximum %2").arg(value).arg(maximum.toDouble()));
    }
    if (minimum.isDouble()) {
        const bool exclusive = exclusiveMin.toBool(false);
        if (exclusive ? value <= minimum.toDouble() : value < minimum.toDouble())
            valid = fail(path, QStringLiteral("%1 is below the minimum %2").arg(value).arg(minimum.toDouble()));
    }
    if (exclusiveMax.isDouble() && value >= exclusiveMax.toDouble()) // draft 6 and later: a number
        valid = fail(path, QStringLiteral("%1 is not below %2").arg(value).arg(exclusiveMax.toDouble()));
    if (exclusiveMin.isDouble() && value <= exclusiveMin.toDouble())
        valid = fail(path, QStringLiteral("%1 is not above %2").arg(value).arg(exclusiveMin.toDouble()));
    const double multiple = schema.value(QStringLiteral("multipleOf")).toDouble(0);
    if (multiple > 0) {
        const double quotient = value / multiple;
        if (std::abs(quotient - std::round(quotient)) > 1e-9 * std::max(1.0, std::abs(quotient)))
            valid = fail(path, QStringLiteral("%1 is not a multiple of %2").arg(value).arg(multiple));
    }
    return valid;
}

bool JsonSchemaCheck::checkString(const QJsonObject &schema, const QString &value, const QString &path)
{
    bool valid = true;
    // Lengths count code points, as the specification says (not UTF-16 units).
    const qsizetype length = value.toUcs4().size();
    if (schema.contains(QStringLiteral("maxLength")) && length > schema.value(QStringLiteral("maxLength")).toInt())
        valid = fail(
            path, QStringLiteral("longer than %1 characters").arg(schema.value(QStringLiteral("maxLength")).toInt()));
    if (schema.contains(QStringLiteral("minLength")) && length < schema.value(QStringLiteral("minLength")).toInt())
        valid = fail(
            path, QStringLiteral("shorter than %1 characters").arg(schema.value(QStringLiteral("minLength")).toInt()));
    if (schema.contains(QStringLiteral("pattern"))) {
        const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
        if (!pattern.isValid())
            valid = fail(path, QStringLiteral("the schema's pattern is not a valid regular expression"));
        else if (!pattern.match(value).hasMatch())
            valid = fail(path, QStringLiteral("does not match the pattern %1").arg(pattern.pattern()));
    }
    return valid;
}

bool JsonSchemaCheck::checkCombinators(
    const QJsonObject &schema, const QJsonValue &value, const QString &path, int depth)
{
    bool valid = true;
    const bool record = m_recordErrors;
    // Sub-schemas of anyOf / oneOf / not are tried quietly; only the summary is an error.
    const auto quietly = [&](const QJsonValue &sub) {
        m_recordErrors = false;
        const bool ok = check(sub, value, path, depth + 1);
        m_recordErrors = record;
        return ok;
    };
    for (const QJsonValue &sub : schema.value(QStringLiteral("allOf")).toArray())
        valid = check(sub, value, path, depth + 1) && valid;
    if (schema.contains(QStringLiteral("anyOf"))) {
        bool any = false;
        for (const QJsonValue &sub : schema.value(QStringLiteral("anyOf")).toArray())
            any = any || quietly(sub);
        if (!any)
            valid = fail(path, QStringLiteral("matches none of the allowed shapes (anyOf)"));
    }
    if (schema.contains(QStringLiteral("oneOf"))) {
        int matches = 0;
        for (const QJsonValue &sub : schema.value(QStringLiteral("oneOf")).toArray())
            matches += quietly(sub) ? 1 : 0;
        if (matches != 1)
            valid = fail(
                path, QStringLiteral("matches %1 of the shapes where exactly one must match (oneOf)").arg(matches));
    }
    if (schema.contains(QStringLiteral("not")) && quietly(schema.value(QStringLiteral("not"))))
        valid = fail(path, QStringLiteral("matches a shape that is not allowed (not)"));
    return valid;
}

} // namespace tiergate
