#pragma once

#include "core/compare/chathandoff.h"
#include "core/compare/comparesummary.h"
#include "core/compare/comparison.h"
#include "core/contract/chatmessage.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tiergate {

class ChatSession;

class RouteReply;
class Router;

/// Runs a comparison: the prompt goes to every column at once through the Router (each column
/// its own RouteOptions and parameter overrides), `runsPerColumn` times in a row per column, and
/// the runs are collected into `comparison()`. Each column can be stopped on its own.
///
/// The Router is not owned and must outlive the session; the session owns its RouteReplies.
/// Signals: started() once per start(); columnFirstToken / columnDelta while a column streams
/// (delta text of the current run); runFinished(column, run) after every run; columnFinished()
/// when a column has done all its runs (or was stopped); finished() once when every column is done.
class ComparisonSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxColumns = 6;
    static constexpr int kMaxRuns = 20;

    explicit ComparisonSession(Router *router, QObject *parent = nullptr);
    ~ComparisonSession() override;

    /// Replaces the setup (and any runs). Ignored while running.
    void setComparison(const Comparison &comparison);
    /// Takes a finished comparison (e.g. a saved one) with its runs, to show and export it again.
    /// Ignored while running.
    void restore(const Comparison &comparison);
    const Comparison &comparison() const { return m_comparison; }
    CompareSummary summary() const { return CompareSummary::compute(m_comparison.runs); }

    /// Starts every column (2..6 columns, a non-empty prompt). Returns false when the setup is not
    /// runnable or a run is going on.
    bool start();
    void stop(int column);
    void stopAll();
    bool isRunning() const;
    bool isColumnRunning(int column) const;
    int runsDone(int column) const;

    /// The answer text streaming in the column now (or of its last run).
    QString liveContent(int column) const { return m_live.value(column); }
    /// The column's conversation (system prompt, prompt, last answer) to continue in Chat.
    QList<ChatMessage> conversation(int column) const;
    /// The column's conversation with its routing and parameters, for Chat; invalid (no messages)
    /// for a column that does not exist.
    ChatHandoff handoff(int column) const;

Q_SIGNALS:
    void started();
    void columnFirstToken(int column, qint64 ttftMs);
    void columnDelta(int column, const QString &text);
    void runFinished(int column, int run);
    void columnFinished(int column);
    void finished();

private:
    void startRun(int column);
    void onReplyFinished(int column, RouteReply *reply);

    Router *m_router;
    ChatSession *m_chat; ///< routes each column's request as Chat and the CLI do
    Comparison m_comparison;
    QList<QPointer<RouteReply>> m_replies;
    QList<bool> m_stopped;
    QList<QString> m_live;
    bool m_running = false;
};

} // namespace tiergate
