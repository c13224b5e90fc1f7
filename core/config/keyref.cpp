#include "core/config/keyref.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tiergate {

namespace {

bool isEnvName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

bool isKeychainName(const QString &name)
{
    // Also a file name in the fallback store: no separators, no leading dot.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@+-]*$"));
    return re.match(name).hasMatch();
}

} // namespace

KeyRef KeyRef::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("none"))
        return {};
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString scheme = t.left(colon);
        const QString rest = t.mid(colon + 1);
        if (scheme == QLatin1String("env") && isEnvName(rest))
            return env(rest);
        if (scheme == QLatin1String("keychain") && isKeychainName(rest))
            return keychain(rest);
        if (scheme == QLatin1String("file") && !rest.isEmpty())
            return file(rest);
    }
    return KeyRef(Scheme::Invalid, text);
}

QString KeyRef::toString() const
{
    switch (scheme) {
    case Scheme::None:
        return QString();
    case Scheme::Env:
        return QStringLiteral("env:") + name;
    case Scheme::Keychain:
        return QStringLiteral("keychain:") + name;
    case Scheme::File:
        return QStringLiteral("file:") + name;
    case Scheme::Invalid:
        return name;
    }
    return name;
}

QString KeyRef::problem() const
{
    if (scheme != Scheme::Invalid)
        return QString();
    return QCoreApplication::translate("KeyRef",
        "key reference '%1' is not env:NAME, keychain:NAME or file:PATH "
        "(a key value never belongs in the configuration)")
        .arg(name.size() > 12 ? name.left(4) + QStringLiteral("…") : name);
}

} // namespace tiergate
