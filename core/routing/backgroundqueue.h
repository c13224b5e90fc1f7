#pragma once

#include "core/contract/chatrequest.h"
#include "core/routing/routeoptions.h"
#include "core/routing/routeresult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace tiergate {

class Clock;
class RouteReply;

/// Persisted queue of background-criticality requests: bounded concurrency, and a retry window
/// within which a request that failed for a retryable reason (or found no route) is run again
/// later. The items live in a SQLite database (WAL, busy timeout) shared by every process that
/// opens it: each change is one row written at once (never a rewrite of the whole queue), so
/// processes enqueueing at the same time keep every entry, and nothing is lost when one closes; an
/// item stays until it finished for good (at-least-once). A process claims an item before running
/// it (a lease of kLeaseMs, renewed while it lives, released when it closes), so two processes do
/// not run one item at once; items a process enqueues are claimed by it from the start.
///
/// Earlier versions kept the queue in `background-queue.json`: a file of that name beside the
/// database is imported once (then renamed `.migrated`); a damaged one is kept as `.damaged`.
///
/// The queue does not route: its runner (set by Router::setBackgroundQueue()) starts one try of
/// an item and returns the RouteReply, which the queue deletes after its finished().
/// Signals: itemStarted(id) when a try starts, itemRescheduled(id, notBefore) after a retryable
/// failure inside the window, itemFinished(id, result) once per item when it is done for good
/// (not for items removed with remove()).
class BackgroundQueue : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        ChatRequest request;
        RouteOptions options;
        QDateTime enqueuedAt; ///< UTC
        QDateTime notBefore; ///< UTC; invalid: at once
        int runs = 0; ///< tries started so far
        qint64 retryWindowMs = 3600000;

        QJsonObject toJson() const;
        static bool fromJson(const QJsonObject &object, Item *item);
    };
    using Runner = std::function<RouteReply *(const Item &item)>;

    static constexpr qint64 kLeaseMs = 15 * 60 * 1000;

    /// Opens (creating) the queue database `path` and loads its items. A path ending in ".json"
    /// (the former queue file) means the database "background-queue.sqlite" beside it. `clock`
    /// null: system time.
    explicit BackgroundQueue(const QString &path, Clock *clock = nullptr, QObject *parent = nullptr);
    ~BackgroundQueue() override;

    QString path() const { return m_path; } ///< the database
    QString legacyPath() const { return m_legacyPath; } ///< the JSON file imported once
    /// Last load or save problem (empty when none).
    QString errorString() const { return m_errorString; }

    void setMaxConcurrent(int n);
    int maxConcurrent() const { return m_maxConcurrent; }
    /// First wait before a retry; doubles with every further try, capped at 10 minutes.
    void setRetryDelayMs(qint64 ms) { m_retryDelayMs = ms; }
    qint64 retryDelayMs() const { return m_retryDelayMs; }

    /// Adds a request (persisted before this returns); `id` empty: a new id. Returns the id.
    QString enqueue(const ChatRequest &request, const RouteOptions &options, const QString &id = QString(),
        qint64 retryWindowMs = 3600000);
    /// Takes an item out (and cancels its running try). False when unknown.
    bool remove(const QString &id);
    bool contains(const QString &id) const;
    QList<Item> items() const { return m_items; }
    int pendingCount() const { return int(m_items.size()) - runningCount(); }
    int runningCount() const { return int(m_running.size()); }

    /// Sets the runner and starts due items.
    void setRunner(Runner runner);
    /// Starts due items up to the concurrency bound (also called by its own timer).
    void pump();

Q_SIGNALS:
    void itemStarted(const QString &id);
    void itemRescheduled(const QString &id, const QDateTime &notBefore);
    void itemFinished(const QString &id, const tiergate::RouteResult &result);

private:
    bool openStore();
    bool importLegacyFile();
    void load();
    bool insertItem(const Item &item);
    bool updateItem(const Item &item, bool release);
    bool deleteItem(const QString &id);
    bool claim(const Item &item);
    void setError(const QString &message);
    void schedulePump();
    void onRunFinished(const QString &id, RouteReply *reply);
    QDateTime now() const;
    qsizetype indexOf(const QString &id) const;

    QString m_path;
    QString m_legacyPath;
    QString m_connectionName;
    QString m_owner; ///< this queue's claim mark
    bool m_open = false;
    Clock *m_clock = nullptr;
    QString m_errorString;
    QList<Item> m_items;
    QHash<QString, QPointer<RouteReply>> m_running;
    Runner m_runner;
    int m_maxConcurrent = 2;
    qint64 m_retryDelayMs = 30000;
    QTimer *m_timer = nullptr;
};

} // namespace tiergate
