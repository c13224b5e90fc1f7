#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/config/providerkind.h"
#include "core/export/litellmexporter.h"
#include "core/export/litellmimporter.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <ctime>

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

/// The document with its lists in a fixed order (an export lists names in its own order).
TiergateConfig normalized(TiergateConfig c)
{
    std::sort(c.providers.begin(), c.providers.end(),
        [](const ProviderConfig &x, const ProviderConfig &y) { return x.id < y.id; });
    std::sort(c.models.begin(), c.models.end(), [](const ModelConfig &x, const ModelConfig &y) { return x.id < y.id; });
    for (ProfileConfig &p : c.profiles)
        std::sort(p.rateLimits.begin(), p.rateLimits.end(),
            [](const RateLimitConfig &x, const RateLimitConfig &y) { return x.target < y.target; });
    return c;
}

/// The parts an import defines (the catalog is not compared).
void compareImports(const TiergateConfig &a, const TiergateConfig &b)
{
    const QList<QByteArray> x = ConfigJson::write(normalized(a)).split('\n');
    const QList<QByteArray> y = ConfigJson::write(normalized(b)).split('\n');
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (x.at(i) != y.at(i)) {
            // The first difference, with a little context, says more than two document heads.
            QByteArray where;
            for (qsizetype j = std::max<qsizetype>(0, i - 6); j <= i; ++j)
                where += x.at(j) + '\n';
            QCOMPARE(x.at(i) + " (after: " + where + ")", y.at(i) + " (after: " + where + ")");
        }
    }
    QCOMPARE(x.size(), y.size());
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
        QCOMPARE(openai->baseUrl.toString(), QStringLiteral("https://api.openai.com/v1")); // the kind's preset
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
        QVERIFY(tier->defaultModel.isEmpty()); // LiteLLM routes only the names it lists
        // Every name is routable by itself, also when it equals the upstream id.
        QCOMPARE(tier->aliases.value(QStringLiteral("gpt-4o")), QStringLiteral("gpt-4o"));
        QCOMPARE(tier->aliases.value(QStringLiteral("vllm-big")), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));
        QCOMPARE(tier->aliases.value(QStringLiteral("claude-fallback")), QStringLiteral("qwen3-32b"));
        QCOMPARE(tier->aliases.value(QStringLiteral("local-llama")), QStringLiteral("llama3.1:8b"));
        QCOMPARE(tier->aliases.value(QStringLiteral("gpt-4-turbo")), QStringLiteral("gpt-4o"));
        QCOMPARE(tier->aliases.value(QStringLiteral("big")), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));

        const ProfileConfig *p = c.profile(QStringLiteral("from-litellm"));
        QVERIFY(p);
        // Only gpt-4o falls back in the source: one profile chain would invent fallbacks for the
        // others, so the lists are kept for the exports instead.
        QVERIFY(p->fallbackChain.isEmpty());
        QVERIFY(p->extra.value(QStringLiteral("fallbacks")).isArray());
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("router_settings.fallbacks"), QStringLiteral("differ")));
        QVERIFY(p->extra.value(QStringLiteral("contextWindowFallbacks")).isArray());
        QCOMPARE(p->maxRetries, 3);
        QCOMPARE(p->timeouts.totalMs, 45000); // the router's timeout
        QCOMPARE(ollama->timeouts.totalMs, TimeoutConfig().totalMs);
        QCOMPARE(p->backoff.baseMs, 1000);
        QCOMPARE(p->circuitBreaker.failuresToOpen, 2);
        QCOMPARE(p->circuitBreaker.openMs, 60000);
        QCOMPARE(p->budget.monthlyCapMicros, 150LL * 1000000);
        QCOMPARE(p->budget.action, BudgetConfig::Action::Block);
        QCOMPARE(p->rateLimits.size(), 1);
        QCOMPARE(p->rateLimits.first().target, QStringLiteral("gpt-4o"));
        QCOMPARE(p->rateLimits.first().rpm, 500);
        QCOMPARE(p->rateLimits.first().tpm, 300000);
        QCOMPARE(imp.warnings.size(), 2); // the per-model fallbacks and the context-window fallbacks

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
        // Azure is a kind of its own, with its api-version.
        const ProviderConfig *azure = imp.config.providerForModel(QStringLiteral("gpt-4o-deploy"));
        QVERIFY(azure);
        QCOMPARE(azure->kind, QStringLiteral("azure"));
        QCOMPARE(azure->apiVersion, QStringLiteral("2024-06-01"));
        QVERIFY(!hasWarning(imp.warnings, QStringLiteral("model_list[0].litellm_params.api_version")));
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
        // chat falls back to bare and bare to chat: one chain says exactly that.
        QCOMPARE(p->fallbackChain,
            (QStringList { QStringLiteral("some-model-without-prefix"), QStringLiteral("gpt-4o-deploy") }));
        QCOMPARE(imp.config.buildChain(QStringLiteral("litellm"), QStringLiteral("chat")),
            (QStringList { QStringLiteral("gpt-4o-deploy"), QStringLiteral("some-model-without-prefix") }));
        QCOMPARE(imp.config.models.size(), 2); // the second deployment of "chat" is kept for the exports
        const QJsonArray kept = imp.config.tiers.first().extra.value(QStringLiteral("deployments")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toObject().value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    }

    void badEntryIsSkippedAndTheRestImports()
    {
        const QByteArray yaml
            = "model_list:\n"
              "  - model_name: good\n"
              "    litellm_params: {model: groq/llama-3.1-8b-instant, api_key: os.environ/GROQ_API_KEY}\n"
              "  - model_name: odd\n"
              "    litellm_params: {model: azure/}\n"
              "  - model_name: creds\n"
              "    litellm_params: {model: openai/x, api_base: 'http://user:secret-pass@host.example/v1'}\n"
              "  - model_name: literal\n"
              "    litellm_params: {model: groq/llama-3.3-70b-versatile, api_key: gsk-LITERALVALUE}\n";
        const LiteLlmImport imp = LiteLlmImporter::import(yaml);
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        // Each problem names its input path; the rest imports.
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[1].litellm_params.model")));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[2].litellm_params.api_base")));
        QVERIFY(hasWarning(
            imp.warnings, QStringLiteral("model_list[3].litellm_params.api_key"), QStringLiteral("GROQ_API_KEY")));
        for (const ExportWarning &w : imp.warnings) {
            QVERIFY(!w.toString().contains(QStringLiteral("secret-pass")));
            QVERIFY(!w.toString().contains(QStringLiteral("LITERALVALUE")));
        }
        QCOMPARE(
            imp.config.tiers.first().aliases.value(QStringLiteral("good")), QStringLiteral("llama-3.1-8b-instant"));
        QVERIFY(!imp.config.tiers.first().aliases.contains(QStringLiteral("odd")));
        QVERIFY(!imp.config.tiers.first().aliases.contains(QStringLiteral("creds")));
        const ProviderConfig *groq = imp.config.providerForModel(QStringLiteral("llama-3.1-8b-instant"));
        QVERIFY(groq);
        QCOMPARE(groq->kind, QStringLiteral("groq"));
        QCOMPARE(groq->baseUrl.toString(), QStringLiteral("https://api.groq.com/openai/v1")); // the preset: it runs
    }

    void sameUpstreamIdOnTwoProvidersStaysApart()
    {
        const QByteArray yaml
            = "model_list:\n"
              "  - model_name: oss\n"
              "    litellm_params: {model: groq/openai/gpt-oss-20b, api_key: os.environ/GROQ_API_KEY, rpm: 30}\n"
              "  - model_name: oss\n"
              "    litellm_params: {model: openrouter/openai/gpt-oss-20b, api_key: os.environ/OPENROUTER_API_KEY, rpm: "
              "20}\n"
              "  - model_name: '*'\n"
              "    litellm_params: {model: 'openai/*', api_key: os.environ/OPENAI_API_KEY}\n";
        const LiteLlmImport imp = LiteLlmImporter::import(yaml);
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        QCOMPARE(imp.config.providerForModel(QStringLiteral("openai/gpt-oss-20b"))->kind, QStringLiteral("groq"));
        // The second deployment keeps its provider, key and limit, warned once.
        const QJsonArray kept = imp.config.tiers.first().extra.value(QStringLiteral("deployments")).toArray();
        QCOMPARE(kept.size(), 2);
        const QJsonObject second = kept.at(0).toObject();
        QCOMPARE(imp.config.provider(second.value(QStringLiteral("provider")).toString())->kind,
            QStringLiteral("openrouter"));
        QCOMPARE(second.value(QStringLiteral("rpm")).toInt(), 20);
        QCOMPARE(imp.config.profiles.first().rateLimits.size(), 1);
        QCOMPARE(imp.config.profiles.first().rateLimits.first().rpm, 30);
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[1]"), QStringLiteral("load-balanced")));
        // The wildcard is a pass-through rule, not a model named "*".
        QVERIFY(!imp.config.model(QStringLiteral("*")));
        QCOMPARE(kept.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("*"));
        QVERIFY(hasWarning(imp.warnings, QStringLiteral("model_list[2]"), QStringLiteral("wildcard")));
        // No invented fallbacks.
        QVERIFY(imp.config.profiles.first().fallbackChain.isEmpty());
    }

    void hugeNumbersAreReportedAsTooLarge()
    {
        const QByteArray yaml = "model_list:\n"
                                "  - model_name: m\n"
                                "    litellm_params: {model: groq/x, tpm: 99999999999999999999999, rpm: 1e300}\n";
        const LiteLlmImport imp = LiteLlmImporter::import(yaml);
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        QVERIFY(
            hasWarning(imp.warnings, QStringLiteral("model_list[0].litellm_params.tpm"), QStringLiteral("too large")));
        QVERIFY(
            hasWarning(imp.warnings, QStringLiteral("model_list[0].litellm_params.rpm"), QStringLiteral("too large")));
        for (const RateLimitConfig &rl : imp.config.profiles.first().rateLimits) {
            QVERIFY(rl.tpm >= 0);
            QVERIFY(rl.rpm >= 0);
        }
        QVERIFY(!ConfigJson::write(imp.config).contains("-9223372036854775808"));
    }

    void importIsLinearInSize()
    {
        // One provider per 100 models, a rate limit on each model.
        auto config = [](int models) {
            QByteArray yaml = "model_list:\n";
            for (int i = 0; i < models; ++i) {
                yaml += "  - model_name: name-" + QByteArray::number(i) + "\n";
                yaml += "    litellm_params:\n      model: openai/model-" + QByteArray::number(i) + "\n";
                yaml += "      api_base: http://host-" + QByteArray::number(i / 100) + ".example/v1\n";
                yaml += "      api_key: os.environ/KEY_" + QByteArray::number(i / 100) + "\n";
                yaml += "      rpm: " + QByteArray::number(100 + i) + "\n";
            }
            return yaml;
        };
        // This thread's processor time, best of three: other processes on a busy machine change the
        // wall-clock time of a run by more than the factor this test looks for.
        const auto cpuMs = [] {
            timespec t {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
        };
        QList<double> times;
        QList<double> exportTimes;
        for (const int models : { 2500, 10000 }) {
            const QByteArray yaml = config(models);
            double bestImport = 0;
            double bestExport = 0;
            for (int run = 0; run < 3; ++run) {
                double start = cpuMs();
                const LiteLlmImport imp = LiteLlmImporter::import(yaml);
                const double importMs = std::max(0.1, cpuMs() - start);
                QVERIFY2(imp.ok(), qPrintable(imp.error));
                QCOMPARE(imp.config.models.size(), models);
                QCOMPARE(imp.config.profiles.first().rateLimits.size(), models);
                // And back: every model's own limit in the export (looked up per model, not scanned).
                start = cpuMs();
                const ExportResult out = LiteLlmExporter::exportProfile(imp.config, imp.profileName);
                const double exportMs = std::max(0.1, cpuMs() - start);
                QVERIFY2(out.ok(), qPrintable(out.error));
                QCOMPARE(out.text.count(QStringLiteral("rpm: ")), models);
                QVERIFY(out.text.contains(QStringLiteral("rpm: %1\n").arg(100 + models - 1)));
                bestImport = run == 0 ? importMs : std::min(bestImport, importMs);
                bestExport = run == 0 ? exportMs : std::min(bestExport, exportMs);
            }
            times.append(bestImport);
            exportTimes.append(bestExport);
            qInfo().noquote() << models << "models imported in" << times.last() << "ms, exported in"
                              << exportTimes.last() << "ms of processor time (best of 3)";
        }
        // Four times the models, about four times the time (the quadratic importer took 16 times,
        // and so did the exporter's lookups of models and limits).
        QVERIFY2(times.at(1) < 8 * times.at(0),
            qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(times.at(1)).arg(times.at(0))));
        QVERIFY2(exportTimes.at(1) < 8 * exportTimes.at(0),
            qPrintable(QStringLiteral("export: %1 ms vs %2 ms").arg(exportTimes.at(1)).arg(exportTimes.at(0))));
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
        QTest::newRow("odd") << QStringLiteral("litellm-odd.yaml") << true;
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
        // The imported gateway provider is the seed's own: nothing to warn about.
        QVERIFY(!hasWarning(w, QStringLiteral("providers.gateway")));
        QCOMPARE(target.profile(QStringLiteral("production"))->tier, QStringLiteral("production"));
        QCOMPARE(target.defaultProfile, QStringLiteral("demo"));
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmImporter)
#include "tst_litellmimporter.moc"
