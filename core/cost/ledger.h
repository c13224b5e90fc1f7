#pragma once

#include "core/cost/ledgeraggregate.h"
#include "core/cost/ledgerfilter.h"
#include "core/cost/ledgerrow.h"
#include "core/routing/routeresult.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace tiergate {

class LedgerStatement;
struct LedgerRollupBuffer;

/// The cost ledger: one row per finished request and one per attempt, in SQLite (WAL,
/// synchronous=NORMAL, busy timeout) through its own named QSqlDatabase connection.
///
/// `record()` commits a request and its attempts in one transaction the moment it is called, so a
/// crash (even SIGKILL) loses no recorded request and leaves a database that opens. Prices are
/// stored with every row: a later price change never rewrites history. Key values are never
/// stored, only the team / key id. Day and month buckets use the time zone given at construction.
///
/// Signals: `recorded()` after each committed `record()`, `batchRecorded()` after `recordBatch()`.
/// Use from one thread (the one that called open()).
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

    /// Writes one finished request and its attempts in one transaction. Returns the row id, or -1
    /// (see errorString()).
    qint64 record(const RouteResult &result);
    /// Bulk form (imports, benchmarks): all results in one transaction. Returns the number written,
    /// -1 on failure (nothing written).
    int recordBatch(const QList<RouteResult> &results);

    std::optional<LedgerRow> row(qint64 rowId); ///< with attempts
    std::optional<LedgerRow> findRequest(const QString &requestId); ///< newest row with that id, with attempts
    QList<LedgerAttemptRow> attempts(qint64 rowId);

    /// Grouped totals of the rows `filter` matches. `withP95` adds a nearest-rank p95 latency per
    /// group (one extra ordered read of the matching latencies).
    QList<LedgerAggregate> aggregate(
        LedgerGrouping grouping, const LedgerFilter &filter = LedgerFilter(), bool withP95 = false);
    LedgerAggregate totals(const LedgerFilter &filter = LedgerFilter(), bool withP95 = false);

    /// Whether aggregate() and totals() answer `filter` from the per-day rollup: its range starts
    /// and ends at midnight in timeZone() (or is open), it does not ask for fallbacks only, and the
    /// stored day buckets were all computed in timeZone(). p95 latencies always come from the rows.
    bool answersFromRollup(const LedgerFilter &filter);
    /// false: every aggregate reads the raw rows (for checks and diagnostics). Default true.
    void setRollupEnabled(bool enabled) { m_rollupEnabled = enabled; }
    bool rollupEnabled() const { return m_rollupEnabled; }

    /// One page of the UI table (newest first) and the totals of the whole filter.
    LedgerPage query(const LedgerFilter &filter, int offset, int limit);

    /// Spend of the calendar month that contains `now` up to `now` (one profile, or all when empty)
    /// and its linear projection to the end of that month. `now` is the injected clock.
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
    bool insert(const RouteResult &result, qint64 *rowId);
    bool beginWrite();
    bool commitWrite();
    void abortWrite();
    bool flushRollup();
    bool bucketsInOwnTimeZone();
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
