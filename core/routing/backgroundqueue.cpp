#include "core/routing/backgroundqueue.h"

#include "core/contract/requestid.h"
#include "core/routing/clock.h"
#include "core/routing/routereply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <atomic>

namespace tiergate {

Q_DECLARE_LOGGING_CATEGORY(lcRouter)

namespace {
constexpr qint64 kMaxRetryDelayMs = 10 * 60 * 1000;
}

QJsonObject BackgroundQueue::Item::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("request"), request.toJson());
    o.insert(QStringLiteral("options"), options.toJson());
    o.insert(QStringLiteral("enqueuedAt"), enqueuedAt.toString(Qt::ISODateWithMs));
    if (notBefore.isValid())
        o.insert(QStringLiteral("notBefore"), notBefore.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("runs"), runs);
    o.insert(QStringLiteral("retryWindowMs"), retryWindowMs);
    return o;
}

bool BackgroundQueue::Item::fromJson(const QJsonObject &object, Item *item)
{
    const auto parsed = ChatRequest::fromJson(object.value(QStringLiteral("request")).toObject());
    if (!parsed.isOk())
        return false;
    item->id = object.value(QStringLiteral("id")).toString();
    if (item->id.isEmpty())
        return false;
    item->request = parsed.value();
    item->options = RouteOptions::fromJson(object.value(QStringLiteral("options")).toObject());
    item->enqueuedAt = QDateTime::fromString(object.value(QStringLiteral("enqueuedAt")).toString(), Qt::ISODateWithMs);
    item->notBefore = QDateTime::fromString(object.value(QStringLiteral("notBefore")).toString(), Qt::ISODateWithMs);
    item->runs = object.value(QStringLiteral("runs")).toInt();
    item->retryWindowMs = object.value(QStringLiteral("retryWindowMs")).toInteger(3600000);
    return true;
}

namespace {

QString databasePathFor(const QString &path)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return path;
    return QFileInfo(path).dir().filePath(QStringLiteral("background-queue.sqlite"));
}

QString legacyPathFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return path;
    return QFileInfo(path).dir().filePath(QStringLiteral("background-queue.json"));
}

QString itemText(const BackgroundQueue::Item &item)
{
    return QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
}

qint64 wallMs()
{
    // Leases are compared across processes: the real clock, not the injected one.
    return QDateTime::currentMSecsSinceEpoch();
}

std::atomic<int> s_queueConnections { 0 };

} // namespace

BackgroundQueue::BackgroundQueue(const QString &path, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(databasePathFor(path))
    , m_legacyPath(legacyPathFor(path))
    , m_connectionName(QStringLiteral("tiergate-queue-%1").arg(s_queueConnections.fetch_add(1)))
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackgroundQueue::pump);
    m_open = openStore();
    if (m_open) {
        importLegacyFile();
        load();
    }
}

BackgroundQueue::~BackgroundQueue()
{
    // Running tries are abandoned, not cancelled: their items stay queued, released for the next
    // process (or the next start) to run again.
    for (const auto &reply : std::as_const(m_running)) {
        if (reply)
            reply->disconnect(this);
    }
    if (m_open) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("UPDATE queue_items SET owner = '', lease_until = 0 WHERE owner = ?"));
        q.addBindValue(m_owner);
        q.exec();
        q.finish();
        QSqlDatabase::database(m_connectionName, false).close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QDateTime BackgroundQueue::now() const
{
    return m_clock ? m_clock->wallTime() : QDateTime::currentDateTimeUtc();
}

void BackgroundQueue::setError(const QString &message)
{
    m_errorString = message;
    qCWarning(lcRouter).noquote() << message;
}

bool BackgroundQueue::openStore()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        setError(tr("Cannot open the background queue %1: %2").arg(m_path, db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // The write lock first, then the schema check: processes opening a fresh folder at once create
    // the table exactly once and the JSON import runs once.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(tr("Cannot lock the background queue %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    const bool ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS queue_items ("
                                          " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                          " id TEXT NOT NULL UNIQUE,"
                                          " item TEXT NOT NULL,"
                                          " owner TEXT NOT NULL DEFAULT '',"
                                          " lease_until INTEGER NOT NULL DEFAULT 0)"))
        && q.exec(QStringLiteral("PRAGMA user_version = 1")) && q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        setError(tr("Cannot create the background queue %1: %2").arg(m_path, q.lastError().text()));
        q.exec(QStringLiteral("ROLLBACK"));
    }
    return ok;
}

