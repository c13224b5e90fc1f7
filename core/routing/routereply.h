#pragma once

#include "core/contract/chatrequest.h"
#include "core/contract/streamchunk.h"
#include "core/routing/chainbuilder.h"
#include "core/routing/routeoptions.h"
#include "core/routing/routeresult.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace tiergate {

class KeyReply;
class ProfileConfig;
class RouteContext;
class Router;
class TiergateConfig;
class TransportCall;

/// One routed request, created by Router::send(). Parented to the Router unless reparented;
/// delete it with deleteLater() once finished() fired. Deleting an unfinished reply stops its
/// network request and its pending waits without emitting finished().
///
/// Signals, in order, all after send() returned:
/// - queued() once when a background request was put into the persisted queue;
/// - attemptStarted(attempt) / attemptFinished(attempt) for every attempt (skipped ones only
///   finish), in trail order;
/// - firstToken(ttftMs) once, before the first contentDelta (time since send());
/// - contentDelta(text): answer text, only of the attempt that answers (fallback is silent
///   before the first token and never happens after it);
/// - toolCallDelta(piece): a streamed tool-call piece (requests with `tools` only); the first
///   piece counts as the first token, so no fallback happens after it either. The assembled
///   calls are in result().toolCalls after finished();
/// - finished() exactly once on every path: success, HTTP error, timeout, cut, cancel, open
///   circuit, no route, budget, configuration error. result() is complete from then on.
class RouteReply : public QObject
{
    Q_OBJECT
public:
    /// Only a Router makes one: the key opens the few calls below meant for it and nothing else.
    class Key
    {
        friend class Router;
        Key() = default;
    };
    enum class Origin
    {
        Direct, ///< routed at once
        Queued, ///< stands for a background request waiting in the persisted queue
        QueueRun, ///< one run of a queued request
    };

    /// For Router::send(): `context` is the Router's (reached while `owner` lives); an empty
    /// `requestId` gets a new one.
    RouteReply(Key, RouteContext *context, QObject *owner, const ChatRequest &request, const RouteOptions &options,
        std::shared_ptr<const TiergateConfig> config, Origin origin, const QString &requestId, QObject *parent);
    ~RouteReply() override;

    /// Starts routing. `insideSend`: called inside Router::send(), so signals that would fire
    /// before the caller could connect are posted instead.
    void begin(Key, bool insideSend);
    /// A queued request follows `run`, one try of it: its signals pass through.
    void followRun(Key, RouteReply *run);
    /// A queued request ends with the result of its last run.
    void finishFromRun(Key, const RouteResult &result);
    /// One run of a queued request (not cancelled by Router::cancelAll()).
    bool isQueueRun() const { return m_fromQueue; }

    QString requestId() const { return m_result.requestId; }
    bool isFinished() const { return m_finished; }
    bool isQueued() const { return m_queued; }
    bool hasContent() const { return m_contentStarted; }
    /// The result so far; complete after finished().
    const RouteResult &result() const { return m_result; }
    RouteError error() const { return m_result.error; }
    QList<Attempt> attempts() const { return m_result.attempts; }
    QString content() const { return m_result.content; }
    const ChatRequest &request() const { return m_request; }
    const RouteOptions &options() const { return m_options; }

    /// Stops the request at once (network request aborted, waits dropped, a queued request taken
    /// out of the queue) and finishes with status Cancelled. No effect after finished().
    void cancel();

Q_SIGNALS:
    void queued();
    void attemptStarted(const tiergate::Attempt &attempt);
    void attemptFinished(const tiergate::Attempt &attempt);
    void firstToken(qint64 ttftMs);
    void contentDelta(const QString &text);
    /// A piece of the model's reasoning (`reasoning_content` / `reasoning` of a stream delta), before
    /// or alongside the content; the whole text is in RouteResult::reasoning at the end.
    void reasoningDelta(const QString &text);
    void toolCallDelta(const tiergate::ToolCallDelta &piece);
    void finished();

private:
    void start();
    void tryEntry(qsizetype index, qint64 carriedWaitMs);
    void continueAfterKey(const QByteArray &key);
    void sendAttempt(const QByteArray &key);
    void onCallFinished();
    void onDecision(const RouteError &error);
    void recordSkipped(const ChainEntry &entry, const RouteError &error, qint64 waitMs = 0);
    void finishExhausted();
    void finishWith(RouteResult::Status status, const RouteError &error);
    void releaseCircuit();
    void emitAttempt(bool started, const Attempt &attempt);
    void markFirstToken();
    bool hasLaterModel(qsizetype index) const;
    qsizetype nextLargerModel(qsizetype index) const;
    RouteContext *m_context; ///< valid while m_owner lives
    QPointer<QObject> m_owner; ///< the Router
    std::shared_ptr<const TiergateConfig> m_config;
    const ProfileConfig *m_profile = nullptr;
    ChatRequest m_request;
    ChatRequest m_attemptRequest; ///< as sent to the current model (trimmed when needed)
    RouteOptions m_options;
    RouteResult m_result;
    QList<ChainEntry> m_chain;
    qsizetype m_index = 0;
    int m_retriesOnModel = 0;
    qint64 m_startMs = 0;
    qint64 m_pendingWaitMs = 0;
    qint64 m_attemptPromptEstimate = 0;
    bool m_finished = false;
    bool m_queued = false;
    bool m_fromQueue = false;
    bool m_contentStarted = false;
    bool m_attemptStreamedTools = false; ///< the attempt in flight passed tool-call pieces on
    /// The reasoning the attempt in flight passed on (reasoningDelta): once some reached the caller
    /// the attempt is the answer, cut or not, as with content.
    QString m_attemptReasoning;
    bool m_circuitHeld = false;
    bool m_inSend = false; ///< inside Router::send(): signals are posted so the caller can connect first
    Attempt m_attempt; ///< the attempt in flight
    QPointer<TransportCall> m_call;
    QPointer<KeyReply> m_keyReply;
    QPointer<RouteReply> m_run; ///< the queue's current run of this request
    QTimer *m_waitTimer = nullptr;
};

} // namespace tiergate
