#include "core/cost/pricetable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace tiergate {

namespace {

// A number or a numeric string; nullopt when absent or unusable.
std::optional<double> numberField(const QJsonObject &o, QLatin1String key, bool *malformed)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok) {
            *malformed = true;
            return std::nullopt;
        }
    } else {
        *malformed = true;
        return std::nullopt;
    }
    if (!std::isfinite(d) || d < 0) {
        *malformed = true;
        return std::nullopt;
    }
    return d;
}

qint64 tokenCount(const QJsonObject &o, QLatin1String key)
{
    bool malformed = false;
    const std::optional<double> d = numberField(o, key, &malformed);
    if (!d || *d > 1e12)
        return 0;
    return qint64(*d);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::PriceTable", text);
}

} // namespace

qint64 PriceTable::perTokenDollarsToPerMTokMicros(double dollarsPerToken)
{
    return std::llround(dollarsPerToken * 1e12);
}

PriceTable PriceTable::fromLiteLlmJson(const QByteArray &json, ImportReport *report)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    r = ImportReport();

    PriceTable table;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = tr("The price file is not valid JSON: %1 (at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return table;
    }
    if (!doc.isObject()) {
        r.error = tr("The price file must be a JSON object of model id to prices.");
        return table;
    }

    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("sample_spec"))
            continue;
        if (key.trimmed().isEmpty()) {
            r.skipped.append({ key, tr("empty model id") });
            continue;
        }
        if (!it.value().isObject()) {
            r.skipped.append({ key, tr("entry is not an object") });
            continue;
        }
        const QJsonObject o = it.value().toObject();
        bool malformed = false;
        const std::optional<double> input = numberField(o, QLatin1String("input_cost_per_token"), &malformed);
        const std::optional<double> output = numberField(o, QLatin1String("output_cost_per_token"), &malformed);
        const std::optional<double> cached = numberField(o, QLatin1String("cache_read_input_token_cost"), &malformed);
        const std::optional<double> cacheWrite
            = numberField(o, QLatin1String("cache_creation_input_token_cost"), &malformed);
        if (malformed) {
            r.skipped.append({ key, tr("a price is not a non-negative number") });
            continue;
        }
        if (!input && !output) {
            r.skipped.append({ key, tr("no per-token input or output price") });
            continue;
        }

        PriceEntry e;
        e.model = key;
        e.provider = o.value(QLatin1String("litellm_provider")).toString();
        e.prices.inputPerMTokMicros = input ? perTokenDollarsToPerMTokMicros(*input) : 0;
        e.prices.outputPerMTokMicros = output ? perTokenDollarsToPerMTokMicros(*output) : 0;
        e.prices.cachedInputPerMTokMicros = cached ? perTokenDollarsToPerMTokMicros(*cached) : -1;
        e.prices.cacheWritePerMTokMicros = cacheWrite ? perTokenDollarsToPerMTokMicros(*cacheWrite) : -1;
        e.prices.known = true;

        // LiteLLM's legacy `max_tokens` means the input window on old entries and the output limit
        // on entries that also carry `max_input_tokens`.
        const qint64 maxInput = tokenCount(o, QLatin1String("max_input_tokens"));
        const qint64 maxOutput = tokenCount(o, QLatin1String("max_output_tokens"));
        const qint64 maxTokens = tokenCount(o, QLatin1String("max_tokens"));
        e.contextWindow = maxInput > 0 ? maxInput : maxTokens;
        e.maxOutputTokens = maxOutput > 0 ? maxOutput : (maxInput > 0 ? maxTokens : 0);

        table.insert(e);
        ++r.imported;
    }
    std::sort(r.skipped.begin(), r.skipped.end(), [](const Skipped &a, const Skipped &b) { return a.key < b.key; });
    r.ok = true;
    return table;
}

void PriceTable::insert(const PriceEntry &entry)
{
    m_entries.insert(entry.model, entry);
}

void PriceTable::merge(const PriceTable &overrides)
{
    for (auto it = overrides.m_entries.cbegin(); it != overrides.m_entries.cend(); ++it)
        m_entries.insert(it.key(), it.value());
}

std::optional<PriceEntry> PriceTable::find(const QString &model) const
{
    const auto it = m_entries.constFind(model);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

PriceSnapshot PriceTable::prices(const QString &model) const
{
    const auto it = m_entries.constFind(model);
    return it == m_entries.cend() ? PriceSnapshot() : it->prices;
}

QStringList PriceTable::models() const
{
    QStringList ids = m_entries.keys();
    ids.sort();
    return ids;
}

} // namespace tiergate