bool BackgroundQueue::importLegacyFile()
{
    if (!QFile::exists(m_legacyPath))
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    // Checked again under the lock: another process may have imported it meanwhile.
    QFile file(m_legacyPath);
    if (!file.exists() || !file.open(QIODevice::ReadOnly)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    const bool damaged = error.error != QJsonParseError::NoError || !doc.isObject();
    int imported = 0;
    if (!damaged) {
        const QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO queue_items (id, item) VALUES (?, ?)"));
        for (const QJsonValue &v : items) {
            Item item;
            if (!Item::fromJson(v.toObject(), &item)) {
                qCWarning(lcRouter) << "background queue: dropped an unreadable item of" << m_legacyPath;
                continue;
            }
            insert.bindValue(0, item.id);
            insert.bindValue(1, itemText(item));
            if (!insert.exec()) {
                setError(tr("Cannot import the background queue %1: %2").arg(m_legacyPath, insert.lastError().text()));
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            ++imported;
        }
    }
    QString kept = m_legacyPath + (damaged ? QStringLiteral(".damaged") : QStringLiteral(".migrated"));
    if (QFile::exists(kept))
        kept += QLatin1Char('-') + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    if (!QFile::rename(m_legacyPath, kept)) {
        setError(tr("Cannot move the former background queue %1 aside.").arg(m_legacyPath));
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QFile::rename(kept, m_legacyPath);
        setError(tr("Cannot import the background queue %1: %2").arg(m_legacyPath, q.lastError().text()));
        return false;
    }
    if (damaged)
        setError(tr("The background queue %1 was damaged (%2); it is kept as %3.")
                     .arg(m_legacyPath, error.errorString(), kept));
    else
        qCInfo(lcRouter) << "background queue: imported" << imported << "item(s) from" << m_legacyPath;
    return true;
}

void BackgroundQueue::load()
{
    if (!m_open)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item FROM queue_items ORDER BY seq"))) {
        setError(tr("Cannot read the background queue %1: %2").arg(m_path, q.lastError().text()));
        return;
    }
    QList<Item> items;
    while (q.next()) {
        Item item;
        if (Item::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &item))
            items.append(item);
        else
            qCWarning(lcRouter) << "background queue: skipped an unreadable item";
    }
    // Items running here keep this process's state (their run count), listed or not.
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        const qsizetype mine = indexOf(it.key());
        if (mine < 0)
            continue;
        bool listed = false;
        for (Item &item : items) {
            if (item.id == it.key()) {
                item = m_items.at(mine);
                listed = true;
            }
        }
        if (!listed)
            items.append(m_items.at(mine));
    }
    m_items = items;
}

bool BackgroundQueue::insertItem(const Item &item)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO queue_items (id, item, owner, lease_until) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET item = excluded.item"));
    q.addBindValue(item.id);
    q.addBindValue(itemText(item));
    q.addBindValue(m_owner);
    q.addBindValue(wallMs() + kLeaseMs);
    if (q.exec())
        return true;
    setError(tr("Cannot write the background queue %1: %2").arg(m_path, q.lastError().text()));
    return false;
}

bool BackgroundQueue::updateItem(const Item &item, bool release)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(release ? QStringLiteral("UPDATE queue_items SET item = ?, owner = '', lease_until = 0 WHERE id = ?")
                      : QStringLiteral("UPDATE queue_items SET item = ? WHERE id = ?"));
    q.addBindValue(itemText(item));
    q.addBindValue(item.id);
    if (q.exec())
        return true;
    setError(tr("Cannot write the background queue %1: %2").arg(m_path, q.lastError().text()));
    return false;
}

bool BackgroundQueue::deleteItem(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM queue_items WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec())
        return true;
    setError(tr("Cannot write the background queue %1: %2").arg(m_path, q.lastError().text()));
    return false;
}

