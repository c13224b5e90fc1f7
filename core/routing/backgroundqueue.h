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
/// later. Every change is written at once (atomically) to the JSON file given at construction,
/// and the constructor reloads the items found there, so nothing is lost when the app closes;
/// an item stays in the file until it finished for good (at-least-once).
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

    /// Loads the items in `path` (a missing file is an empty queue). `clock` null: system time.
    explicit BackgroundQueue(const QString &path, Clock *clock = nullptr, QObject *parent = nullptr);
    ~BackgroundQueue() override;

    QString path() const { return m_path; }
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
    void load();
    bool save();
    void schedulePump();
    void onRunFinished(const QString &id, RouteReply *reply);
    QDateTime now() const;
    qsizetype indexOf(const QString &id) const;

    QString m_path;
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
