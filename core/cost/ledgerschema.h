#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace tiergate {

/// The ledger's SQLite schema, versioned with PRAGMA user_version, and its migrations.
///
/// Version 1 (the first release) kept one timestamp per request and no team, criticality,
/// cached-token or TTFT columns. Version 2 adds them, renames two columns, precomputes calendar
/// buckets and adds the indices the dashboard's queries use. Version 3 adds `rollup_daily`, per-day
/// totals by (day, profile, tier, model, team, provider, status) kept in the same transaction as
/// every insert, and `ledger_meta`, which names the time zone the day buckets were computed in
/// (empty once rows of several time zones are mixed). Version 4 adds `resolution` to requests (how
/// the first model was chosen: pinned, alias, tier_default). Version 5 adds `rollup_latency`, a per-day latency
/// histogram by model (buckets of latencyBucket(), each with its count and largest latency), from which per-model p95
/// latencies are read without touching the rows. Version 6 adds reasoning and cache-write tokens,
/// the cache-write price, the provider's reported cost and the price check (provider cost and
/// catalog price more than 1 % apart) to requests and attempts, and the count of failed price
/// checks to `rollup_daily`. Old DDL stays here so a migration is tested
/// against a real older database.
class LedgerSchema
{
public:
    static constexpr int kCurrentVersion = 6;

    static QStringList createStatements(int version); ///< full DDL of `version` (1 to 6)
    static int version(QSqlDatabase &db);

    /// The time zone id of the day buckets (ledger_meta), "" when mixed or unknown.
    static QString bucketTimeZone(QSqlDatabase &db);
    /// Marks the day buckets as computed in more than one time zone (in the caller's transaction).
    static bool markBucketTimeZoneMixed(QSqlDatabase &db, QString *error);

    /// Creates the current schema in an empty database or migrates an older one, in one
    /// transaction that holds the write lock from the start (safe when processes open it at once). Calendar buckets of
    /// migrated rows are computed in `timeZone`.
    static bool ensure(QSqlDatabase &db, const QTimeZone &timeZone, QString *error);

    /// Histogram bucket of a latency: exact below 64 ms, then 32 buckets per power of two (each at
    /// most 1/32 of its lower bound wide). Monotonic in `ms`.
    static int latencyBucket(qint64 ms);

    /// yyyymmdd and yyyymm of `finishedAtMs` in `timeZone`.
    static void buckets(qint64 finishedAtMs, const QTimeZone &timeZone, int *day, int *month);

private:
    static bool migrate1to2(QSqlDatabase &db, const QTimeZone &timeZone, QString *error);
    static bool migrate2to3(QSqlDatabase &db, const QTimeZone &timeZone, QString *error);
    static bool migrate3to4(QSqlDatabase &db, QString *error);
    static bool migrate4to5(QSqlDatabase &db, QString *error);
    static bool migrate5to6(QSqlDatabase &db, QString *error);
    static bool setBucketTimeZone(QSqlDatabase &db, const QString &zoneId, QString *error);
};

} // namespace tiergate
