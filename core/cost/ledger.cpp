#include "core/cost/ledger.h"

#include "core/cost/costlogging_p.h"
#include "core/cost/errorclass.h"
#include "core/cost/ledgerschema.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <sqlite3.h>
#include <utility>

namespace tiergate {

Q_LOGGING_CATEGORY(lcCost, "tiergate.cost")

namespace {

std::atomic<int> s_connectionCounter { 0 };

constexpr qint64 kHourMs = 3'600'000;

const char *const kRowColumns
    = "id, started_at, finished_at, request_id, profile, tier, criticality, team_id, requested_model, used_model,"
      " model, provider, status, error_class, error_cause, http_status, latency_ms, ttft_ms, prompt_tokens,"
      " completion_tokens, cached_tokens, tokens_estimated, price_input, price_output, price_cached, price_known,"
      " cost_micros, fallback_used, retries, attempt_count, resolution, reasoning_tokens, cache_write_tokens,"
      " price_cache_write, provider_cost_micros, price_check";

const char *const kAggregateColumns
    = "COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens), SUM(cost_micros),"
      " SUM(status IN ('failed', 'cut')), SUM(fallback_used), SUM(retries),"
      " SUM(tokens_estimated <> 0 OR price_known = 0), AVG(latency_ms), SUM(price_check)";

struct Where
{
    QString sql;
    QVariantList binds;
};

// Day buckets are yyyymmdd numbers, so a range of whole days is a range of numbers.
int dayNumber(const QDate &d)
{
    return (d.year() * 100 + d.month()) * 100 + d.day();
}

// The conditions of `f` on the raw rows, or, with `rollupZone`, on rollup_daily: there the range
// (whole days in that zone, see Ledger::answersFromRollup()) becomes a range of day numbers.
Where whereClause(const LedgerFilter &f, const QTimeZone *rollupZone = nullptr)
{
    QStringList parts;
    QVariantList binds;
    if (f.from.isValid()) {
        parts << (rollupZone ? QStringLiteral("day >= ?") : QStringLiteral("finished_at >= ?"));
        binds << (rollupZone ? QVariant(dayNumber(f.from.toTimeZone(*rollupZone).date()))
                             : QVariant(f.from.toMSecsSinceEpoch()));
    }
    if (f.to.isValid()) {
        parts << (rollupZone ? QStringLiteral("day < ?") : QStringLiteral("finished_at < ?"));
        binds << (rollupZone ? QVariant(dayNumber(f.to.toTimeZone(*rollupZone).date()))
                             : QVariant(f.to.toMSecsSinceEpoch()));
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
    a.priceMismatches = q.value(first + 10).toLongLong();
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
    r.resolution = q.value(i++).toString();
    r.reasoningTokens = q.value(i++).toLongLong();
    r.cacheWriteTokens = q.value(i++).toLongLong();
    r.prices.cacheWritePerMTokMicros = q.value(i++).toLongLong();
    r.providerCostMicros = q.value(i++).toLongLong();
    r.priceCheckFailed = q.value(i++).toInt() != 0;
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
        r.resolution,
        r.reasoningTokens,
        r.cacheWriteTokens,
        r.prices.cacheWritePerMTokMicros,
        r.providerCostMicros,
        r.hasProviderCost() ? decimalDollars(r.providerCostMicros) : QString(),
        r.priceCheckFailed,
    };
}

QString accountedModel(const RouteResult &r)
{
    if (!r.modelUsed.isEmpty())
        return r.modelUsed;
    if (!r.attempts.isEmpty())
        return r.attempts.constLast().model;
    return r.requestedModel;
}

// The first instant of `t`'s calendar day in `zone`, or an invalid time where the zone has none.
QDateTime startOfDay(const QDateTime &t, const QTimeZone &zone)
{
    return QDateTime(t.toTimeZone(zone).date(), QTime(0, 0), zone);
}

bool isStartOfDay(const QDateTime &t, const QTimeZone &zone)
{
    const QDateTime start = startOfDay(t, zone);
    return start.isValid() && start.toMSecsSinceEpoch() == t.toMSecsSinceEpoch();
}

const char *const kRollupAggregateColumns
    = "SUM(requests), SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens), SUM(cost_micros),"
      " SUM(CASE WHEN status IN ('failed', 'cut') THEN requests ELSE 0 END), SUM(fallbacks), SUM(retries),"
      " SUM(estimated), CAST(SUM(latency_ms) AS REAL) / SUM(requests), SUM(price_mismatches)";

const char *const kDayTotalsColumns
    = "SUM(requests) AS requests, SUM(prompt_tokens) AS prompt_tokens, SUM(completion_tokens) AS completion_tokens,"
      " SUM(cached_tokens) AS cached_tokens, SUM(cost_micros) AS cost_micros,"
      " SUM(CASE WHEN status IN ('failed', 'cut') THEN requests ELSE 0 END) AS errors, SUM(fallbacks) AS fallbacks,"
      " SUM(retries) AS retries, SUM(estimated) AS estimated, SUM(latency_ms) AS latency_ms,"
      " SUM(price_mismatches) AS price_mismatches";

const char *const kMonthOfDaysColumns
    = "SUM(requests), SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens), SUM(cost_micros),"
      " SUM(errors), SUM(fallbacks), SUM(retries), SUM(estimated), CAST(SUM(latency_ms) AS REAL) / SUM(requests),"
      " SUM(price_mismatches)";

// Group expression of the rollup table (same keys as groupColumn() on the raw rows).
QString rollupGroupColumn(LedgerGrouping g)
{
    return g == LedgerGrouping::Month ? QStringLiteral("day / 100") : groupColumn(g);
}

} // namespace

/// A prepared statement of the insert path, run through SQLite's own interface on the
/// connection Qt opened (QSqlDriver::handle()). QSqlQuery copies every bound value into a
/// QVariant list and rebinds all of them on every exec(), which measured as most of the cost of
/// a bulk insert; here a value is bound only when it differs from the one bound before (SQLite
/// keeps bindings across resets, and consecutive ledger rows share most of theirs: provider,
/// prices, error fields, ...). The statement is finalized before the connection closes.
class LedgerStatement
{
public:
    explicit LedgerStatement(sqlite3 *db)
        : m_db(db)
    { }
    ~LedgerStatement() { sqlite3_finalize(m_stmt); }
    LedgerStatement(const LedgerStatement &) = delete;
    LedgerStatement &operator=(const LedgerStatement &) = delete;

