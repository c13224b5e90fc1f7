#include "core/transport/endpoint.h"

#include "core/config/providerconfig.h"
#include "core/config/providerkind.h"

#include <QUrlQuery>

namespace tiergate {

QUrl Endpoint::url(const QString &path) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    result.setPath(basePath + u'/' + tail);
    if (!apiVersion.isEmpty()) {
        QUrlQuery query(result);
        query.removeAllQueryItems(QStringLiteral("api-version"));
        query.addQueryItem(QStringLiteral("api-version"), apiVersion);
        result.setQuery(query);
    }
    return result;
}

QPair<QByteArray, QByteArray> Endpoint::keyHeaderField() const
{
    if (apiKey.isEmpty())
        return {};
    if (keyHeader == KeyHeader::ApiKey)
        return { QByteArrayLiteral("api-key"), apiKey };
    return { QByteArrayLiteral("Authorization"), QByteArray(QByteArrayLiteral("Bearer ") + apiKey) };
}

Endpoint Endpoint::forProvider(const ProviderConfig &provider, const QByteArray &key)
{
    Endpoint endpoint;
    endpoint.baseUrl = provider.baseUrl;
    endpoint.apiKey = key;
    endpoint.providerId = provider.id;
    const ProviderPreset *preset = providerPreset(provider.kind);
    if (preset && preset->needsApiVersion) {
        endpoint.keyHeader = KeyHeader::ApiKey;
        endpoint.apiVersion = provider.apiVersion;
    }
    for (auto it = provider.headers.constBegin(); it != provider.headers.constEnd(); ++it)
        endpoint.extraHeaders.append({ it.key().toUtf8(), it.value().toUtf8() });
    endpoint.connectTimeoutMs = provider.timeouts.connectMs;
    endpoint.firstByteTimeoutMs = provider.timeouts.firstByteMs;
    endpoint.stallTimeoutMs = provider.timeouts.stallMs;
    endpoint.totalTimeoutMs = provider.timeouts.totalMs;
    endpoint.maxConcurrent = provider.maxConcurrent;
    endpoint.maxLineBytes = provider.limits.maxLineBytes;
    endpoint.maxEventBytes = provider.limits.maxEventBytes;
    endpoint.maxAnswerBytes = provider.limits.maxAnswerBytes;
    return endpoint;
}

} // namespace tiergate
