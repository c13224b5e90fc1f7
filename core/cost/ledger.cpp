#include "core/cost/ledger.h"

#include "core/cost/costlogging_p.h"
#include "core/cost/errorclass.h"
#include "core/cost/ledgerschema.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace tiergate {

Q_LOGGING_CATEGORY(lcCost, "tiergate.cost")

namespace {

std::atomic<int> s_connectionCounter { 0 };

constexpr qint64 kHourMs = 3'600'000;

const char *const kRowColumns
    = "id, started_at, finished_at, request_id, profile, tier, criticality, team_id, requested_model, used_model,"
      " model, provider, status, error_class, error_cause, http_status, latency_ms, ttft_ms, prompt_tokens,"
      " completion_tokens, cached_tokens, tokens_estimated, price_input, price_output, price_cached, price_known,"
      " cost_micros, fallback_used, retries, attempt_count";

const char *const kAggregateColumns
    = "COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens), SUM(cost_micros),"
      " SUM(status IN ('failed', 'cut')), SUM(fallback_used), SUM(retries),"
      " SUM(tokens_estimated <> 0 OR price_known = 0), AVG(latency_ms)";

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereClause(const LedgerFilter &f)
{
    QStringList parts;
    QVariantList binds;
    if (f.from.isValid()) {
        parts << QStringLiteral("finished_at >= ?");
        binds << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("finished_at < ?");
        binds << f.to.toMSecsSinceEpoch();
    }
    const auto equal = [&](const QString &value, const char *column) {
        if (value.isEmpty())
            return;
        parts << QLatin1String(column) + QStringLiteral(" = ?");
        binds << value;
    };
    equal(f.model, "model");
    equal(f.tier, "tier");
    equal(f.profile, "profile");
    equal(f.teamId, "team_id");
    equal(f.provider, "provider");
    equal(f.status, "status");
    if (f.errorsOnly)
        parts << QStringLiteral("status IN ('failed', 'cut')");
    if (f.fallbacksOnly)
        parts << QStringLiteral("fallback_used <> 0");
    Where w;
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    w.binds = binds;
    return w;
}

QString groupColumn(LedgerGrouping g)
{
    switch (g) {
    case LedgerGrouping::Day:
        return QStringLiteral("day");
    case LedgerGrouping::Month:
        return QStringLiteral("month");
    case LedgerGrouping::Model:
        return QStringLiteral("model");
    case LedgerGrouping::Tier:
        return QStringLiteral("tier");
    case LedgerGrouping::Profile:
        return QStringLiteral("profile");
    case LedgerGrouping::Team:
        return QStringLiteral("team_id");
    case LedgerGrouping::Provider:
        return QStringLiteral("provider");
    case LedgerGrouping::Status:
        return QStringLiteral("status");
    }
    return QStringLiteral("model");
}

QString groupKey(LedgerGrouping g, const QVariant &v)
{
    if (g == LedgerGrouping::Day) {
        const int d = v.toInt();
        return QDate(d / 10000, (d / 100) % 100, d % 100).toString(Qt::ISODate);
    }
    if (g == LedgerGrouping::Month) {
        const int m = v.toInt();
        return QStringLiteral("%1-%2").arg(m / 100, 4, 10, QLatin1Char('0')).arg(m % 100, 2, 10, QLatin1Char('0'));
    }
    return v.toString();
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
}

LedgerAggregate aggregateFromQuery(const QSqlQuery &q, int first)
{
    LedgerAggregate a;
    a.requests = q.value(first).toLongLong();
    a.promptTokens = q.value(first + 1).toLongLong();
    a.completionTokens = q.value(first + 2).toLongLong();
    a.cachedTokens = q.value(first + 3).toLongLong();
    a.costMicros = q.value(first + 4).toLongLong();
    a.errors = q.value(first + 5).toLongLong();
    a.fallbacks = q.value(first + 6).toLongLong();
    a.retries = q.value(first + 7).toLongLong();
    a.estimated = q.value(first + 8).toLongLong();
    a.avgLatencyMs = q.value(first + 9).toDouble();
    return a;
}

QDateTime utcFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

LedgerRow rowFromQuery(const QSqlQuery &q)
{
    LedgerRow r;
    int i = 0;
    r.rowId = q.value(i++).toLongLong();
    r.startedAt = utcFromMs(q.value(i++).toLongLong());
    r.finishedAt = utcFromMs(q.value(i++).toLongLong());
    r.requestId = q.value(i++).toString();
    r.profile = q.value(i++).toString();
    r.tier = q.value(i++).toString();
    r.criticality = criticalityFromName(q.value(i++).toString());
    r.teamId = q.value(i++).toString();
    r.requestedModel = q.value(i++).toString();
    r.modelUsed = q.value(i++).toString();
    r.model = q.value(i++).toString();
    r.provider = q.value(i++).toString();
    r.status = RouteResult::statusFromName(q.value(i++).toString());
    r.errorClass = q.value(i++).toString();
    r.errorCause = q.value(i++).toString();
    r.httpStatus = q.value(i++).toInt();
    r.latencyMs = q.value(i++).toLongLong();
    r.ttftMs = q.value(i++).toLongLong();
    r.promptTokens = q.value(i++).toLongLong();
    r.completionTokens = q.value(i++).toLongLong();
    r.cachedTokens = q.value(i++).toLongLong();
    r.tokensEstimated = q.value(i++).toInt() != 0;
    r.prices.inputPerMTokMicros = q.value(i++).toLongLong();
    r.prices.outputPerMTokMicros = q.value(i++).toLongLong();
    r.prices.cachedInputPerMTokMicros = q.value(i++).toLongLong();
    r.prices.known = q.value(i++).toInt() != 0;
    r.costMicros = q.value(i++).toLongLong();
    r.fallbackUsed = q.value(i++).toInt() != 0;
    r.retries = q.value(i++).toInt();
    r.attemptCount = q.value(i++).toInt();
    return r;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Exact decimal dollars ("0.001234") for exports: money stays an integer until it is text.
QString decimalDollars(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 m = negative ? quint64(0) - quint64(micros) : quint64(micros);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(m / 1'000'000) + u'.'
        + QStringLiteral("%1").arg(m % 1'000'000, 6, 10, QLatin1Char('0'));
}

QVariantList exportValues(const LedgerRow &r)
{
    return {
        isoUtc(r.finishedAt),
        isoUtc(r.startedAt),
        r.requestId,
        r.profile,
        r.tier,
        criticalityName(r.criticality),
        r.teamId,
        r.requestedModel,
        r.modelUsed,
        r.model,
        r.provider,
        RouteResult::statusName(r.status),
        r.errorClass,
        r.errorCause,
        r.httpStatus,
        r.latencyMs,
        r.ttftMs,
        r.promptTokens,
        r.completionTokens,
        r.cachedTokens,
        r.tokensEstimated,
        r.prices.inputPerMTokMicros,
        r.prices.outputPerMTokMicros,
        r.prices.cachedInputPerMTokMicros,
        r.priceEstimated(),
        r.costMicros,
        decimalDollars(r.costMicros),
        r.fallbackUsed,
        r.retries,
        r.attemptCount,
    };
}

// SQLite stores a null QString as NULL, which the NOT NULL text columns refuse.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString accountedModel(const RouteResult &r)
{
    if (!r.modelUsed.isEmpty())
        return r.modelUsed;
    if (!r.attempts.isEmpty())
        return r.attempts.constLast().model;
    return r.requestedModel;
}

} // namespace

Ledger::Ledger(const QString &path, const QTimeZone &timeZone, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_connectionName(QStringLiteral("tiergate-ledger-%1").arg(s_connectionCounter.fetch_add(1)))
    , m_timeZone(timeZone.isValid() ? timeZone : QTimeZone::utc())
{ }

Ledger::~Ledger()
{
    close();
}

QString Ledger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ledger.sqlite");
}

void Ledger::setError(const QString &message)
{
    m_error = message;
    qCWarning(lcCost).noquote() << message;
}

bool Ledger::open()
{
    if (isOpen())
        return true;
    m_error.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(tr("Cannot create the ledger folder %1.").arg(info.absolutePath()));
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        setError(tr("Cannot open the ledger %1: %2").arg(m_path, m_db.lastError().text()));
        close();
        return false;
    }
    QSqlQuery pragma(m_db);
    // WAL: readers (the dashboard) never block the writer. synchronous=NORMAL in WAL mode keeps
    // every committed transaction across a process crash; only an OS crash may lose the last ones.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(tr("Cannot switch the ledger %1 to WAL mode.").arg(m_path));
        close();
        return false;
    }
    pragma.finish();
    const QStringList settings { QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA foreign_keys=ON") };
    for (const QString &s : settings) {
        if (!pragma.exec(s)) {
            setError(tr("Cannot configure the ledger: %1").arg(pragma.lastError().text()));
            close();
            return false;
        }
    }
    pragma.finish();
    QString schemaError;
    if (!LedgerSchema::ensure(m_db, m_timeZone, &schemaError)) {
        setError(schemaError);
        close();
        return false;
    }
    if (!prepareInserts()) {
        close();
        return false;
    }
    return true;
}