bool BackgroundQueue::claim(const Item &item)
{
    // Free, ours, or the lease of a process that stopped renewing it ran out.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE queue_items SET owner = ?, lease_until = ?, item = ?"
                             " WHERE id = ? AND (owner = '' OR owner = ? OR lease_until < ?)"));
    const qint64 t = wallMs();
    q.addBindValue(m_owner);
    q.addBindValue(t + kLeaseMs);
    q.addBindValue(itemText(item));
    q.addBindValue(item.id);
    q.addBindValue(m_owner);
    q.addBindValue(t);
    return q.exec() && q.numRowsAffected() == 1;
}

void BackgroundQueue::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(1, n);
    schedulePump();
}

QString BackgroundQueue::enqueue(
    const ChatRequest &request, const RouteOptions &options, const QString &id, qint64 retryWindowMs)
{
    Item item;
    item.id = id.isEmpty() ? RequestId::create() : id;
    item.request = request;
    item.options = options;
    item.enqueuedAt = now();
    item.retryWindowMs = retryWindowMs;
    m_items.append(item);
    insertItem(item);
    schedulePump();
    return item.id;
}

qsizetype BackgroundQueue::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

bool BackgroundQueue::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

bool BackgroundQueue::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return false;
    m_items.removeAt(i);
    deleteItem(id);
    if (QPointer<RouteReply> run = m_running.take(id)) {
        run->disconnect(this);
        run->cancel();
        run->deleteLater();
    }
    schedulePump();
    return true;
}

void BackgroundQueue::setRunner(Runner runner)
{
    m_runner = std::move(runner);
    schedulePump();
}

void BackgroundQueue::schedulePump()
{
    if (m_runner)
        m_timer->start(0);
}

void BackgroundQueue::pump()
{
    if (!m_runner)
        return;
    // The database is the truth: items other processes added, finished or removed meanwhile.
    load();
    if (m_open && !m_running.isEmpty()) {
        QSqlQuery renew(QSqlDatabase::database(m_connectionName, false));
        renew.prepare(QStringLiteral("UPDATE queue_items SET lease_until = ? WHERE owner = ?"));
        renew.addBindValue(wallMs() + kLeaseMs);
        renew.addBindValue(m_owner);
        renew.exec();
    }
    const QDateTime t = now();
    qint64 nextDueMs = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (runningCount() >= m_maxConcurrent)
            break;
        Item &item = m_items[i];
        if (m_running.contains(item.id))
            continue;
        if (item.notBefore.isValid() && item.notBefore > t) {
            const qint64 due = t.msecsTo(item.notBefore);
            nextDueMs = nextDueMs < 0 ? due : std::min(nextDueMs, due);
            continue;
        }
        Item claimed = item;
        ++claimed.runs;
        if (m_open && !claim(claimed))
            continue; // another process runs it
        item = claimed;
        RouteReply *reply = m_runner(item);
        if (!reply)
            continue;
        const QString id = item.id;
        m_running.insert(id, reply);
        connect(reply, &RouteReply::finished, this, [this, id, reply] { onRunFinished(id, reply); });
        Q_EMIT itemStarted(id);
    }
    if (nextDueMs >= 0)
        m_timer->start(int(std::min<qint64>(nextDueMs, kMaxRetryDelayMs)));
}

void BackgroundQueue::onRunFinished(const QString &id, RouteReply *reply)
{
    m_running.remove(id);
    const RouteResult result = reply->result();
    reply->deleteLater();
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    Item &item = m_items[i];
    const QDateTime t = now();
    const bool retryable = result.status == RouteResult::Status::Failed
        && (result.error.isRetryable() || result.error.kind == RouteError::Kind::NoRoute);
    if (retryable && item.enqueuedAt.msecsTo(t) < item.retryWindowMs) {
        qint64 delay = std::max<qint64>(0, m_retryDelayMs);
        for (int r = 1; r < item.runs && delay < kMaxRetryDelayMs; ++r)
            delay *= 2;
        delay = std::min(delay, kMaxRetryDelayMs);
        item.notBefore = t.addMSecs(delay);
        const QDateTime notBefore = item.notBefore;
        updateItem(item, true);
        qCInfo(lcRouter) << "background queue: request" << id << "failed, retrying in" << delay << "ms";
        Q_EMIT itemRescheduled(id, notBefore);
        schedulePump();
        return;
    }
    m_items.removeAt(i);
    deleteItem(id);
    Q_EMIT itemFinished(id, result);
    schedulePump();
}

} // namespace tiergate
