#include "core/config/configvalidator.h"

#include "core/config/providerkind.h"
#include "core/config/tiergateconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigValidator", text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

/// Control characters other than the tab (CR and LF above all: they would split a header).
bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

/// RFC 9110 token characters.
bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString specials = QStringLiteral("!#$%&'*+-.^_`|~");
    for (const QChar c : name) {
        const bool ok
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || specials.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

class Checker
{
public:
    Checker(const TiergateConfig &config, const ConfigValidator::Options &options)
        : c(config)
        , opt(options)
    { }

    QList<ValidationIssue> run()
    {
        if (c.version != TiergateConfig::CurrentVersion)
            error(QStringLiteral("version"),
                tr("version %1 is not supported (this Tiergate reads version %2)")
                    .arg(c.version)
                    .arg(TiergateConfig::CurrentVersion));
        checkProviders();
        checkModels();
        checkTiers();
        checkTeams();
        checkProfiles();
        if (c.defaultProfile.isEmpty())
            error(QStringLiteral("defaultProfile"), tr("no default profile is set"));
        else if (!c.profile(c.defaultProfile))
            error(QStringLiteral("defaultProfile"), tr("profile '%1' does not exist").arg(c.defaultProfile));
        return issues;
    }

private:
    void error(const QString &path, const QString &message) { issues.append(ValidationIssue::error(path, message)); }
    void warning(const QString &path, const QString &message)
    {
        issues.append(ValidationIssue::warning(path, message));
    }

    void positive(const QString &path, qint64 value, const QString &what)
    {
        if (value <= 0)
            error(path, tr("%1 must be greater than zero (it is %2)").arg(what).arg(value));
    }
    void nonNegative(const QString &path, qint64 value, const QString &what)
    {
        if (value < 0)
            error(path, tr("%1 must not be negative (it is %2)").arg(what).arg(value));
    }

    void nonNegativeUsd(const QString &path, qint64 micros, const QString &what)
    {
        if (micros < 0)
            error(path, tr("%1 must not be negative (it is %2 USD)").arg(what).arg(double(micros) / 1e6));
    }

    void checkKey(const QString &path, const KeyRef &key)
    {
        if (!key.isValid()) {
            error(path, key.problem());
            return;
        }
        if (key.scheme != KeyRef::Scheme::File || !opt.keyFileProbe)
            return;
        const QString file = expandHome(key.name);
        const KeyFileInfo info = opt.keyFileProbe(file);
        if (!info.exists) {
            warning(path, tr("key file '%1' does not exist").arg(key.name));
            return;
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions & others)
            warning(path,
                tr("key file '%1' is readable by others; it will be refused until you run chmod 600 on it")
                    .arg(key.name));
        if (!info.ownedByUser)
            warning(path, tr("key file '%1' is not owned by you; it will be refused").arg(key.name));
    }

    void checkTimeouts(const QString &path, const TimeoutConfig &t, bool zeroAllowed)
    {
        const QList<QPair<QString, int>> fields { { QStringLiteral("connectMs"), t.connectMs },
            { QStringLiteral("firstByteMs"), t.firstByteMs }, { QStringLiteral("totalMs"), t.totalMs },
            { QStringLiteral("stallMs"), t.stallMs } };
        for (const auto &f : fields) {
            if (zeroAllowed)
                nonNegative(join(path, f.first), f.second, tr("the timeout"));
            else
                positive(join(path, f.first), f.second, tr("the timeout"));
        }
    }

    /// Azure's api-version (isAzureApiVersion()); other kinds send none, so one set there is a mistake
    /// worth a warning.
    void checkApiVersion(const ProviderConfig &p, const ProviderPreset *preset, const QString &path)
    {
        if (preset && preset->needsApiVersion && p.apiVersion.isEmpty()) {
            warning(path, tr("an Azure provider needs the api-version its requests carry (e.g. 2024-10-21)"));
            return;
        }
        if (p.apiVersion.isEmpty())
            return;
        if (hasControlCharacter(p.apiVersion)) {
            error(path, tr("contains a control character"));
            return;
        }
        if (!isAzureApiVersion(p.apiVersion))
            error(path,
                tr("'%1' is not an Azure api-version; write a date such as 2024-10-21 or 2025-04-01-preview")
                    .arg(p.apiVersion));
        else if (preset && !preset->needsApiVersion)
            warning(path, tr("only Azure providers send an api-version; kind '%1' ignores it").arg(p.kind));
    }

    void checkProviders()
    {
        QSet<QString> seen;
        for (const ProviderConfig &p : c.providers) {
            const QString path = join(QStringLiteral("providers"), p.id);
            if (p.id.isEmpty())
                error(path, tr("a provider has no id"));
            else if (seen.contains(p.id))
                error(path, tr("provider id '%1' is used twice").arg(p.id));
            seen.insert(p.id);
            const ProviderPreset *preset = providerPreset(p.kind);
            if (p.kind.isEmpty())
                error(join(path, QStringLiteral("kind")), tr("the provider kind is empty"));
            else if (!preset)
                error(join(path, QStringLiteral("kind")),
                    tr("'%1' is not a provider kind Tiergate knows; use one of: %2")
                        .arg(p.kind, providerKindNames().join(QStringLiteral(", "))));
            checkApiVersion(p, preset, join(path, QStringLiteral("apiVersion")));
            const QString urlPath = join(path, QStringLiteral("baseUrl"));
            if (p.baseUrl.isEmpty()) {
                if (!p.isSimulator()) {
                    if (p.id == QLatin1String("gateway"))
                        warning(urlPath, tr("provider 'gateway' has no base URL; set LLM_GATEWAY_URL or baseUrl"));
                    else
                        warning(urlPath, tr("provider '%1' has no base URL").arg(p.id));
                }
            } else if (!p.baseUrl.isValid()
                || (p.baseUrl.scheme() != QLatin1String("http") && p.baseUrl.scheme() != QLatin1String("https"))
                || p.baseUrl.host().isEmpty()) {
                error(urlPath, tr("'%1' is not an http(s) URL").arg(p.baseUrl.toString(QUrl::RemoveUserInfo)));
            }
            if (!p.baseUrl.userInfo().isEmpty())
                // Never repeat the credentials: the URL is shown without them.
                error(urlPath,
                    tr("the URL carries a user name or password (%1); put the key in apiKey as a reference "
                       "instead, so it never lands in files or exports")
                        .arg(p.baseUrl.toString(QUrl::RemoveUserInfo)));
            checkKey(join(path, QStringLiteral("apiKey")), p.apiKey);
            checkTimeouts(join(path, QStringLiteral("timeouts")), p.timeouts, false);
            positive(join(path, QStringLiteral("maxConcurrent")), p.maxConcurrent, tr("the concurrency limit"));
            const QString limitsPath = join(path, QStringLiteral("limits"));
            positive(
                join(limitsPath, QStringLiteral("maxLineBytes")), p.limits.maxLineBytes, tr("the line size limit"));
            positive(
                join(limitsPath, QStringLiteral("maxEventBytes")), p.limits.maxEventBytes, tr("the event size limit"));
            positive(join(limitsPath, QStringLiteral("maxAnswerBytes")), p.limits.maxAnswerBytes,
                tr("the answer size limit"));
            for (auto it = p.headers.begin(); it != p.headers.end(); ++it) {
                const QString hpath = join(join(path, QStringLiteral("headers")), it.key());
                if (it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
                    error(hpath, tr("put the key in apiKey as a reference, not in a header"));
                if (!isHeaderName(it.key()))
                    error(hpath,
                        tr("is not a valid header name (only letters, digits and !#$%&'*+-.^_`|~ are allowed; no "
                           "spaces or control characters)"));
                if (hasControlCharacter(it.value()))
                    error(hpath,
                        tr("the header value contains a control character (a line break would add headers of "
                           "its own on the wire)"));
            }
        }
    }

    void checkModels()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < c.models.size(); ++i) {
            const ModelConfig &m = c.models.at(i);
            const QString path = indexed(QStringLiteral("models"), i);
            if (m.id.isEmpty())
                error(join(path, QStringLiteral("id")), tr("the model has no id"));
            else if (seen.contains(m.id))
                error(join(path, QStringLiteral("id")), tr("model '%1' is listed twice").arg(m.id));
            seen.insert(m.id);
            if (m.providerId.isEmpty())
                error(join(path, QStringLiteral("provider")), tr("model '%1' names no provider").arg(m.id));
            else if (!c.provider(m.providerId))
                error(join(path, QStringLiteral("provider")), tr("provider '%1' does not exist").arg(m.providerId));
            nonNegative(join(path, QStringLiteral("contextWindow")), m.contextWindow, tr("the context window"));
            nonNegative(join(path, QStringLiteral("maxOutput")), m.maxOutput, tr("the output limit"));
            if (m.contextWindow > 0 && m.maxOutput > m.contextWindow)
                error(join(path, QStringLiteral("maxOutput")),
                    tr("the output limit %1 is larger than the context window %2")
                        .arg(m.maxOutput)
                        .arg(m.contextWindow));
            nonNegative(join(path, QStringLiteral("inputPer1M")), m.inputPerMTokMicros, tr("the price"));
            nonNegative(join(path, QStringLiteral("outputPer1M")), m.outputPerMTokMicros, tr("the price"));
            if (m.cachedInputPerMTokMicros < -1)
                error(join(path, QStringLiteral("cachedInputPer1M")), tr("the price must not be negative"));
            if (m.cacheWritePerMTokMicros < -1)
                error(join(path, QStringLiteral("cacheWritePer1M")), tr("the price must not be negative"));
        }
    }

    /// A model referenced from a tier / profile: known, and its provider configured.
    void checkModelRef(const QString &path, const QString &id)
    {
        if (id.isEmpty()) {
            error(path, tr("the model name is empty"));
            return;
        }
        const ModelConfig *m = c.model(id);
        if (!m) {
            error(path, tr("model '%1' is not in the catalog").arg(id));
            return;
        }
        if (!c.provider(m->providerId))
            error(path, tr("model '%1' is served by provider '%2', which is not configured").arg(id, m->providerId));
    }

    void checkTierRef(const QString &path, const QString &name, bool emptyAllowed)
    {
        if (name.isEmpty()) {
            if (!emptyAllowed)
                error(path, tr("no tier is set"));
            return;
        }
        if (!c.tier(name))
            error(path, tr("tier '%1' does not exist").arg(name));
    }

    void checkTiers()
    {
        QSet<QString> seen;
        for (const TierConfig &t : c.tiers) {
            const QString path = join(QStringLiteral("tiers"), t.name);
            if (t.name.isEmpty())
                error(path, tr("a tier has no name"));
            else if (seen.contains(t.name))
                error(path, tr("tier '%1' is defined twice").arg(t.name));
            seen.insert(t.name);
            if (!t.defaultModel.isEmpty())
                checkModelRef(join(path, QStringLiteral("default")), t.defaultModel);
            for (auto it = t.aliases.begin(); it != t.aliases.end(); ++it)
                checkModelRef(join(join(path, QStringLiteral("aliases")), it.key()), it.value());
        }
    }

    void checkTeams()
    {
        QSet<QString> seen;
        for (const TeamConfig &t : c.teams) {
            const QString path = join(QStringLiteral("teams"), t.id);
            if (t.id.isEmpty())
                error(path, tr("a team has no id"));
            else if (seen.contains(t.id))
                error(path, tr("team '%1' is defined twice").arg(t.id));
            seen.insert(t.id);
            nonNegative(join(path, QStringLiteral("rotationWarnDays")), t.rotationWarnDays, tr("the warning period"));
            for (auto it = t.keys.begin(); it != t.keys.end(); ++it) {
                const QString kpath = join(join(path, QStringLiteral("keys")), it.key());
                checkTierRef(kpath, it.key(), false);
                checkKey(join(kpath, QStringLiteral("key")), it.value().key);
                if (it.value().key.isNone())
                    error(join(kpath, QStringLiteral("key")), tr("the team key reference is empty"));
                const QDate due = it.value().rotationDate;
                if (due.isValid() && opt.today.isValid()) {
                    const qint64 days = opt.today.daysTo(due);
                    if (days < 0)
                        warning(join(kpath, QStringLiteral("rotationDate")),
                            tr("the key was due for rotation on %1").arg(due.toString(Qt::ISODate)));
                    else if (days <= t.rotationWarnDays)
                        warning(join(kpath, QStringLiteral("rotationDate")),
                            tr("the key is due for rotation on %1 (in %2 days)")
                                .arg(due.toString(Qt::ISODate))
                                .arg(days));
                }
            }
        }
    }

    void checkProfiles()
    {
        QSet<QString> seen;
        for (const ProfileConfig &p : c.profiles) {
            const QString path = join(QStringLiteral("profiles"), p.name);
            if (p.name.isEmpty())
                error(path, tr("a profile has no name"));
            else if (seen.contains(p.name))
                error(path, tr("profile '%1' is defined twice").arg(p.name));
            seen.insert(p.name);

            checkTierRef(join(path, QStringLiteral("tier")), p.tier, false);
            const QString chainPath = join(path, QStringLiteral("fallbackChain"));
            for (qsizetype i = 0; i < p.fallbackChain.size(); ++i)
                checkModelRef(indexed(chainPath, i), p.fallbackChain.at(i));
            if (p.fallbackChain.size() > 2)
                warning(chainPath,
                    tr("a fallback chain of %1 models can multiply latency and cost on an outage; "
                       "two fallbacks are usually enough")
                        .arg(p.fallbackChain.size()));
            nonNegative(join(path, QStringLiteral("maxRetries")), p.maxRetries, tr("the number of retries"));
            if (p.maxRetries > 10)
                warning(
                    join(path, QStringLiteral("maxRetries")), tr("%1 retries per model is a lot").arg(p.maxRetries));

            const QString bpath = join(path, QStringLiteral("backoff"));
            positive(join(bpath, QStringLiteral("baseMs")), p.backoff.baseMs, tr("the base delay"));
            positive(join(bpath, QStringLiteral("capMs")), p.backoff.capMs, tr("the delay cap"));
            if (p.backoff.capMs > 0 && p.backoff.baseMs > p.backoff.capMs)
                error(join(bpath, QStringLiteral("capMs")),
                    tr("the delay cap %1 ms is below the base delay %2 ms").arg(p.backoff.capMs).arg(p.backoff.baseMs));
            if (!(p.backoff.jitter >= 0.0 && p.backoff.jitter <= 1.0))
                error(join(bpath, QStringLiteral("jitter")),
                    tr("jitter must be between 0 and 1 (it is %1)").arg(p.backoff.jitter));
            nonNegative(
                join(bpath, QStringLiteral("retryAfterCapMs")), p.backoff.retryAfterCapMs, tr("the Retry-After cap"));

            checkTimeouts(join(path, QStringLiteral("timeouts")), p.timeouts, true);
            nonNegative(
                join(path, QStringLiteral("contextWindowLimit")), p.contextWindowLimit, tr("the context limit"));

            for (qsizetype i = 0; i < p.rateLimits.size(); ++i) {
                const RateLimitConfig &rl = p.rateLimits.at(i);
                const QString rpath = indexed(join(path, QStringLiteral("rateLimits")), i);
                if (rl.scope == RateLimitConfig::Scope::Model)
                    checkModelRef(join(rpath, QStringLiteral("target")), rl.target);
                else if (!c.provider(rl.target))
                    error(join(rpath, QStringLiteral("target")), tr("provider '%1' does not exist").arg(rl.target));
                nonNegative(join(rpath, QStringLiteral("rpm")), rl.rpm, tr("the request limit"));
                nonNegative(join(rpath, QStringLiteral("tpm")), rl.tpm, tr("the token limit"));
                nonNegative(join(rpath, QStringLiteral("maxWaitMs")), rl.maxWaitMs, tr("the wait bound"));
                if (rl.rpm == 0 && rl.tpm == 0)
                    error(rpath, tr("a rate limit needs rpm or tpm greater than zero"));
            }

            const QString cpath = join(path, QStringLiteral("circuitBreaker"));
            positive(join(cpath, QStringLiteral("failuresToOpen")), p.circuitBreaker.failuresToOpen,
                tr("the failure count"));
            positive(join(cpath, QStringLiteral("openMs")), p.circuitBreaker.openMs, tr("the open time"));
            positive(join(cpath, QStringLiteral("halfOpenProbes")), p.circuitBreaker.halfOpenProbes,
                tr("the number of probes"));

            const QString budgetPath = join(path, QStringLiteral("budget"));
            nonNegativeUsd(join(budgetPath, QStringLiteral("monthlyCapUsd")), p.budget.monthlyCapMicros, tr("the cap"));
            nonNegativeUsd(join(budgetPath, QStringLiteral("approvalThresholdUsd")), p.budget.approvalThresholdMicros,
                tr("the approval threshold"));
            if (p.budget.action == BudgetConfig::Action::Downgrade && !c.tier(QStringLiteral("budget")))
                error(join(budgetPath, QStringLiteral("action")),
                    tr("downgrade needs a tier named 'budget', and there is none"));
            double previous = 0.0;
            for (qsizetype i = 0; i < p.budget.alertThresholds.size(); ++i) {
                const double t = p.budget.alertThresholds.at(i);
                const QString tpath = indexed(join(budgetPath, QStringLiteral("alertThresholds")), i);
                if (!(t > 0.0 && t <= 2.0))
                    error(tpath, tr("a threshold is a fraction of the cap between 0 and 2 (it is %1)").arg(t));
                else if (t <= previous)
                    warning(tpath, tr("thresholds should be in increasing order"));
                previous = t;
            }

            const QString opath = join(path, QStringLiteral("observability"));
            static const QStringList levels { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                QStringLiteral("error") };
            if (!levels.contains(p.observability.logLevel))
                error(join(opath, QStringLiteral("logLevel")),
                    tr("'%1' is not one of: debug, info, warn, error").arg(p.observability.logLevel));
            const ProfileAlertThresholds &at = p.observability.alertThresholds;
            const QString apath = join(opath, QStringLiteral("alertThresholds"));
            if (!(at.fallbackRate >= 0.0 && at.fallbackRate <= 1.0))
                error(join(apath, QStringLiteral("fallbackRate")),
                    tr("the fallback rate is a fraction between 0 and 1 (it is %1)").arg(at.fallbackRate));
            positive(join(apath, QStringLiteral("latencyP95Ms")), at.latencyP95Ms, tr("the latency threshold"));
            nonNegativeUsd(join(apath, QStringLiteral("monthlyBudgetCapUsd")), at.monthlyBudgetCapMicros,
                tr("the budget threshold"));

            const QString critPath = join(path, QStringLiteral("criticality"));
            checkTierRef(join(critPath, QStringLiteral("critical")), p.criticality.critical, true);
            checkTierRef(join(critPath, QStringLiteral("standard")), p.criticality.standard, true);
            checkTierRef(join(critPath, QStringLiteral("background")), p.criticality.background, true);
            const QString qpath = join(critPath, QStringLiteral("backgroundQueue"));
            positive(join(qpath, QStringLiteral("maxConcurrent")), p.criticality.backgroundQueue.maxConcurrent,
                tr("the queue concurrency"));
            positive(join(qpath, QStringLiteral("retryWindowMs")), p.criticality.backgroundQueue.retryWindowMs,
                tr("the retry window"));

            for (qsizetype i = 0; i < p.teams.size(); ++i) {
                if (!c.team(p.teams.at(i)))
                    error(indexed(join(path, QStringLiteral("teams")), i),
                        tr("team '%1' does not exist").arg(p.teams.at(i)));
            }
        }
    }

    const TiergateConfig &c;
    const ConfigValidator::Options &opt;
    QList<ValidationIssue> issues;
};

} // namespace

ConfigValidator::Options ConfigValidator::systemOptions()
{
    Options o;
    o.today = QDate::currentDate();
    o.keyFileProbe = [](const QString &path) {
        KeyFileInfo info;
        const QFileInfo fi(path);
        info.exists = fi.exists();
        if (!info.exists)
            return info;
        info.permissions = fi.permissions();
#ifdef Q_OS_UNIX
        info.ownedByUser = fi.ownerId() == ::getuid();
#endif
        return info;
    };
    return o;
}

QList<ValidationIssue> ConfigValidator::validate(const TiergateConfig &config, const Options &options)
{
    return Checker(config, options).run();
}

} // namespace tiergate
