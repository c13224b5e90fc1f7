#include "core/routing/backgroundqueue.h"

#include "core/routing/clock.h"
#include "core/routing/routereply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

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

BackgroundQueue::BackgroundQueue(const QString &path, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackgroundQueue::pump);
    load();
}

BackgroundQueue::~BackgroundQueue()
{
    // Running tries are abandoned, not cancelled: their items stay in the file and run again.
    for (const auto &reply : std::as_const(m_running)) {
        if (reply)
            reply->disconnect(this);
    }
}

QDateTime BackgroundQueue::now() const
{
    return m_clock ? m_clock->wallTime() : QDateTime::currentDateTimeUtc();
}

void BackgroundQueue::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Cannot read the background queue %1: %2").arg(m_path, file.errorString());
        qCWarning(lcRouter) << m_errorString;
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_errorString = tr("The background queue %1 is damaged: %2").arg(m_path, error.errorString());
        qCWarning(lcRouter) << m_errorString;
        return;
    }
    const QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        Item item;
        if (Item::fromJson(v.toObject(), &item))
            m_items.append(item);
        else
            qCWarning(lcRouter) << "background queue: dropped an unreadable item";
    }
    qCInfo(lcRouter) << "background queue: reloaded" << m_items.size() << "pending item(s)";
}

bool BackgroundQueue::save()
{
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Cannot write the background queue %1: %2").arg(m_path, file.errorString());
        qCWarning(lcRouter) << m_errorString;
        return false;
    }
    QJsonArray items;
    for (const Item &item : std::as_const(m_items))
        items.append(item.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("items"), items);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_errorString = tr("Cannot write the background queue %1: %2").arg(m_path, file.errorString());
        qCWarning(lcRouter) << m_errorString;
        return false;
    }
    return true;
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
    item.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    item.request = request;
    item.options = options;
    item.enqueuedAt = now();
    item.retryWindowMs = retryWindowMs;
    m_items.append(item);
    save();
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
    save();
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
    const QDateTime t = now();
    qint64 nextDueMs = -1;
    bool changed = false;
    for (Item &item : m_items) {
        if (runningCount() >= m_maxConcurrent)
            break;
        if (m_running.contains(item.id))
            continue;
        if (item.notBefore.isValid() && item.notBefore > t) {
            const qint64 due = t.msecsTo(item.notBefore);
            nextDueMs = nextDueMs < 0 ? due : std::min(nextDueMs, due);
            continue;
        }
        ++item.runs;
        changed = true;
        RouteReply *reply = m_runner(item);
        if (!reply)
            continue;
        const QString id = item.id;
        m_running.insert(id, reply);
        connect(reply, &RouteReply::finished, this, [this, id, reply] { onRunFinished(id, reply); });
        Q_EMIT itemStarted(id);
    }
    if (changed)
        save();
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
        save();
        qCInfo(lcRouter) << "background queue: request" << id << "failed, retrying in" << delay << "ms";
        Q_EMIT itemRescheduled(id, notBefore);
        schedulePump();
        return;
    }
    m_items.removeAt(i);
    save();
    Q_EMIT itemFinished(id, result);
    schedulePump();
}

} // namespace tiergate