bool Ledger::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void Ledger::close()
{
    m_insertRequest.reset();
    m_insertAttempt.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Ledger::schemaVersion()
{
    return isOpen() ? LedgerSchema::version(m_db) : -1;
}

bool Ledger::prepareInserts()
{
    m_insertRequest = std::make_unique<QSqlQuery>(m_db);
    m_insertAttempt = std::make_unique<QSqlQuery>(m_db);
    const bool ok = m_insertRequest->prepare(QStringLiteral(
                        "INSERT INTO requests (finished_at, started_at, day, month, request_id, profile, tier,"
                        " criticality, team_id, requested_model, used_model, model, provider, status, error_class,"
                        " error_cause, http_status, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
                        " cached_tokens, tokens_estimated, price_input, price_output, price_cached, price_known,"
                        " cost_micros, fallback_used, retries, attempt_count)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        " ?, ?, ?, ?)"))
        && m_insertAttempt->prepare(QStringLiteral(
            "INSERT INTO attempts (request_row, idx, model, provider, outcome, error_kind, error_cause, http_status,"
            " wait_ms, latency_ms, ttft_ms, prompt_tokens, completion_tokens, cached_tokens, tokens_estimated,"
            " cost_micros, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ok)
        setError(tr("Cannot prepare the ledger statements: %1").arg(m_db.lastError().text()));
    return ok;
}

bool Ledger::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    setError(tr("Ledger query failed: %1").arg(q.lastError().text()));
    return false;
}

bool Ledger::insert(const RouteResult &r, qint64 *rowId)
{
    const QDateTime finished = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc();
    const qint64 finishedMs = finished.toMSecsSinceEpoch();
    const qint64 startedMs = r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : finishedMs - r.latencyMs;
    if (finishedMs < m_bucketFromMs || finishedMs >= m_bucketToMs) {
        LedgerSchema::buckets(finishedMs, m_timeZone, &m_bucketDay, &m_bucketMonth);
        const QDate d = QDateTime::fromMSecsSinceEpoch(finishedMs, m_timeZone).date();
        m_bucketFromMs = QDateTime(d, QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
        m_bucketToMs = QDateTime(d.addDays(1), QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
    }
    const int day = m_bucketDay;
    const int month = m_bucketMonth;

    QSqlQuery &q = *m_insertRequest;
    int i = 0;
    q.bindValue(i++, finishedMs);
    q.bindValue(i++, startedMs);
    q.bindValue(i++, day);
    q.bindValue(i++, month);
    q.bindValue(i++, text(r.requestId));
    q.bindValue(i++, text(r.profile));
    q.bindValue(i++, text(r.tier));
    q.bindValue(i++, text(criticalityName(r.criticality)));
    q.bindValue(i++, text(r.teamId));
    q.bindValue(i++, text(r.requestedModel));
    q.bindValue(i++, text(r.modelUsed));
    q.bindValue(i++, text(accountedModel(r)));
    q.bindValue(i++, text(r.providerId));
    q.bindValue(i++, text(RouteResult::statusName(r.status)));
    q.bindValue(i++, text(errorClassName(r.error.kind)));
    q.bindValue(i++, text(errorCauseName(r.error.cause)));
    q.bindValue(i++, r.error.httpStatus);
    q.bindValue(i++, r.latencyMs);
    q.bindValue(i++, r.ttftMs);
    q.bindValue(i++, r.usage.promptTokens);
    q.bindValue(i++, r.usage.completionTokens);
    q.bindValue(i++, r.usage.cachedTokens);
    q.bindValue(i++, r.usage.estimated ? 1 : 0);
    q.bindValue(i++, r.prices.inputPerMTokMicros);
    q.bindValue(i++, r.prices.outputPerMTokMicros);
    q.bindValue(i++, r.prices.cachedInputPerMTokMicros);
    q.bindValue(i++, r.prices.known ? 1 : 0);
    q.bindValue(i++, r.costMicros);
    q.bindValue(i++, r.fallbackUsed ? 1 : 0);
    q.bindValue(i++, r.retries);
    q.bindValue(i++, int(r.attempts.size()));
    if (!exec(q))
        return false;
    const qint64 id = q.lastInsertId().toLongLong();

    QSqlQuery &a = *m_insertAttempt;
    for (const Attempt &at : r.attempts) {
        int j = 0;
        a.bindValue(j++, id);
        a.bindValue(j++, at.index);
        a.bindValue(j++, text(at.model));
        a.bindValue(j++, text(at.providerId));
        a.bindValue(j++, text(Attempt::outcomeName(at.outcome)));
        a.bindValue(j++, text(errorClassName(at.error.kind)));
        a.bindValue(j++, text(errorCauseName(at.error.cause)));
        a.bindValue(j++, at.error.httpStatus);
        a.bindValue(j++, at.waitBeforeMs);
        a.bindValue(j++, at.latencyMs);
        a.bindValue(j++, at.ttftMs);
        a.bindValue(j++, at.usage.promptTokens);
        a.bindValue(j++, at.usage.completionTokens);
        a.bindValue(j++, at.usage.cachedTokens);
        a.bindValue(j++, at.usage.estimated ? 1 : 0);
        a.bindValue(j++, at.costMicros);
        a.bindValue(j++, at.startedAt.isValid() ? at.startedAt.toMSecsSinceEpoch() : qint64(0));
        if (!exec(a))
            return false;
    }
    *rowId = id;
    return true;
}

qint64 Ledger::record(const RouteResult &result)
{
    if (!isOpen()) {
        setError(tr("The ledger is not open."));
        return -1;
    }
    if (!m_db.transaction()) {
        setError(tr("Cannot start a ledger transaction: %1").arg(m_db.lastError().text()));
        return -1;
    }
    qint64 id = -1;
    if (!insert(result, &id) || !m_db.commit()) {
        if (m_error.isEmpty())
            setError(tr("Cannot commit to the ledger: %1").arg(m_db.lastError().text()));
        m_db.rollback();
        return -1;
    }
    Q_EMIT recorded(result, id);
    return id;
}

int Ledger::recordBatch(const QList<RouteResult> &results)
{
    if (!isOpen()) {
        setError(tr("The ledger is not open."));
        return -1;
    }
    if (!m_db.transaction()) {
        setError(tr("Cannot start a ledger transaction: %1").arg(m_db.lastError().text()));
        return -1;
    }
    for (const RouteResult &r : results) {
        qint64 id = -1;
        if (!insert(r, &id)) {
            m_db.rollback();
            return -1;
        }
    }
    if (!m_db.commit()) {
        setError(tr("Cannot commit to the ledger: %1").arg(m_db.lastError().text()));
        m_db.rollback();
        return -1;
    }
    Q_EMIT batchRecorded(int(results.size()));
    return int(results.size());
}

QList<LedgerAttemptRow> Ledger::attempts(qint64 rowId)
{
    QList<LedgerAttemptRow> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_row, idx, model, provider, outcome, error_kind, error_cause,"
                             " http_status, wait_ms, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
                             " cached_tokens, tokens_estimated, cost_micros, started_at FROM attempts"
                             " WHERE request_row = ? ORDER BY idx, id"));
    q.bindValue(0, rowId);
    if (!exec(q))
        return out;
    static const QStringList outcomes = [] {
        QStringList names;
        for (auto o : { Attempt::Outcome::Success, Attempt::Outcome::Failed, Attempt::Outcome::Skipped,
                 Attempt::Outcome::Cancelled, Attempt::Outcome::Cut })
            names << Attempt::outcomeName(o);
        return names;
    }();
    while (q.next()) {
        LedgerAttemptRow a;
        int i = 0;
        a.rowId = q.value(i++).toLongLong();
        a.requestRowId = q.value(i++).toLongLong();
        a.index = q.value(i++).toInt();
        a.model = q.value(i++).toString();
        a.provider = q.value(i++).toString();
        const qsizetype o = outcomes.indexOf(q.value(i++).toString());
        a.outcome = o < 0 ? Attempt::Outcome::Failed : Attempt::Outcome(o);
        a.errorClass = q.value(i++).toString();
        a.errorCause = q.value(i++).toString();
        a.httpStatus = q.value(i++).toInt();
        a.waitMs = q.value(i++).toLongLong();
        a.latencyMs = q.value(i++).toLongLong();
        a.ttftMs = q.value(i++).toLongLong();
        a.promptTokens = q.value(i++).toLongLong();
        a.completionTokens = q.value(i++).toLongLong();
        a.cachedTokens = q.value(i++).toLongLong();
        a.tokensEstimated = q.value(i++).toInt() != 0;
        a.costMicros = q.value(i++).toLongLong();
        a.startedAt = utcFromMs(q.value(i++).toLongLong());
        out << a;
    }
    return out;
}

std::optional<LedgerRow> Ledger::row(qint64 rowId)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(" FROM requests WHERE id = ?"));
    q.bindValue(0, rowId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    LedgerRow r = rowFromQuery(q);
    r.attempts = attempts(r.rowId);
    return r;
}

std::optional<LedgerRow> Ledger::findRequest(const QString &requestId)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM requests WHERE request_id = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, requestId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return row(q.value(0).toLongLong());
}

QList<LedgerAggregate> Ledger::aggregate(LedgerGrouping grouping, const LedgerFilter &filter, bool withP95)
{
    QList<LedgerAggregate> out;
    if (!isOpen())
        return out;
    const Where w = whereClause(filter);
    const QString column = groupColumn(grouping);
    const bool byTime = grouping == LedgerGrouping::Day || grouping == LedgerGrouping::Month;
    const QString order = byTime ? QStringLiteral(" ORDER BY 1") : QStringLiteral(" ORDER BY 6 DESC, 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(", ") + QLatin1String(kAggregateColumns)
        + QStringLiteral(" FROM requests") + w.sql + QStringLiteral(" GROUP BY 1") + order);
    bindAll(q, w.binds);
    if (!exec(q))
        return out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        LedgerAggregate a = aggregateFromQuery(q, 1);
        a.key = groupKey(grouping, q.value(0));
        index.insert(a.key, out.size());
        out << a;
    }
    if (!withP95 || out.isEmpty())
        return out;

    QSqlQuery lat(m_db);
    lat.setForwardOnly(true);
    lat.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(", latency_ms FROM requests") + w.sql
        + QStringLiteral(" ORDER BY 1, 2"));
    bindAll(lat, w.binds);
    if (!exec(lat))
        return out;
    QString currentKey;
    QList<qint64> values;
    const auto flush = [&] {
        if (values.isEmpty())
            return;
        const qsizetype rank = qsizetype(std::ceil(0.95 * double(values.size())));
        const auto it = index.constFind(currentKey);
        if (it != index.cend())
            out[*it].p95LatencyMs = values.at(std::max<qsizetype>(0, rank - 1));
        values.clear();
    };
    while (lat.next()) {
        const QString key = groupKey(grouping, lat.value(0));
        if (key != currentKey) {
            flush();
            currentKey = key;
        }
        values << lat.value(1).toLongLong();
    }
    flush();
    return out;
}

