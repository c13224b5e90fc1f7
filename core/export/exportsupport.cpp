#include "core/config/builtinconfig.h"
#include "core/config/modelresolution.h"
#include "core/cost/money.h"
#include "core/export/exportsupport_p.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace tiergate {

Q_LOGGING_CATEGORY(lcExport, "tiergate.export")

namespace exportsupport {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Export", text, disambiguation, n);
}

QString unknownProfileMessage(const TiergateConfig &config, const QString &name)
{
    const QStringList names = config.profileNames();
    if (names.isEmpty())
        return tr("profile '%1' does not exist, and the configuration has no profiles.").arg(name);
    return tr("profile '%1' does not exist. Available profiles: %2.").arg(name, names.join(QStringLiteral(", ")));
}

const ProfileConfig *findProfile(const TiergateConfig &config, const QString &name, ExportResult *result)
{
    const ProfileConfig *p = config.profile(name);
    if (!p && result)
        result->error = unknownProfileMessage(config, name);
    return p;
}

QString primaryModel(const TiergateConfig &config, const ProfileConfig &profile)
{
    if (const TierConfig *t = config.tier(profile.tier); t && !t->defaultModel.isEmpty())
        return t->defaultModel;
    for (const QString &m : profile.fallbackChain) {
        if (!m.isEmpty())
            return m;
    }
    // A tier without a default (an imported LiteLLM config): its first name's model.
    if (const TierConfig *t = config.tier(profile.tier); t && !t->aliases.isEmpty())
        return t->aliases.first();
    return QString();
}

QStringList chainFrom(const QString &resolved, const ProfileConfig &profile)
{
    return buildChain(resolved, profile.fallbackChain);
}

QStringList profileChain(const TiergateConfig &config, const ProfileConfig &profile)
{
    return chainFrom(primaryModel(config, profile), profile);
}

QStringList profileModels(const TiergateConfig &config, const ProfileConfig &profile)
{
    QStringList out = profileChain(config, profile);
    if (const TierConfig *t = config.tier(profile.tier)) {
        for (auto it = t->aliases.cbegin(); it != t->aliases.cend(); ++it) {
            if (!it.value().isEmpty() && !out.contains(it.value()))
                out.append(it.value());
        }
    }
    return out;
}

QString budgetTier(const TiergateConfig &config)
{
    if (config.tier(QStringLiteral("budget")))
        return QStringLiteral("budget");
    for (const TierConfig &t : config.tiers) {
        if (t.name.endsWith(QLatin1String("-budget")))
            return t.name;
    }
    return QString();
}

QStringList profileTiers(const TiergateConfig &config, const ProfileConfig &profile)
{
    QStringList out;
    auto add = [&](const QString &name) {
        if (!name.isEmpty() && !out.contains(name) && config.tier(name))
            out.append(name);
    };
    add(profile.tier);
    add(profile.criticality.critical);
    add(profile.criticality.standard);
    add(profile.criticality.background);
    if (profile.budget.action == BudgetConfig::Action::Downgrade && profile.budget.monthlyCapMicros > 0)
        add(budgetTier(config));
    return out;
}

QString envIdentifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            out.append(c.toUpper());
        else if (!out.endsWith(u'_'))
            out.append(u'_');
    }
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(u'K');
    return out;
}

QString keyEnvName(const KeyRef &ref, bool *derived)
{
    if (derived)
        *derived = false;
    switch (ref.scheme) {
    case KeyRef::Scheme::None:
    case KeyRef::Scheme::Invalid:
        return QString();
    case KeyRef::Scheme::Env:
        return ref.name;
    case KeyRef::Scheme::Keychain:
    case KeyRef::Scheme::File: {
        if (derived)
            *derived = true;
        const QString base = ref.scheme == KeyRef::Scheme::File ? QFileInfo(ref.name).completeBaseName() : ref.name;
        QString name = envIdentifier(base);
        if (name.isEmpty())
            name = QStringLiteral("TIERGATE");
        if (!name.endsWith(QLatin1String("_KEY")))
            name += QStringLiteral("_API_KEY");
        return name;
    }
    }
    return QString();
}

bool isGatewayProvider(const ProviderConfig &provider)
{
    return provider.id == QLatin1String(builtin::GatewayProviderId);
}

QString profilePath(const ProfileConfig &profile, const QString &field)
{
    QString path = QStringLiteral("profiles.") + profile.name;
    if (!field.isEmpty())
        path += u'.' + field;
    return path;
}

double microsToUsd(qint64 micros)
{
    return Money::toUsd(micros);
}

qint64 usdToMicros(double usd)
{
    return Money::fromUsd(usd);
}

double msToSeconds(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

} // namespace exportsupport
} // namespace tiergate
