#include "core/observability/requestlogger.h"

#include "core/cost/costcalculator.h"
#include "core/cost/errorclass.h"
#include "core/observability/alert.h"
#include "core/observability/observabilitylogging_p.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace tiergate {

Q_LOGGING_CATEGORY(lcObservability, "tiergate.observability")

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue msOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

} // namespace

RequestLogger::RequestLogger(const Options &options)
    : m_options(options)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_options.maxFiles = std::max(1, m_options.maxFiles);
    m_options.maxFileBytes = std::max<qint64>(256, m_options.maxFileBytes);
}

RequestLogger::~RequestLogger() = default;

void RequestLogger::setMirror(QTextStream *stream)
{
    m_mirror = stream;
}

void RequestLogger::setClock(std::function<QDateTime()> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void RequestLogger::setProfileLevel(const QString &profile, Level level)
{
    m_profileLevels.insert(profile, level);
}

RequestLogger::Level RequestLogger::levelFor(const QString &profile) const
{
    return m_profileLevels.value(profile, m_options.defaultLevel);
}

void RequestLogger::setSecrets(const QStringList &secrets)
{
    m_secrets.clear();
    for (const QString &s : secrets)
        addSecret(s);
}

void RequestLogger::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    const QByteArray raw = secret.toUtf8();
    if (!m_secrets.contains(raw))
        m_secrets << raw;
    // The same value as it looks inside a JSON string, should it hold characters JSON escapes.
    QByteArray escaped = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
    escaped = escaped.mid(2, escaped.size() - 4);
    if (escaped != raw && !m_secrets.contains(escaped))
        m_secrets << escaped;
}

QString RequestLogger::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("info");
}

RequestLogger::Level RequestLogger::levelFromName(const QString &name, Level fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("debug"))
        return Level::Debug;
    if (n == QLatin1String("info"))
        return Level::Info;
    if (n == QLatin1String("warn") || n == QLatin1String("warning"))
        return Level::Warn;
    if (n == QLatin1String("error"))
        return Level::Error;
    if (n == QLatin1String("off") || n == QLatin1String("none"))
        return Level::Off;
    return fallback;
}

QString RequestLogger::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

RequestLogger::Level RequestLogger::defaultRequestLevel(const RouteResult &r)
{
    if (r.status == RouteResult::Status::Failed)
        return Level::Error;
    if (r.fallbackUsed || r.retries > 0 || r.status == RouteResult::Status::Cut)
        return Level::Warn;
    return Level::Info;
}

