#include "core/config/builtinconfig.h"
#include "core/config/configvalidator.h"
#include "core/config/keyref.h"
#include "core/config/modelresolution.h"
#include "core/sim/simmodelspec.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

} // namespace

class TestBuiltinConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void resolveModel_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        // tierMap[tier][requested] ?? tierMap[tier].default ?? requested
        QTest::newRow("budget default") << "budget"
                                        << "anything"
                                        << "deepseek-chat";
        QTest::newRow("standard default") << "standard"
                                          << ""
                                          << "qwen3-32b";
        QTest::newRow("premium default") << "premium"
                                         << "x"
                                         << "Pro/deepseek-ai/DeepSeek-V3.2";
        QTest::newRow("standard alias") << "standard"
                                        << "gpt-4o-mini"
                                        << "deepseek-chat";
        QTest::newRow("premium alias") << "premium"
                                       << "gpt-4o-mini"
                                       << "qwen3-32b";
        QTest::newRow("unknown tier passes through") << "gold"
                                                     << "gpt-4o"
                                                     << "gpt-4o";
        QTest::newRow("demo self alias") << "demo-standard"
                                         << "sim-flaky"
                                         << "sim-flaky";
        QTest::newRow("demo default") << "demo-standard"
                                      << "gpt-4o"
                                      << "sim-standard";
        QTest::newRow("no default, no alias") << "bare"
                                              << "m"
                                              << "m";
        QTest::newRow("no default, alias") << "bare"
                                           << "a"
                                           << "b";
    }

    void resolveModel()
    {
        QFETCH(QString, tier);
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        TierConfig bare;
        bare.name = QStringLiteral("bare");
        bare.aliases.insert(QStringLiteral("a"), QStringLiteral("b"));
        c.tiers.append(bare);
        QCOMPARE(c.resolveModel(tier, requested), expected);
        QCOMPARE(tiergate::resolveModel(c.tier(tier), requested), expected);
    }

    void buildChain_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("tierOverride");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("dev (seed)") << "dev"
                                    << "gpt-4o"
                                    << "" << sl({ "deepseek-chat", "qwen3-32b" });
        QTest::newRow("staging (seed)") << "staging"
                                        << ""
                                        << "" << sl({ "qwen3-32b", "deepseek-chat" });
        QTest::newRow("production (seed)") << "production"
                                           << "gpt-4o"
                                           << "" << sl({ "Pro/deepseek-ai/DeepSeek-V3.2", "qwen3-32b" });
        QTest::newRow("production downgraded to budget")
            << "production"
            << "gpt-4o"
            << "budget" << sl({ "deepseek-chat", "Pro/deepseek-ai/DeepSeek-V3.2", "qwen3-32b" });
        QTest::newRow("demo") << "demo"
                              << ""
                              << "" << sl({ "sim-standard", "sim-budget" });
        QTest::newRow("demo flaky") << "demo"
                                    << "sim-flaky"
                                    << "" << sl({ "sim-flaky", "sim-budget" });
        QTest::newRow("demo budget dedup") << "demo"
                                           << "sim-budget"
                                           << "" << sl({ "sim-budget" });
        QTest::newRow("unknown profile") << "nope"
                                         << "m"
                                         << "" << sl({ "m" });
    }

    void buildChain()
    {
        QFETCH(QString, profile);
        QFETCH(QString, requested);
        QFETCH(QString, tierOverride);
        QFETCH(QStringList, expected);
        const TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        QCOMPARE(c.buildChain(profile, requested, tierOverride), expected);
    }

    void buildChainPure()
    {
        QCOMPARE(tiergate::buildChain(QStringLiteral("a"),
                     { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"), QString(), QStringLiteral("c") }),
            (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(tiergate::buildChain(QString(), { QStringLiteral("b") }), QStringList { QStringLiteral("b") });
    }

    void seedDefaults()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:4000/v1"));
        const TiergateConfig c = builtin::defaultConfig(env);
        QCOMPARE(c.defaultProfile, QStringLiteral("demo"));
        QCOMPARE(c.provider(QStringLiteral("gateway"))->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));
        QCOMPARE(c.provider(QStringLiteral("gateway"))->apiKey.toString(), QStringLiteral("env:LLM_GATEWAY_API_KEY"));
        struct Seed
        {
            const char *name;
            const char *tier;
            QStringList chain;
            int retries;
        };
        const QList<Seed> seeds {
            { "dev", "budget", { QStringLiteral("deepseek-chat"), QStringLiteral("qwen3-32b") }, 1 },
            { "staging", "standard", { QStringLiteral("qwen3-32b"), QStringLiteral("deepseek-chat") }, 2 },
            { "production", "premium", { QStringLiteral("Pro/deepseek-ai/DeepSeek-V3.2"), QStringLiteral("qwen3-32b") },
                3 },
        };
        for (const Seed &s : seeds) {
            const ProfileConfig *p = c.profile(QLatin1String(s.name));
            QVERIFY(p);
            QCOMPARE(p->tier, QLatin1String(s.tier));
            QCOMPARE(p->fallbackChain, s.chain);
            QCOMPARE(p->maxRetries, s.retries);
            QCOMPARE(p->contextWindowLimit, 8192);
            QCOMPARE(p->observability.alertThresholds.fallbackRate, 0.15);
            QCOMPARE(p->observability.alertThresholds.latencyP95Ms, 800);
            QCOMPARE(p->observability.alertThresholds.monthlyBudgetCapMicros, 5000LL * 1000000);
            QCOMPARE(p->tierFor(QStringLiteral("critical")), QStringLiteral("premium"));
            QCOMPARE(p->tierFor(QStringLiteral("background")), QStringLiteral("budget"));
            QCOMPARE(p->tierFor(QStringLiteral("standard")), QLatin1String(s.tier));
            // The seed's models are served by the gateway.
            for (const QString &m : s.chain)
                QCOMPARE(c.providerForModel(m)->id, QStringLiteral("gateway"));
        }
        QVERIFY(c.profile(QStringLiteral("production"))->fastFailover);

        QProcessEnvironment onlyOpenAi;
        onlyOpenAi.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test"));
        QCOMPARE(builtin::gatewayProvider(onlyOpenAi).apiKey.toString(), QStringLiteral("env:OPENAI_API_KEY"));
    }

    void demoAndSimulator()
    {
        TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        const ProviderConfig *sim = c.provider(QStringLiteral("simulator"));
        QVERIFY(sim && sim->isSimulator());
        QVERIFY(sim->baseUrl.isEmpty());
        QVERIFY(sim->apiKey.isNone());
        for (const char *id : { "sim-budget", "sim-standard", "sim-premium", "sim-flaky" }) {
            const ModelConfig *m = c.model(QLatin1String(id));
            QVERIFY(m);
            QVERIFY(m->simulated);
            QVERIFY(m->outputPerMTokMicros > 0);
            QCOMPARE(m->providerId, QStringLiteral("simulator"));
        }
        QVERIFY(c.model(QStringLiteral("sim-premium"))->inputPerMTokMicros
            > c.model(QStringLiteral("sim-budget"))->inputPerMTokMicros);
        builtin::setSimulatorBaseUrl(c, QUrl(QStringLiteral("http://127.0.0.1:5555/v1")));
        QCOMPARE(c.provider(QStringLiteral("simulator"))->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:5555/v1")));
    }

    void demoLatencyThresholdFitsTheSimulatedTiers()
    {
        // The demo's p95 threshold sits between a whole answer of its own tier's model and one of
        // the premium tier, so the live chart shows normal requests under the line and slow ones over.
        const TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        const ProfileConfig *demo = c.profile(QLatin1String(builtin::DemoProfile));
        QVERIFY(demo);
        const auto wholeAnswerMs = [](const QString &id) {
            for (const SimModelSpec &m : SimModelSpec::defaults()) {
                if (m.id == id)
                    return m.firstTokenLatencyMs + int(m.answerTokens * 1000 / qMax(1.0, m.tokensPerSecond));
            }
            return -1;
        };
        const int own = wholeAnswerMs(c.tier(demo->tier)->defaultModel);
        const int premium = wholeAnswerMs(c.tier(demo->criticality.critical)->defaultModel);
        QVERIFY(own > 0 && premium > 0);
        const int threshold = demo->observability.alertThresholds.latencyP95Ms;
        QVERIFY2(threshold > own && threshold < premium,
            qPrintable(QStringLiteral("%1 not in (%2, %3)").arg(threshold).arg(own).arg(premium)));
    }

    void catalog()
    {
        const QList<ModelConfig> cat = builtin::catalog();
        QVERIFY(cat.size() >= 14);
        QVERIFY(builtin::catalogPricesAsOf().isValid());
        TiergateConfig c;
        c.catalog = cat;
        const ModelConfig *gpt4o = c.model(QStringLiteral("gpt-4o"));
        QVERIFY(gpt4o);
        QCOMPARE(gpt4o->contextWindow, 128000);
        QCOMPARE(gpt4o->inputPerMTokMicros, 2500000);
        QCOMPARE(gpt4o->outputPerMTokMicros, 10000000);
        QCOMPARE(gpt4o->cachedInputPerMTokMicros, 1250000);
        QCOMPARE(gpt4o->pricesAsOf, builtin::catalogPricesAsOf());
        for (const ModelConfig &m : cat) {
            QVERIFY2(m.contextWindow > 0 && m.outputPerMTokMicros > 0 && !m.providerId.isEmpty(), qPrintable(m.id));
            QVERIFY(!m.simulated);
        }
        // A user entry overrides the catalog entry of the same id.
        ModelConfig mine = *gpt4o;
        mine.providerId = QStringLiteral("azure");
        mine.inputPerMTokMicros = 1;
        c.models.append(mine);
        QCOMPARE(c.model(QStringLiteral("gpt-4o"))->providerId, QStringLiteral("azure"));
        QCOMPARE(c.effectiveModels().size(), cat.size());
    }

    void templates()
    {
        TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        QCOMPARE(builtin::profileTemplates().size(), 5);
        QStringList ids;
        for (builtin::ProfileTemplate t : builtin::profileTemplates()) {
            const ProfileConfig p = builtin::profileFromTemplate(t);
            ids.append(p.name);
            QVERIFY(!builtin::templateTitle(t).isEmpty());
            QVERIFY(!p.description.isEmpty());
            QVERIFY(p.fallbackChain.size() <= 2);
            c.upsertProfile(p);
        }
        QCOMPARE(ids,
            (QStringList { QStringLiteral("mvp"), QStringLiteral("saas"), QStringLiteral("enterprise"),
                QStringLiteral("high-volume-async"), QStringLiteral("multi-tenant") }));
        QVERIFY(!c.profile(QStringLiteral("mvp"))->fastFailover);
        QVERIFY(c.profile(QStringLiteral("saas"))->fastFailover);
        QVERIFY(c.profile(QStringLiteral("enterprise"))->fastFailover);
        QVERIFY(c.profile(QStringLiteral("multi-tenant"))->fastFailover);
        QVERIFY(!c.profile(QStringLiteral("high-volume-async"))->fastFailover);
        QCOMPARE(c.profile(QStringLiteral("enterprise"))->contextPolicy, ProfileConfig::ContextPolicy::Reject);
        QCOMPARE(c.profile(QStringLiteral("enterprise"))->budget.action, BudgetConfig::Action::Block);
        QCOMPARE(c.profile(QStringLiteral("high-volume-async"))->criticality.background, QStringLiteral("budget"));
        QCOMPARE(builtin::profileFromTemplate(builtin::ProfileTemplate::MvpInternalTool, QStringLiteral("x")).name,
            QStringLiteral("x"));
        // Every template is valid over the seed tiers.
        ConfigValidator::Options o;
        const QList<ValidationIssue> issues = ConfigValidator::validate(c, o);
        for (const ValidationIssue &i : issues)
            QVERIFY2(!i.isError(), qPrintable(i.toString()));
    }

    void keyRefParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("back");
        QTest::newRow("env") << "env:OPENAI_API_KEY" << int(KeyRef::Scheme::Env) << "OPENAI_API_KEY"
                             << "env:OPENAI_API_KEY";
        QTest::newRow("keychain") << "keychain:acme-prod" << int(KeyRef::Scheme::Keychain) << "acme-prod"
                                  << "keychain:acme-prod";
        QTest::newRow("file") << "file:~/.keys/gw" << int(KeyRef::Scheme::File) << "~/.keys/gw"
                              << "file:~/.keys/gw";
        QTest::newRow("empty") << "" << int(KeyRef::Scheme::None) << ""
                               << "";
        QTest::newRow("none") << "none" << int(KeyRef::Scheme::None) << ""
                              << "";
        QTest::newRow("raw key") << "sk-abc" << int(KeyRef::Scheme::Invalid) << "sk-abc"
                                 << "sk-abc";
        QTest::newRow("bad env name") << "env:1X" << int(KeyRef::Scheme::Invalid) << "env:1X"
                                      << "env:1X";
        QTest::newRow("empty env") << "env:" << int(KeyRef::Scheme::Invalid) << "env:"
                                   << "env:";
        QTest::newRow("keychain slash") << "keychain:a/b" << int(KeyRef::Scheme::Invalid) << "keychain:a/b"
                                        << "keychain:a/b";
        QTest::newRow("unknown scheme") << "vault:x" << int(KeyRef::Scheme::Invalid) << "vault:x"
                                        << "vault:x";
    }

    void keyRefParse()
    {
        QFETCH(QString, text);
        QFETCH(int, scheme);
        QFETCH(QString, name);
        QFETCH(QString, back);
        const KeyRef k = KeyRef::parse(text);
        QCOMPARE(int(k.scheme), scheme);
        QCOMPARE(k.name, name);
        QCOMPARE(k.toString(), back);
        QCOMPARE(k.isValid(), scheme != int(KeyRef::Scheme::Invalid));
        QCOMPARE(k.problem().isEmpty(), k.isValid());
    }
};

QTEST_GUILESS_MAIN(TestBuiltinConfig)
#include "tst_builtinconfig.moc"
