#include "core/experiment/experimentrun.h"

#include "core/experiment/experimentstore.h"
#include "core/experiment/judge.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"

#include <QDateTime>
#include <QTimer>

namespace tiergate {

namespace {

constexpr qint64 saveIntervalMs = 500;

qint64 runKey(int prompt, int column, int repeat)
{
    return (qint64(prompt) * Experiment::maxColumns + column) * Experiment::maxRepeat + repeat;
}

qint64 judgeKey(int prompt, int repeat)
{
    return -1 - (qint64(prompt) * Experiment::maxRepeat + repeat);
}

} // namespace

ExperimentRun::ExperimentRun(Router *router, ExperimentStore *store, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(store)
{ }

ExperimentRun::~ExperimentRun()
{
    for (const QPointer<RouteReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
    if (m_dirty)
        persist(true);
}

int ExperimentRun::total() const
{
    const int judgeCalls = m_experiment.judgeProfile.isEmpty() ? 0 : m_experiment.promptCount() * m_experiment.repeat;
    return m_experiment.totalRuns() + judgeCalls;
}

int ExperimentRun::done() const
{
    return m_experiment.doneRuns() + int(m_experiment.judgeCalls.size());
}

bool ExperimentRun::start(Experiment experiment)
{
    if (m_running || experiment.columns.isEmpty() || experiment.promptSet.items.isEmpty()
        || experiment.columns.size() > Experiment::maxColumns)
        return false;
    experiment.ensureShape();
    m_experiment = std::move(experiment);
    if (m_store) {
        const QString id = m_store->save(m_experiment);
        if (id.isEmpty())
            Q_EMIT saveFailed(m_store->error());
        else
            m_experiment.id = id;
    }
    m_running = true;
    m_pausing = false;
    Q_EMIT started();
    Q_EMIT progressChanged(done(), total());
    fill();
    // Nothing was missing: end from the event loop, so callers connect first.
    QTimer::singleShot(0, this, [this] { endIfIdle(); });
    return true;
}

void ExperimentRun::pause()
{
    if (!m_running || m_pausing)
        return;
    m_pausing = true;
    for (const QPointer<RouteReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->cancel();
    }
    endIfIdle();
}

void ExperimentRun::fill()
{
    while (!m_pausing && m_inFlight.size() < m_concurrency) {
        if (!startNextRun() && !startNextJudgeCall())
            return;
    }
}

bool ExperimentRun::startNextRun()
{
    const Experiment &e = m_experiment;
    for (int p = 0; p < e.promptCount(); ++p) {
        for (int n = 0; n < e.repeat; ++n) {
            for (int c = 0; c < e.columnCount(); ++c) {
                if (e.run(p, c, n) || m_inFlight.contains(runKey(p, c, n)))
                    continue;
                const CompareColumn &column = e.columns.at(c);
                RouteReply *reply = m_router->send(e.request(p, c), column.routeOptions(e.baseProfile));
                reply->setParent(this);
                m_inFlight.insert(runKey(p, c, n), reply);
                connect(reply, &RouteReply::finished, this, [this, p, c, n, reply] { onRunFinished(p, c, n, reply); });
                return true;
            }
        }
    }
    return false;
}

bool ExperimentRun::startNextJudgeCall()
{
    const Experiment &e = m_experiment;
    if (e.judgeProfile.isEmpty())
        return false;
    for (int p = 0; p < e.promptCount(); ++p) {
        for (int n = 0; n < e.repeat; ++n) {
            if (e.hasJudgeCall(p, n) || m_inFlight.contains(judgeKey(p, n)))
                continue;
            bool ready = true;
            for (int c = 0; c < e.columnCount() && ready; ++c)
                ready = e.run(p, c, n).has_value();
            if (!ready)
                continue;
            const QList<int> order = Judge::shownOrder(e.columnCount(), Judge::seedFor(p, n));
            QStringList answers;
            for (int column : order) {
                const CompareRun run = *e.run(p, column, n);
                answers.append(run.isOk() ? run.content : QStringLiteral("(no answer: %1)").arg(run.error));
            }
            RouteOptions options;
            options.profile = e.judgeProfile;
            RouteReply *reply = m_router->send(Judge::request(e.promptSet, e.promptSet.items.at(p), answers), options);
            reply->setParent(this);
            m_inFlight.insert(judgeKey(p, n), reply);
            connect(reply, &RouteReply::finished, this,
                [this, p, n, order, reply] { onJudgeFinished(p, n, order, reply); });
            return true;
        }
    }
    return false;
}

void ExperimentRun::onRunFinished(int prompt, int column, int repeat, RouteReply *reply)
{
    reply->deleteLater();
    m_inFlight.remove(runKey(prompt, column, repeat));
    const RouteResult result = reply->result();
    // A run stopped by pause() is not a result: it stays missing and runs again on resume.
    if (result.status != RouteResult::Status::Cancelled || !m_pausing) {
        m_experiment.runs[prompt][column][repeat] = CompareRun::fromResult(result);
        persist(false);
        Q_EMIT runFinished(prompt, column, repeat);
        Q_EMIT progressChanged(done(), total());
    }
    fill();
    endIfIdle();
}

void ExperimentRun::onJudgeFinished(int prompt, int repeat, const QList<int> &order, RouteReply *reply)
{
    reply->deleteLater();
    m_inFlight.remove(judgeKey(prompt, repeat));
    const RouteResult result = reply->result();
    if (result.status == RouteResult::Status::Cancelled && m_pausing) {
        fill();
        endIfIdle();
        return;
    }
    JudgeCall call { prompt, repeat, {}, result.modelUsed, result.costMicros, {}, order };
    if (result.status != RouteResult::Status::Ok) {
        call.status = RouteResult::statusName(result.status);
        call.error = CompareRun::fromResult(result).error;
    } else {
        const JudgeVerdict verdict = Judge::parse(result.content, int(order.size()));
        call.status = JudgeVerdict::statusName(verdict.status);
        call.error = verdict.error;
        for (qsizetype shown = 0; shown < verdict.scores.size(); ++shown) {
            m_experiment.judgeScores.append(
                JudgeScore { prompt, repeat, order.at(shown), verdict.scores.at(shown), verdict.reasons.value(shown) });
        }
    }
    m_experiment.judgeCalls.append(call);
    persist(false);
    Q_EMIT judged(prompt, repeat);
    Q_EMIT progressChanged(done(), total());
    fill();
    endIfIdle();
}

void ExperimentRun::endIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_pausing) {
        fill();
        if (!m_inFlight.isEmpty())
            return;
    }
    persist(true);
    m_running = false;
    if (m_pausing) {
        m_pausing = false;
        Q_EMIT paused();
    } else {
        Q_EMIT finished();
    }
}

void ExperimentRun::persist(bool now)
{
    m_dirty = true;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_store || (!now && nowMs - m_lastSaveMs < saveIntervalMs))
        return;
    m_lastSaveMs = nowMs;
    m_dirty = false;
    if (m_store->save(m_experiment).isEmpty())
        Q_EMIT saveFailed(m_store->error());
}

} // namespace tiergate
