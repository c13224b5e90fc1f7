#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace tiergate {

/// Copyable client set-ups for a running gateway: curl, the `openai` SDK for Python and for
/// JavaScript, and the OPENAI_BASE_URL / OPENAI_API_KEY environment. Pure text, no I/O.
class GatewaySnippet
{
public:
    QString id; ///< "curl", "python", "javascript", "env"
    QString title;
    QString text;

    /// `apiKey` empty: a placeholder the gateway accepts when it runs without keys.
    static QList<GatewaySnippet> forGateway(const QUrl &baseUrl, const QString &model, const QString &apiKey = {});
};

} // namespace tiergate
