#pragma once

#include "core/experiment/experiment.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace tiergate {

class ExperimentStore;
class RouteReply;
class Router;

/// Runs an Experiment unattended: every missing prompt × column × repeat run goes through the
/// Router (at most concurrency() at once, in prompt order), then, when the experiment names a
/// judge profile, one judge call per prompt and repeat whose runs are all done. After each
/// finished run or judge call the experiment is saved (at most every 500 ms, and at the end), so
/// destroying the run or the process loses only what was in flight, and resume() sends only what
/// is missing.
///
/// The Router and the store are not owned and must outlive the run; the run owns its RouteReplies.
/// Signals: started() once per start(); runFinished() after each run, judged() after each judge
/// call, progressChanged() after either; then exactly one of finished() or paused().
class ExperimentRun : public QObject
{
    Q_OBJECT
public:
    ExperimentRun(Router *router, ExperimentStore *store, QObject *parent = nullptr);
    ~ExperimentRun() override;

    /// Runs what is missing of `experiment` (a new one or one loaded from the store). False
    /// without a column or a prompt, or while running.
    bool start(Experiment experiment);
    void pause();

    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    int concurrency() const { return m_concurrency; }
    bool isRunning() const { return m_running; }
    const Experiment &experiment() const { return m_experiment; }
    /// Runs and judge calls done / to do (judge calls count when a judge is set).
    int done() const;
    int total() const;

Q_SIGNALS:
    void started();
    void runFinished(int prompt, int column, int repeat);
    void judged(int prompt, int repeat);
    void progressChanged(int done, int total);
    void finished();
    void paused();
    void saveFailed(const QString &message);

private:
    void fill();
    bool startNextRun();
    bool startNextJudgeCall();
    void onRunFinished(int prompt, int column, int repeat, RouteReply *reply);
    void onJudgeFinished(int prompt, int repeat, const QList<int> &order, RouteReply *reply);
    void endIfIdle();
    void persist(bool now);

    Router *m_router;
    ExperimentStore *m_store;
    Experiment m_experiment;
    QHash<qint64, QPointer<RouteReply>> m_inFlight; ///< runs: (prompt, column, repeat); judge calls: negative keys
    int m_concurrency = 4;
    bool m_running = false;
    bool m_pausing = false;
    qint64 m_lastSaveMs = 0;
    bool m_dirty = false;
};

} // namespace tiergate
