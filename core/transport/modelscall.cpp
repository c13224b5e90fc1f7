#include "core/transport/modelscall.h"

#include "core/contract/contractparser.h"
#include "core/contract/errorclassifier.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QTimer>

namespace tiergate {

ModelsCall::ModelsCall(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{ }

ModelsCall::~ModelsCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void ModelsCall::start(QNetworkReply *reply)
{
    m_clock.start();
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this] { onReplyFinished(); });
    const int limit = m_endpoint.totalTimeoutMs > 0 ? m_endpoint.totalTimeoutMs : 0;
    if (limit > 0) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            RouteError error;
            error.kind = RouteError::Kind::Retryable;
            error.cause = RouteError::Cause::TotalTimeout;
            error.message
                = QCoreApplication::translate("tiergate::ModelsCall", "The model list took longer than %1 ms.")
                      .arg(m_endpoint.totalTimeoutMs);
            finishWith(error);
        });
        m_timer->start(limit);
    }
}

void ModelsCall::abort()
{
    RouteError error;
    error.kind = RouteError::Kind::Cancelled;
    error.cause = RouteError::Cause::UserCancelled;
    error.message = QCoreApplication::translate("tiergate::ModelsCall", "The request was cancelled.");
    finishWith(error);
}

void ModelsCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    const RouteError error
        = ErrorClassifier::classify(m_result.httpStatus, body, m_reply->error(), m_reply->rawHeader("Retry-After"));
    if (error.isError()) {
        finishWith(error);
        return;
    }
    auto parsed = ContractParser::parseModels(body);
    if (!parsed.isOk()) {
        RouteError malformed = parsed.error();
        malformed.httpStatus = m_result.httpStatus;
        finishWith(malformed);
        return;
    }
    m_result.models = parsed.value();
    finishWith({});
}

void ModelsCall::finishWith(const RouteError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_result.error = error;
    m_result.error.message = ErrorClassifier::redact(m_result.error.message);
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

} // namespace tiergate