    bool prepare(const QString &sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_known = 0;
        const QByteArray utf8 = sql.toUtf8();
        if (!m_db
            || sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
                != SQLITE_OK)
            return false;
        return size_t(sqlite3_bind_parameter_count(m_stmt)) <= kMaxParameters;
    }

    void bind(int pos, qint64 value)
    {
        const quint64 bit = quint64(1) << pos;
        if ((m_known & bit) && m_ints[size_t(pos)] == value)
            return;
        sqlite3_bind_int64(m_stmt, pos + 1, value);
        m_ints[size_t(pos)] = value;
        m_known |= bit;
    }

    // Bound as "" for a null QString: the text columns are NOT NULL. SQLite reads the text when
    // the statement runs, so the bound copy is kept alive in m_texts until it is rebound.
    void bind(int pos, const QString &value)
    {
        const quint64 bit = quint64(1) << pos;
        if ((m_known & bit) && m_texts[size_t(pos)] == value)
            return;
        m_texts[size_t(pos)] = value.isNull() ? QString(QLatin1String("")) : value;
        const QString &v = m_texts[size_t(pos)];
        sqlite3_bind_text16(m_stmt, pos + 1, v.utf16(), int(v.size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
        m_known |= bit;
    }

    /// Runs the statement once; false on failure (see errorString()).
    bool exec()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    QString errorString() const { return m_error; }

private:
    static constexpr size_t kMaxParameters = 64; ///< bits of m_known

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    quint64 m_known = 0; ///< bit n: parameter n holds the value cached below
    std::array<qint64, kMaxParameters> m_ints {};
    std::array<QString, kMaxParameters> m_texts;
    QString m_error;
};

namespace {

struct RollupKey
{
    int day = 0;
    QString profile;
    QString tier;
    QString model;
    QString team;
    QString provider;
    QString status;

    friend bool operator==(const RollupKey &, const RollupKey &) = default;
};

size_t qHash(const RollupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.day, k.profile, k.tier, k.model, k.team, k.provider, k.status);
}

struct RollupSums
{
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 costMicros = 0;
    qint64 fallbacks = 0;
    qint64 retries = 0;
    qint64 estimated = 0;
    qint64 latencyMs = 0;
    qint64 priceMismatches = 0;
};

} // namespace

namespace {

struct LatencyKey
{
    int day = 0;
    QString model;
    int bucket = 0;

