#pragma once

#include "core/routing/routeresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tiergate {

/// What the price table knows about one model.
struct PriceEntry
{
    QString model; ///< id as the provider names it (the LiteLLM key)
    QString provider; ///< LiteLLM's `litellm_provider` ("" when absent)
    PriceSnapshot prices; ///< micro-dollars per 1M tokens, `known` = true
    qint64 contextWindow = 0; ///< max input tokens, 0 when unknown
    qint64 maxOutputTokens = 0; ///< 0 when unknown

    friend bool operator==(const PriceEntry &, const PriceEntry &) = default;
};

/// Model id → prices, context window, max output and provider.
///
/// Built by importing LiteLLM's `model_prices_and_context_window.json` (the price map many users
/// already keep) or by inserting entries from the configuration's catalog; `merge()` lets user
/// overrides win over a shipped or imported table. A plain copyable value.
class PriceTable
{
public:
    struct Skipped
    {
        QString key;
        QString reason; ///< plain sentence, e.g. "no per-token input or output price"
    };

    struct ImportReport
    {
        bool ok = false; ///< false only when the document itself is unreadable
        QString error; ///< why, when !ok
        int imported = 0;
        QList<Skipped> skipped; ///< odd entries that were left out, with the reason
    };

    /// Parses LiteLLM's format: an object of model id → {input_cost_per_token,
    /// output_cost_per_token, cache_read_input_token_cost, cache_creation_input_token_cost, max_input_tokens,
    /// max_output_tokens, max_tokens, litellm_provider, ...}. Costs are dollars per token (numbers or numeric strings).
    /// The "sample_spec" entry is ignored; entries without a usable per-token price are skipped and listed in `report`.
    static PriceTable fromLiteLlmJson(const QByteArray &json, ImportReport *report = nullptr);

    /// Dollars per token (LiteLLM's unit) → micro-dollars per 1M tokens, rounded.
    static qint64 perTokenDollarsToPerMTokMicros(double dollarsPerToken);

    void insert(const PriceEntry &entry);
    /// Entries of `overrides` replace those with the same id.
    void merge(const PriceTable &overrides);

    bool contains(const QString &model) const { return m_entries.contains(model); }
    std::optional<PriceEntry> find(const QString &model) const;
    /// The snapshot to charge `model` with; `known` = false when the table has no price for it.
    PriceSnapshot prices(const QString &model) const;
    QStringList models() const; ///< sorted
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QHash<QString, PriceEntry> m_entries;
};

} // namespace tiergate
