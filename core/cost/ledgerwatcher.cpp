#include "core/cost/ledgerwatcher.h"

#include "core/cost/costlogging_p.h"
#include "core/cost/errorclass.h"

#include <QFileInfo>
#include <QHash>
#include <QMetaEnum>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

namespace tiergate {

namespace {

std::atomic<int> s_watcherCounter { 0 };

constexpr int kMaxSkipped = 4096;

QDateTime utcFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

RouteError::Cause causeFromName(const QString &name)
{
    static const QHash<QString, RouteError::Cause> causes = [] {
        QHash<QString, RouteError::Cause> out;
        const QMetaEnum e = QMetaEnum::fromType<RouteError::Cause>();
        for (int i = 0; i < e.keyCount(); ++i) {
            const auto cause = RouteError::Cause(e.value(i));
            out.insert(errorCauseName(cause), cause);
        }
        return out;
    }();
    return name.isEmpty() ? RouteError::Cause::None : causes.value(name, RouteError::Cause::Other);
}

Attempt::Outcome outcomeFromName(const QString &name)
{
    for (auto o : { Attempt::Outcome::Success, Attempt::Outcome::Failed, Attempt::Outcome::Skipped,
             Attempt::Outcome::Cancelled, Attempt::Outcome::Cut }) {
        if (Attempt::outcomeName(o) == name)
            return o;
    }
    return Attempt::Outcome::Failed;
}

RouteError errorFrom(const QString &errorClass, const QString &cause, int httpStatus)
{
    RouteError e;
    if (errorClass.isEmpty())
        return e;
    e.kind = errorKindFromClassName(errorClass);
    e.cause = causeFromName(cause);
    e.httpStatus = httpStatus;
    return e;
}

} // namespace

LedgerWatcher::LedgerWatcher(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(QStringLiteral("tiergate-ledger-watcher-%1").arg(s_watcherCounter.fetch_add(1)))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

LedgerWatcher::~LedgerWatcher()
{
    closeDatabase();
}

void LedgerWatcher::setError(const QString &message)
{
    if (message != m_error)
        qCWarning(lcCost).noquote() << message;
    m_error = message;
}

bool LedgerWatcher::ensureOpen()
{
    if (m_db.isValid() && m_db.isOpen())
        return true;
    if (!QFileInfo::exists(m_path)) {
        setError(tr("The ledger %1 does not exist (yet).").arg(m_path));
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Read-only, and a short busy wait: a poll must never stall the thread it runs on.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=250"));
    if (!m_db.open()) {
        setError(tr("Cannot open the ledger %1 for reading: %2").arg(m_path, m_db.lastError().text()));
        closeDatabase();
        return false;
    }
    return true;
}

void LedgerWatcher::closeDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool LedgerWatcher::readEnd(qint64 *rowId)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM requests")) || !q.next()) {
        setError(tr("Cannot read the ledger %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    *rowId = q.value(0).toLongLong();
    return true;
}

bool LedgerWatcher::start()
{
    bool ok = true;
    if (m_lastRowId < 0) {
        qint64 end = 0;
        if (ensureOpen() && readEnd(&end)) {
            m_lastRowId = end;
        } else {
            ok = false;
            // A ledger created after this point holds only rows written after it: all are new.
            if (!QFileInfo::exists(m_path))
                m_lastRowId = 0;
        }
    } else {
        ok = ensureOpen();
    }
    if (ok)
        m_error.clear();
    m_timer.start();
    return ok;
}

void LedgerWatcher::stop()
{
    m_timer.stop();
    closeDatabase();
}

void LedgerWatcher::setPollInterval(int ms)
{
    m_timer.setInterval(std::max(10, ms));
}

void LedgerWatcher::setBatchLimit(int rows)
{
    m_batchLimit = std::max(1, rows);
}

void LedgerWatcher::setLastSeenRowId(qint64 rowId)
{
    m_lastRowId = std::max<qint64>(0, rowId);
}

void LedgerWatcher::skipRequest(const RouteResult &result)
{
    skipRequestId(result.requestId);
}

void LedgerWatcher::skipRequestId(const QString &requestId)
{
    if (requestId.isEmpty() || m_skip.contains(requestId))
        return;
    m_skip.insert(requestId);
    m_skipOrder.push_back(requestId);
    while (int(m_skipOrder.size()) > kMaxSkipped) {
        m_skip.remove(m_skipOrder.front());
        m_skipOrder.pop_front();
    }
}

bool LedgerWatcher::poll()
{
    if (!ensureOpen())
        return false;
    if (m_lastRowId < 0) {
        qint64 end = 0;
        if (!readEnd(&end))
            return false;
        m_lastRowId = end;
        m_error.clear();
        Q_EMIT polled(0);
        return true;
    }

    QList<RouteResult> results;
    QList<qint64> rowIds;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT id, started_at, finished_at, request_id, profile, tier, criticality, team_id, requested_model,"
            " used_model, provider, status, error_class, error_cause, http_status, latency_ms, ttft_ms,"
            " prompt_tokens, completion_tokens, cached_tokens, tokens_estimated, price_input, price_output,"
            " price_cached, price_known, cost_micros, fallback_used, retries FROM requests WHERE id > ?"
            " ORDER BY id LIMIT ?"));
        q.bindValue(0, m_lastRowId);
        q.bindValue(1, m_batchLimit);
        if (!q.exec()) {
            setError(tr("Cannot read the ledger %1: %2").arg(m_path, q.lastError().text()));
            return false;
        }
        while (q.next()) {
            RouteResult r;
            int i = 0;
            rowIds.append(q.value(i++).toLongLong());
            r.startedAt = utcFromMs(q.value(i++).toLongLong());
            r.finishedAt = utcFromMs(q.value(i++).toLongLong());
            r.requestId = q.value(i++).toString();
            r.profile = q.value(i++).toString();
            r.tier = q.value(i++).toString();
            r.criticality = criticalityFromName(q.value(i++).toString());
            r.teamId = q.value(i++).toString();
            r.requestedModel = q.value(i++).toString();
            r.modelUsed = q.value(i++).toString();
            r.providerId = q.value(i++).toString();
            r.status = RouteResult::statusFromName(q.value(i++).toString());
            const QString errorClass = q.value(i++).toString();
            const QString errorCause = q.value(i++).toString();
            r.error = errorFrom(errorClass, errorCause, q.value(i++).toInt());
            r.latencyMs = q.value(i++).toLongLong();
            r.ttftMs = q.value(i++).toLongLong();
            r.usage.promptTokens = q.value(i++).toLongLong();
            r.usage.completionTokens = q.value(i++).toLongLong();
            r.usage.cachedTokens = q.value(i++).toLongLong();
            r.usage.totalTokens = r.usage.promptTokens + r.usage.completionTokens;
            r.usage.estimated = q.value(i++).toInt() != 0;
            r.prices.inputPerMTokMicros = q.value(i++).toLongLong();
            r.prices.outputPerMTokMicros = q.value(i++).toLongLong();
            r.prices.cachedInputPerMTokMicros = q.value(i++).toLongLong();
            r.prices.known = q.value(i++).toInt() != 0;
            r.costMicros = q.value(i++).toLongLong();
            r.fallbackUsed = q.value(i++).toInt() != 0;
            r.retries = q.value(i++).toInt();
            results.append(r);
        }
    }
    if (results.isEmpty()) {
        m_error.clear();
        Q_EMIT polled(0);
        return true;
    }

    // The attempts of the whole batch in one read; each request's rows commit with it, so they are all there.
    QHash<qint64, int> indexOfRow;
    for (int i = 0; i < rowIds.size(); ++i)
        indexOfRow.insert(rowIds.at(i), i);
    {
        QSqlQuery a(m_db);
        a.setForwardOnly(true);
        a.prepare(QStringLiteral("SELECT request_row, idx, model, provider, outcome, error_kind, error_cause,"
                                 " http_status, wait_ms, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
                                 " cached_tokens, tokens_estimated, cost_micros, started_at FROM attempts"
                                 " WHERE request_row > ? AND request_row <= ? ORDER BY request_row, idx, id"));
        a.bindValue(0, m_lastRowId);
        a.bindValue(1, rowIds.constLast());
        if (!a.exec()) {
            setError(tr("Cannot read the ledger %1: %2").arg(m_path, a.lastError().text()));
            return false;
        }
        while (a.next()) {
            const auto it = indexOfRow.constFind(a.value(0).toLongLong());
            if (it == indexOfRow.constEnd())
                continue;
            Attempt at;
            int i = 1;
            at.index = a.value(i++).toInt();
            at.model = a.value(i++).toString();
            at.providerId = a.value(i++).toString();
            at.outcome = outcomeFromName(a.value(i++).toString());
            const QString errorClass = a.value(i++).toString();
            const QString errorCause = a.value(i++).toString();
            at.error = errorFrom(errorClass, errorCause, a.value(i++).toInt());
            at.waitBeforeMs = a.value(i++).toLongLong();
            at.latencyMs = a.value(i++).toLongLong();
            at.ttftMs = a.value(i++).toLongLong();
            at.usage.promptTokens = a.value(i++).toLongLong();
            at.usage.completionTokens = a.value(i++).toLongLong();
            at.usage.cachedTokens = a.value(i++).toLongLong();
            at.usage.totalTokens = at.usage.promptTokens + at.usage.completionTokens;
            at.usage.estimated = a.value(i++).toInt() != 0;
            at.costMicros = a.value(i++).toLongLong();
            at.startedAt = utcFromMs(a.value(i++).toLongLong());
            results[it.value()].attempts.append(at);
        }
    }
    m_lastRowId = rowIds.constLast();
    m_error.clear();

    int emitted = 0;
    for (const RouteResult &r : std::as_const(results)) {
        if (m_skip.remove(r.requestId))
            continue;
        ++emitted;
        Q_EMIT resultArrived(r);
    }
    // Drop the order entries of the ids just consumed (they are no longer in the set).
    while (!m_skipOrder.empty() && !m_skip.contains(m_skipOrder.front()))
        m_skipOrder.pop_front();
    Q_EMIT polled(emitted);
    // A full batch means more rows are waiting: read them soon, not a whole interval later.
    if (results.size() >= m_batchLimit && m_timer.isActive())
        QTimer::singleShot(0, this, [this] { poll(); });
    return true;
}

} // namespace tiergate
