#include "core/cost/ledgerschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <bit>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::Ledger", text);
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("Ledger schema statement failed: %1").arg(q.lastError().text());
    return false;
}

bool runAll(QSqlDatabase &db, const QStringList &sql, QString *error)
{
    for (const QString &s : sql) {
        if (!run(db, s, error))
            return false;
    }
    return true;
}

QStringList v2Indices()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_finished ON requests(finished_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_profile ON requests(profile, finished_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_model ON requests(model, finished_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_tier ON requests(tier, finished_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_team ON requests(team_id, finished_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_requests_request_id ON requests(request_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_attempts_request ON attempts(request_row)"),
    };
}

QStringList v3Additions()
{
    return {
        // WITHOUT ROWID: the key is the only access path and rows are small, so the table is one
        // B-tree ordered by day, which by-day and by-month aggregates read in order.
        QStringLiteral("CREATE TABLE rollup_daily ("
                       " day INTEGER NOT NULL,"
                       " profile TEXT NOT NULL,"
                       " tier TEXT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " team_id TEXT NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " requests INTEGER NOT NULL DEFAULT 0,"
                       " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                       " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                       " cached_tokens INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros INTEGER NOT NULL DEFAULT 0,"
                       " fallbacks INTEGER NOT NULL DEFAULT 0,"
                       " retries INTEGER NOT NULL DEFAULT 0,"
                       " estimated INTEGER NOT NULL DEFAULT 0,"
                       " latency_ms INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (day, profile, tier, model, team_id, provider, status)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
}

QStringList v4Additions()
{
    return {
        QStringLiteral("ALTER TABLE requests ADD COLUMN resolution TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList v5Additions()
{
    return {
        QStringLiteral("CREATE TABLE rollup_latency ("
                       " day INTEGER NOT NULL,"
                       " model TEXT NOT NULL,"
                       " bucket INTEGER NOT NULL,"
                       " requests INTEGER NOT NULL DEFAULT 0,"
                       " max_ms INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (day, model, bucket)) WITHOUT ROWID"),
    };
}

QStringList v6Additions()
{
    return {
        QStringLiteral("ALTER TABLE requests ADD COLUMN reasoning_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN price_cache_write INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN provider_cost_micros INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN price_check INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN reasoning_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN provider_cost_micros INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE rollup_daily ADD COLUMN price_mismatches INTEGER NOT NULL DEFAULT 0"),
    };
}

const char *const kBucketZoneKey = "bucket_time_zone";

} // namespace

QStringList LedgerSchema::createStatements(int version)
{
    if (version == 1) {
        return {
            QStringLiteral("CREATE TABLE requests ("
                           " id INTEGER PRIMARY KEY,"
                           " ts INTEGER NOT NULL,"
                           " request_id TEXT NOT NULL,"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " tier TEXT NOT NULL DEFAULT '',"
                           " requested_model TEXT NOT NULL DEFAULT '',"
                           " used_model TEXT NOT NULL DEFAULT '',"
                           " provider TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL,"
                           " error_class TEXT NOT NULL DEFAULT '',"
                           " http_status INTEGER NOT NULL DEFAULT 0,"
                           " latency_ms INTEGER NOT NULL DEFAULT 0,"
                           " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                           " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                           " estimated INTEGER NOT NULL DEFAULT 0,"
                           " price_input INTEGER NOT NULL DEFAULT 0,"
                           " price_output INTEGER NOT NULL DEFAULT 0,"
                           " price_known INTEGER NOT NULL DEFAULT 0,"
                           " cost_micros INTEGER NOT NULL DEFAULT 0,"
                           " fallback_used INTEGER NOT NULL DEFAULT 0,"
                           " retries INTEGER NOT NULL DEFAULT 0,"
                           " attempt_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " request_row INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
                           " idx INTEGER NOT NULL,"
                           " model TEXT NOT NULL DEFAULT '',"
                           " provider TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL,"
                           " error_kind TEXT NOT NULL DEFAULT '',"
                           " http_status INTEGER NOT NULL DEFAULT 0,"
                           " latency_ms INTEGER NOT NULL DEFAULT 0,"
                           " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                           " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                           " cost_micros INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX idx_requests_ts ON requests(ts)"),
            QStringLiteral("CREATE INDEX idx_attempts_request ON attempts(request_row)"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
    }
    QStringList v2 {
        QStringLiteral("CREATE TABLE requests ("
                       " id INTEGER PRIMARY KEY,"
                       " finished_at INTEGER NOT NULL,"
                       " started_at INTEGER NOT NULL DEFAULT 0,"
                       " day INTEGER NOT NULL DEFAULT 0,"
                       " month INTEGER NOT NULL DEFAULT 0,"
                       " request_id TEXT NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " tier TEXT NOT NULL DEFAULT '',"
                       " criticality TEXT NOT NULL DEFAULT 'standard',"
                       " team_id TEXT NOT NULL DEFAULT '',"
                       " requested_model TEXT NOT NULL DEFAULT '',"
                       " used_model TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " error_class TEXT NOT NULL DEFAULT '',"
                       " error_cause TEXT NOT NULL DEFAULT '',"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " latency_ms INTEGER NOT NULL DEFAULT 0,"
                       " ttft_ms INTEGER NOT NULL DEFAULT -1,"
                       " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                       " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                       " cached_tokens INTEGER NOT NULL DEFAULT 0,"
                       " tokens_estimated INTEGER NOT NULL DEFAULT 0,"
                       " price_input INTEGER NOT NULL DEFAULT 0,"
                       " price_output INTEGER NOT NULL DEFAULT 0,"
                       " price_cached INTEGER NOT NULL DEFAULT -1,"
                       " price_known INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros INTEGER NOT NULL DEFAULT 0,"
                       " fallback_used INTEGER NOT NULL DEFAULT 0,"
                       " retries INTEGER NOT NULL DEFAULT 0,"
                       " attempt_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE attempts ("
                       " id INTEGER PRIMARY KEY,"
                       " request_row INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
                       " idx INTEGER NOT NULL,"
                       " model TEXT NOT NULL DEFAULT '',"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL,"
                       " error_kind TEXT NOT NULL DEFAULT '',"
                       " error_cause TEXT NOT NULL DEFAULT '',"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " wait_ms INTEGER NOT NULL DEFAULT 0,"
                       " latency_ms INTEGER NOT NULL DEFAULT 0,"
                       " ttft_ms INTEGER NOT NULL DEFAULT -1,"
                       " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                       " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                       " cached_tokens INTEGER NOT NULL DEFAULT 0,"
                       " tokens_estimated INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros INTEGER NOT NULL DEFAULT 0,"
                       " started_at INTEGER NOT NULL DEFAULT 0)"),
    };
    v2 += v2Indices();
    if (version == 2) {
        v2 += QStringLiteral("PRAGMA user_version = 2");
        return v2;
    }
    v2 += v3Additions();
    if (version == 3) {
        v2 += QStringLiteral("PRAGMA user_version = 3");
        return v2;
    }
    v2 += v4Additions();
    if (version == 4) {
        v2 += QStringLiteral("PRAGMA user_version = 4");
        return v2;
    }
    v2 += v5Additions();
    if (version == 5) {
        v2 += QStringLiteral("PRAGMA user_version = 5");
        return v2;
    }
    v2 += v6Additions();
    v2 += QStringLiteral("PRAGMA user_version = 6");
    return v2;
}

QString LedgerSchema::bucketTimeZone(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM ledger_meta WHERE key = ?"));
    q.bindValue(0, QLatin1String(kBucketZoneKey));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool LedgerSchema::setBucketTimeZone(QSqlDatabase &db, const QString &zoneId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ledger_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, QLatin1String(kBucketZoneKey));
    q.bindValue(1, zoneId.isNull() ? QString(QLatin1String("")) : zoneId);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Ledger schema statement failed: %1").arg(q.lastError().text());
    return false;
}

bool LedgerSchema::markBucketTimeZoneMixed(QSqlDatabase &db, QString *error)
{
    return setBucketTimeZone(db, QString(QLatin1String("")), error);
}

int LedgerSchema::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void LedgerSchema::buckets(qint64 finishedAtMs, const QTimeZone &timeZone, int *day, int *month)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(finishedAtMs, timeZone).date();
    *month = d.year() * 100 + d.month();
    *day = *month * 100 + d.day();
}

bool LedgerSchema::migrate1to2(QSqlDatabase &db, const QTimeZone &timeZone, QString *error)
{
    const QStringList alter {
        QStringLiteral("DROP INDEX IF EXISTS idx_requests_ts"),
        QStringLiteral("ALTER TABLE requests RENAME COLUMN ts TO finished_at"),
        QStringLiteral("ALTER TABLE requests RENAME COLUMN estimated TO tokens_estimated"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN day INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN month INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN criticality TEXT NOT NULL DEFAULT 'standard'"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN team_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN model TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN error_cause TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN ttft_ms INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN cached_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN price_cached INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("UPDATE requests SET started_at = finished_at - latency_ms"),
        // v1 had no accounted-model column: the used model, else the last model tried.
        QStringLiteral("UPDATE requests SET model = CASE WHEN used_model <> '' THEN used_model ELSE"
                       " COALESCE((SELECT a.model FROM attempts a WHERE a.request_row = requests.id"
                       " ORDER BY a.idx DESC LIMIT 1), requested_model) END"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN error_cause TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN wait_ms INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN ttft_ms INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN cached_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN tokens_estimated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0"),
    };
    if (!runAll(db, alter, error))
        return false;

    // Calendar buckets depend on the time zone, which SQLite does not know: computed here.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, finished_at FROM requests"))) {
        if (error)
            *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE requests SET day = ?, month = ? WHERE id = ?"));
    while (select.next()) {
        int day = 0;
        int month = 0;
        buckets(select.value(1).toLongLong(), timeZone, &day, &month);
        update.bindValue(0, day);
        update.bindValue(1, month);
        update.bindValue(2, select.value(0).toLongLong());
        if (!update.exec()) {
            if (error)
                *error = update.lastError().text();
            return false;
        }
    }
    if (!runAll(db, v2Indices(), error))
        return false;
    return run(db, QStringLiteral("PRAGMA user_version = 2"), error);
}

bool LedgerSchema::migrate2to3(QSqlDatabase &db, const QTimeZone &timeZone, QString *error)
{
    if (!runAll(db, v3Additions(), error))
        return false;
    // The same sums Ledger keeps per insert, computed once from the rows already there.
    if (!run(db,
            QStringLiteral("INSERT INTO rollup_daily (day, profile, tier, model, team_id, provider, status, requests,"
                           " prompt_tokens, completion_tokens, cached_tokens, cost_micros, fallbacks, retries,"
                           " estimated, latency_ms)"
                           " SELECT day, profile, tier, model, team_id, provider, status, COUNT(*),"
                           " SUM(prompt_tokens), SUM(completion_tokens), SUM(cached_tokens), SUM(cost_micros),"
                           " SUM(fallback_used), SUM(retries), SUM(tokens_estimated <> 0 OR price_known = 0),"
                           " SUM(latency_ms) FROM requests"
                           " GROUP BY day, profile, tier, model, team_id, provider, status"),
            error))
        return false;
    // Version 2 computed its buckets in the time zone of the ledger that wrote them, which is
    // normally the one opening it now; a ledger opened in another zone marks them mixed on its
    // first write.
    if (!setBucketTimeZone(db, QString::fromUtf8(timeZone.id()), error))
        return false;
    return run(db, QStringLiteral("PRAGMA user_version = 3"), error);
}

bool LedgerSchema::migrate3to4(QSqlDatabase &db, QString *error)
{
    // Rows written before the route receipt existed keep an empty resolution ("unknown").
    return runAll(db, v4Additions(), error) && run(db, QStringLiteral("PRAGMA user_version = 4"), error);
}

int LedgerSchema::latencyBucket(qint64 ms)
{
    if (ms < 64)
        return int(std::max<qint64>(ms, 0));
    const int exponent = int(std::bit_width(quint64(ms))) - 1; // >= 6
    const int sub = int((quint64(ms) >> (exponent - 5)) & 31);
    return 64 + (exponent - 6) * 32 + sub;
}

bool LedgerSchema::migrate4to5(QSqlDatabase &db, QString *error)
{
    if (!runAll(db, v5Additions(), error))
        return false;
    // The histogram of the rows already there; buckets are computed here (SQLite has no log2).
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT day, model, latency_ms, COUNT(*) FROM requests GROUP BY 1, 2, 3"))) {
        if (error)
            *error = select.lastError().text();
        return false;
    }
    struct Cell
    {
        qint64 requests = 0;
        qint64 maxMs = 0;
    };
    QHash<QString, Cell> cells; // "day|bucket|model"
    while (select.next()) {
        const qint64 ms = select.value(2).toLongLong();
        Cell &c = cells[QString::number(select.value(0).toInt()) + u'|' + QString::number(latencyBucket(ms)) + u'|'
            + select.value(1).toString()];
        c.requests += select.value(3).toLongLong();
        c.maxMs = std::max(c.maxMs, ms);
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO rollup_latency (day, model, bucket, requests, max_ms) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const QString &key = it.key();
        insert.bindValue(0, key.section(u'|', 0, 0).toInt());
        const QString model = key.section(u'|', 2);
        insert.bindValue(1, model.isNull() ? QString(QLatin1String("")) : model); // NOT NULL column
        insert.bindValue(2, key.section(u'|', 1, 1).toInt());
        insert.bindValue(3, it->requests);
        insert.bindValue(4, it->maxMs);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return run(db, QStringLiteral("PRAGMA user_version = 5"), error);
}

bool LedgerSchema::migrate5to6(QSqlDatabase &db, QString *error)
{
    // Older rows had no provider-reported cost (-1) and so no price check to fail; their reasoning
    // and cache-write tokens were not kept (0).
    return runAll(db, v6Additions(), error) && run(db, QStringLiteral("PRAGMA user_version = 6"), error);
}

bool LedgerSchema::ensure(QSqlDatabase &db, const QTimeZone &timeZone, QString *error)
{
    const int seen = version(db);
    if (seen < 0) {
        if (error)
            *error = tr("The ledger database cannot be read.");
        return false;
    }
    if (seen == kCurrentVersion)
        return true;
    if (seen > kCurrentVersion) {
        if (error)
            *error = tr("The ledger was written by a newer Tiergate (schema %1, this version knows %2).")
                         .arg(seen)
                         .arg(kCurrentVersion);
        return false;
    }
    // BEGIN IMMEDIATE takes the write lock before the version is read again, so two processes
    // opening a fresh (or old) ledger at once create or migrate it exactly once: the second waits
    // on the busy timeout and then finds the schema current.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = tr("Cannot lock the ledger to create its schema: %1").arg(begin.lastError().text());
        return false;
    }
    begin.finish();
    const int current = version(db);
    bool ok = true;
    if (current == 0) {
        ok = runAll(db, createStatements(kCurrentVersion), error)
            && setBucketTimeZone(db, QString::fromUtf8(timeZone.id()), error);
    } else if (current > kCurrentVersion) {
        if (error)
            *error = tr("The ledger was written by a newer Tiergate (schema %1, this version knows %2).")
                         .arg(current)
                         .arg(kCurrentVersion);
        ok = false;
    } else if (current > 0 && current < kCurrentVersion) {
        if (current == 1)
            ok = migrate1to2(db, timeZone, error);
        if (ok && current <= 2)
            ok = migrate2to3(db, timeZone, error);
        if (ok && current <= 3)
            ok = migrate3to4(db, error);
        if (ok && current <= 4)
            ok = migrate4to5(db, error);
        if (ok)
            ok = migrate5to6(db, error);
    }
    QSqlQuery end(db);
    if (ok && !end.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = end.lastError().text();
        ok = false;
    }
    if (!ok)
        end.exec(QStringLiteral("ROLLBACK"));
    return ok;
}

} // namespace tiergate