    friend bool operator==(const LatencyKey &, const LatencyKey &) = default;
};

size_t qHash(const LatencyKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.day, k.model, k.bucket);
}

struct LatencyCell
{
    qint64 requests = 0;
    qint64 maxMs = 0;
};

} // namespace

/// The rollup deltas of the open write transaction, written just before it commits: one upsert
/// per (day, dimensions) and per (day, model, latency bucket) instead of one per row.
struct LedgerRollupBuffer
{
    QHash<RollupKey, RollupSums> sums;
    QHash<LatencyKey, LatencyCell> latency;
    std::unique_ptr<LedgerStatement> upsertLatency;

    void clear()
    {
        sums.clear();
        latency.clear();
    }
};

/// Requests recorded and not yet committed, in recording order, with their finish time as
/// stamped when recorded.
struct LedgerPending
{
    struct Entry
    {
        RouteResult result;
        qint64 finishedMs = 0;
    };
    QList<Entry> entries;
};

Ledger::Ledger(const QString &path, const QTimeZone &timeZone, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_connectionName(QStringLiteral("tiergate-ledger-%1").arg(s_connectionCounter.fetch_add(1)))
    , m_timeZone(timeZone.isValid() ? timeZone : QTimeZone::utc())
    , m_pending(std::make_unique<LedgerPending>())
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, [this] { flush(); });
}

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
    // 8 KiB pages (SQLite's default is 4 KiB): the request rows and their six indices take fewer
    // pages and fewer splits, which measured as the largest part of a bulk insert inside SQLite.
    // Only a new, empty database takes it; an existing one keeps its page size.
    pragma.exec(QStringLiteral("PRAGMA page_size=8192"));
    pragma.finish();
    // WAL: readers (the dashboard) never block the writer. synchronous=NORMAL in WAL mode keeps
    // every committed transaction across a process crash; only an OS crash may lose the last ones.
    // Switching a new file to WAL takes an exclusive lock. When another process is creating the
    // same ledger at that moment, SQLite answers "database is locked" at once (it does not wait on
    // a lock upgrade, to avoid deadlocks), so the switch is tried again for up to 5 s.
    QDeadlineTimer deadline(5000);
    QString walError;
    for (int attempt = 0;; ++attempt) {
        if (pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && pragma.next()
            && pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        walError = pragma.lastError().isValid()
            ? pragma.lastError().text()
            : tr("the database stayed in mode \"%1\"").arg(pragma.value(0).toString());
        pragma.finish();
        if (deadline.hasExpired()) {
            setError(tr("Cannot switch the ledger %1 to WAL mode: %2").arg(m_path, walError));
            close();
            return false;
        }
        QThread::msleep(std::min(10 + 10 * attempt, 100));
    }
    pragma.finish();
    // A 32 MiB page cache (default 2 MiB) keeps the request-id index of a large ledger in memory,
    // so bulk inserts do not read its pages back from the file one by one.
    const QStringList settings { QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA cache_size=-32768"),
        // Checkpoint at 32 MiB of WAL instead of 4 MiB: the index pages a batch touches are copied
        // back to the database file once per checkpoint, not once per few batches.
        QStringLiteral("PRAGMA wal_autocheckpoint=4096") };
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
    const QString bucketZone = LedgerSchema::bucketTimeZone(m_db);
    m_markZoneMixed = !bucketZone.isEmpty() && bucketZone != QString::fromUtf8(m_timeZone.id());
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
    if (isOpen())
        flush();
    if (!m_pending->entries.isEmpty())
        qCWarning(lcCost) << "closing the ledger with" << m_pending->entries.size() << "uncommitted request(s)";
    m_pending->entries.clear();
    m_batchTimer->stop();
    m_monthSpendQuery.reset();
    m_insertRequest.reset();
    m_insertAttempt.reset();
    m_upsertRollup.reset();
    m_rollup.reset();
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
    // The QSQLITE driver's connection handle (Qt's documented way to reach the native API).
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *native = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native) {
        setError(tr("Cannot prepare the ledger statements: the SQLite driver gave no connection handle."));
        return false;
    }
    m_insertRequest = std::make_unique<LedgerStatement>(native);
    m_insertAttempt = std::make_unique<LedgerStatement>(native);
    m_upsertRollup = std::make_unique<LedgerStatement>(native);
    m_rollup = std::make_unique<LedgerRollupBuffer>();
    m_rollup->upsertLatency = std::make_unique<LedgerStatement>(native);
    const bool ok = m_rollup->upsertLatency->prepare(QStringLiteral(
                        "INSERT INTO rollup_latency (day, model, bucket, requests, max_ms) VALUES (?, ?, ?, ?, ?)"
                        " ON CONFLICT (day, model, bucket) DO UPDATE SET requests = requests + excluded.requests,"
                        " max_ms = max(max_ms, excluded.max_ms)"))
        && m_insertRequest->prepare(
            QStringLiteral("INSERT INTO requests (finished_at, started_at, day, month, request_id, profile, tier,"
                           " criticality, team_id, requested_model, used_model, model, provider, status, error_class,"
                           " error_cause, http_status, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
                           " cached_tokens, tokens_estimated, price_input, price_output, price_cached, price_known,"
                           " cost_micros, fallback_used, retries, attempt_count, resolution, reasoning_tokens,"
                           " cache_write_tokens, price_cache_write, provider_cost_micros, price_check)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_insertAttempt->prepare(QStringLiteral(
            "INSERT INTO attempts (request_row, idx, model, provider, outcome, error_kind, error_cause, http_status,"
            " wait_ms, latency_ms, ttft_ms, prompt_tokens, completion_tokens, cached_tokens, tokens_estimated,"
            " cost_micros, started_at, reasoning_tokens, cache_write_tokens, provider_cost_micros)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_upsertRollup->prepare(QStringLiteral(
            "INSERT INTO rollup_daily (day, profile, tier, model, team_id, provider, status, requests,"
            " prompt_tokens, completion_tokens, cached_tokens, cost_micros, fallbacks, retries, estimated,"
            " latency_ms, price_mismatches) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (day, profile, tier, model, team_id, provider, status) DO UPDATE SET"
            " requests = requests + excluded.requests,"
            " prompt_tokens = prompt_tokens + excluded.prompt_tokens,"
            " completion_tokens = completion_tokens + excluded.completion_tokens,"
            " cached_tokens = cached_tokens + excluded.cached_tokens,"
            " cost_micros = cost_micros + excluded.cost_micros,"
            " fallbacks = fallbacks + excluded.fallbacks,"
            " retries = retries + excluded.retries,"
            " estimated = estimated + excluded.estimated,"
            " latency_ms = latency_ms + excluded.latency_ms,"
            " price_mismatches = price_mismatches + excluded.price_mismatches"));
    if (!ok)
        setError(tr("Cannot prepare the ledger statements: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
    return ok;
}

bool Ledger::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    setError(tr("Ledger query failed: %1").arg(q.lastError().text()));
    return false;
}

