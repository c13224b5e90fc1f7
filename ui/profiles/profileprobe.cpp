#include "ui/profiles/profileprobe.h"

#include "core/config/tiergateconfig.h"
#include "core/contract/chatmessage.h"
#include "core/contract/chatrequest.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"

namespace tiergate {

namespace {
constexpr qint64 ProbeMaxTokens = 32;
} // namespace

ProfileProbe::ProfileProbe(Transport *transport, KeyResolver *keys, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_keys(keys)
{ }

ProfileProbe::~ProfileProbe()
{
    dropRouter();
}

QString ProfileProbe::defaultPrompt()
{
    return tr("Reply with the single word: ready");
}

void ProfileProbe::dropRouter()
{
    if (m_reply)
        m_reply->disconnect(this);
    // Deleting the Router deletes its replies, which stops their network requests quietly.
    delete m_router.data();
    m_router = nullptr;
    m_reply = nullptr;
    m_running = false;
}

void ProfileProbe::start(std::shared_ptr<const TiergateConfig> config, const QString &profile, const QString &prompt)
{
    dropRouter();
    m_profile = profile;
    m_result = RouteResult();
    m_result.profile = profile;
    m_running = true;

    RouterHooks hooks;
    hooks.keyResolver = m_keys;
    const std::shared_ptr<const TiergateConfig> snapshot = std::move(config);
    m_router = new Router(
        m_transport, [snapshot] { return snapshot; }, nullptr, hooks, this);

    ChatRequest request;
    request.messages.append(ChatMessage::fromText(QStringLiteral("user"), prompt));
    request.maxTokens = ProbeMaxTokens;
    request.stream = true; // so the time to the first token is measured as a chat would see it
    RouteOptions options;
    options.profile = profile;
    m_reply = m_router->send(request, options);
    connect(m_reply, &RouteReply::attemptFinished, this, &ProfileProbe::attemptFinished);
    connect(m_reply, &RouteReply::finished, this, [this] {
        m_result = m_reply->result();
        m_running = false;
        m_reply->disconnect(this);
        if (m_router)
            m_router->deleteLater();
        m_router = nullptr;
        m_reply = nullptr;
        Q_EMIT finished();
    });
}

void ProfileProbe::cancel()
{
    if (m_reply && m_running)
        m_reply->cancel();
}

QString ProfileProbe::describeError(const RouteError &error)
{
    if (!error.isError())
        return QString();
    QString what;
    switch (error.kind) {
    case RouteError::Kind::None:
        break;
    case RouteError::Kind::Retryable:
        what = error.httpStatus > 0
            ? tr("The provider answered HTTP %1, a temporary failure (retried, then the next model was tried).")
                  .arg(error.httpStatus)
            : tr("The provider could not be reached in time or the connection failed (retried, then the next "
                 "model was tried).");
        break;
    case RouteError::Kind::ContextOverflow:
        what = tr("The prompt does not fit the model's context window.");
        break;
    case RouteError::Kind::Auth:
        what = tr("The provider refused the key, or the key could not be read: check the key reference in Keys.");
        break;
    case RouteError::Kind::BadRequest:
        what = error.httpStatus == 404
            ? tr("The provider does not know this model (HTTP 404): check the model id or use Check models.")
            : tr("The provider rejected the request (HTTP %1).").arg(error.httpStatus);
        break;
    case RouteError::Kind::Budget:
        what = tr("The profile's monthly budget cap blocked the request.");
        break;
    case RouteError::Kind::Cancelled:
        what = tr("The probe was cancelled.");
        break;
    case RouteError::Kind::Malformed:
        what = tr("The provider answered with something that is not a chat completion.");
        break;
    case RouteError::Kind::StreamCut:
        what = tr("The answer stopped in the middle.");
        break;
    case RouteError::Kind::NoRoute:
        what = tr("No model could be tried (open circuits, rate limits, or an empty chain).");
        break;
    case RouteError::Kind::Config:
        what = tr("The configuration does not allow this request.");
        break;
    case RouteError::Kind::ResponseTooLarge:
        what = tr("The provider's answer passed the size limit set for it.");
        break;
    case RouteError::Kind::Decompression:
        what = tr("The provider's compressed answer could not be decompressed.");
        break;
    }
    if (error.message.isEmpty())
        return what;
    return what.isEmpty() ? error.message : what + QLatin1Char(' ') + tr("Details: %1").arg(error.message);
}

} // namespace tiergate
