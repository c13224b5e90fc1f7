#pragma once

// A small, fixed configuration for the export tests (independent of the shipped catalog's prices).

#include "core/config/tiergateconfig.h"

namespace tiergate::test {

/// The fake key value planted in the environment: no export may ever contain it.
inline QByteArray plantedKeyValue()
{
    return QByteArrayLiteral("planted-FAKE-key-0123456789abcdef");
}

inline TiergateConfig exportFixture()
{
    TiergateConfig c;
    ProviderConfig example;
    example.id = QStringLiteral("example");
    example.kind = QStringLiteral("openai-compatible");
    example.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    example.apiKey = KeyRef::env(QStringLiteral("EXAMPLE_API_KEY"));
    example.headers.insert(QStringLiteral("X-Org"), QStringLiteral("acme"));
    example.timeouts.totalMs = 90000;
    example.timeouts.firstByteMs = 20000;
    ProviderConfig local;
    local.id = QStringLiteral("local");
    local.kind = QStringLiteral("ollama");
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
    local.maxConcurrent = 2;
    ProviderConfig vault;
    vault.id = QStringLiteral("vault");
    vault.kind = QStringLiteral("deepseek");
    vault.baseUrl = QUrl(QStringLiteral("https://api.deepseek.com/v1"));
    vault.apiKey = KeyRef::keychain(QStringLiteral("deepseek-prod"));
    c.providers = { example, local, vault };

    auto model = [](const QString &id, const QString &provider, qint64 window, qint64 in, qint64 out) {
        ModelConfig m;
        m.id = id;
        m.providerId = provider;
        m.contextWindow = window;
        m.maxOutput = 4096;
        m.inputPerMTokMicros = in;
        m.outputPerMTokMicros = out;
        return m;
    };
    c.models = { model(QStringLiteral("alpha-8b"), QStringLiteral("example"), 32768, 200000, 600000),
        model(QStringLiteral("llama3.1:70b"), QStringLiteral("local"), 131072, 0, 0),
        model(QStringLiteral("deepseek-chat"), QStringLiteral("vault"), 65536, 270000, 1100000) };

    TierConfig standard;
    standard.name = QStringLiteral("standard");
    standard.defaultModel = QStringLiteral("alpha-8b");
    standard.aliases.insert(QStringLiteral("gpt-4o"), QStringLiteral("alpha-8b"));
    standard.aliases.insert(QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat"));
    TierConfig budget;
    budget.name = QStringLiteral("budget");
    budget.defaultModel = QStringLiteral("deepseek-chat");
    c.tiers = { standard, budget };

    ProfileConfig p;
    p.name = QStringLiteral("prod");
    p.tier = QStringLiteral("standard");
    p.fallbackChain = { QStringLiteral("alpha-8b"), QStringLiteral("llama3.1:70b"), QStringLiteral("deepseek-chat") };
    p.maxRetries = 2;
    p.backoff.baseMs = 400;
    p.backoff.capMs = 4000;
    p.timeouts.totalMs = 60000;
    p.circuitBreaker.failuresToOpen = 4;
    p.circuitBreaker.openMs = 20000;
    RateLimitConfig rl;
    rl.target = QStringLiteral("alpha-8b");
    rl.rpm = 60;
    rl.tpm = 100000;
    RateLimitConfig providerLimit;
    providerLimit.scope = RateLimitConfig::Scope::Provider;
    providerLimit.target = QStringLiteral("local");
    providerLimit.rpm = 10;
    p.rateLimits = { rl, providerLimit };
    p.budget.monthlyCapMicros = 250LL * 1000000;
    p.budget.action = BudgetConfig::Action::Downgrade;
    p.criticality.background = QStringLiteral("budget");
    p.observability.logLevel = QStringLiteral("warn");
    p.observability.alertThresholds.fallbackRate = 0.2;
    p.observability.alertThresholds.latencyP95Ms = 1200;
    p.observability.alertThresholds.monthlyBudgetCapMicros = 250LL * 1000000;

    ProfileConfig dev;
    dev.name = QStringLiteral("dev");
    dev.tier = QStringLiteral("budget");
    dev.fallbackChain = { QStringLiteral("deepseek-chat") };
    dev.maxRetries = 1;
    c.profiles = { p, dev };
    c.defaultProfile = QStringLiteral("prod");
    return c;
}

} // namespace tiergate::test
