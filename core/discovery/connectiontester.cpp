#include "core/discovery/connectiontester.h"

#include "core/config/builtinconfig.h"
#include "core/contract/chatrequest.h"
#include "core/transport/modelscall.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"

#include <QTimer>

#include <algorithm>

namespace tiergate {

namespace {

/// A test waits at most this long for either step: a provider that slow is not usable anyway.
constexpr int StepTimeoutMs = 20000;

} // namespace

ConnectionTester::ConnectionTester(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    m_running = false;
    // Deleting a call aborts it; its finished() reaches no slot of ours any more.
    if (m_models) {
        m_models->disconnect(this);
        m_models->deleteLater();
    }
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
}

void ConnectionTester::start(const Endpoint &endpoint, const QString &probeModel)
{
    cancel();
    m_endpoint = endpoint;
    for (int *ms : { &m_endpoint.connectTimeoutMs, &m_endpoint.firstByteTimeoutMs, &m_endpoint.totalTimeoutMs }) {
        if (*ms <= 0 || *ms > StepTimeoutMs)
            *ms = StepTimeoutMs;
    }
    m_wantedModel = probeModel;
    m_result = ConnectionTestResult();
    m_running = true;
    if (!m_endpoint.baseUrl.isValid() || m_endpoint.baseUrl.scheme().isEmpty() || m_endpoint.baseUrl.host().isEmpty()) {
        RouteError error;
        error.kind = RouteError::Kind::Config;
        error.message = tr("The base URL is not a web address.");
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error] {
            if (m_running)
                fail(ConnectionTestResult::Stage::Models, error, 0);
        });
        return;
    }
    m_models = m_transport->listModels(m_endpoint, this);
    connect(m_models, &ModelsCall::finished, this, &ConnectionTester::onModels);
}

void ConnectionTester::onModels()
{
    ModelsCall *call = m_models;
    if (!call || !m_running)
        return;
    call->deleteLater();
    m_models = nullptr;
    const ModelsResult &r = call->result();
    m_result.modelsLatencyMs = r.latencyMs;
    m_result.httpStatus = r.httpStatus;
    if (!r.isOk()) {
        fail(ConnectionTestResult::Stage::Models, r.error, r.httpStatus);
        return;
    }
    for (const ModelInfo &m : r.models)
        m_result.models.append(m.id);
    if (m_result.models.isEmpty()) {
        RouteError error;
        error.kind = RouteError::Kind::Malformed;
        error.cause = RouteError::Cause::InvalidShape;
        error.message = tr("The provider lists no models.");
        fail(ConnectionTestResult::Stage::Models, error, r.httpStatus);
        return;
    }
    QString model = m_wantedModel;
    if (model.isEmpty()) {
        const QList<ModelConfig> catalog = builtin::catalog();
        for (const QString &id : std::as_const(m_result.models)) {
            const bool known
                = std::any_of(catalog.cbegin(), catalog.cend(), [&id](const ModelConfig &c) { return c.id == id; });
            if (known) {
                model = id;
                break;
            }
        }
        if (model.isEmpty())
            model = m_result.models.first();
    }
    m_result.probeModel = model;
    ChatRequest request;
    request.model = model;
    request.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Say OK.")));
    request.maxTokens = 1;
    request.stream = false;
    m_result.stage = ConnectionTestResult::Stage::Probe;
    m_probe = m_transport->send(m_endpoint, request, this);
    connect(m_probe, &TransportCall::finished, this, &ConnectionTester::onProbe);
}

void ConnectionTester::onProbe()
{
    TransportCall *call = m_probe;
    if (!call || !m_running)
        return;
    call->deleteLater();
    m_probe = nullptr;
    const TransportResult &r = call->result();
    m_result.probeLatencyMs = r.latencyMs;
    m_result.httpStatus = r.httpStatus;
    if (!r.isOk()) {
        fail(ConnectionTestResult::Stage::Probe, r.error, r.httpStatus);
        return;
    }
    m_result.ok = true;
    m_result.answer = r.content;
    m_result.message = tr("Connected: %n model(s); %1 answered in %2 ms.", nullptr, int(m_result.models.size()))
                           .arg(m_result.probeModel)
                           .arg(m_result.probeLatencyMs);
    finish();
}

void ConnectionTester::fail(ConnectionTestResult::Stage stage, const RouteError &error, int httpStatus)
{
    using Field = ConnectionTestResult::Field;
    m_result.ok = false;
    m_result.stage = stage;
    m_result.error = error;
    m_result.httpStatus = httpStatus;
    const QString url = m_endpoint.baseUrl.toDisplayString();
    const QString detail = error.message;
    switch (error.kind) {
    case RouteError::Kind::Auth:
        m_result.field = Field::ApiKey;
        m_result.message = m_endpoint.apiKey.isEmpty()
            ? tr("The provider wants an API key (HTTP %1): enter it in API key.").arg(httpStatus)
            : tr("The API key was refused (HTTP %1): check API key.").arg(httpStatus);
        break;
    case RouteError::Kind::Malformed:
        m_result.field = stage == ConnectionTestResult::Stage::Models ? Field::BaseUrl : Field::Model;
        m_result.message = stage == ConnectionTestResult::Stage::Models
            ? tr("%1 answered, but not with an OpenAI model list: check Base URL (it usually ends in /v1).").arg(url)
            : tr("%1 did not answer like an OpenAI chat completion: %2").arg(m_result.probeModel, detail);
        break;
    case RouteError::Kind::BadRequest:
    case RouteError::Kind::ContextOverflow:
        if (stage == ConnectionTestResult::Stage::Models) {
            m_result.field = Field::BaseUrl;
            m_result.message = httpStatus == 404
                ? tr("%1/models was not found (HTTP 404): check Base URL (it usually ends in /v1).").arg(url)
                : tr("The model list was refused (HTTP %1): %2 Check Base URL.").arg(httpStatus).arg(detail);
        } else {
            m_result.field = Field::Model;
            m_result.message = tr("%1 refused the test message (HTTP %2): %3 Pick another model.")
                                   .arg(m_result.probeModel)
                                   .arg(httpStatus)
                                   .arg(detail);
        }
        break;
    case RouteError::Kind::Config:
        m_result.field = Field::BaseUrl;
        m_result.message = tr("%1 Check Base URL.").arg(detail);
        break;
    default:
        m_result.field = Field::BaseUrl;
        m_result.message = httpStatus > 0
            ? tr("%1 answered HTTP %2: %3").arg(url).arg(httpStatus).arg(detail)
            : tr("Could not reach %1: %2 Check Base URL and your network.").arg(url, detail);
        break;
    }
    finish();
}

void ConnectionTester::finish()
{
    m_running = false;
    Q_EMIT finished();
}

} // namespace tiergate
