#pragma once

#include "core/contract/modelinfo.h"
#include "core/contract/routeerror.h"
#include "core/transport/endpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QTimer;

namespace tiergate {

/// Result of `GET {baseUrl}/models`.
class ModelsResult
{
public:
    QList<ModelInfo> models;
    RouteError error;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    bool isOk() const { return !error.isError(); }
};

/// One `GET /models` in flight, created by Transport::listModels(). finished() fires exactly once
/// (abort() included, before it returns). The endpoint's total timeout applies.
class ModelsCall : public QObject
{
    Q_OBJECT
public:
    ~ModelsCall() override;
    const ModelsResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class Transport;
    ModelsCall(const Endpoint &endpoint, QObject *parent);
    void start(QNetworkReply *reply);
    void onReplyFinished();
    void finishWith(const RouteError &error);

    Endpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    bool m_finished = false;
    ModelsResult m_result;
};

} // namespace tiergate