LedgerAggregate Ledger::totals(const LedgerFilter &filter, bool withP95)
{
    LedgerAggregate a;
    if (!isOpen())
        return a;
    const Where w = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kAggregateColumns) + QStringLiteral(" FROM requests") + w.sql);
    bindAll(q, w.binds);
    if (!exec(q) || !q.next())
        return a;
    a = aggregateFromQuery(q, 0);
    if (!withP95 || a.requests == 0)
        return a;
    // Nearest rank: the value at position ceil(0.95 n), read straight from the ordered latencies.
    const qint64 rank = qint64(std::ceil(0.95 * double(a.requests)));
    QSqlQuery p(m_db);
    p.prepare(QStringLiteral("SELECT latency_ms FROM requests") + w.sql
        + QStringLiteral(" ORDER BY latency_ms LIMIT 1 OFFSET ?"));
    QVariantList binds = w.binds;
    binds << std::max<qint64>(0, rank - 1);
    bindAll(p, binds);
    if (exec(p) && p.next())
        a.p95LatencyMs = p.value(0).toLongLong();
    return a;
}

LedgerPage Ledger::query(const LedgerFilter &filter, int offset, int limit)
{
    LedgerPage page;
    page.offset = std::max(0, offset);
    page.limit = std::max(0, limit);
    if (!isOpen())
        return page;
    page.totals = totals(filter);
    const Where w = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(" FROM requests") + w.sql
        + QStringLiteral(" ORDER BY finished_at DESC, id DESC LIMIT ? OFFSET ?"));
    QVariantList binds = w.binds;
    binds << page.limit << page.offset;
    bindAll(q, binds);
    if (!exec(q))
        return page;
    while (q.next())
        page.rows << rowFromQuery(q);
    return page;
}

