#include "ui/profiles/modelchecker.h"

#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/tiergateconfig.h"
#include "core/transport/endpoint.h"
#include "core/transport/modelscall.h"
#include "core/transport/transport.h"

#include <QMap>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace tiergate {

namespace {
// A model list should answer quickly; a slow provider must not hold the editor for minutes.
constexpr int ListTimeoutCapMs = 15000;
} // namespace

ModelChecker::ModelChecker(Transport *transport, KeyResolver *keys, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_keys(keys)
{ }

ModelChecker::~ModelChecker()
{
    abandon();
}

int ModelChecker::problemCount() const
{
    return int(std::count_if(
        m_findings.cbegin(), m_findings.cend(), [](const ModelCheckFinding &f) { return f.isProblem(); }));
}

void ModelChecker::abandon()
{
    ++m_generation;
    const QList<QPointer<QObject>> pending = std::exchange(m_pending, {});
    for (const QPointer<QObject> &object : pending) {
        if (!object)
            continue;
        object->disconnect(this);
        if (auto *call = qobject_cast<ModelsCall *>(object.data()))
            call->abort();
        delete object.data();
    }
    m_outstanding = 0;
    m_running = false;
}

void ModelChecker::start(std::shared_ptr<const TiergateConfig> config, const QString &profile)
{
    abandon();
    m_config = std::move(config);
    m_profile = profile;
    m_findings.clear();
    m_running = true;
    const quint64 generation = m_generation;

    // Every model the profile can route to, in route order, each once with its first reference.
    QList<Ref> refs;
    QSet<QString> seen;
    const auto add = [&refs, &seen](const QString &path, const QString &model) {
        if (model.isEmpty() || seen.contains(model))
            return;
        seen.insert(model);
        refs.append({ path, model });
    };
    const ProfileConfig *p = m_config ? m_config->profile(profile) : nullptr;
    if (!p) {
        m_findings.append({ ModelCheckFinding::Severity::Warning, QString(), QString(), QString(),
            tr("profile '%1' does not exist").arg(profile) });
    } else {
        QStringList tiers { p->tier };
        for (const QString &t : { p->criticality.critical, p->criticality.standard, p->criticality.background }) {
            if (!t.isEmpty() && !tiers.contains(t))
                tiers.append(t);
        }
        for (const QString &tierName : std::as_const(tiers)) {
            const TierConfig *tier = m_config->tier(tierName);
            if (!tier)
                continue;
            const QString tierPath = QStringLiteral("tiers.") + tierName;
            add(tierPath + QStringLiteral(".default"), tier->defaultModel);
            for (auto it = tier->aliases.constBegin(); it != tier->aliases.constEnd(); ++it)
                add(tierPath + QStringLiteral(".aliases.") + it.key(), it.value());
        }
        const QString chainPath = QStringLiteral("profiles.") + p->name + QStringLiteral(".fallbackChain");
        for (qsizetype i = 0; i < p->fallbackChain.size(); ++i)
            add(chainPath + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), p->fallbackChain.at(i));
    }

    QMap<QString, QList<Ref>> byProvider;
    for (const Ref &ref : std::as_const(refs)) {
        const ModelConfig *model = m_config->model(ref.model);
        if (!model) {
            m_findings.append({ ModelCheckFinding::Severity::Warning, ref.path, ref.model, QString(),
                tr("model '%1' is not in the catalog: no provider, context window or prices are known for it")
                    .arg(ref.model) });
            continue;
        }
        const ProviderConfig *provider = m_config->provider(model->providerId);
        if (!provider) {
            m_findings.append({ ModelCheckFinding::Severity::Warning, ref.path, ref.model, model->providerId,
                tr("model '%1' names provider '%2', which does not exist").arg(ref.model, model->providerId) });
            continue;
        }
        if (provider->baseUrl.isEmpty()) {
            m_findings.append({ ModelCheckFinding::Severity::Warning, ref.path, ref.model, provider->id,
                tr("provider '%1' has no base URL, so '%2' cannot be checked").arg(provider->id, ref.model) });
            continue;
        }
        byProvider[provider->id].append(ref);
    }

    m_outstanding = int(byProvider.size());
    if (m_outstanding == 0) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT finished();
        });
        return;
    }
    for (auto it = byProvider.constBegin(); it != byProvider.constEnd(); ++it) {
        const QString providerId = it.key();
        const QList<Ref> providerRefs = it.value();
        const KeyRef keyRef = m_config->provider(providerId)->apiKey;
        if (keyRef.isNone() || !m_keys) {
            // Posted, so finished() never fires inside start().
            QTimer::singleShot(0, this, [this, generation, providerId, providerRefs] {
                if (generation == m_generation)
                    checkProvider(providerId, providerRefs, QByteArray());
            });
            continue;
        }
        KeyReply *reply = m_keys->resolve(keyRef);
        reply->setParent(this);
        m_pending.append(reply);
        connect(reply, &KeyReply::finished, this, [this, generation, reply, providerId, providerRefs] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            m_pending.removeAll(QPointer<QObject>(reply));
            if (!reply->isOk())
                m_findings.append({ ModelCheckFinding::Severity::Warning, QStringLiteral("providers.") + providerId,
                    QString(), providerId,
                    tr("the key of provider '%1' could not be read (%2); its models were checked without it")
                        .arg(providerId, reply->errorString()) });
            checkProvider(providerId, providerRefs, reply->isOk() ? reply->secret() : QByteArray());
        });
    }
}

void ModelChecker::checkProvider(const QString &providerId, const QList<Ref> &refs, const QByteArray &key)
{
    const ProviderConfig *provider = m_config->provider(providerId);
    Endpoint endpoint = Endpoint::forProvider(*provider, key);
    endpoint.connectTimeoutMs = provider->timeouts.connectMs;
    endpoint.firstByteTimeoutMs = provider->timeouts.firstByteMs;
    endpoint.totalTimeoutMs
        = provider->timeouts.totalMs > 0 ? std::min(provider->timeouts.totalMs, ListTimeoutCapMs) : ListTimeoutCapMs;

    ModelsCall *call = m_transport->listModels(endpoint, this);
    m_pending.append(call);
    const quint64 generation = m_generation;
    connect(call, &ModelsCall::finished, this, [this, generation, call, providerId, refs] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        m_pending.removeAll(QPointer<QObject>(call));
        const ModelsResult &result = call->result();
        if (!result.isOk()) {
            const QString why = result.httpStatus == 404
                ? tr("provider '%1' answers 404 on GET /models").arg(providerId)
                : tr("GET /models of provider '%1' failed: %2").arg(providerId, result.error.message);
            for (const Ref &ref : refs)
                m_findings.append({ ModelCheckFinding::Severity::Warning, ref.path, ref.model, providerId,
                    tr("%1, so '%2' could not be checked").arg(why, ref.model) });
        } else {
            QSet<QString> served;
            for (const ModelInfo &m : result.models)
                served.insert(m.id);
            for (const Ref &ref : refs) {
                if (served.contains(ref.model))
                    m_findings.append({ ModelCheckFinding::Severity::Ok, ref.path, ref.model, providerId,
                        tr("'%1' is served by provider '%2'").arg(ref.model, providerId) });
                else
                    m_findings.append({ ModelCheckFinding::Severity::Warning, ref.path, ref.model, providerId,
                        tr("model '%1' is not in the GET /models list of provider '%2': requests to it will "
                           "likely answer 404")
                            .arg(ref.model, providerId) });
            }
        }
        providerDone();
    });
}

void ModelChecker::providerDone()
{
    if (--m_outstanding > 0)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace tiergate
