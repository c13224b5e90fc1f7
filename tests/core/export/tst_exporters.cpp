#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/export/envexporter.h"
#include "core/export/litellmexporter.h"
#include "core/export/litellmimporter.h"
#include "core/export/nativeexporter.h"
#include "core/export/portkeyexporter.h"
#include "core/export/profileexporter.h"
#include "core/export/typescriptexporter.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace tiergate;

namespace {

QString q(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

bool hasWarning(const ExportResult &r, const QString &optionPart)
{
    for (const ExportWarning &w : r.warnings) {
        if (w.option.contains(optionPart))
            return true;
    }
    return false;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        // Every variable an export names gets a planted value; none may leak into any export.
        for (const char *var : { "EXAMPLE_API_KEY", "DEEPSEEK_PROD_API_KEY", "LLM_GATEWAY_API_KEY", "OPENAI_API_KEY" })
            qputenv(var, test::plantedKeyValue());
    }

    void liteLlmParsesBackToTheProfile()
    {
        const TiergateConfig c = test::exportFixture();
        const ExportResult r = LiteLlmExporter::exportProfile(c, QStringLiteral("prod"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const YAML::Node root = YAML::Load(r.text.toStdString());
        const YAML::Node list = root["model_list"];
        // One entry per name a request can use: the aliases, the tier default under its own id, and
        // the chain model no alias names (fallbacks refer to names).
        QMap<QString, YAML::Node> byName;
        for (const YAML::Node &e : list)
            byName.insert(q(e["model_name"]), e["litellm_params"]);
        QCOMPARE(byName.keys(),
            (QStringList { QStringLiteral("alpha-8b"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                QStringLiteral("llama3.1:70b") }));
        QCOMPARE(q(byName[QStringLiteral("gpt-4o")]["model"]), QStringLiteral("openai/alpha-8b"));
        QCOMPARE(q(byName[QStringLiteral("alpha-8b")]["model"]), QStringLiteral("openai/alpha-8b"));
        QCOMPARE(q(byName[QStringLiteral("llama3.1:70b")]["model"]), QStringLiteral("ollama/llama3.1:70b"));
        QCOMPARE(q(byName[QStringLiteral("gpt-4o-mini")]["model"]), QStringLiteral("deepseek/deepseek-chat"));
        const YAML::Node alpha = byName[QStringLiteral("alpha-8b")];
        QCOMPARE(q(alpha["api_base"]), QStringLiteral("https://api.example.com/v1"));
        // Ollama's usual local address is what the prefix means: not repeated.
        QVERIFY(!byName[QStringLiteral("llama3.1:70b")]["api_base"]);
        // DeepSeek's own address is what the prefix means: not repeated.
        QVERIFY(!byName[QStringLiteral("gpt-4o-mini")]["api_base"]);
        QCOMPARE(q(alpha["api_key"]), QStringLiteral("os.environ/EXAMPLE_API_KEY"));
        QCOMPARE(
            q(byName[QStringLiteral("gpt-4o-mini")]["api_key"]), QStringLiteral("os.environ/DEEPSEEK_PROD_API_KEY"));
        QVERIFY(!byName[QStringLiteral("llama3.1:70b")]["api_key"]);
        QCOMPARE(alpha["rpm"].as<int>(), 60);
        QCOMPARE(alpha["tpm"].as<int>(), 100000);
        // The provider's own 90 s is written; that LiteLLM lets it win over the router's 60 s
        // (Tiergate: the profile's wins) is warned.
        QCOMPARE(alpha["timeout"].as<double>(), 90.0);
        QVERIFY(hasWarning(r, QStringLiteral("providers.example.timeouts.totalMs")));
        QCOMPARE(alpha["stream_timeout"].as<double>(), 20.0);
        QCOMPARE(q(alpha["extra_headers"]["X-Org"]), QStringLiteral("acme"));
        QCOMPARE(alpha["input_cost_per_token"].as<double>(), 2e-7);
        // Nothing the profile leaves at Tiergate's defaults.
        QVERIFY(!byName[QStringLiteral("llama3.1:70b")]["timeout"]);
        QCOMPARE(byName[QStringLiteral("llama3.1:70b")]["max_parallel_requests"].as<int>(), 2);
        QVERIFY(!alpha["max_parallel_requests"]);

        const YAML::Node router = root["router_settings"];
        QVERIFY(!router["num_retries"]); // 2 is Tiergate's default
        QVERIFY(!router["enable_pre_call_checks"]);
        QCOMPARE(router["timeout"].as<double>(), 60.0);
        QCOMPARE(router["retry_after"].as<double>(), 0.4);
        QCOMPARE(router["allowed_fails"].as<int>(), 4);
        QCOMPARE(router["cooldown_time"].as<double>(), 20.0);
        // Every name falls back along the profile's chain, as in Tiergate.
        QMap<QString, QStringList> fallbacks;
        for (const YAML::Node &item : router["fallbacks"]) {
            for (auto it = item.begin(); it != item.end(); ++it) {
                QStringList to;
                // A copy: `it->second` belongs to a temporary that a range-for would outlive.
                const YAML::Node targets = it->second;
                for (const YAML::Node &n : targets)
                    to.append(q(n));
                fallbacks.insert(q(it->first), to);
            }
        }
        QCOMPARE(fallbacks.value(QStringLiteral("gpt-4o")),
            (QStringList { QStringLiteral("llama3.1:70b"), QStringLiteral("gpt-4o-mini") }));
        QCOMPARE(fallbacks.value(QStringLiteral("gpt-4o-mini")),
            (QStringList { QStringLiteral("alpha-8b"), QStringLiteral("llama3.1:70b") }));
        QCOMPARE(fallbacks.size(), 4);
        // Never invented: no context-window fallbacks, no aliases the profile does not have.
        QVERIFY(!router["context_window_fallbacks"]);
        QVERIFY(!router["model_group_alias"]);
        QCOMPARE(root["litellm_settings"]["max_budget"].as<double>(), 250.0);

        QVERIFY(hasWarning(r, QStringLiteral("rateLimits[1]"))); // provider-wide limit
        QVERIFY(hasWarning(r, QStringLiteral("budget.action"))); // downgrade
        QVERIFY(hasWarning(r, QStringLiteral("providers.vault.apiKey"))); // keychain key
        QVERIFY(hasWarning(r, QStringLiteral("criticality")));
        QVERIFY(hasWarning(r, QStringLiteral("backoff")));
        // Each warning is also a comment in the file.
        for (const ExportWarning &w : r.warnings)
            QVERIFY2(r.text.contains(QStringLiteral("# - ") + w.option), qPrintable(w.option));
    }

    void liteLlmGolden()
    {
        const ExportResult r = LiteLlmExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        QFile golden(test::dataFile(QStringLiteral("export-prod.litellm.yaml")));
        if (qEnvironmentVariableIsSet("TIERGATE_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(r.text.toUtf8());
            golden.close();
        }
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(r.text, QString::fromUtf8(golden.readAll()));
    }

    void portkeyParsesBackToTheProfile()
    {
        const ExportResult r = PortkeyExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        QVERIFY(r.ok());
        QJsonParseError err;
        const QJsonObject root = QJsonDocument::fromJson(r.text.toUtf8(), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("mode")).toString(),
            QStringLiteral("fallback"));
        const QJsonArray codes
            = root.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("on_status_codes")).toArray();
        QVERIFY(codes.contains(503));
        QVERIFY(codes.contains(429));
        // A bad key moves on to the next provider (whose key may work) ...
        QVERIFY(codes.contains(401));
        QVERIFY(codes.contains(403));
        const QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 3);
        for (const QJsonValue &target : targets) {
            const QJsonObject retry = target.toObject().value(QStringLiteral("retry")).toObject();
            QCOMPARE(retry.value(QStringLiteral("attempts")).toInt(), 2);
            QVERIFY(retry.value(QStringLiteral("on_status_codes")).toArray().contains(503));
            // ... but is not retried on the same one.
            QVERIFY(!retry.value(QStringLiteral("on_status_codes")).toArray().contains(401));
            QVERIFY(retry.value(QStringLiteral("use_retry_after_header")).toBool());
            // No key, and no hosted-only virtual key: the runner fills api_key from the environment.
            QVERIFY(!target.toObject().contains(QStringLiteral("virtual_key")));
            QVERIFY(!target.toObject().contains(QStringLiteral("api_key")));
            QCOMPARE(target.toObject().value(QStringLiteral("request_timeout")).toInt(), 60000);
        }
        QStringList models;
        for (const QJsonValue &t : targets)
            models.append(t.toObject()
                              .value(QStringLiteral("override_params"))
                              .toObject()
                              .value(QStringLiteral("model"))
                              .toString());
        QCOMPARE(models,
            (QStringList {
                QStringLiteral("alpha-8b"), QStringLiteral("llama3.1:70b"), QStringLiteral("deepseek-chat") }));
        const QJsonObject t0 = targets.at(0).toObject();
        QCOMPARE(t0.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(t0.value(QStringLiteral("custom_host")).toString(), QStringLiteral("https://api.example.com/v1"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("ollama"));
        // A local server's address is always given; DeepSeek's own is Portkey's default.
        QVERIFY(targets.at(1).toObject().contains(QStringLiteral("custom_host")));
        QCOMPARE(targets.at(2).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("deepseek"));
        QVERIFY(!targets.at(2).toObject().contains(QStringLiteral("custom_host")));
        QVERIFY(hasWarning(r, QStringLiteral("circuitBreaker")));
        QVERIFY(hasWarning(r, QStringLiteral("rateLimits")));
        QVERIFY(hasWarning(r, QStringLiteral("budget")));
        // The keychain key reaches the runner through a derived variable: warned.
        QVERIFY(hasWarning(r, QStringLiteral("providers.vault.apiKey")));
    }

    void azureApiVersionReachesLiteLlmAndPortkey()
    {
        TiergateConfig c = test::exportFixture();
        ProviderConfig *example = c.provider(QStringLiteral("example"));
        example->kind = QStringLiteral("azure");
        example->baseUrl = QUrl(QStringLiteral("https://acme.openai.azure.com/openai"));
        example->apiVersion = QStringLiteral("2024-10-21");
        const ExportResult lite = LiteLlmExporter::exportProfile(c, QStringLiteral("prod"));
        QVERIFY2(lite.ok(), qPrintable(lite.error));
        int azureEntries = 0;
        for (const YAML::Node &e : YAML::Load(lite.text.toStdString())["model_list"]) {
            const YAML::Node params = e["litellm_params"];
            if (q(params["model"]).startsWith(QLatin1String("azure/"))) {
                ++azureEntries;
                QCOMPARE(q(params["api_version"]), QStringLiteral("2024-10-21"));
            } else {
                QVERIFY(!params["api_version"]); // only the provider that has one
            }
        }
        QVERIFY(azureEntries > 0);

        const ExportResult portkey = PortkeyExporter::exportProfile(c, QStringLiteral("prod"));
        QVERIFY2(portkey.ok(), qPrintable(portkey.error));
        const QJsonObject target = QJsonDocument::fromJson(portkey.text.toUtf8())
                                       .object()
                                       .value(QStringLiteral("targets"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(target.value(QStringLiteral("provider")).toString(), QStringLiteral("azure-openai"));
        QCOMPARE(target.value(QStringLiteral("api_version")).toString(), QStringLiteral("2024-10-21"));
        QCOMPARE(target.value(QStringLiteral("resource_name")).toString(), QStringLiteral("acme"));

        // And back: the LiteLLM export imports to the same version.
        const LiteLlmImport back = LiteLlmImporter::import(lite.text.toUtf8(), QStringLiteral("back"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        bool found = false;
        for (const ProviderConfig &p : back.config.providers) {
            if (p.kind == QLatin1String("azure")) {
                QCOMPARE(p.apiVersion, QStringLiteral("2024-10-21"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void typeScriptStructure()
    {
        const ExportResult r = TypeScriptExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        QVERIFY(r.ok());
        const QString &t = r.text;
        QVERIFY(t.contains(QStringLiteral("export interface GatewayConfig {")));
        QVERIFY(t.contains(QStringLiteral("export const gatewayConfig: GatewayConfig = {")));
        QVERIFY(t.contains(QStringLiteral("baseUrl: process.env.LLM_GATEWAY_URL ?? \"https://api.example.com/v1\"")));
        QVERIFY(t.contains(QStringLiteral("tier: \"standard\",")));
        QVERIFY(t.contains(QStringLiteral("fallbackChain: [\"alpha-8b\", \"llama3.1:70b\", \"deepseek-chat\"],")));
        QVERIFY(t.contains(QStringLiteral("maxRetries: 2,")));
        QVERIFY(t.contains(QStringLiteral("logLevel: \"warn\",")));
        QVERIFY(t.contains(QStringLiteral("fallbackRate: 0.2,")));
        QVERIFY(t.contains(QStringLiteral("latencyP95: 1200,")));
        QVERIFY(t.contains(QStringLiteral("monthlyBudgetCap: 250,")));
        QCOMPARE(t.count(u'{'), t.count(u'}'));
        QCOMPARE(t.count(u'['), t.count(u']'));
        QVERIFY(hasWarning(r, QStringLiteral("fallbackChain"))); // three providers behind one baseUrl
        QVERIFY(hasWarning(r, QStringLiteral("circuitBreaker")));
        for (const ExportWarning &w : r.warnings)
            QVERIFY(t.contains(QStringLiteral("// - ") + w.option));
    }

    void typeScriptRunsInNode()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed: the TypeScript module is checked structurally only");
        const ExportResult r = TypeScriptExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        // A minimal type strip: drop the type declarations and the annotations of the two consts.
        QString js = r.text;
        js.remove(QRegularExpression(QStringLiteral("export type [^\\n]*\\n")));
        js.remove(QRegularExpression(QStringLiteral("export interface GatewayConfig \\{.*?\\n\\}\\n"),
            QRegularExpression::DotMatchesEverythingOption));
        js.replace(QStringLiteral("gatewayConfig: GatewayConfig ="), QStringLiteral("gatewayConfig ="));
        js.replace(QStringLiteral("tierMap: Record<string, Record<string, string>> ="), QStringLiteral("tierMap ="));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("gatewayConfig.mjs")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(js.toUtf8());
        file.close();
        QProcess check;
        check.start(node, { QStringLiteral("--check"), file.fileName() });
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://gw.invalid/v1"));
        run.setProcessEnvironment(env);
        run.start(node,
            { QStringLiteral("--input-type=module"), QStringLiteral("-e"),
                QStringLiteral("const m = await import('%1'); console.log(JSON.stringify({c: m.default, t: "
                               "m.tierMap}));")
                    .arg(QUrl::fromLocalFile(file.fileName()).toString()) });
        QVERIFY(run.waitForFinished(30000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        const QJsonObject c = out.value(QStringLiteral("c")).toObject();
        QCOMPARE(c.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("http://gw.invalid/v1"));
        QCOMPARE(c.value(QStringLiteral("fallbackChain")).toArray().toVariantList().size(), 3);
        QCOMPARE(c.value(QStringLiteral("fallbackChain")).toArray().at(1).toString(), QStringLiteral("llama3.1:70b"));
        QCOMPARE(c.value(QStringLiteral("maxRetries")).toInt(), 2);
        QCOMPARE(c.value(QStringLiteral("observability"))
                     .toObject()
                     .value(QStringLiteral("alertThresholds"))
                     .toObject()
                     .value(QStringLiteral("latencyP95"))
                     .toInt(),
            1200);
        QCOMPARE(out.value(QStringLiteral("t"))
                     .toObject()
                     .value(QStringLiteral("standard"))
                     .toObject()
                     .value(QStringLiteral("gpt-4o-mini"))
                     .toString(),
            QStringLiteral("deepseek-chat"));
    }

    void portkeyCapsAttemptsAtFive()
    {
        TiergateConfig c = test::exportFixture();
        c.profile(QStringLiteral("prod"))->maxRetries = 8;
        const ExportResult r = PortkeyExporter::exportProfile(c, QStringLiteral("prod"));
        const QJsonArray targets
            = QJsonDocument::fromJson(r.text.toUtf8()).object().value(QStringLiteral("targets")).toArray();
        QVERIFY(!targets.isEmpty());
        for (const QJsonValue &t : targets)
            QCOMPARE(t.toObject().value(QStringLiteral("retry")).toObject().value(QStringLiteral("attempts")).toInt(),
                PortkeyExporter::MaxAttempts);
        QVERIFY(hasWarning(r, QStringLiteral("profiles.prod.maxRetries")));
    }

    void portkeyRunnerReadsKeysFromTheEnvironmentOnly()
    {
        const ExportResult r = PortkeyExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        const QString runner = r.companions.value(PortkeyExporter::runnerFileName(QStringLiteral("prod")));
        QVERIFY(runner.contains(QStringLiteral("process.env")));
        QVERIFY(runner.contains(QStringLiteral("\"EXAMPLE_API_KEY\"")));
        QVERIFY(runner.contains(QStringLiteral("\"DEEPSEEK_PROD_API_KEY\"")));
        QVERIFY(!runner.contains(QString::fromLatin1(test::plantedKeyValue())));
        // Every variable the runner reads is in the .env export.
        const QStringList env = EnvExporter::variableNames(test::exportFixture(), QStringLiteral("prod"));
        for (const QString &v : PortkeyExporter::runnerVariables(test::exportFixture(), QStringLiteral("prod")))
            QVERIFY2(env.contains(v), qPrintable(v));
    }

    void envHasNamesOnly()
    {
        const ExportResult r = EnvExporter::exportProfile(test::exportFixture(), QStringLiteral("prod"));
        QVERIFY(r.ok());
        QStringList names;
        for (const QString &line : r.text.split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QVERIFY2(line.endsWith(u'='), qPrintable(line)); // empty assignment
            names.append(line.chopped(1));
        }
        QCOMPARE(names,
            (QStringList { QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("EXAMPLE_API_KEY"),
                QStringLiteral("DEEPSEEK_PROD_API_KEY"), QStringLiteral("PORTKEY_GATEWAY_URL"),
                QStringLiteral("TIERGATE_PORTKEY_PORT") }));
        QVERIFY(hasWarning(r, QStringLiteral("providers.vault.apiKey")));
        const ExportResult seed
            = EnvExporter::exportProfile(builtin::defaultConfig(QProcessEnvironment()), QStringLiteral("production"));
        QVERIFY(seed.text.contains(QStringLiteral("\nLLM_GATEWAY_URL=\n")));
        QVERIFY(seed.text.contains(QStringLiteral("\nLLM_GATEWAY_API_KEY=\n")));
    }

    void nativeIsSelfContained()
    {
        const TiergateConfig c = test::exportFixture();
        const ExportResult r = NativeExporter::exportProfile(c, QStringLiteral("dev"));
        QVERIFY(r.ok());
        const ConfigReadResult read = ConfigJson::read(r.text.toUtf8());
        QVERIFY(read.ok());
        QCOMPARE(read.config.defaultProfile, QStringLiteral("dev"));
        QCOMPARE(read.config.profileNames(), QStringList { QStringLiteral("dev") });
        QCOMPARE(*read.config.profile(QStringLiteral("dev")), *c.profile(QStringLiteral("dev")));
        QCOMPARE(read.config.tierNames(), QStringList { QStringLiteral("budget") });
        QCOMPARE(read.config.models.size(), 1);
        QCOMPARE(read.config.providers.size(), 1);
        QCOMPARE(read.config.providers.first().id, QStringLiteral("vault"));
        QVERIFY(hasWarning(r, QStringLiteral("providers.vault.apiKey")));

        const ExportResult prod = NativeExporter::exportProfile(c, QStringLiteral("prod"));
        const ConfigReadResult prodRead = ConfigJson::read(prod.text.toUtf8());
        QCOMPARE(*prodRead.config.profile(QStringLiteral("prod")), *c.profile(QStringLiteral("prod")));
        QStringList tiers = prodRead.config.tierNames();
        tiers.sort();
        QCOMPARE(tiers, (QStringList { QStringLiteral("budget"), QStringLiteral("standard") }));
        QCOMPARE(prodRead.config.providers.size(), 3);
        QVERIFY(!hasErrors(ConfigValidator::validate(prodRead.config)));
    }

    void seedProfilesExportInEveryFormat()
    {
        const TiergateConfig c = builtin::defaultConfig(QProcessEnvironment());
        for (const QString &name : c.profileNames()) {
            for (ExportFormat f : exportFormats()) {
                const ExportResult r = ProfileExporter::exportProfile(c, name, f);
                QVERIFY2(r.ok(), qPrintable(name + u' ' + exportFormatId(f)));
                QVERIFY(!r.text.isEmpty());
            }
            const YAML::Node root
                = YAML::Load(ProfileExporter::exportProfile(c, name, ExportFormat::LiteLlm).text.toStdString());
            QStringList exported;
            for (const YAML::Node &e : root["model_list"])
                exported.append(q(e["model_name"]));
            QStringList models;
            for (const YAML::Node &e : root["model_list"]) {
                const QString m = q(e["litellm_params"]["model"]);
                models.append(m.mid(m.indexOf(u'/') + 1));
            }
            // Every model of the chain is served by some listed name.
            const QStringList chain = c.buildChain(name, QStringLiteral("unknown-model"));
            for (const QString &m : chain)
                QVERIFY2(models.contains(m), qPrintable(name + u' ' + m));
            if (c.profile(name)->maxRetries != ProfileConfig().maxRetries)
                QCOMPARE(root["router_settings"]["num_retries"].as<int>(), c.profile(name)->maxRetries);
        }
    }

    void noKeyValueInAnyExport_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("profile");
        for (ExportFormat f : exportFormats()) {
            for (const char *profile : { "prod", "dev" })
                QTest::newRow(qPrintable(exportFormatId(f) + u'-' + QLatin1String(profile)))
                    << int(f) << QString::fromLatin1(profile);
        }
    }

    void noKeyValueInAnyExport()
    {
        QFETCH(int, format);
        QFETCH(QString, profile);
        const ExportResult r = ProfileExporter::exportProfile(test::exportFixture(), profile, ExportFormat(format));
        QVERIFY(r.ok());
        QVERIFY(!r.text.contains(QString::fromLatin1(test::plantedKeyValue())));
        for (const ExportWarning &w : r.warnings)
            QVERIFY(!w.toString().contains(QString::fromLatin1(test::plantedKeyValue())));
        const ExportResult seed = ProfileExporter::exportProfile(
            builtin::defaultConfig(), QStringLiteral("production"), ExportFormat(format));
        QVERIFY(!seed.text.contains(QString::fromLatin1(test::plantedKeyValue())));
    }

    void unknownProfileListsTheAvailableOnes()
    {
        const ExportResult r
            = ProfileExporter::exportProfile(test::exportFixture(), QStringLiteral("nope"), ExportFormat::Portkey);
        QVERIFY(!r.ok());
        QVERIFY(r.text.isEmpty());
        QVERIFY(r.error.contains(QStringLiteral("nope")));
        QVERIFY(r.error.contains(QStringLiteral("prod, dev")));
    }

    void formatIds()
    {
        for (ExportFormat f : exportFormats())
            QCOMPARE(exportFormatFromId(exportFormatId(f)), std::optional<ExportFormat>(f));
        QCOMPARE(exportFormatFromId(QStringLiteral("TS")), std::optional<ExportFormat>(ExportFormat::TypeScript));
        QVERIFY(!exportFormatFromId(QStringLiteral("xml")));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
