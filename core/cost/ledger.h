#pragma once

#include "core/cost/ledgeraggregate.h"
#include "core/cost/ledgerfilter.h"
#include "core/cost/ledgerrow.h"
#include "core/routing/routeresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <optional>

class QIODevice;
class QSqlQuery;
class QTimer;

namespace tiergate {

class LedgerStatement;
struct LedgerRollupBuffer;
struct LedgerPending;

/// The cost ledger: one row per finished request and one per attempt, in SQLite (WAL,
/// synchronous=NORMAL, busy timeout) through its own named QSqlDatabase connection.
///
/// `record()` is write-behind: it queues the request in memory and returns at once; the queue is
/// committed in one transaction per batch, batchInterval() after its first row or as soon as it
/// holds maxBatchRows() rows, by flush(), and by close() and the destructor. So a clean exit loses
/// nothing and a crash (even SIGKILL) loses at most the batch still queued (the rows of the last
/// batch interval), never a committed one, and leaves a database that opens. Readers stay
/// consistent with the queue: monthSpend() adds the queued spend, every other read commits the
/// queue first. Prices are stored with every row: a later price change never rewrites history. Key
/// values are never stored, only the team / key id. Day and month buckets use the time zone given
/// at construction.
///
/// Signals: `recorded()` once per recorded request when its batch committed (with its row id),
/// `batchRecorded()` after `recordBatch()`. Use from one thread (the one that called open()); the
/// batch timer needs that thread's event loop.
class Ledger : public QObject
{
    Q_OBJECT
public:
    /// `path` empty: `defaultPath()`. `timeZone` decides calendar day / month buckets.
    explicit Ledger(const QString &path = QString(), const QTimeZone &timeZone = QTimeZone::systemTimeZone(),
        QObject *parent = nullptr);
    ~Ledger() override;

    /// QStandardPaths::AppDataLocation/ledger.sqlite
    static QString defaultPath();

    /// Opens (creating the folder and file if needed) and creates or migrates the schema.
    bool open();
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion();
    QTimeZone timeZone() const { return m_timeZone; }

    /// Queues one finished request and its attempts for the next batch. Returns 0 when queued, -1
    /// when the ledger is not open (see errorString()). The row id comes with recorded().
    qint64 record(const RouteResult &result);
    /// Commits the queued requests now, in one transaction. False when the commit failed (the rows
    /// stay queued and the next batch tries again; see errorString()).
    bool flush();
    int pendingCount() const;
    /// Longest time a recorded request waits in memory before its batch commits. Default 200 ms.
    void setBatchInterval(int ms);
    int batchInterval() const { return m_batchIntervalMs; }
    /// A batch commits as soon as it holds this many rows. Default 500.
    void setMaxBatchRows(int rows) { m_maxBatchRows = std::max(1, rows); }
    int maxBatchRows() const { return m_maxBatchRows; }
    /// Bulk form (imports, benchmarks): the queue, then all results, in one transaction. Returns
    /// the number of `results` written, -1 on failure (none of them written).
    int recordBatch(const QList<RouteResult> &results);

    std::optional<LedgerRow> row(qint64 rowId); ///< with attempts
    std::optional<LedgerRow> findRequest(const QString &requestId); ///< newest row with that id, with attempts
    QList<LedgerAttemptRow> attempts(qint64 rowId);

    /// Grouped totals of the rows `filter` matches. `withP95` adds a nearest-rank p95 latency per
    /// group: from the per-day latency histogram when the filter is answered from the rollup and
    /// asks only for a model and whole days (grouped by model, day or month, or totals) — then the
    /// figure is the largest latency of the bucket holding that rank, at most 1/32 above it — and
    /// otherwise from one ordered read of the matching latencies.
    QList<LedgerAggregate> aggregate(
        LedgerGrouping grouping, const LedgerFilter &filter = LedgerFilter(), bool withP95 = false);
    LedgerAggregate totals(const LedgerFilter &filter = LedgerFilter(), bool withP95 = false);

