#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/export/litellmexporter.h"
#include "core/export/litellmimporter.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QTest>

using namespace tiergate;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(test::dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

bool hasWarning(const ExportWarnings &warnings, const QString &option, const QString &text = QString())
{
    for (const ExportWarning &w : warnings) {
        if (w.option.contains(option) && w.message.contains(text))
            return true;
    }
    return false;
}

/// The parts an import defines (the catalog and unknown keys are not compared).
void compareImports(const TiergateConfig &a, const TiergateConfig &b)
{
    QCOMPARE(ConfigJson::write(a), ConfigJson::write(b));
    QCOMPARE(a.providers, b.providers);
    QCOMPARE(a.models, b.models);
    QCOMPARE(a.tiers, b.tiers);
    QCOMPARE(a.profiles, b.profiles);
}

} // namespace

class TestLiteLlmImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void importsTheBasicFile()
    {
        const LiteLlmImport imp
            = LiteLlmImporter::import(readData(QStringLiteral("litellm-basic.yaml")), QStringLiteral("from-litellm"));
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        const TiergateConfig &c = imp.config;
        QCOMPARE(c.providers.size(), 4);
        const ProviderConfig *openai = c.provider(QStringLiteral("openai"));
        QVERIFY(openai);
        QCOMPARE(openai->kind, QStringLiteral("openai"));
        QCOMPARE(openai->apiKey, KeyRef::env(QStringLiteral("OPENAI_API_KEY")));
        QCOMPARE(openai->timeouts.totalMs, 60000);
        const ProviderConfig *gateway = c.provider(QStringLiteral("gateway"));
        QVERIFY(gateway);
        QVERIFY(gateway->baseUrl.isEmpty()); // filled from LLM_GATEWAY_URL at run time
        QCOMPARE(gateway->apiKey, KeyRef::env(QStringLiteral("LLM_GATEWAY_API_KEY")));
        const ProviderConfig *ollama = c.providerForModel(QStringLiteral("llama3.1:8b"));
        QVERIFY(ollama);
        QCOMPARE(ollama->kind, QStringLiteral("ollama"));
        QCOMPARE(ollama->baseUrl.toString(), QStringLiteral("http://127.0.0.1:11434/v1"));
        QCOMPARE(ollama->maxConcurrent, 2);
        QVERIFY(ollama->apiKey.isNone());
        const ProviderConfig *vllm = c.providerForModel(QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));
        QVERIFY(vllm);
        QCOMPARE(vllm->kind, QStringLiteral("vllm"));
        QCOMPARE(vllm->timeouts.firstByteMs, 15000);

        const ModelConfig *gpt = c.model(QStringLiteral("gpt-4o"));
        QVERIFY(gpt);
        QCOMPARE(gpt->contextWindow, 128000);
        QCOMPARE(gpt->maxOutput, 16384);
        QCOMPARE(c.model(QStringLiteral("qwen3-32b"))->inputPerMTokMicros, 290000);
        QCOMPARE(c.model(QStringLiteral("qwen3-32b"))->outputPerMTokMicros, 590000);

        const TierConfig *tier = c.tier(QStringLiteral("from-litellm"));
        QVERIFY(tier);
        QCOMPARE(tier->defaultModel, QStringLiteral("gpt-4o"));
        QCOMPARE(tier->aliases.value(QStringLiteral("claude-fallback")), QStringLiteral("qwen3-32b"));
        QCOMPARE(tier->aliases.value(QStringLiteral("local-llama")), QStringLiteral("llama3.1:8b"));
        QCOMPARE(tier->aliases.value(QStringLiteral("gpt-4-turbo")), QStringLiteral("gpt-4o"));
        QCOMPARE(tier->aliases.value(QStringLiteral("big")), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));

        const ProfileConfig *p = c.profile(QStringLiteral("from-litellm"));
        QVERIFY(p);
        QCOMPARE(p->fallbackChain,
            (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("qwen3-32b"), QStringLiteral("llama3.1:8b") }));
        QCOMPARE(p->maxRetries, 3);
        QVERIFY(p->timeouts.isUnset());
        QCOMPARE(ollama->timeouts.totalMs, 45000); // the router's timeout where a deployment sets none
        QCOMPARE(p->backoff.baseMs, 1000);
        QCOMPARE(p->circuitBreaker.failuresToOpen, 2);
        QCOMPARE(p->circuitBreaker.openMs, 60000);
        QCOMPARE(p->budget.monthlyCapMicros, 150LL * 1000000);
        QCOMPARE(p->budget.action, BudgetConfig::Action::Block);
        QCOMPARE(p->rateLimits.size(), 1);
        QCOMPARE(p->rateLimits.first().target, QStringLiteral("gpt-4o"));
        QCOMPARE(p->rateLimits.first().rpm, 500);
        QCOMPARE(p->rateLimits.first().tpm, 300000);
        // A clean file imports without complaints.
        QVERIFY2(imp.warnings.isEmpty(), qPrintable(imp.warnings.value(0).toString()));

        // Merged into the seed document, the result validates.
        TiergateConfig merged = builtin::defaultConfig(QProcessEnvironment());
        LiteLlmImporter::merge(merged, imp);
        QVERIFY(merged.profile(QStringLiteral("from-litellm")));
        const QList<ValidationIssue> issues = ConfigValidator::validate(merged);
        QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
    }

    void oddFileGivesWarnings()
    {
        const QByteArray yaml = readData(QStringLiteral("litellm-odd.yaml"));
        const LiteLlmImport imp = LiteLlmImporter::import(yaml);
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        QCOMPARE(imp.profileName, QStringLiteral("litellm"));
        // The literal key is not imported, and never repeated.
        QVERIFY(hasWarning(
            imp.warnings, QStringLiteral("model_list[0].litellm_params.api_key"), QStringLiteral("NOT imported")));
        for (const ProviderConfig &p : imp.config.providers)
            QVERIFY(!p.apiKey.toString().contains(QStringLiteral("literal")));
        for (const ExportWarning &w : imp.warnings) {
            QVERIFY(!w.toString().contains(QStringLiteral("sk-literal-KEY")));
            QVERIFY(!w.toString().contains(QStringLiteral("sk-1234-literal-master")));
        }
        QVERIFY(
            hasWarning(imp.warnings, QStringLiteral("model_list[0].litellm_params.model"), QStringLiteral("azure")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[0].litellm_params.api_version")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[1]"), QStringLiteral("load-balance")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[2].litellm_params.model")));
        QVERIFY(hasWarning(
            imp.warnings, QStringLiteral("model_list[2].litellm_params.api_base"), QStringLiteral("CUSTOM_BASE_URL")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[2].litellm_params.temperature")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[3]")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[4]")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("router_settings.routing_strategy")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("router_settings.redis_host")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("router_settings.fallbacks"), QStringLiteral("ghost-model")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("general_settings")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("litellm_settings.budget_duration")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("litellm_settings.success_callback")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("environment_variables")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("unknown_section")));
        const ProfileConfig *p = imp.config.profile(QStringLiteral("litellm"));
        QVERIFY(p);
        QCOMPARE(p->fallbackChain,
            (QStringList { QStringLiteral("gpt-4o-deploy"), QStringLiteral("some-model-without-prefix") }));
        QCOMPARE(imp.config.models.size(), 2); // the second deployment of "chat" is not used
    }

    void rejectsWhatIsNotLiteLlm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not-litellm") << QStringLiteral("litellm-not-litellm.yaml") << QStringLiteral("model_list");
        QTest::newRow("broken-yaml") << QStringLiteral("litellm-broken.yaml") << QStringLiteral("line");
    }

    void rejectsWhatIsNotLiteLlm()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const LiteLlmImport imp = LiteLlmImporter::import(readData(file));
        QVERIFY(!imp.ok());
        QVERIFY2(imp.error.contains(expected), qPrintable(imp.error));
        QVERIFY(imp.config.providers.isEmpty());
    }

    void importExportImportIsStable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("lossless");
        QTest::newRow("basic") << QStringLiteral("litellm-basic.yaml") << true;
        // The odd file's azure deployment is exported as OpenAI-compatible (warned): the first
        // round trip changes its kind, every later one is stable.
        QTest::newRow("odd") << QStringLiteral("litellm-odd.yaml") << false;
    }

    void importExportImportIsStable()
    {
        QFETCH(QString, file);
        QFETCH(bool, lossless);
        const LiteLlmImport first = LiteLlmImporter::import(readData(file), QStringLiteral("p"));
        QVERIFY(first.ok());
        const ExportResult exported = LiteLlmExporter::exportProfile(first.config, QStringLiteral("p"));
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const LiteLlmImport second = LiteLlmImporter::import(exported.text.toUtf8(), QStringLiteral("p"));
        QVERIFY2(second.ok(), qPrintable(second.error));
        if (lossless)
            compareImports(first.config, second.config);
        // And once more from the second import: a fixed point.
        const LiteLlmImport third = LiteLlmImporter::import(
            LiteLlmExporter::exportProfile(second.config, QStringLiteral("p")).text.toUtf8(), QStringLiteral("p"));
        compareImports(second.config, third.config);
    }

    void exportedProfileImportsWithItsMeaning()
    {
        const TiergateConfig c = test::exportFixture();
        const ExportResult exported = LiteLlmExporter::exportProfile(c, QStringLiteral("prod"));
        const LiteLlmImport imp = LiteLlmImporter::import(exported.text.toUtf8(), QStringLiteral("prod"));
        QVERIFY(imp.ok());
        const ProfileConfig *orig = c.profile(QStringLiteral("prod"));
        const ProfileConfig *back = imp.config.profile(QStringLiteral("prod"));
        QCOMPARE(imp.config.buildChain(QStringLiteral("prod"), QStringLiteral("gpt-4o")),
            c.buildChain(QStringLiteral("prod"), QStringLiteral("gpt-4o")));
        QCOMPARE(imp.config.buildChain(QStringLiteral("prod"), QStringLiteral("gpt-4o-mini")),
            c.buildChain(QStringLiteral("prod"), QStringLiteral("gpt-4o-mini")));
        QCOMPARE(back->maxRetries, orig->maxRetries);
        // The profile's 60 s override reaches every deployment, so it comes back on the providers.
        for (const QString &m : orig->fallbackChain)
            QCOMPARE(back->timeouts.over(imp.config.providerForModel(m)->timeouts).totalMs, 60000);
        QCOMPARE(back->backoff.baseMs, orig->backoff.baseMs);
        QCOMPARE(back->circuitBreaker.failuresToOpen, orig->circuitBreaker.failuresToOpen);
        QCOMPARE(back->circuitBreaker.openMs, orig->circuitBreaker.openMs);
        QCOMPARE(back->budget.monthlyCapMicros, orig->budget.monthlyCapMicros);
        QCOMPARE(back->rateLimits.size(), 1); // the provider-wide limit was not expressible
        QCOMPARE(back->rateLimits.first().rpm, 60);
        QCOMPARE(imp.config.providerForModel(QStringLiteral("alpha-8b"))->apiKey,
            KeyRef::env(QStringLiteral("EXAMPLE_API_KEY")));
        QCOMPARE(imp.config.providerForModel(QStringLiteral("deepseek-chat"))->apiKey,
            KeyRef::env(QStringLiteral("DEEPSEEK_PROD_API_KEY")));
        QCOMPARE(imp.config.providerForModel(QStringLiteral("llama3.1:70b"))->baseUrl,
            QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
        QCOMPARE(imp.config.model(QStringLiteral("deepseek-chat"))->outputPerMTokMicros, 1100000);
    }

    void mergeWarnsAboutReplacements()
    {
        const LiteLlmImport imp
            = LiteLlmImporter::import(readData(QStringLiteral("litellm-basic.yaml")), QStringLiteral("production"));
        TiergateConfig target = builtin::defaultConfig(QProcessEnvironment());
        const ExportWarnings w = LiteLlmImporter::merge(target, imp);
        QVERIFY(hasWarning(w, QStringLiteral("profiles.production"), QStringLiteral("replaced")));
        QVERIFY(hasWarning(w, QStringLiteral("providers.gateway"), QStringLiteral("replaced"))); // 45 s timeout
        QCOMPARE(target.profile(QStringLiteral("production"))->tier, QStringLiteral("production"));
        QCOMPARE(target.defaultProfile, QStringLiteral("demo"));
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmImporter)
#include "tst_litellmimporter.moc"
