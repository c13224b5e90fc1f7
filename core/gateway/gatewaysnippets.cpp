#include "core/gateway/gatewaysnippets.h"

#include <QCoreApplication>

namespace tiergate {

QList<GatewaySnippet> GatewaySnippet::forGateway(const QUrl &baseUrl, const QString &model, const QString &apiKey)
{
    const QString url = baseUrl.toString();
    const QString key = apiKey.isEmpty() ? QStringLiteral("tiergate-local") : apiKey;
    const auto tr = [](const char *text) { return QCoreApplication::translate("tiergate::GatewaySnippet", text); };
    QList<GatewaySnippet> out;
    out.append({ QStringLiteral("curl"), tr("curl"),
        QStringLiteral("curl %1/chat/completions \\\n"
                       "  -H 'Content-Type: application/json' \\\n"
                       "  -H 'Authorization: Bearer %2' \\\n"
                       "  -d '{\"model\": \"%3\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'")
            .arg(url, key, model) });
    out.append({ QStringLiteral("python"), tr("Python (openai)"),
        QStringLiteral("from openai import OpenAI\n\n"
                       "client = OpenAI(base_url=\"%1\", api_key=\"%2\")\n"
                       "reply = client.chat.completions.create(\n"
                       "    model=\"%3\",\n"
                       "    messages=[{\"role\": \"user\", \"content\": \"Hello\"}],\n"
                       ")\n"
                       "print(reply.choices[0].message.content)")
            .arg(url, key, model) });
    out.append({ QStringLiteral("javascript"), tr("JavaScript (openai)"),
        QStringLiteral("import OpenAI from 'openai';\n\n"
                       "const client = new OpenAI({ baseURL: '%1', apiKey: '%2' });\n"
                       "const reply = await client.chat.completions.create({\n"
                       "  model: '%3',\n"
                       "  messages: [{ role: 'user', content: 'Hello' }],\n"
                       "});\n"
                       "console.log(reply.choices[0].message.content);")
            .arg(url, key, model) });
    out.append({ QStringLiteral("env"), tr("Environment"),
        QStringLiteral("export OPENAI_BASE_URL=%1\nexport OPENAI_API_KEY=%2").arg(url, key) });
    return out;
}

} // namespace tiergate
