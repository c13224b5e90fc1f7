#pragma once

#include "core/compare/batch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace tiergate {

class ComparisonStore;
class RouteReply;
class Router;

/// Runs a Batch unattended: every pending prompt × column cell goes through the Router (at most
/// concurrency() at once, in prompt order), and after each finished cell the batch is saved to the
/// ComparisonStore, so destroying the BatchRun (or the whole process) midway loses only the cells
/// in flight: resume() with the batch id continues with the cells still pending.
///
/// The Router and the store are not owned and must outlive the run; the run owns its RouteReplies
/// (deleting the run cancels them without recording anything). Signals: started() once per
/// start()/resume(); cellFinished() after each recorded cell, followed by progressChanged();
/// then exactly one of finished() (every cell done) or paused() (after pause(), once the cells in
/// flight have stopped; those stay pending).
class BatchRun : public QObject
{
    Q_OBJECT
public:
    BatchRun(Router *router, ComparisonStore *store, QObject *parent = nullptr);
    ~BatchRun() override;

    /// Starts a new batch (its recorded cells are kept, so a loaded batch may be passed too).
    /// Returns false without a column, a prompt, a store to save to, or while running.
    bool start(Batch batch);
    /// Loads batch `id` from the store and runs its pending cells; false when it does not exist.
    bool resume(const QString &id);
    void pause();

    /// At most this many requests at once; 0 (default): one per column.
    void setConcurrency(int requests) { m_concurrency = std::max(0, requests); }
    int concurrency() const;

    bool isRunning() const { return m_running; }
    const Batch &batch() const { return m_batch; }
    int doneCells() const { return m_batch.doneCells(); }
    int totalCells() const { return m_batch.totalCells(); }
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void started();
    void cellStarted(int prompt, int column);
    void cellFinished(int prompt, int column);
    void progressChanged(int done, int total);
    void finished();
    void paused();
    /// The batch could not be saved (the run goes on; the cells stay in memory).
    void saveFailed(const QString &message);

private:
    void fill();
    void onReplyFinished(int prompt, int column, RouteReply *reply);
    void endIfIdle();
    void persist();

    Router *m_router;
    ComparisonStore *m_store;
    Batch m_batch;
    QHash<qint64, QPointer<RouteReply>> m_inFlight; ///< key: prompt * 64 + column
    int m_concurrency = 0;
    bool m_running = false;
    bool m_pausing = false;
};

} // namespace tiergate