namespace {

qint64 finishedMsOf(const RouteResult &r)
{
    return (r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

} // namespace

bool Ledger::insert(const RouteResult &r, qint64 finishedMs, qint64 *rowId)
{
    const qint64 startedMs = r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : finishedMs - r.latencyMs;
    if (finishedMs < m_bucketFromMs || finishedMs >= m_bucketToMs) {
        LedgerSchema::buckets(finishedMs, m_timeZone, &m_bucketDay, &m_bucketMonth);
        const QDate d = QDateTime::fromMSecsSinceEpoch(finishedMs, m_timeZone).date();
        m_bucketFromMs = QDateTime(d, QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
        m_bucketToMs = QDateTime(d.addDays(1), QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
    }
    const QString model = accountedModel(r);
    const QString status = RouteResult::statusName(r.status);
    const bool estimated = r.usage.estimated || !r.prices.known;

    LedgerStatement &q = *m_insertRequest;
    int i = 0;
    q.bind(i++, finishedMs);
    q.bind(i++, startedMs);
    q.bind(i++, m_bucketDay);
    q.bind(i++, m_bucketMonth);
    q.bind(i++, r.requestId);
    q.bind(i++, r.profile);
    q.bind(i++, r.tier);
    q.bind(i++, criticalityName(r.criticality));
    q.bind(i++, r.teamId);
    q.bind(i++, r.requestedModel);
    q.bind(i++, r.modelUsed);
    q.bind(i++, model);
    q.bind(i++, r.providerId);
    q.bind(i++, status);
    q.bind(i++, errorClassName(r.error.kind));
    q.bind(i++, errorCauseName(r.error.cause));
    q.bind(i++, r.error.httpStatus);
    q.bind(i++, r.latencyMs);
    q.bind(i++, r.ttftMs);
    q.bind(i++, r.usage.promptTokens);
    q.bind(i++, r.usage.completionTokens);
    q.bind(i++, r.usage.cachedTokens);
    q.bind(i++, r.usage.estimated ? 1 : 0);
    q.bind(i++, r.prices.inputPerMTokMicros);
    q.bind(i++, r.prices.outputPerMTokMicros);
    q.bind(i++, r.prices.cachedInputPerMTokMicros);
    q.bind(i++, r.prices.known ? 1 : 0);
    q.bind(i++, r.costMicros);
    q.bind(i++, r.fallbackUsed ? 1 : 0);
    q.bind(i++, r.retries);
    q.bind(i++, qint64(r.attempts.size()));
    q.bind(i++, r.resolution);
    q.bind(i++, r.usage.reasoningTokens);
    q.bind(i++, r.usage.cacheWriteTokens);
    q.bind(i++, r.prices.cacheWritePerMTokMicros);
    q.bind(i++, r.providerCostMicros);
    q.bind(i++, r.priceCheck ? 1 : 0);
    if (!q.exec()) {
        setError(tr("Ledger query failed: %1").arg(q.errorString()));
        return false;
    }
    const qint64 id = q.lastInsertId();

    LedgerStatement &a = *m_insertAttempt;
    for (const Attempt &at : r.attempts) {
        int j = 0;
        a.bind(j++, id);
        a.bind(j++, at.index);
        a.bind(j++, at.model);
        a.bind(j++, at.providerId);
        a.bind(j++, Attempt::outcomeName(at.outcome));
        a.bind(j++, errorClassName(at.error.kind));
        a.bind(j++, errorCauseName(at.error.cause));
        a.bind(j++, at.error.httpStatus);
        a.bind(j++, at.waitBeforeMs);
        a.bind(j++, at.latencyMs);
        a.bind(j++, at.ttftMs);
        a.bind(j++, at.usage.promptTokens);
        a.bind(j++, at.usage.completionTokens);
        a.bind(j++, at.usage.cachedTokens);
        a.bind(j++, at.usage.estimated ? 1 : 0);
        a.bind(j++, at.costMicros);
        a.bind(j++, at.startedAt.isValid() ? at.startedAt.toMSecsSinceEpoch() : qint64(0));
        a.bind(j++, at.usage.reasoningTokens);
        a.bind(j++, at.usage.cacheWriteTokens);
        a.bind(j++, at.usage.providerCostMicros);
        if (!a.exec()) {
            setError(tr("Ledger query failed: %1").arg(a.errorString()));
            return false;
        }
    }

    RollupSums &sums
        = m_rollup->sums[RollupKey { m_bucketDay, r.profile, r.tier, model, r.teamId, r.providerId, status }];
    sums.requests += 1;
    sums.promptTokens += r.usage.promptTokens;
    sums.completionTokens += r.usage.completionTokens;
    sums.cachedTokens += r.usage.cachedTokens;
    sums.costMicros += r.costMicros;
    sums.fallbacks += r.fallbackUsed ? 1 : 0;
    sums.retries += r.retries;
    sums.estimated += estimated ? 1 : 0;
    sums.latencyMs += r.latencyMs;
    sums.priceMismatches += r.priceCheck ? 1 : 0;
    LatencyCell &cell = m_rollup->latency[LatencyKey { m_bucketDay, model, LedgerSchema::latencyBucket(r.latencyMs) }];
    cell.requests += 1;
    cell.maxMs = std::max(cell.maxMs, r.latencyMs);
    *rowId = id;
    return true;
}

bool Ledger::beginWrite()
{
    if (!isOpen()) {
        setError(tr("The ledger is not open."));
        return false;
    }
    m_rollup->clear();
    if (!m_db.transaction()) {
        setError(tr("Cannot start a ledger transaction: %1").arg(m_db.lastError().text()));
        return false;
    }
    return true;
}

bool Ledger::flushRollup()
{
    LedgerStatement &u = *m_upsertRollup;
    for (auto it = m_rollup->sums.cbegin(); it != m_rollup->sums.cend(); ++it) {
        const RollupKey &k = it.key();
        const RollupSums &s = it.value();
        int i = 0;
        u.bind(i++, k.day);
        u.bind(i++, k.profile);
        u.bind(i++, k.tier);
        u.bind(i++, k.model);
        u.bind(i++, k.team);
        u.bind(i++, k.provider);
        u.bind(i++, k.status);
        u.bind(i++, s.requests);
        u.bind(i++, s.promptTokens);
        u.bind(i++, s.completionTokens);
        u.bind(i++, s.cachedTokens);
        u.bind(i++, s.costMicros);
        u.bind(i++, s.fallbacks);
        u.bind(i++, s.retries);
        u.bind(i++, s.estimated);
        u.bind(i++, s.latencyMs);
        u.bind(i++, s.priceMismatches);
        if (!u.exec()) {
            setError(tr("Ledger query failed: %1").arg(u.errorString()));
            return false;
        }
    }
    LedgerStatement &l = *m_rollup->upsertLatency;
    for (auto it = m_rollup->latency.cbegin(); it != m_rollup->latency.cend(); ++it) {
        l.bind(0, it.key().day);
        l.bind(1, it.key().model);
        l.bind(2, it.key().bucket);
        l.bind(3, it->requests);
        l.bind(4, it->maxMs);
        if (!l.exec()) {
            setError(tr("Ledger query failed: %1").arg(l.errorString()));
            return false;
        }
    }
    m_rollup->clear();
    return true;
}

bool Ledger::commitWrite()
{
    if (!flushRollup())
        return false;
    QString error;
    if (m_markZoneMixed && !LedgerSchema::markBucketTimeZoneMixed(m_db, &error)) {
        setError(error);
        return false;
    }
    if (!m_db.commit()) {
        setError(tr("Cannot commit to the ledger: %1").arg(m_db.lastError().text()));
        return false;
    }
    m_markZoneMixed = false;
    return true;
}

void Ledger::abortWrite()
{
    m_rollup->clear();
    m_db.rollback();
}

qint64 Ledger::record(const RouteResult &result)
{
    if (!isOpen()) {
        setError(tr("The ledger is not open."));
        return -1;
    }
    m_pending->entries.append(LedgerPending::Entry { result, finishedMsOf(result) });
    if (m_pending->entries.size() >= m_maxBatchRows)
        flush();
    else if (!m_batchTimer->isActive())
        m_batchTimer->start(m_batchIntervalMs);
    return 0;
}

int Ledger::pendingCount() const
{
    return int(m_pending->entries.size());
}

void Ledger::setBatchInterval(int ms)
{
    m_batchIntervalMs = std::max(0, ms);
}

bool Ledger::flush()
{
    m_batchTimer->stop();
    QList<LedgerPending::Entry> &entries = m_pending->entries;
    if (entries.isEmpty())
        return true;
    const auto retryLater = [this] {
        m_batchTimer->start(std::max(m_batchIntervalMs, 100));
        return false;
    };
    if (!beginWrite())
        return retryLater();
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const LedgerPending::Entry &e : std::as_const(entries)) {
        qint64 id = -1;
        if (!insert(e.result, e.finishedMs, &id)) {
            abortWrite();
            return retryLater();
        }
        ids << id;
    }
    if (!commitWrite()) {
        abortWrite();
        return retryLater();
    }
    // Taken out before the signals: a slot may record (or read, which flushes) again.
    const QList<LedgerPending::Entry> done = std::exchange(entries, {});
    for (qsizetype i = 0; i < done.size(); ++i)
        Q_EMIT recorded(done.at(i).result, ids.at(i));
    return true;
}

int Ledger::recordBatch(const QList<RouteResult> &results)
{
    if (!flush())
        return -1;
    if (!beginWrite())
        return -1;
    for (const RouteResult &r : results) {
        qint64 id = -1;
        if (!insert(r, finishedMsOf(r), &id)) {
            abortWrite();
            return -1;
        }
    }
    if (!commitWrite()) {
        abortWrite();
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
    flush();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_row, idx, model, provider, outcome, error_kind, error_cause,"
                             " http_status, wait_ms, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
                             " cached_tokens, tokens_estimated, cost_micros, started_at, reasoning_tokens,"
                             " cache_write_tokens, provider_cost_micros FROM attempts"
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
        a.reasoningTokens = q.value(i++).toLongLong();
        a.cacheWriteTokens = q.value(i++).toLongLong();
        a.providerCostMicros = q.value(i++).toLongLong();
        out << a;
    }
    return out;
}

std::optional<LedgerRow> Ledger::row(qint64 rowId)
{
    if (!isOpen())
        return std::nullopt;
    flush();
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
    flush();
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
    flush();
    const Where w = whereClause(filter);
    const QString column = groupColumn(grouping);
    const bool byTime = grouping == LedgerGrouping::Day || grouping == LedgerGrouping::Month;
    const QString order = byTime ? QStringLiteral(" ORDER BY 1") : QStringLiteral(" ORDER BY 6 DESC, 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (answersFromRollup(filter)) {
        const Where r = whereClause(filter, &m_timeZone);
        if (grouping == LedgerGrouping::Month) {
            // Days first, in key order without a sort, then the few day totals into months.
            q.prepare(QStringLiteral("SELECT day / 100, ") + QLatin1String(kMonthOfDaysColumns)
                + QStringLiteral(" FROM (SELECT day, ") + QLatin1String(kDayTotalsColumns)
                + QStringLiteral(" FROM rollup_daily") + r.sql + QStringLiteral(" GROUP BY day) GROUP BY 1") + order);
        } else {
            q.prepare(QStringLiteral("SELECT ") + rollupGroupColumn(grouping) + QStringLiteral(", ")
                + QLatin1String(kRollupAggregateColumns) + QStringLiteral(" FROM rollup_daily") + r.sql
                + QStringLiteral(" GROUP BY 1") + order);
        }
        bindAll(q, r.binds);
    } else {
        q.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(", ") + QLatin1String(kAggregateColumns)
            + QStringLiteral(" FROM requests") + w.sql + QStringLiteral(" GROUP BY 1") + order);
        bindAll(q, w.binds);
    }
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
    if (histogramAnswers(filter, &grouping)) {
        const QHash<QString, qint64> p95 = histogramP95(filter, &grouping);
        for (LedgerAggregate &a : out)
            a.p95LatencyMs = p95.value(a.key, -1);
        return out;
    }

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
    flush();
    const Where w = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (answersFromRollup(filter)) {
        const Where r = whereClause(filter, &m_timeZone);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(kRollupAggregateColumns)
            + QStringLiteral(" FROM rollup_daily") + r.sql);
        bindAll(q, r.binds);
    } else {
        q.prepare(
            QStringLiteral("SELECT ") + QLatin1String(kAggregateColumns) + QStringLiteral(" FROM requests") + w.sql);
        bindAll(q, w.binds);
    }
    if (!exec(q) || !q.next())
        return a;
    a = aggregateFromQuery(q, 0);
    if (!withP95 || a.requests == 0)
        return a;
    if (histogramAnswers(filter, nullptr)) {
        a.p95LatencyMs = histogramP95(filter, nullptr).value(QString(), -1);
        return a;
    }
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
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = now.toTimeZone(m_timeZone).date();
    const QDateTime tomorrow = QDateTime(today.addDays(1), QTime(0, 0), m_timeZone);
    bool answered = false;
    if (m_rollupEnabled && tomorrow.isValid()) {
        // The month's day totals up to and including today, less the rows of today finished after
        // `now` (normally none): a few hundred rollup rows and one index probe, whatever the size.
        if (!m_monthSpendQuery) {
            m_monthSpendQuery = std::make_unique<QSqlQuery>(m_db);
            m_monthSpendQuery->prepare(QStringLiteral(
                "SELECT (SELECT value FROM ledger_meta WHERE key = 'bucket_time_zone'),"
                " (SELECT COALESCE(SUM(cost_micros), 0) FROM rollup_daily WHERE day >= ? AND day <= ?"
                "  AND (? = '' OR profile = ?)),"
                " (SELECT COALESCE(SUM(cost_micros), 0) FROM requests WHERE finished_at > ? AND finished_at < ?"
                "  AND (? = '' OR profile = ?))"));
        }
        QSqlQuery &q = *m_monthSpendQuery;
        const QString p = profile.isNull() ? QString(QLatin1String("")) : profile;
        q.bindValue(0, dayNumber(s.monthStart.toTimeZone(m_timeZone).date()));
        q.bindValue(1, dayNumber(today));
        q.bindValue(2, p);
        q.bindValue(3, p);
        q.bindValue(4, nowMs);
        q.bindValue(5, tomorrow.toMSecsSinceEpoch());
        q.bindValue(6, p);
        q.bindValue(7, p);
        if (!exec(q) || !q.next())
            return s;
        if (q.value(0).toString() == QString::fromUtf8(m_timeZone.id())) {
            s.spentMicros = q.value(1).toLongLong() - q.value(2).toLongLong();
            answered = true;
        }
        q.finish();
    }
    if (!answered && !rawMonthSpend(s.monthStart, now, profile, &s.spentMicros))
        return s;
    s.spentMicros += pendingSpend(s.monthStart.toMSecsSinceEpoch(), nowMs, profile);
    s.projectedMicros = projectToMonthEnd(s.spentMicros, now, m_timeZone);
    return s;
}

bool Ledger::rawMonthSpend(const QDateTime &from, const QDateTime &now, const QString &profile, qint64 *spent)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT SUM(cost_micros) FROM requests WHERE finished_at >= ? AND finished_at <= ?")
        + (profile.isEmpty() ? QString() : QStringLiteral(" AND profile = ?")));
    q.bindValue(0, from.toMSecsSinceEpoch());
    q.bindValue(1, now.toMSecsSinceEpoch());
    if (!profile.isEmpty())
        q.bindValue(2, profile);
    if (!exec(q) || !q.next())
        return false;
    *spent = q.value(0).toLongLong();
    return true;
}