QJsonObject RequestLogger::requestEvent(const RouteResult &r)
{
    QJsonArray trail;
    for (const Attempt &a : r.attempts) {
        trail.append(QJsonObject {
            { QStringLiteral("model"), a.model },
            { QStringLiteral("provider"), a.providerId },
            { QStringLiteral("outcome"), Attempt::outcomeName(a.outcome) },
            { QStringLiteral("error"), orNull(errorClassName(a.error.kind)) },
            { QStringLiteral("http_status"), a.error.httpStatus },
            { QStringLiteral("wait_ms"), a.waitBeforeMs },
            { QStringLiteral("latency_ms"), a.latencyMs },
        });
    }
    const QString model = !r.modelUsed.isEmpty() ? r.modelUsed
        : !r.attempts.isEmpty()                  ? r.attempts.constLast().model
                                                 : r.requestedModel;
    QJsonObject o {
        { QStringLiteral("event"), QStringLiteral("llm_request_completed") },
        { QStringLiteral("timestamp"),
            timestamp(r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("request_id"), r.requestId },
        { QStringLiteral("profile"), r.profile },
        { QStringLiteral("tier"), r.tier },
        { QStringLiteral("criticality"), criticalityName(r.criticality) },
        { QStringLiteral("team_id"), orNull(r.teamId) },
        { QStringLiteral("model"), model },
        { QStringLiteral("requested_model"), orNull(r.requestedModel) },
        { QStringLiteral("provider"), orNull(r.providerId) },
        { QStringLiteral("status"), RouteResult::statusName(r.status) },
        { QStringLiteral("error"), orNull(errorClassName(r.error.kind)) },
        { QStringLiteral("error_cause"), orNull(errorCauseName(r.error.cause)) },
        { QStringLiteral("http_status"), r.error.httpStatus },
        { QStringLiteral("latency_ms"), r.latencyMs },
        { QStringLiteral("ttft_ms"), msOrNull(r.ttftMs) },
        { QStringLiteral("tokens"), r.usage.promptTokens + r.usage.completionTokens },
        { QStringLiteral("prompt_tokens"), r.usage.promptTokens },
        { QStringLiteral("completion_tokens"), r.usage.completionTokens },
        { QStringLiteral("cached_tokens"), r.usage.cachedTokens },
        { QStringLiteral("tokens_estimated"), r.usage.estimated },
        // Dollars as a number for the seed's consumers; cost_micros is the exact figure.
        { QStringLiteral("estimated_cost"), double(r.costMicros) / 1e6 },
        { QStringLiteral("cost_micros"), r.costMicros },
        { QStringLiteral("price_estimated"), !r.prices.known },
        { QStringLiteral("fallback_triggered"), r.fallbackUsed },
        { QStringLiteral("retries"), r.retries },
        { QStringLiteral("attempts"), int(r.attempts.size()) },
        { QStringLiteral("attempt_trail"), trail },
    };
    if (r.error.isError() && !r.error.message.isEmpty())
        o.insert(QStringLiteral("error_message"), r.error.message);
    return o;
}

bool RequestLogger::logRequest(const RouteResult &result, std::optional<Level> level)
{
    return write(result.profile, level.value_or(defaultRequestLevel(result)), requestEvent(result));
}

namespace {

QJsonObject alertFields(const Alert &a, const char *event)
{
    return QJsonObject {
        { QStringLiteral("event"), QLatin1String(event) },
        { QStringLiteral("timestamp"), RequestLogger::timestamp(a.at) },
        { QStringLiteral("profile"), a.profile },
        { QStringLiteral("alert"), Alert::kindName(a.kind) },
        { QStringLiteral("value"), a.value },
        { QStringLiteral("threshold"), a.threshold },
        { QStringLiteral("samples"), a.samples },
        { QStringLiteral("message"), a.message },
    };
}

} // namespace

bool RequestLogger::logAlertTriggered(const Alert &alert, Level level)
{
    QJsonObject o = alertFields(alert, "alert_triggered");
    if (!alert.at.isValid())
        o.insert(QStringLiteral("timestamp"), timestamp(m_clock()));
    return write(alert.profile, level, o);
}

bool RequestLogger::logAlertCleared(const Alert &alert, Level level)
{
    QJsonObject o = alertFields(alert, "alert_cleared");
    if (!alert.at.isValid())
        o.insert(QStringLiteral("timestamp"), timestamp(m_clock()));
    return write(alert.profile, level, o);
}

bool RequestLogger::logCircuitOpened(const QString &profile, const QString &model, const QString &provider,
    qint64 openForMs, const QString &reason, Level level)
{
    return write(profile, level,
        QJsonObject {
            { QStringLiteral("event"), QStringLiteral("circuit_opened") },
            { QStringLiteral("profile"), profile },
            { QStringLiteral("model"), model },
            { QStringLiteral("provider"), provider },
            { QStringLiteral("open_for_ms"), openForMs },
            { QStringLiteral("reason"), reason },
        });
}

bool RequestLogger::logCircuitClosed(const QString &profile, const QString &model, const QString &provider, Level level)
{
    return write(profile, level,
        QJsonObject {
            { QStringLiteral("event"), QStringLiteral("circuit_closed") },
            { QStringLiteral("profile"), profile },
            { QStringLiteral("model"), model },
            { QStringLiteral("provider"), provider },
        });
}

bool RequestLogger::logEvent(const QString &profile, Level level, QJsonObject fields)
{
    if (!fields.contains(QStringLiteral("event")))
        return false;
    if (!fields.contains(QStringLiteral("profile")))
        fields.insert(QStringLiteral("profile"), profile);
    return write(profile, level, std::move(fields));
}

bool RequestLogger::write(const QString &profile, Level level, QJsonObject fields)
{
    const Level threshold = levelFor(profile);
    if (level == Level::Off || threshold == Level::Off || level < threshold)
        return false;
    fields.insert(QStringLiteral("level"), levelName(level));
    if (!fields.contains(QStringLiteral("timestamp")))
        fields.insert(QStringLiteral("timestamp"), timestamp(m_clock()));
    const QByteArray line = scrub(QJsonDocument(fields).toJson(QJsonDocument::Compact)) + '\n';

    bool written = false;
    if (!m_options.filePath.isEmpty()) {
        // pos(): appended to since it was opened at its end, and no stat call per line.
        if (m_file.isOpen() && m_file.pos() > 0 && m_file.pos() + line.size() > m_options.maxFileBytes)
            rotate();
        if (ensureOpen()) {
            written = m_file.write(line) == line.size();
            // Flushed per line: a crash keeps every event that was logged.
            m_file.flush();
            if (!written)
                qCWarning(lcObservability) << "cannot write the request log:" << m_file.errorString();
        }
    }
    if (m_mirror) {
        *m_mirror << QString::fromUtf8(line);
        m_mirror->flush();
        written = true;
    }
    return written;
}

QByteArray RequestLogger::scrub(QByteArray line) const
{
    for (const QByteArray &secret : m_secrets)
        line.replace(secret, QByteArrayLiteral("[redacted]"));
    return line;
}

bool RequestLogger::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_options.filePath).absolutePath());
    m_file.setFileName(m_options.filePath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcObservability) << "cannot open the request log" << m_options.filePath << m_file.errorString();
        return false;
    }
    return true;
}

void RequestLogger::rotate()
{
    m_file.close();
    const QString base = m_options.filePath;
    const auto name = [&base](int i) -> QString { return base + u'.' + QString::number(i); };
    if (m_options.maxFiles <= 1) {
        QFile::remove(base);
        return;
    }
    QFile::remove(name(m_options.maxFiles - 1));
    for (int i = m_options.maxFiles - 2; i >= 1; --i) {
        if (QFile::exists(name(i)))
            QFile::rename(name(i), name(i + 1));
    }
    QFile::rename(base, name(1));
}

QStringList RequestLogger::files() const
{
    QStringList out;
    if (m_options.filePath.isEmpty())
        return out;
    if (QFile::exists(m_options.filePath))
        out << m_options.filePath;
    for (int i = 1; i < m_options.maxFiles; ++i) {
        const QString n = m_options.filePath + u'.' + QString::number(i);
        if (QFile::exists(n))
            out << n;
    }
    return out;
}

} // namespace tiergate
