#include "core/contract/errorclassifier.h"

#include "core/contract/contractparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ErrorClassifier", text);
}

constexpr qsizetype kMaxShownBodyChars = 500;

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QByteArray> &secrets()
{
    static QSet<QByteArray> set;
    return set;
}

QString plainTextOf(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('<') || trimmed.startsWith('{') || trimmed.startsWith('['))
        return {};
    QString text = QString::fromUtf8(trimmed.first(qMin<qsizetype>(trimmed.size(), 4 * kMaxShownBodyChars)));
    for (const QChar c : std::as_const(text)) {
        if (c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'))
            return {}; // binary, not a message
    }
    text = text.simplified();
    if (text.size() > kMaxShownBodyChars)
        text = text.left(kMaxShownBodyChars) + QChar(0x2026);
    return text;
}

} // namespace

QString ErrorClassifier::messageOfOtherShape(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return plainTextOf(body);
    if (!document.isObject())
        return {};
    const QJsonObject o = document.object();
    auto text = [](const QJsonValue &v) -> QString {
        if (v.isString())
            return v.toString();
        if (v.isArray()) {
            // FastAPI: {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}
            QStringList parts;
            for (const QJsonValue &item : v.toArray()) {
                if (item.isString())
                    parts.append(item.toString());
                else if (item.isObject() && item.toObject().value(QLatin1String("msg")).isString())
                    parts.append(item.toObject().value(QLatin1String("msg")).toString());
            }
            return parts.join(QStringLiteral("; "));
        }
        if (v.isObject()) {
            const QJsonObject inner = v.toObject();
            for (const char *key : { "message", "msg", "detail" }) {
                if (inner.value(QLatin1String(key)).isString())
                    return inner.value(QLatin1String(key)).toString();
            }
        }
        return {};
    };
    for (const char *key : { "message", "detail", "error", "error_message", "msg", "errors" }) {
        QString found = text(o.value(QLatin1String(key)));
        if (!found.isEmpty()) {
            if (found.size() > kMaxShownBodyChars)
                found = found.left(kMaxShownBodyChars) + QChar(0x2026);
            return found;
        }
    }
    return {};
}

void ErrorClassifier::rememberSecret(const QByteArray &secret)
{
    const QByteArray trimmed = secret.trimmed();
    if (trimmed.size() < 6) // too short to tell apart from ordinary words
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(trimmed);
}

QString ErrorClassifier::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QByteArray &secret : std::as_const(secrets()))
            out.replace(QString::fromUtf8(secret), QStringLiteral("[redacted]"));
    }
    static const QRegularExpression bearer(
        QStringLiteral("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{6,}"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression keyLike(QStringLiteral("\\b(?:sk-[A-Za-z0-9_-]{12,}|gsk_[A-Za-z0-9]{12,}|AIza[0-9A-"
                                                           "Za-z_-]{20,}|hf_[A-Za-z0-9]{12,}|xai-[A-Za-z0-9]{12,})"));
    out.replace(bearer, QStringLiteral("\\1 [redacted]"));
    out.replace(keyLike, QStringLiteral("[redacted]"));
    return out;
}

RouteError ErrorClassifier::decompressionError(const QByteArray &encoding)
{
    RouteError error;
    error.kind = RouteError::Kind::Decompression;
    error.cause = RouteError::Cause::CorruptCompression;
    const QString name = encoding.isEmpty() ? QStringLiteral("compressed") : QString::fromLatin1(encoding).toLower();
    error.message = tr("The server's %1 answer could not be decompressed: it is corrupt, or it inflates far beyond "
                       "its size (a decompression bomb).")
                        .arg(name);
    return error;
}

bool ErrorClassifier::isRetryableStatus(int s)
{
    switch (s) {
    case 408:
    case 409:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    case 501: // the server will never support this request
    case 505:
        return false;
    default:
        return s >= 500 && s <= 599;
    }
}

bool ErrorClassifier::isContextOverflowMessage(const QString &message)
{
    static const char *const phrases[] = {
        "context_length_exceeded",
        "maximum context length",
        "context length exceeded",
        "context window",
        "exceeds the context",
        "too many tokens",
        "prompt is too long",
        "input is too long",
        "reduce the length of the messages",
        "maximum prompt length",
        "string_above_max_length",
    };
    const QString lower = message.toLower();
    for (const char *phrase : phrases) {
        if (lower.contains(QLatin1String(phrase)))
            return true;
    }
    return false;
}

qint64 ErrorClassifier::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0 + 0.5);
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), plus the obsolete RFC 850 and asctime forms.
    QString text = QString::fromLatin1(trimmed).simplified();
    // The weekday is redundant and its long RFC 850 form trips the parser: drop it.
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy",
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(text, QLatin1String(format));
        if (!when.isValid())
            continue;
        when.setTimeZone(QTimeZone::utc());
        if (when.date().year() < 1970)
            when = when.addYears(100);
        return qMax<qint64>(0, now.msecsTo(when));
    }
    return -1;
}