qint64 Ledger::pendingSpend(qint64 fromMs, qint64 toMs, const QString &profile) const
{
    qint64 sum = 0;
    for (const LedgerPending::Entry &e : std::as_const(m_pending->entries)) {
        if (e.finishedMs >= fromMs && e.finishedMs <= toMs && (profile.isEmpty() || e.result.profile == profile))
            sum += e.result.costMicros;
    }
    return sum;
}

bool Ledger::histogramAnswers(const LedgerFilter &f, const LedgerGrouping *grouping)
{
    // The histogram is kept by day and model only.
    if (grouping && *grouping != LedgerGrouping::Model && *grouping != LedgerGrouping::Day
        && *grouping != LedgerGrouping::Month)
        return false;
    if (!f.profile.isEmpty() || !f.tier.isEmpty() || !f.teamId.isEmpty() || !f.provider.isEmpty() || !f.status.isEmpty()
        || f.errorsOnly || f.fallbacksOnly)
        return false;
    return answersFromRollup(f);
}

QHash<QString, qint64> Ledger::histogramP95(const LedgerFilter &filter, const LedgerGrouping *grouping)
{
    QHash<QString, qint64> out;
    const Where w = whereClause(filter, &m_timeZone);
    const QString group = !grouping          ? QStringLiteral("0")
        : *grouping == LedgerGrouping::Model ? QStringLiteral("model")
        : *grouping == LedgerGrouping::Day   ? QStringLiteral("day")
                                             : QStringLiteral("day / 100");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + group
        + QStringLiteral(", bucket, SUM(requests), MAX(max_ms) FROM rollup_latency") + w.sql
        + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    bindAll(q, w.binds);
    if (!exec(q))
        return out;
    // Nearest rank: the bucket holding the value at position ceil(0.95 n) of the group; its largest
    // latency is at most 1/32 above that value (exact when the bucket holds one distinct value).
    struct Cell
    {
        qint64 requests;
        qint64 maxMs;
    };
    QVariant currentKey;
    QList<Cell> cells;
    const auto finish = [&] {
        qint64 n = 0;
        for (const Cell &c : std::as_const(cells))
            n += c.requests;
        if (n == 0)
            return;
        const qint64 rank = std::max<qint64>(1, qint64(std::ceil(0.95 * double(n))));
        qint64 seen = 0;
        for (const Cell &c : std::as_const(cells)) {
            seen += c.requests;
            if (seen >= rank) {
                out.insert(grouping ? groupKey(*grouping, currentKey) : QString(), c.maxMs);
                break;
            }
        }
        cells.clear();
    };
    while (q.next()) {
        const QVariant key = q.value(0);
        if (!cells.isEmpty() && key != currentKey)
            finish();
        currentKey = key;
        cells.append(Cell { q.value(2).toLongLong(), q.value(3).toLongLong() });
    }
    finish();
    return out;
}

