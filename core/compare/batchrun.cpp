#include "core/compare/batchrun.h"

#include "core/compare/comparisonsession.h"
#include "core/compare/comparisonstore.h"
#include "core/contract/chatrequest.h"
#include "core/routing/backgroundqueue.h" // router.h holds a QPointer to it
#include "core/routing/router.h"
#include "core/routing/routereply.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace tiergate {

Q_LOGGING_CATEGORY(lcBatch, "tiergate.compare", QtWarningMsg)

namespace {

qint64 cellKey(int prompt, int column)
{
    return qint64(prompt) * ComparisonSession::kMaxColumns + column;
}

} // namespace

BatchRun::BatchRun(Router *router, ComparisonStore *store, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(store)
{ }

BatchRun::~BatchRun()
{
    const QList<QPointer<RouteReply>> replies = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<RouteReply> &reply : replies) {
        if (reply)
            delete reply.data(); // stops the request without a finished(); the cell stays pending
    }
}

int BatchRun::concurrency() const
{
    return m_concurrency > 0 ? m_concurrency : std::max<int>(1, int(m_batch.columns.size()));
}

bool BatchRun::start(Batch batch)
{
    if (m_running || !m_router || !m_store || batch.columns.isEmpty()
        || batch.columns.size() > ComparisonSession::kMaxColumns || batch.prompts.isEmpty())
        return false;
    batch.ensureShape();
    if (!batch.createdAt.isValid())
        batch.createdAt = QDateTime::currentDateTimeUtc();
    const QString id = m_store->saveBatch(batch);
    if (id.isEmpty())
        return false;
    batch.id = id;
    m_batch = batch;
    m_running = true;
    m_pausing = false;
    qCDebug(lcBatch) << "batch" << id << "starts with" << m_batch.doneCells() << "of" << m_batch.totalCells()
                     << "cells done";
    Q_EMIT started();
    Q_EMIT progressChanged(m_batch.doneCells(), m_batch.totalCells());
    fill();
    endIfIdle();
    return true;
}

bool BatchRun::resume(const QString &id)
{
    if (m_running || !m_store)
        return false;
    const std::optional<Batch> batch = m_store->loadBatch(id);
    if (!batch)
        return false;
    return start(*batch);
}

void BatchRun::pause()
{
    if (!m_running || m_pausing)
        return;
    m_pausing = true;
    const QList<QPointer<RouteReply>> replies = m_inFlight.values();
    for (const QPointer<RouteReply> &reply : replies) {
        if (reply)
            reply->cancel();
    }
    endIfIdle();
}

void BatchRun::fill()
{
    if (m_pausing)
        return;
    for (int p = 0; p < m_batch.prompts.size(); ++p) {
        for (int c = 0; c < m_batch.columns.size(); ++c) {
            if (m_inFlight.size() >= concurrency())
                return;
            if (m_batch.cell(p, c) || m_inFlight.contains(cellKey(p, c)))
                continue;
            const CompareColumn &column = m_batch.columns.at(c);
            RouteReply *reply = m_router->send(m_batch.request(p, c), column.routeOptions(m_batch.baseProfile));
            reply->setParent(this);
            m_inFlight.insert(cellKey(p, c), reply);
            connect(reply, &RouteReply::finished, this, [this, p, c, reply] { onReplyFinished(p, c, reply); });
            Q_EMIT cellStarted(p, c);
        }
    }
}

void BatchRun::onReplyFinished(int prompt, int column, RouteReply *reply)
{
    reply->deleteLater();
    m_inFlight.remove(cellKey(prompt, column));
    const RouteResult result = reply->result();
    // A cell stopped by pause() is not a result: it stays pending and runs again on resume.
    if (result.status != RouteResult::Status::Cancelled || !m_pausing) {
        m_batch.cells[prompt][column] = CompareRun::fromResult(result);
        persist();
        Q_EMIT cellFinished(prompt, column);
        Q_EMIT progressChanged(m_batch.doneCells(), m_batch.totalCells());
    }
    fill();
    endIfIdle();
}

void BatchRun::endIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    m_running = false;
    if (m_pausing) {
        m_pausing = false;
        Q_EMIT paused();
    } else {
        Q_EMIT finished();
    }
}

void BatchRun::persist()
{
    if (m_store->saveBatch(m_batch).isEmpty()) {
        qCWarning(lcBatch) << "could not save batch" << m_batch.id << "in" << m_store->folder();
        Q_EMIT saveFailed(QCoreApplication::translate("tiergate::BatchRun", "Could not save the batch progress in %1.")
                              .arg(m_store->folder()));
    }
}

} // namespace tiergate