QDateTime Ledger::monthStart(const QDateTime &now, const QTimeZone &timeZone)
{
    const QDate d = now.toTimeZone(timeZone).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), timeZone);
}

qint64 Ledger::projectToMonthEnd(qint64 spentMicros, const QDateTime &now, const QTimeZone &timeZone)
{
    const QDateTime start = monthStart(now, timeZone);
    const qint64 total = start.msecsTo(start.addMonths(1));
    const qint64 elapsed = std::clamp<qint64>(start.msecsTo(now), kHourMs, total);
    return qint64(std::llround(double(spentMicros) * double(total) / double(elapsed)));
}

MonthSpend Ledger::monthSpend(const QDateTime &now, const QString &profile)
{
    MonthSpend s;
    s.now = now;
    s.monthStart = monthStart(now, m_timeZone);
    s.monthEnd = s.monthStart.addMonths(1);
    const qint64 total = s.monthStart.msecsTo(s.monthEnd);
    s.elapsedFraction = std::clamp(double(s.monthStart.msecsTo(now)) / double(total), 0.0, 1.0);
    if (!isOpen())
        return s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT SUM(cost_micros) FROM requests WHERE finished_at >= ? AND finished_at <= ?");
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    q.prepare(sql);
    q.bindValue(0, s.monthStart.toMSecsSinceEpoch());
    q.bindValue(1, now.toMSecsSinceEpoch());
    if (!profile.isEmpty())
        q.bindValue(2, profile);
    if (exec(q) && q.next())
        s.spentMicros = q.value(0).toLongLong();
    s.projectedMicros = projectToMonthEnd(s.spentMicros, now, m_timeZone);
    return s;
}

