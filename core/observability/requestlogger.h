#pragma once

#include "core/routing/routeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace tiergate {

class Alert;

/// Writes one JSON line per event: `llm_request_completed` for each finished request (the seed's
/// fields: event, tier, model, latency_ms, tokens, estimated_cost, fallback_triggered, timestamp,
/// plus profile, request_id, attempts, ttft_ms, status, error), `alert_triggered` /
/// `alert_cleared`, `circuit_opened` / `circuit_closed`.
///
/// Lines go to a file rotated by size (`maxFiles` files of at most `maxFileBytes`: log.jsonl,
/// log.jsonl.1, ...) and optionally to a mirror stream (the CLI's stderr; not owned, must outlive
/// the logger or be reset with setMirror(nullptr)). Each event has a level; a profile's level
/// (default: the default level) decides which events of that profile are written. Every line is
/// scrubbed of the registered secrets before it is written, as defence in depth: key values are
/// never put into events in the first place. Not a QObject; no signals.
class RequestLogger
{
public:
    enum class Level
    {
        Debug,
        Info,
        Warn,
        Error,
        Off, ///< as a threshold: write nothing
    };

    struct Options
    {
        QString filePath; ///< "" = no file (mirror only)
        qint64 maxFileBytes = 5 * 1024 * 1024;
        int maxFiles = 5; ///< including the active file
        Level defaultLevel = Level::Info;
    };

    explicit RequestLogger(const Options &options);
    ~RequestLogger();
    RequestLogger(const RequestLogger &) = delete;
    RequestLogger &operator=(const RequestLogger &) = delete;

    Options options() const { return m_options; }
    void setMirror(QTextStream *stream);
    void setClock(std::function<QDateTime()> clock); ///< for events without their own time

    void setProfileLevel(const QString &profile, Level level);
    Level levelFor(const QString &profile) const;

    /// Strings that must never appear in a line (key values the app resolved). Replaced by
    /// "[redacted]"; strings shorter than 4 characters are ignored.
    void setSecrets(const QStringList &secrets);
    void addSecret(const QString &secret);

    /// The request event; `level` overrides the default (info; warn with a fallback, a cut or
    /// retries; error when failed). Returns true when the line was written.
    bool logRequest(const RouteResult &result, std::optional<Level> level = std::nullopt);
    bool logAlertTriggered(const Alert &alert, Level level = Level::Warn);
    bool logAlertCleared(const Alert &alert, Level level = Level::Info);
    bool logCircuitOpened(const QString &profile, const QString &model, const QString &provider, qint64 openForMs,
        const QString &reason, Level level = Level::Warn);
    bool logCircuitClosed(
        const QString &profile, const QString &model, const QString &provider, Level level = Level::Info);
    /// Any other event: `fields` must hold "event"; "level" and "timestamp" are added when missing.
    bool logEvent(const QString &profile, Level level, QJsonObject fields);

    /// The request event object without writing it (what logRequest writes, minus "level").
    static QJsonObject requestEvent(const RouteResult &result);
    static Level defaultRequestLevel(const RouteResult &result);
    static QString levelName(Level level);
    static Level levelFromName(const QString &name, Level fallback = Level::Info);
    static QString timestamp(const QDateTime &t); ///< ISO 8601 UTC with milliseconds

    /// The current file and its rotated predecessors that exist, newest first.
    QStringList files() const;

private:
    bool write(const QString &profile, Level level, QJsonObject fields);
    QByteArray scrub(QByteArray line) const;
    bool ensureOpen();
    void rotate();

    Options m_options;
    QFile m_file;
    QTextStream *m_mirror = nullptr;
    std::function<QDateTime()> m_clock;
    QHash<QString, Level> m_profileLevels;
    QList<QByteArray> m_secrets;
};

} // namespace tiergate
