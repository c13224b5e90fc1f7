#include "core/cost/errorclass.h"

#include <QHash>
#include <QMetaEnum>

namespace tiergate {

namespace {

QString snakeCase(const char *camel)
{
    QString out;
    if (!camel)
        return out;
    for (const char *c = camel; *c; ++c) {
        const QChar ch = QLatin1Char(*c);
        if (ch.isUpper()) {
            if (!out.isEmpty())
                out += u'_';
            out += ch.toLower();
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace

// Names of every enumerator, computed once: the ledger asks for them on every row it writes.
template <typename E>
static const QHash<int, QString> &namesOf()
{
    static const QHash<int, QString> names = [] {
        QHash<int, QString> out;
        const QMetaEnum e = QMetaEnum::fromType<E>();
        for (int i = 0; i < e.keyCount(); ++i)
            out.insert(e.value(i), snakeCase(e.key(i)));
        return out;
    }();
    return names;
}

QString errorClassName(RouteError::Kind kind)
{
    if (kind == RouteError::Kind::None)
        return QString();
    return namesOf<RouteError::Kind>().value(int(kind));
}

QString errorCauseName(RouteError::Cause cause)
{
    if (cause == RouteError::Cause::None)
        return QString();
    return namesOf<RouteError::Cause>().value(int(cause));
}

RouteError::Kind errorKindFromClassName(const QString &name)
{
    const QMetaEnum e = QMetaEnum::fromType<RouteError::Kind>();
    for (int i = 0; i < e.keyCount(); ++i) {
        if (snakeCase(e.key(i)) == name)
            return RouteError::Kind(e.value(i));
    }
    return RouteError::Kind::None;
}

} // namespace tiergate