RouteError ErrorClassifier::fromHttpStatus(
    int httpStatus, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    RouteError error;
    error.httpStatus = httpStatus;
    error.cause = RouteError::Cause::HttpStatus;
    const auto provider = ContractParser::parseErrorBody(body);
    if (provider) {
        error.message = provider->message;
        error.code = provider->code;
        error.type = provider->type;
        error.param = provider->param;
    }
    error.retryAfterMs = parseRetryAfterMs(retryAfter, now);

    const bool overflow = error.code == QLatin1String("context_length_exceeded")
        || (httpStatus >= 400 && httpStatus < 500
            && (isContextOverflowMessage(error.message) || isContextOverflowMessage(error.code)));
    if (httpStatus >= 400 && httpStatus < 500 && overflow) {
        error.kind = RouteError::Kind::ContextOverflow;
        error.cause = RouteError::Cause::ContextWindow;
    } else if (isRetryableStatus(httpStatus)) {
        error.kind = RouteError::Kind::Retryable;
    } else if (httpStatus == 401 || httpStatus == 403) {
        error.kind = RouteError::Kind::Auth;
    } else {
        error.kind = RouteError::Kind::BadRequest;
    }
    if (error.message.isEmpty()) {
        // Other common shapes and short plain text are shown; an HTML proxy page is not.
        const QString other = messageOfOtherShape(body);
        error.message = other.isEmpty() ? tr("The server answered HTTP %1.").arg(httpStatus)
                                        : tr("The server answered HTTP %1: %2").arg(httpStatus).arg(other);
        if (httpStatus >= 400 && httpStatus < 500 && isContextOverflowMessage(other)) {
            error.kind = RouteError::Kind::ContextOverflow;
            error.cause = RouteError::Cause::ContextWindow;
        }
    }
    return error;
}

RouteError ErrorClassifier::fromNetworkError(QNetworkReply::NetworkError e)
{
    RouteError error;
    error.kind = RouteError::Kind::Retryable;
    switch (e) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        error.cause = RouteError::Cause::ConnectRefused;
        error.message = tr("The connection was refused: nothing is listening at that address.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.cause = RouteError::Cause::ConnectionReset;
        error.message = tr("The server closed the connection.");
        break;
    case QNetworkReply::TimeoutError:
        error.cause = RouteError::Cause::ConnectTimeout;
        error.message = tr("The connection timed out.");
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = RouteError::Kind::Cancelled;
        error.cause = RouteError::Cause::UserCancelled;
        error.message = tr("The request was cancelled.");
        break;
    case QNetworkReply::HostNotFoundError:
        error.cause = RouteError::Cause::Network;
        error.message = tr("The server's host name could not be resolved.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.cause = RouteError::Cause::Network;
        error.message = tr("The TLS handshake failed (the server's certificate was not accepted).");
        break;
    default:
        error.cause = RouteError::Cause::Network;
        error.message = tr("A network error occurred (code %1).").arg(int(e));
        break;
    }
    return error;
}

RouteError ErrorClassifier::classify(int httpStatus, const QByteArray &body, QNetworkReply::NetworkError networkError,
    const QByteArray &retryAfter, const QDateTime &now)
{
    if (httpStatus >= 400)
        return fromHttpStatus(httpStatus, body, retryAfter, now);
    if (networkError != QNetworkReply::NoError)
        return fromNetworkError(networkError);
    return {};
}

} // namespace tiergate
