#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QtGlobal>

namespace tiergate {

/// Token counts of one completion. Read from the provider's `usage` object whenever present;
/// when a provider sends none (some streams), the router estimates and sets `estimated`, and every
/// place that shows the figure marks it as estimated.
class Usage
{
    Q_GADGET
public:
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 cachedTokens = 0; ///< prompt_tokens_details.cached_tokens, part of promptTokens
    bool estimated = false;

    bool isEmpty() const { return promptTokens == 0 && completionTokens == 0 && totalTokens == 0; }

    /// Parses an OpenAI `usage` object; missing fields stay 0, total is derived when absent.
    static Usage fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const Usage &, const Usage &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::Usage)