QStringList Ledger::distinctValues(LedgerGrouping grouping)
{
    QStringList out;
    if (!isOpen())
        return out;
    const QString column = groupColumn(grouping);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM requests ORDER BY 1"));
    if (!exec(q))
        return out;
    while (q.next())
        out << groupKey(grouping, q.value(0));
    return out;
}

template <typename RowVisitor>
bool Ledger::forEachRow(
    const LedgerFilter &filter, const QString &suffix, const QVariantList &suffixBinds, RowVisitor visit)
{
    if (!isOpen()) {
        setError(tr("The ledger is not open."));
        return false;
    }
    const Where w = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(" FROM requests") + w.sql + suffix);
    bindAll(q, w.binds + suffixBinds);
    if (!exec(q))
        return false;
    while (q.next()) {
        if (!visit(rowFromQuery(q)))
            return false;
    }
    return true;
}

QStringList Ledger::exportColumns()
{
    return {
        QStringLiteral("finished_at"),
        QStringLiteral("started_at"),
        QStringLiteral("request_id"),
        QStringLiteral("profile"),
        QStringLiteral("tier"),
        QStringLiteral("criticality"),
        QStringLiteral("team_id"),
        QStringLiteral("requested_model"),
        QStringLiteral("model_used"),
        QStringLiteral("model"),
        QStringLiteral("provider"),
        QStringLiteral("status"),
        QStringLiteral("error_class"),
        QStringLiteral("error_cause"),
        QStringLiteral("http_status"),
        QStringLiteral("latency_ms"),
        QStringLiteral("ttft_ms"),
        QStringLiteral("prompt_tokens"),
        QStringLiteral("completion_tokens"),
        QStringLiteral("cached_tokens"),
        QStringLiteral("tokens_estimated"),
        QStringLiteral("price_input_per_mtok_micros"),
        QStringLiteral("price_output_per_mtok_micros"),
        QStringLiteral("price_cached_per_mtok_micros"),
        QStringLiteral("price_estimated"),
        QStringLiteral("cost_micros"),
        QStringLiteral("cost_usd"),
        QStringLiteral("fallback_used"),
        QStringLiteral("retries"),
        QStringLiteral("attempts"),
    };
}

