#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tiergate {

class TiergateConfig;

/// A plain-language account of what a profile does, per error class (for reviewers who do not
/// read JSON): which models are tried in which order, with which waits.
class ProfileExplanation
{
public:
    struct Section
    {
        QString errorClass; ///< "rate_limit" | "server_error" | "timeout" | "context_overflow" | "auth" | "budget"
        QString title; ///< translated heading, e.g. "Rate limit (HTTP 429)"
        QString text; ///< translated paragraph
    };

    QString profile;
    QString error; ///< set (and nothing else) when the profile does not exist
    QString summary; ///< tier, chain and retries in one paragraph
    QStringList chain; ///< attempt order of a request for the tier's default model
    QList<Section> sections;
    QStringList missingFromCatalog; ///< chain models the configuration does not know
    QStringList missingOnProvider; ///< chain models the provider did not list / answered 404 for

    bool ok() const { return error.isEmpty(); }
    /// Summary, warnings about missing models, then every section ("Title: text"), as plain text.
    QString text() const;
};

/// Builds ProfileExplanation from the configuration alone (pure; no network). The caller may
/// pass the models a provider reported missing (Transport::listModels() of the provider, or a
/// 404 on a probe) so they are flagged too; waits follow RetryPolicy's rules (base·2^retry,
/// capped, ±jitter, Retry-After honoured up to its cap; fast failover moves on at once).
class ProfileExplainer
{
public:
    static ProfileExplanation explain(
        const TiergateConfig &config, const QString &profile, const QStringList &missingOnProvider = {});
    /// Nominal waits before retry 1..maxRetries in ms (without jitter).
    static QList<qint64> backoffWaits(int maxRetries, int baseMs, int capMs);
};

} // namespace tiergate
