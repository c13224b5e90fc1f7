#include "core/config/configjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigJson", text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

/// Reads the fields of one JSON object, recording type problems and which keys were known;
/// rest() gives the unknown keys, kept for writing back.
class ObjReader
{
public:
    ObjReader(const QJsonObject &object, const QString &path, QList<ValidationIssue> &issues)
        : m_obj(object)
        , m_path(path)
        , m_issues(issues)
    { }

    bool has(const QString &key)
    {
        m_known.insert(key);
        return m_obj.contains(key) && !m_obj.value(key).isNull();
    }
    QJsonValue value(const QString &key)
    {
        m_known.insert(key);
        return m_obj.value(key);
    }
    QString path(const QString &key) const { return join(m_path, key); }
    QList<ValidationIssue> &issues() { return m_issues; }

    void fail(const QString &key, const QString &message)
    {
        m_issues.append(ValidationIssue::error(path(key), message));
    }

    QString string(const QString &key, const QString &fallback = QString())
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_obj.value(key);
        if (!v.isString()) {
            fail(key, tr("must be a text"));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QString &key, qint64 fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_obj.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
            fail(key, tr("must be a whole number"));
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    int int32(const QString &key, int fallback)
    {
        const qint64 v = integer(key, fallback);
        if (v > std::numeric_limits<int>::max() || v < std::numeric_limits<int>::min()) {
            fail(key, tr("is too large"));
            return fallback;
        }
        return static_cast<int>(v);
    }

    double number(const QString &key, double fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_obj.value(key);
        if (!v.isDouble()) {
            fail(key, tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }

    qint64 usd(const QString &key, qint64 fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_obj.value(key);
        if (!v.isDouble() || std::fabs(v.toDouble()) > 9.0e12) {
            fail(key, tr("must be an amount in US dollars"));
            return fallback;
        }
        return ConfigJson::usdToMicros(v.toDouble());
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_obj.value(key);
        if (!v.isBool()) {
            fail(key, tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QDate date(const QString &key)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(key, tr("must be a date written YYYY-MM-DD"));
        return d;
    }

    QStringList stringList(const QString &key)
    {
        QStringList out;
        if (!has(key))
            return out;
        const QJsonValue v = m_obj.value(key);
        if (!v.isArray()) {
            fail(key, tr("must be a list of texts"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                m_issues.append(ValidationIssue::error(indexed(path(key), i), tr("must be a text")));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    QMap<QString, QString> stringMap(const QString &key)
    {
        QMap<QString, QString> out;
        if (!has(key))
            return out;
        const QJsonValue v = m_obj.value(key);
        if (!v.isObject()) {
            fail(key, tr("must be an object of texts"));
            return out;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                m_issues.append(ValidationIssue::error(join(path(key), it.key()), tr("must be a text")));
            else
                out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    /// The sub-object at `key` (empty when absent or of the wrong type, which is reported).
    QJsonObject object(const QString &key, bool *present = nullptr)
    {
        if (present)
            *present = false;
        if (m_obj.value(key).isNull() && m_obj.contains(key)) {
            m_known.insert(key);
            fail(key, tr("is null, but an object is required here (remove the key to use the defaults)"));
            return {};
        }
        if (!has(key))
            return {};
        const QJsonValue v = m_obj.value(key);
        if (!v.isObject()) {
            fail(key, tr("must be an object"));
            return {};
        }
        if (present)
            *present = true;
        return v.toObject();
    }

    template <typename E>
    E choice(const QString &key, E fallback, const QList<QPair<QString, E>> &names)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return fallback;
        QStringList allowed;
        for (const auto &n : names) {
            if (n.first == s)
                return n.second;
            allowed.append(n.first);
        }
        fail(key, tr("'%1' is not one of: %2").arg(s, allowed.join(QStringLiteral(", "))));
        return fallback;
    }

    QJsonObject rest() const
    {
        QJsonObject extra;
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it) {
            if (!m_known.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    }

private:
    const QJsonObject m_obj;
    const QString m_path;
    QList<ValidationIssue> &m_issues;
    QSet<QString> m_known;
};

TimeoutConfig readTimeouts(
    const QJsonObject &o, const QString &path, const TimeoutConfig &defaults, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    TimeoutConfig t;
    t.connectMs = r.int32(QStringLiteral("connectMs"), defaults.connectMs);
    t.firstByteMs = r.int32(QStringLiteral("firstByteMs"), defaults.firstByteMs);
    t.totalMs = r.int32(QStringLiteral("totalMs"), defaults.totalMs);
    t.stallMs = r.int32(QStringLiteral("stallMs"), defaults.stallMs);
    t.extra = r.rest();
    return t;
}

QJsonObject writeTimeouts(const TimeoutConfig &t)
{
    QJsonObject o = t.extra;
    o.insert(QStringLiteral("connectMs"), t.connectMs);
    o.insert(QStringLiteral("firstByteMs"), t.firstByteMs);
    o.insert(QStringLiteral("totalMs"), t.totalMs);
    o.insert(QStringLiteral("stallMs"), t.stallMs);
    return o;
}

ProviderConfig readProvider(
    const QString &id, const QJsonObject &o, const QString &path, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    ProviderConfig p;
    p.id = id;
    p.displayName = r.string(QStringLiteral("displayName"));
    p.kind = r.string(QStringLiteral("kind"), p.kind);
    const QString url = r.string(QStringLiteral("baseUrl"));
    p.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !p.baseUrl.isValid())
        p.baseUrl = QUrl(url, QUrl::TolerantMode); // kept as written; the validator reports it
    p.apiKey = KeyRef::parse(r.string(QStringLiteral("apiKey")));
    // Earlier files carry the same key (then kept in `extra`): they read into the field unchanged.
    p.apiVersion = r.string(QStringLiteral("apiVersion"));
    p.headers = r.stringMap(QStringLiteral("headers"));
    p.timeouts = readTimeouts(
        r.object(QStringLiteral("timeouts")), r.path(QStringLiteral("timeouts")), TimeoutConfig(), issues);
    p.maxConcurrent = r.int32(QStringLiteral("maxConcurrent"), p.maxConcurrent);
    bool hasLimits = false;
    const QJsonObject limits = r.object(QStringLiteral("limits"), &hasLimits);
    if (hasLimits) {
        ObjReader l(limits, r.path(QStringLiteral("limits")), issues);
        p.limits.maxLineBytes = l.integer(QStringLiteral("maxLineBytes"), p.limits.maxLineBytes);
        p.limits.maxEventBytes = l.integer(QStringLiteral("maxEventBytes"), p.limits.maxEventBytes);
        p.limits.maxAnswerBytes = l.integer(QStringLiteral("maxAnswerBytes"), p.limits.maxAnswerBytes);
    }
    p.extra = r.rest();
    return p;
}

ModelConfig readModel(const QJsonObject &o, const QString &path, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    ModelConfig m;
    m.id = r.string(QStringLiteral("id"));
    if (!r.has(QStringLiteral("id")))
        r.fail(QStringLiteral("id"), tr("is missing"));
    m.providerId = r.string(QStringLiteral("provider"));
    m.displayName = r.string(QStringLiteral("displayName"));
    m.contextWindow = r.integer(QStringLiteral("contextWindow"), 0);
    m.maxOutput = r.integer(QStringLiteral("maxOutput"), 0);
    m.inputPerMTokMicros = r.usd(QStringLiteral("inputPer1M"), 0);
    m.outputPerMTokMicros = r.usd(QStringLiteral("outputPer1M"), 0);
    m.cachedInputPerMTokMicros = r.usd(QStringLiteral("cachedInputPer1M"), -1);
    m.cacheWritePerMTokMicros = r.usd(QStringLiteral("cacheWritePer1M"), -1);
    m.pricesAsOf = r.date(QStringLiteral("pricesAsOf"));
    m.simulated = r.boolean(QStringLiteral("simulated"), false);
    m.extra = r.rest();
    return m;
}

TierConfig readTier(const QString &name, const QJsonObject &o, const QString &path, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    TierConfig t;
    t.name = name;
    t.defaultModel = r.string(QStringLiteral("default"));
    t.aliases = r.stringMap(QStringLiteral("aliases"));
    t.extra = r.rest();
    return t;
}

ProfileConfig readProfile(
    const QString &name, const QJsonObject &o, const QString &path, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    ProfileConfig p;
    p.name = name;
    p.description = r.string(QStringLiteral("description"));
    p.tier = r.string(QStringLiteral("tier"));
    p.fallbackChain = r.stringList(QStringLiteral("fallbackChain"));
    p.maxRetries = r.int32(QStringLiteral("maxRetries"), p.maxRetries);
    {
        ObjReader b(r.object(QStringLiteral("backoff")), r.path(QStringLiteral("backoff")), issues);
        p.backoff.baseMs = b.int32(QStringLiteral("baseMs"), p.backoff.baseMs);
        p.backoff.capMs = b.int32(QStringLiteral("capMs"), p.backoff.capMs);
        p.backoff.jitter = b.number(QStringLiteral("jitter"), p.backoff.jitter);
        p.backoff.retryAfterCapMs = b.int32(QStringLiteral("retryAfterCapMs"), p.backoff.retryAfterCapMs);
        p.backoff.extra = b.rest();
    }
    p.fastFailover = r.boolean(QStringLiteral("fastFailover"), p.fastFailover);
    p.timeouts = readTimeouts(
        r.object(QStringLiteral("timeouts")), r.path(QStringLiteral("timeouts")), TimeoutConfig::unset(), issues);
    p.contextWindowLimit = r.integer(QStringLiteral("contextWindowLimit"), 0);
    p.contextPolicy = r.choice(QStringLiteral("contextPolicy"), p.contextPolicy,
        { { QStringLiteral("trim_oldest"), ProfileConfig::ContextPolicy::TrimOldest },
            { QStringLiteral("reject"), ProfileConfig::ContextPolicy::Reject } });
    if (r.has(QStringLiteral("rateLimits"))) {
        const QJsonValue v = r.value(QStringLiteral("rateLimits"));
        if (!v.isArray()) {
            r.fail(QStringLiteral("rateLimits"), tr("must be a list"));
        } else {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString ipath = indexed(r.path(QStringLiteral("rateLimits")), i);
                if (!a.at(i).isObject()) {
                    issues.append(ValidationIssue::error(ipath, tr("must be an object")));
                    continue;
                }
                ObjReader l(a.at(i).toObject(), ipath, issues);
                RateLimitConfig rl;
                rl.scope = l.choice(QStringLiteral("scope"), rl.scope,
                    { { QStringLiteral("model"), RateLimitConfig::Scope::Model },
                        { QStringLiteral("provider"), RateLimitConfig::Scope::Provider } });
                rl.target = l.string(QStringLiteral("target"));
                rl.rpm = l.int32(QStringLiteral("rpm"), 0);
                rl.tpm = l.integer(QStringLiteral("tpm"), 0);
                rl.maxWaitMs = l.int32(QStringLiteral("maxWaitMs"), 0);
                rl.extra = l.rest();
                p.rateLimits.append(rl);
            }
        }
    }
    {
        ObjReader c(r.object(QStringLiteral("circuitBreaker")), r.path(QStringLiteral("circuitBreaker")), issues);
        p.circuitBreaker.failuresToOpen = c.int32(QStringLiteral("failuresToOpen"), p.circuitBreaker.failuresToOpen);
        p.circuitBreaker.openMs = c.int32(QStringLiteral("openMs"), p.circuitBreaker.openMs);
        p.circuitBreaker.halfOpenProbes = c.int32(QStringLiteral("halfOpenProbes"), p.circuitBreaker.halfOpenProbes);
        p.circuitBreaker.extra = c.rest();
    }
    {
        ObjReader b(r.object(QStringLiteral("budget")), r.path(QStringLiteral("budget")), issues);
        p.budget.monthlyCapMicros = b.usd(QStringLiteral("monthlyCapUsd"), 0);
        p.budget.action = b.choice(QStringLiteral("action"), p.budget.action,
            { { QStringLiteral("block"), BudgetConfig::Action::Block },
                { QStringLiteral("downgrade"), BudgetConfig::Action::Downgrade },
                { QStringLiteral("warn"), BudgetConfig::Action::Warn } });
        if (b.has(QStringLiteral("alertThresholds"))) {
            const QJsonValue v = b.value(QStringLiteral("alertThresholds"));
            if (!v.isArray()) {
                b.fail(QStringLiteral("alertThresholds"), tr("must be a list of numbers"));
            } else {
                p.budget.alertThresholds.clear();
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    if (!a.at(i).isDouble())
                        issues.append(ValidationIssue::error(
                            indexed(b.path(QStringLiteral("alertThresholds")), i), tr("must be a number")));
                    else
                        p.budget.alertThresholds.append(a.at(i).toDouble());
                }
            }
        }
        p.budget.approvalThresholdMicros = b.usd(QStringLiteral("approvalThresholdUsd"), 0);
        p.budget.extra = b.rest();
    }
    {
        ObjReader ob(r.object(QStringLiteral("observability")), r.path(QStringLiteral("observability")), issues);
        p.observability.enabled = ob.boolean(QStringLiteral("enabled"), p.observability.enabled);
        p.observability.logLevel = ob.string(QStringLiteral("logLevel"), p.observability.logLevel);
        ObjReader a(ob.object(QStringLiteral("alertThresholds")), ob.path(QStringLiteral("alertThresholds")), issues);
        ProfileAlertThresholds &t = p.observability.alertThresholds;
        t.fallbackRate = a.number(QStringLiteral("fallbackRate"), t.fallbackRate);
        t.latencyP95Ms = a.int32(QStringLiteral("latencyP95Ms"), t.latencyP95Ms);
        t.monthlyBudgetCapMicros = a.usd(QStringLiteral("monthlyBudgetCapUsd"), t.monthlyBudgetCapMicros);
        t.extra = a.rest();
        p.observability.extra = ob.rest();
    }
    {
        ObjReader c(r.object(QStringLiteral("criticality")), r.path(QStringLiteral("criticality")), issues);
        p.criticality.critical = c.string(QStringLiteral("critical"));
        p.criticality.standard = c.string(QStringLiteral("standard"));
        p.criticality.background = c.string(QStringLiteral("background"));
        ObjReader q(c.object(QStringLiteral("backgroundQueue")), c.path(QStringLiteral("backgroundQueue")), issues);
        BackgroundQueueConfig &bq = p.criticality.backgroundQueue;
        bq.maxConcurrent = q.int32(QStringLiteral("maxConcurrent"), bq.maxConcurrent);
        bq.retryWindowMs = q.integer(QStringLiteral("retryWindowMs"), bq.retryWindowMs);
        bq.extra = q.rest();
        p.criticality.extra = c.rest();
    }
    p.teams = r.stringList(QStringLiteral("teams"));
    p.extra = r.rest();
    return p;
}

TeamConfig readTeam(const QString &id, const QJsonObject &o, const QString &path, QList<ValidationIssue> &issues)
{
    ObjReader r(o, path, issues);
    TeamConfig t;
    t.id = id;
    t.name = r.string(QStringLiteral("name"));
    t.rotationWarnDays = r.int32(QStringLiteral("rotationWarnDays"), t.rotationWarnDays);
    const QJsonObject keys = r.object(QStringLiteral("keys"));
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString kpath = join(r.path(QStringLiteral("keys")), it.key());
        if (!it.value().isObject()) {
            issues.append(ValidationIssue::error(kpath, tr("must be an object")));
            continue;
        }
        ObjReader k(it.value().toObject(), kpath, issues);
        TeamKey key;
        key.key = KeyRef::parse(k.string(QStringLiteral("key")));
        key.rotationDate = k.date(QStringLiteral("rotationDate"));
        key.extra = k.rest();
        t.keys.insert(it.key(), key);
    }
    t.extra = r.rest();
    return t;
}

/// Calls `fn(key, object, path)` for each member of the keyed section `key` of `root`.
template <typename Fn>
void forEachKeyed(ObjReader &root, const QString &key, Fn fn)
{
    const QJsonObject section = root.object(key);
    for (auto it = section.begin(); it != section.end(); ++it) {
        const QString path = join(root.path(key), it.key());
        if (!it.value().isObject()) {
            root.issues().append(ValidationIssue::error(path,
                it.value().isNull() ? tr("is null, but an object with its settings is required here")
                                    : tr("must be an object")));
            continue;
        }
        fn(it.key(), it.value().toObject(), path);
    }
}

QJsonArray doubles(const QList<double> &list)
{
    QJsonArray a;
    for (double d : list)
        a.append(d);
    return a;
}

QJsonObject stringMapJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

double ConfigJson::microsToUsd(qint64 micros)
{
    return static_cast<double>(micros) / 1e6;
}

qint64 ConfigJson::usdToMicros(double usd)
{
    return std::llround(usd * 1e6);
}

namespace {

/// QJsonDocument keeps the last of duplicate keys without a word; a configuration with two values
/// for one setting is ambiguous, so every duplicate is reported with its path. Runs on text that
/// already parsed as JSON, so the scanner only needs to follow strings and nesting.
QList<ValidationIssue> duplicateKeys(const QByteArray &data)
{
    struct Frame
    {
        bool isObject = false;
        QString path;
        QSet<QString> keys;
        qsizetype index = 0; ///< next element index of an array
        QString pendingKey; ///< key whose value comes next (objects)
        bool expectKey = true;
    };
    QList<ValidationIssue> out;
    QList<Frame> stack;
    auto childPath = [&stack]() -> QString {
        if (stack.isEmpty())
            return QString();
        Frame &f = stack.last();
        if (f.isObject)
            return join(f.path, f.pendingKey);
        return indexed(f.path, f.index);
    };
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c == '"') {
            QByteArray raw;
            ++i;
            while (i < n && data.at(i) != '"') {
                if (data.at(i) == '\\' && i + 1 < n) {
                    raw.append(data.at(i));
                    ++i;
                }
                raw.append(data.at(i));
                ++i;
            }
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                // Decode escapes the way the parser does, so "a" and "\u0061" are one key.
                const QString key = raw.contains('\\')
                    ? QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString()
                    : QString::fromUtf8(raw);
                Frame &f = stack.last();
                if (f.keys.contains(key))
                    out.append(ValidationIssue::error(join(f.path, key),
                        tr("appears twice in the same object; only one value per setting is allowed (JSON "
                           "readers would silently keep the last one)")));
                f.keys.insert(key);
                f.pendingKey = key;
                f.expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            Frame f;
            f.isObject = c == '{';
            f.path = childPath();
            stack.append(f);
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.isObject)
                    f.expectKey = true;
                else
                    ++f.index;
            }
        }
    }
    return out;
}

} // namespace

ConfigReadResult ConfigJson::read(const QByteArray &data, const QList<ModelConfig> &catalog)
{
    if (data.trimmed() == "null") {
        ConfigReadResult result;
        result.config.catalog = catalog;
        result.issues.append(ValidationIssue::error(
            QString(), tr("the document is null; a Tiergate configuration is a JSON object such as {\"version\": 1}")));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column help a person find the spot in an editor.
        int line = 1;
        int column = 1;
        for (int i = 0; i < error.offset && i < data.size(); ++i) {
            if (data.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        ConfigReadResult result;
        result.config.catalog = catalog;
        result.issues.append(ValidationIssue::error(QString(),
            tr("the file is not valid JSON (line %1, column %2: %3)").arg(line).arg(column).arg(error.errorString())));
        return result;
    }
    if (!doc.isObject()) {
        ConfigReadResult result;
        result.config.catalog = catalog;
        result.issues.append(ValidationIssue::error(QString(), tr("the document must be a JSON object")));
        return result;
    }
    ConfigReadResult result = readObject(doc.object(), catalog);
    result.issues = duplicateKeys(data) + result.issues;
    return result;
}

ConfigReadResult ConfigJson::readObject(const QJsonObject &root, const QList<ModelConfig> &catalog)
{
    ConfigReadResult result;
    QList<ValidationIssue> &issues = result.issues;
    TiergateConfig &c = result.config;
    c.catalog = catalog;
    ObjReader r(root, QString(), issues);

    if (!r.has(QStringLiteral("version"))) {
        issues.append(ValidationIssue::error(QStringLiteral("version"),
            tr("is missing (this version of Tiergate writes \"version\": %1)").arg(TiergateConfig::CurrentVersion)));
    } else {
        c.version = r.int32(QStringLiteral("version"), TiergateConfig::CurrentVersion);
        if (c.version != TiergateConfig::CurrentVersion)
            issues.append(ValidationIssue::error(QStringLiteral("version"),
                tr("version %1 is not supported (this Tiergate reads version %2)")
                    .arg(c.version)
                    .arg(TiergateConfig::CurrentVersion)));
    }
    c.defaultProfile = r.string(QStringLiteral("defaultProfile"));

    forEachKeyed(r, QStringLiteral("providers"), [&](const QString &id, const QJsonObject &o, const QString &path) {
        c.providers.append(readProvider(id, o, path, issues));
    });
    if (r.has(QStringLiteral("models"))) {
        const QJsonValue v = r.value(QStringLiteral("models"));
        if (!v.isArray()) {
            r.fail(QStringLiteral("models"), tr("must be a list"));
        } else {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString path = indexed(QStringLiteral("models"), i);
                if (!a.at(i).isObject())
                    issues.append(ValidationIssue::error(path, tr("must be an object")));
                else
                    c.models.append(readModel(a.at(i).toObject(), path, issues));
            }
        }
    }
    forEachKeyed(r, QStringLiteral("tiers"), [&](const QString &name, const QJsonObject &o, const QString &path) {
        c.tiers.append(readTier(name, o, path, issues));
    });
    forEachKeyed(r, QStringLiteral("profiles"), [&](const QString &name, const QJsonObject &o, const QString &path) {
        c.profiles.append(readProfile(name, o, path, issues));
    });
    forEachKeyed(r, QStringLiteral("teams"), [&](const QString &id, const QJsonObject &o, const QString &path) {
        c.teams.append(readTeam(id, o, path, issues));
    });
    c.extra = r.rest();
    return result;
}

QJsonObject ConfigJson::providerToJson(const ProviderConfig &p)
{
    QJsonObject o = p.extra;
    o.insert(QStringLiteral("displayName"), p.displayName);
    o.insert(QStringLiteral("kind"), p.kind);
    o.insert(QStringLiteral("baseUrl"), p.baseUrl.toString());
    o.insert(QStringLiteral("apiKey"), p.apiKey.toString());
    if (!p.apiVersion.isEmpty())
        o.insert(QStringLiteral("apiVersion"), p.apiVersion);
    o.insert(QStringLiteral("headers"), stringMapJson(p.headers));
    o.insert(QStringLiteral("timeouts"), writeTimeouts(p.timeouts));
    o.insert(QStringLiteral("maxConcurrent"), p.maxConcurrent);
    if (!(p.limits == ResponseLimits())) {
        o.insert(QStringLiteral("limits"),
            QJsonObject { { QStringLiteral("maxLineBytes"), p.limits.maxLineBytes },
                { QStringLiteral("maxEventBytes"), p.limits.maxEventBytes },
                { QStringLiteral("maxAnswerBytes"), p.limits.maxAnswerBytes } });
    }
    return o;
}

QJsonObject ConfigJson::modelToJson(const ModelConfig &m)
{
    QJsonObject o = m.extra;
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("provider"), m.providerId);
    if (!m.displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), m.displayName);
    o.insert(QStringLiteral("contextWindow"), m.contextWindow);
    o.insert(QStringLiteral("maxOutput"), m.maxOutput);
    o.insert(QStringLiteral("inputPer1M"), microsToUsd(m.inputPerMTokMicros));
    o.insert(QStringLiteral("outputPer1M"), microsToUsd(m.outputPerMTokMicros));
    if (m.hasCachedPrice())
        o.insert(QStringLiteral("cachedInputPer1M"), microsToUsd(m.cachedInputPerMTokMicros));
    if (m.hasCacheWritePrice())
        o.insert(QStringLiteral("cacheWritePer1M"), microsToUsd(m.cacheWritePerMTokMicros));
    if (m.pricesAsOf.isValid())
        o.insert(QStringLiteral("pricesAsOf"), m.pricesAsOf.toString(Qt::ISODate));
    if (m.simulated)
        o.insert(QStringLiteral("simulated"), true);
    return o;
}

QJsonObject ConfigJson::profileToJson(const ProfileConfig &p)
{
    QJsonObject o = p.extra;
    o.insert(QStringLiteral("description"), p.description);
    o.insert(QStringLiteral("tier"), p.tier);
    o.insert(QStringLiteral("fallbackChain"), QJsonArray::fromStringList(p.fallbackChain));
    o.insert(QStringLiteral("maxRetries"), p.maxRetries);

    QJsonObject backoff = p.backoff.extra;
    backoff.insert(QStringLiteral("baseMs"), p.backoff.baseMs);
    backoff.insert(QStringLiteral("capMs"), p.backoff.capMs);
    backoff.insert(QStringLiteral("jitter"), p.backoff.jitter);
    backoff.insert(QStringLiteral("retryAfterCapMs"), p.backoff.retryAfterCapMs);
    o.insert(QStringLiteral("backoff"), backoff);

    o.insert(QStringLiteral("fastFailover"), p.fastFailover);
    if (!p.timeouts.isUnset() || !p.timeouts.extra.isEmpty())
        o.insert(QStringLiteral("timeouts"), writeTimeouts(p.timeouts));
    o.insert(QStringLiteral("contextWindowLimit"), p.contextWindowLimit);
    o.insert(QStringLiteral("contextPolicy"), contextPolicyName(p.contextPolicy));

    QJsonArray limits;
    for (const RateLimitConfig &rl : p.rateLimits) {
        QJsonObject l = rl.extra;
        l.insert(QStringLiteral("scope"), rateLimitScopeName(rl.scope));
        l.insert(QStringLiteral("target"), rl.target);
        l.insert(QStringLiteral("rpm"), rl.rpm);
        l.insert(QStringLiteral("tpm"), rl.tpm);
        l.insert(QStringLiteral("maxWaitMs"), rl.maxWaitMs);
        limits.append(l);
    }
    o.insert(QStringLiteral("rateLimits"), limits);

    QJsonObject cb = p.circuitBreaker.extra;
    cb.insert(QStringLiteral("failuresToOpen"), p.circuitBreaker.failuresToOpen);
    cb.insert(QStringLiteral("openMs"), p.circuitBreaker.openMs);
    cb.insert(QStringLiteral("halfOpenProbes"), p.circuitBreaker.halfOpenProbes);
    o.insert(QStringLiteral("circuitBreaker"), cb);

    QJsonObject budget = p.budget.extra;
    budget.insert(QStringLiteral("monthlyCapUsd"), microsToUsd(p.budget.monthlyCapMicros));
    budget.insert(QStringLiteral("action"), budgetActionName(p.budget.action));
    budget.insert(QStringLiteral("alertThresholds"), doubles(p.budget.alertThresholds));
    budget.insert(QStringLiteral("approvalThresholdUsd"), microsToUsd(p.budget.approvalThresholdMicros));
    o.insert(QStringLiteral("budget"), budget);

    const ProfileAlertThresholds &t = p.observability.alertThresholds;
    QJsonObject thresholds = t.extra;
    thresholds.insert(QStringLiteral("fallbackRate"), t.fallbackRate);
    thresholds.insert(QStringLiteral("latencyP95Ms"), t.latencyP95Ms);
    thresholds.insert(QStringLiteral("monthlyBudgetCapUsd"), microsToUsd(t.monthlyBudgetCapMicros));
    QJsonObject obs = p.observability.extra;
    obs.insert(QStringLiteral("enabled"), p.observability.enabled);
    obs.insert(QStringLiteral("logLevel"), p.observability.logLevel);
    obs.insert(QStringLiteral("alertThresholds"), thresholds);
    o.insert(QStringLiteral("observability"), obs);

    const BackgroundQueueConfig &bq = p.criticality.backgroundQueue;
    QJsonObject queue = bq.extra;
    queue.insert(QStringLiteral("maxConcurrent"), bq.maxConcurrent);
    queue.insert(QStringLiteral("retryWindowMs"), bq.retryWindowMs);
    QJsonObject crit = p.criticality.extra;
    crit.insert(QStringLiteral("critical"), p.criticality.critical);
    crit.insert(QStringLiteral("standard"), p.criticality.standard);
    crit.insert(QStringLiteral("background"), p.criticality.background);
    crit.insert(QStringLiteral("backgroundQueue"), queue);
    o.insert(QStringLiteral("criticality"), crit);

    o.insert(QStringLiteral("teams"), QJsonArray::fromStringList(p.teams));
    return o;
}

QJsonObject ConfigJson::toJson(const TiergateConfig &c)
{
    QJsonObject root = c.extra;
    root.insert(QStringLiteral("version"), c.version);
    root.insert(QStringLiteral("defaultProfile"), c.defaultProfile);

    QJsonObject providers;
    for (const ProviderConfig &p : c.providers)
        providers.insert(p.id, providerToJson(p));
    root.insert(QStringLiteral("providers"), providers);

    QJsonArray models;
    for (const ModelConfig &m : c.models)
        models.append(modelToJson(m));
    root.insert(QStringLiteral("models"), models);

    QJsonObject tiers;
    for (const TierConfig &t : c.tiers) {
        QJsonObject o = t.extra;
        o.insert(QStringLiteral("default"), t.defaultModel);
        o.insert(QStringLiteral("aliases"), stringMapJson(t.aliases));
        tiers.insert(t.name, o);
    }
    root.insert(QStringLiteral("tiers"), tiers);

    QJsonObject profiles;
    for (const ProfileConfig &p : c.profiles)
        profiles.insert(p.name, profileToJson(p));
    root.insert(QStringLiteral("profiles"), profiles);

    QJsonObject teams;
    for (const TeamConfig &t : c.teams) {
        QJsonObject o = t.extra;
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("rotationWarnDays"), t.rotationWarnDays);
        QJsonObject keys;
        for (auto it = t.keys.begin(); it != t.keys.end(); ++it) {
            QJsonObject k = it.value().extra;
            k.insert(QStringLiteral("key"), it.value().key.toString());
            if (it.value().rotationDate.isValid())
                k.insert(QStringLiteral("rotationDate"), it.value().rotationDate.toString(Qt::ISODate));
            keys.insert(it.key(), k);
        }
        o.insert(QStringLiteral("keys"), keys);
        teams.insert(t.id, o);
    }
    root.insert(QStringLiteral("teams"), teams);
    return root;
}

QByteArray ConfigJson::write(const TiergateConfig &config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

} // namespace tiergate