QString Ledger::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

qint64 Ledger::exportCsv(const LedgerFilter &filter, QIODevice *out)
{
    if (!out || !out->isWritable()) {
        setError(tr("The export target is not writable."));
        return -1;
    }
    const auto writeLine = [out](const QStringList &fields) {
        const QByteArray line = fields.join(u',').toUtf8() + "\r\n";
        return out->write(line) == line.size();
    };
    if (!writeLine(exportColumns())) {
        setError(tr("Writing the export failed: %1").arg(out->errorString()));
        return -1;
    }
    qint64 count = 0;
    const bool ok = forEachRow(filter, QStringLiteral(" ORDER BY finished_at, id"), {}, [&](const LedgerRow &r) {
        QStringList fields;
        const QVariantList values = exportValues(r);
        for (const QVariant &v : values) {
            if (v.typeId() == QMetaType::Bool)
                fields << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else
                fields << csvField(v.toString());
        }
        ++count;
        return writeLine(fields);
    });
    if (!ok) {
        if (m_error.isEmpty())
            setError(tr("Writing the export failed: %1").arg(out->errorString()));
        return -1;
    }
    return count;
}

qint64 Ledger::exportJsonLines(const LedgerFilter &filter, QIODevice *out)
{
    if (!out || !out->isWritable()) {
        setError(tr("The export target is not writable."));
        return -1;
    }
    const QStringList columns = exportColumns();
    qint64 count = 0;
    const bool ok = forEachRow(filter, QStringLiteral(" ORDER BY finished_at, id"), {}, [&](const LedgerRow &r) {
        const QVariantList values = exportValues(r);
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        ++count;
        return out->write(line) == line.size();
    });
    if (!ok) {
        setError(tr("Writing the export failed: %1").arg(out->errorString()));
        return -1;
    }
    return count;
}

} // namespace tiergate