bool Ledger::bucketsInOwnTimeZone()
{
    return LedgerSchema::bucketTimeZone(m_db) == QString::fromUtf8(m_timeZone.id());
}

bool Ledger::answersFromRollup(const LedgerFilter &filter)
{
    if (!m_rollupEnabled || !isOpen() || filter.fallbacksOnly)
        return false;
    if (!filter.from.isValid() && !filter.to.isValid())
        return true;
    if (filter.from.isValid() && !isStartOfDay(filter.from, m_timeZone))
        return false;
    if (filter.to.isValid() && !isStartOfDay(filter.to, m_timeZone))
        return false;
    return bucketsInOwnTimeZone();
}

QStringList Ledger::distinctValues(LedgerGrouping grouping)
{
    QStringList out;
    if (!isOpen())
        return out;
    flush();
    // Every row adds to the rollup row of its values, so both tables hold the same distinct values.
    const bool rollup = m_rollupEnabled;
    const QString column = rollup ? rollupGroupColumn(grouping) : groupColumn(grouping);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT ") + column
        + (rollup ? QStringLiteral(" FROM rollup_daily ORDER BY 1") : QStringLiteral(" FROM requests ORDER BY 1")));
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
    flush();
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
        QStringLiteral("resolution"),
        QStringLiteral("reasoning_tokens"),
        QStringLiteral("cache_write_tokens"),
        QStringLiteral("price_cache_write_per_mtok_micros"),
        QStringLiteral("provider_cost_micros"),
        QStringLiteral("provider_cost_usd"),
        QStringLiteral("price_check_failed"),
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
