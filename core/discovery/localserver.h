#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tiergate {

class TiergateConfig;

/// A well-known local OpenAI-compatible server: its name and where it listens by default.
struct LocalServerCandidate
{
    QString id; ///< provider id it gets when added ("ollama", "lmstudio", ...)
    QString name; ///< shown to the user ("Ollama")
    QUrl baseUrl; ///< `http://127.0.0.1:11434/v1`

    /// Ollama :11434, LM Studio :1234, llama.cpp :8080, vLLM :8000, all on 127.0.0.1.
    static QList<LocalServerCandidate> defaults();
};

/// A local server that answered `GET /v1/models`, with the models it serves.
struct LocalServer
{
    LocalServerCandidate candidate;
    QStringList models;
    qint64 latencyMs = 0;

    /// Whether `config` already has a provider at this base URL.
    bool isConfigured(const TiergateConfig &config) const;
    /// Adds the server to `config` as a provider, its models to the catalog (free, window unknown
    /// unless already known) and, when `withProfile`, a tier and a profile named after it that
    /// route to its first model with the others as fallbacks. Existing entries are kept; returns
    /// the name of the profile it added or found ("" when `withProfile` is false).
    QString addTo(TiergateConfig &config, bool withProfile = true) const;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::LocalServer)
