#pragma once

#include "core/config/tiergateconfig.h"
#include "core/export/exportresult.h"

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace tiergate {

/// "tiergate.export": exports and imports (names of options, never key values).
Q_DECLARE_LOGGING_CATEGORY(lcExport)

/// Helpers shared by the exporters, the importer and the explainer.
namespace exportsupport {

QString tr(const char *text);
QString tr(const char *text, const char *disambiguation, int n);

/// The profile, or null with `result->error` set to a sentence listing the available profiles.
const ProfileConfig *findProfile(const TiergateConfig &config, const QString &name, ExportResult *result);
/// "profile 'x' does not exist. Available profiles: a, b, c."
QString unknownProfileMessage(const TiergateConfig &config, const QString &name);

/// The model a request lands on first: the tier's default, else the first chain entry, else the
/// model of the tier's first alias.
QString primaryModel(const TiergateConfig &config, const ProfileConfig &profile);
/// The attempt order of a request that resolves to `resolved` (buildChain semantics).
QStringList chainFrom(const QString &resolved, const ProfileConfig &profile);
/// The attempt order of a request that resolves to the primary model.
QStringList profileChain(const TiergateConfig &config, const ProfileConfig &profile);
/// The chain models plus the tier's alias targets, in first-use order, without duplicates.
QStringList profileModels(const TiergateConfig &config, const ProfileConfig &profile);
/// Tiers the profile reaches: its tier, the criticality tiers, the budget tier of a downgrade.
QStringList profileTiers(const TiergateConfig &config, const ProfileConfig &profile);
/// The budget tier a downgrade routes to ("budget", else a tier named "*-budget"), or "".
QString budgetTier(const TiergateConfig &config);

/// The environment variable a server reads the key from: the name of an `env:` reference, else a
/// name derived from the keychain entry / file (`*derived` set true), else "" for no key.
QString keyEnvName(const KeyRef &ref, bool *derived = nullptr);
/// Upper-case letters, digits and '_' only ("my key-1" → "MY_KEY_1").
QString envIdentifier(const QString &text);

/// Whether a provider takes its base URL from LLM_GATEWAY_URL (the seed's gateway provider).
bool isGatewayProvider(const ProviderConfig &provider);

QString profilePath(const ProfileConfig &profile, const QString &field = QString());
double microsToUsd(qint64 micros);
qint64 usdToMicros(double usd);
/// Milliseconds as seconds, with up to three decimals (1500 → 1.5).
double msToSeconds(qint64 ms);

} // namespace exportsupport
} // namespace tiergate
