#pragma once

#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tiergate {

/// Result of reading a configuration document: the config (best effort, filled as far as the
/// file allowed) and every problem found while reading (type errors, unknown enum values, a
/// missing or unsupported version). Semantic checks are ConfigValidator's.
struct ConfigReadResult
{
    TiergateConfig config;
    QList<ValidationIssue> issues;
    bool ok() const { return !hasErrors(issues); }
};

/// JSON form of TiergateConfig (version 1). Pure: no files, no environment.
///
/// Layout: `{"version": 1, "defaultProfile", "providers": {id: {...}}, "models": [{...}],
/// "tiers": {name: {"default", "aliases"}}, "profiles": {name: {...}}, "teams": {id: {...}}}`.
/// Money is written in US dollars (`"inputPer1M": 2.5`, `"monthlyCapUsd": 5000`) and read into
/// micro-dollars. Unknown keys at every level are kept in the values' `extra` and written back,
/// so write(read(x)) == x for any document that carries every field.
class ConfigJson
{
public:
    /// Parses `data`. `catalog` becomes the config's built-in catalog (pass builtinCatalog()).
    static ConfigReadResult read(const QByteArray &data, const QList<ModelConfig> &catalog = {});
    static ConfigReadResult readObject(const QJsonObject &root, const QList<ModelConfig> &catalog = {});
    /// Indented JSON, keys sorted, trailing newline. Never contains a key value (only references).
    static QByteArray write(const TiergateConfig &config);
    static QJsonObject toJson(const TiergateConfig &config);

    /// Single values, for the profile editor and the exporters.
    static QJsonObject profileToJson(const ProfileConfig &profile);
    static QJsonObject providerToJson(const ProviderConfig &provider);
    static QJsonObject modelToJson(const ModelConfig &model);

    /// 2.5 USD ↔ 2'500'000 micro-dollars, exact for six decimals.
    static double microsToUsd(qint64 micros);
    static qint64 usdToMicros(double usd);
};

} // namespace tiergate
