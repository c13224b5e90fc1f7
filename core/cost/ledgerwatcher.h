#pragma once

#include "core/routing/routeresult.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <deque>

namespace tiergate {

/// Follows a ledger file that other processes write to (the CLI load generator, a second GUI):
/// every `pollInterval()` it reads the request rows newer than the last one it saw (by row id),
/// with their attempts, and emits each as a RouteResult (answer text is not stored, so `content`
/// stays empty; error messages are not stored either, only their class, cause and HTTP status).
///
/// It reads through its own QSqlDatabase connection with a unique name, opened read-only, and
/// never keeps a read transaction open between polls, so the writers' WAL checkpoints are never
/// held back. Requests this process already showed (noted with `skipRequest()`, e.g. from
/// Router::requestFinished) are not emitted again when their row shows up.
///
/// Signals: `resultArrived()` once per new row, in row order, then `polled()` with the number
/// emitted. Errors (file missing, not a ledger) are reported by start()/poll() returning false
/// and errorString(); polling goes on, so a ledger that appears later is picked up.
class LedgerWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LedgerWatcher(const QString &path, QObject *parent = nullptr);
    ~LedgerWatcher() override;

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    /// Starts polling. Rows already in the ledger are not emitted unless setLastSeenRowId() moved
    /// the start back before the first poll (0: everything). Returns false when the ledger cannot
    /// be read yet (polling still starts and retries).
    bool start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    void setPollInterval(int ms);
    int pollInterval() const { return m_timer.interval(); }
    /// Rows read per poll at most; the rest follow on the next poll (keeps one poll short).
    void setBatchLimit(int rows);

    qint64 lastSeenRowId() const { return m_lastRowId; }
    void setLastSeenRowId(qint64 rowId);

    /// Reads new rows now. Returns false on a read error.
    bool poll();

public Q_SLOTS:
    /// A request this process handles itself: its ledger row will be skipped. At most the newest
    /// few thousand ids are remembered.
    void skipRequest(const tiergate::RouteResult &result);
    void skipRequestId(const QString &requestId);

Q_SIGNALS:
    void resultArrived(const tiergate::RouteResult &result);
    void polled(int emitted);

private:
    bool ensureOpen();
    void closeDatabase();
    void setError(const QString &message);
    bool readEnd(qint64 *rowId);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_lastRowId = -1; ///< -1: start at the end of the ledger on the first successful read
    int m_batchLimit = 5000;
    QSet<QString> m_skip;
    std::deque<QString> m_skipOrder; ///< oldest first, bounds m_skip
    QString m_error;
};

} // namespace tiergate