    /// Whether aggregate() and totals() answer `filter` from the per-day rollup: its range starts
    /// and ends at midnight in timeZone() (or is open), it does not ask for fallbacks only, and the
    /// stored day buckets were all computed in timeZone().
    bool answersFromRollup(const LedgerFilter &filter);
    /// false: every aggregate reads the raw rows (for checks and diagnostics). Default true.
    void setRollupEnabled(bool enabled) { m_rollupEnabled = enabled; }
    bool rollupEnabled() const { return m_rollupEnabled; }

    /// One page of the UI table (newest first) and the totals of the whole filter.
    LedgerPage query(const LedgerFilter &filter, int offset, int limit);

    /// Spend of the calendar month that contains `now` up to `now` (one profile, or all when empty)
    /// and its linear projection to the end of that month, queued requests included. `now` is the
    /// injected clock. Read from the per-day rollup (plus the rows finished after `now` on its day,
    /// subtracted), so its cost does not grow with the number of rows; the router's budget check
    /// calls it before every request.
    MonthSpend monthSpend(const QDateTime &now, const QString &profile = QString());
    /// Linear projection: spent × month length / elapsed (elapsed floored at one hour, so the first
    /// minutes of a month do not extrapolate one request into a fortune).
    static qint64 projectToMonthEnd(qint64 spentMicros, const QDateTime &now, const QTimeZone &timeZone);
    static QDateTime monthStart(const QDateTime &now, const QTimeZone &timeZone);

    /// Distinct values of a column for filter combo boxes (Model, Tier, Profile, Team, Provider, Status).
    QStringList distinctValues(LedgerGrouping grouping);

    /// Every row `filter` matches, oldest first, as RFC 4180 CSV (header line, CRLF) or JSON Lines.
    /// Returns the number of rows written, -1 on failure.
    qint64 exportCsv(const LedgerFilter &filter, QIODevice *out);
    qint64 exportJsonLines(const LedgerFilter &filter, QIODevice *out);
    static QStringList exportColumns();
    static QString csvField(const QString &value); ///< quoted when it holds , " CR LF or edge spaces

Q_SIGNALS:
    void recorded(const tiergate::RouteResult &result, qint64 rowId);
    void batchRecorded(int count);

private:
    bool insert(const RouteResult &result, qint64 finishedMs, qint64 *rowId);
    qint64 pendingSpend(qint64 fromMs, qint64 toMs, const QString &profile) const;
    bool rawMonthSpend(const QDateTime &from, const QDateTime &now, const QString &profile, qint64 *spent);
    bool beginWrite();
    bool commitWrite();
    void abortWrite();
    bool flushRollup();
    bool bucketsInOwnTimeZone();
    bool histogramAnswers(const LedgerFilter &filter, const LedgerGrouping *grouping);
    QHash<QString, qint64> histogramP95(const LedgerFilter &filter, const LedgerGrouping *grouping);
    bool exec(QSqlQuery &q);
    bool prepareInserts();
    void setError(const QString &message);
    template <typename RowVisitor>
    bool forEachRow(
        const LedgerFilter &filter, const QString &suffix, const QVariantList &suffixBinds, RowVisitor visit);

    QString m_path;
    QString m_connectionName;
    QTimeZone m_timeZone;
    QSqlDatabase m_db;
    std::unique_ptr<LedgerStatement> m_insertRequest;
    std::unique_ptr<LedgerStatement> m_insertAttempt;
    std::unique_ptr<LedgerStatement> m_upsertRollup;
    std::unique_ptr<LedgerRollupBuffer> m_rollup; ///< sums of the open write transaction
    std::unique_ptr<QSqlQuery> m_monthSpendQuery;
    std::unique_ptr<LedgerPending> m_pending; ///< recorded, not yet committed
    QTimer *m_batchTimer = nullptr;
    int m_batchIntervalMs = 200;
    int m_maxBatchRows = 500;
    QString m_error;
    bool m_rollupEnabled = true;
    bool m_markZoneMixed = false; ///< the stored buckets are of another time zone: mark them mixed on write
    // Calendar bucket of the last row written: consecutive rows mostly share a day.
    qint64 m_bucketFromMs = 0;
    qint64 m_bucketToMs = -1;
    int m_bucketDay = 0;
    int m_bucketMonth = 0;
};

} // namespace tiergate
