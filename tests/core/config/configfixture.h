#pragma once

// A full document with every kind of entry (teams, rate limits, overrides, unknown keys), shared by
// the config tests. Built from the built-ins with a fixed environment so it never varies.

#include "core/config/builtinconfig.h"
#include "core/config/tiergateconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace tiergate::test {

inline QProcessEnvironment fixedEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:4000/v1"));
    return env;
}

inline TiergateConfig fullConfig()
{
    TiergateConfig c = builtin::defaultConfig(fixedEnvironment());
    for (builtin::ProfileTemplate t : builtin::profileTemplates())
        c.upsertProfile(builtin::profileFromTemplate(t));
    TeamConfig team;
    team.id = QStringLiteral("acme");
    team.name = QStringLiteral("Acme Corp");
    team.rotationWarnDays = 10;
    TeamKey key;
    key.key = KeyRef::env(QStringLiteral("ACME_PREMIUM_KEY"));
    key.rotationDate = QDate(2030, 1, 31);
    team.keys.insert(QStringLiteral("premium"), key);
    TeamKey budgetKey;
    budgetKey.key = KeyRef::keychain(QStringLiteral("acme-budget"));
    team.keys.insert(QStringLiteral("budget"), budgetKey);
    c.teams.append(team);
    c.profile(QStringLiteral("multi-tenant"))->teams = { QStringLiteral("acme") };
    ProviderConfig *gw = c.provider(QStringLiteral("gateway"));
    gw->headers.insert(QStringLiteral("X-Team"), QStringLiteral("platform"));
    gw->extra.insert(QStringLiteral("comment"), QStringLiteral("the company gateway"));
    c.extra.insert(QStringLiteral("_comment"), QStringLiteral("kept across saves"));
    c.profile(QStringLiteral("production"))->extra.insert(QStringLiteral("owner"), QStringLiteral("sre"));
    c.profile(QStringLiteral("production"))->backoff.extra.insert(QStringLiteral("note"), 1);
    return c;
}

} // namespace tiergate::test
