#include "core/config/builtinconfig.h"
#include "core/config/configvalidator.h"
#include "core/config/connectpreset.h"
#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/providerkind.h"
#include "core/config/providersetup.h"
#include "core/config/tiergateconfig.h"
#include "core/runtime/runtime.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestConnectPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void presetTable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("keyVariable");
        QTest::newRow("openai") << "openai"
                                << "openai"
                                << "https://api.openai.com/v1"
                                << "OPENAI_API_KEY";
        QTest::newRow("anthropic") << "anthropic"
                                   << "anthropic"
                                   << "https://api.anthropic.com/v1"
                                   << "ANTHROPIC_API_KEY";
        QTest::newRow("gemini") << "gemini"
                                << "gemini"
                                << "https://generativelanguage.googleapis.com/v1beta/openai"
                                << "GEMINI_API_KEY";
        QTest::newRow("openrouter") << "openrouter"
                                    << "openrouter"
                                    << "https://openrouter.ai/api/v1"
                                    << "OPENROUTER_API_KEY";
        QTest::newRow("deepseek") << "deepseek"
                                  << "deepseek"
                                  << "https://api.deepseek.com/v1"
                                  << "DEEPSEEK_API_KEY";
        QTest::newRow("groq") << "groq"
                              << "groq"
                              << "https://api.groq.com/openai/v1"
                              << "GROQ_API_KEY";
        QTest::newRow("together") << "together"
                                  << "together"
                                  << "https://api.together.xyz/v1"
                                  << "TOGETHERAI_API_KEY";
        QTest::newRow("mistral") << "mistral"
                                 << "mistral"
                                 << "https://api.mistral.ai/v1"
                                 << "MISTRAL_API_KEY";
        QTest::newRow("xai") << "xai"
                             << "xai"
                             << "https://api.x.ai/v1"
                             << "XAI_API_KEY";
        QTest::newRow("azure") << "azure"
                               << "azure"
                               << ""
                               << "AZURE_API_KEY";
        QTest::newRow("custom") << "custom"
                                << "openai-compatible"
                                << ""
                                << "";
    }

    void presetTable()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, baseUrl);
        QFETCH(QString, keyVariable);
        const ConnectPreset *p = ConnectPreset::find(id);
        QVERIFY(p);
        QCOMPARE(p->kind, kind);
        QVERIFY(isKnownProviderKind(p->kind));
        QCOMPARE(p->baseUrl.toString(), baseUrl);
        QCOMPARE(p->keyVariable, keyVariable);
        QVERIFY(!p->displayName.isEmpty());
        QVERIFY(!p->note().isEmpty());
        QCOMPARE(p->needsApiVersion, id == QLatin1String("azure"));
        if (p->needsApiVersion)
            QVERIFY(isAzureApiVersion(p->defaultApiVersion));
    }

    void listOrder()
    {
        const QList<ConnectPreset> &all = ConnectPreset::all();
        QCOMPARE(all.size(), 11);
        QCOMPARE(all.first().id, QStringLiteral("openai"));
        QCOMPARE(all.last().id, QStringLiteral("custom"));
        QVERIFY(!ConnectPreset::find(QStringLiteral("simulator")));
    }

    void providerIds()
    {
        TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        ProviderSetup openai = ProviderSetup::fromPreset(*ConnectPreset::find(QStringLiteral("openai")));
        QCOMPARE(openai.providerIdIn(config), QStringLiteral("openai"));
        ProviderConfig taken;
        taken.id = QStringLiteral("openai");
        config.upsertProvider(taken);
        QCOMPARE(openai.providerIdIn(config), QStringLiteral("openai-2"));

        ProviderSetup custom = ProviderSetup::fromPreset(*ConnectPreset::find(QStringLiteral("custom")));
        custom.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9999/v1"));
        QCOMPARE(custom.providerIdIn(config), QStringLiteral("local"));
        custom.baseUrl = QUrl(QStringLiteral("https://api.fireworks.ai/inference/v1"));
        QCOMPARE(custom.providerIdIn(config), QStringLiteral("fireworks"));
        custom.baseUrl = QUrl(QStringLiteral("http://10.0.0.5:8000/v1"));
        QCOMPARE(custom.providerIdIn(config), QStringLiteral("custom"));
        for (const ConnectPreset &p : ConnectPreset::all())
            QVERIFY(ProviderSetup::fromPreset(p).providerIdIn(config) != QLatin1String("provider"));
    }

    void addToTiesModelsToTheNewProvider()
    {
        TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        ProviderSetup s = ProviderSetup::fromPreset(*ConnectPreset::find(QStringLiteral("openai")));
        s.apiKey = KeyRef::keychain(QStringLiteral("openai"));
        s.models = { QStringLiteral("whisper-1"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o") };
        QCOMPARE(s.chosenModel(), QStringLiteral("gpt-4o-mini")); // the first the catalog knows
        const QString profile = s.addTo(config);
        QCOMPARE(profile, QStringLiteral("openai"));

        const ProviderConfig *provider = config.provider(QStringLiteral("openai"));
        QVERIFY(provider);
        QCOMPARE(provider->kind, QStringLiteral("openai"));
        QCOMPARE(provider->apiKey, KeyRef::keychain(QStringLiteral("openai")));
        // Every listed model is served by the new provider, with the catalog's prices where known.
        for (const QString &id : s.models)
            QCOMPARE(config.providerForModel(id), provider);
        const ModelConfig *mini = config.model(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mini->inputPerMTokMicros, 150000);
        QCOMPARE(mini->outputPerMTokMicros, 600000);
        QVERIFY(mini->pricesAsOf.isValid());
        QCOMPARE(config.model(QStringLiteral("whisper-1"))->inputPerMTokMicros, 0);
        // The profile routes to the chosen model through its tier, and the document stays valid.
        QCOMPARE(config.buildChain(profile, QString()).value(0), QStringLiteral("gpt-4o-mini"));
        for (const ValidationIssue &issue : ConfigValidator::validate(config))
            QVERIFY2(!issue.isError(), qPrintable(issue.toString()));

        // The chosen model wins when set.
        s.defaultModel = QStringLiteral("gpt-4o");
        TiergateConfig again = builtin::defaultConfig(QProcessEnvironment());
        const QString second = s.addTo(again);
        QCOMPARE(again.buildChain(second, QString()).value(0), QStringLiteral("gpt-4o"));
    }

    void azureKeepsItsApiVersion()
    {
        TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        ProviderSetup s = ProviderSetup::fromPreset(*ConnectPreset::find(QStringLiteral("azure")));
        s.baseUrl = QUrl(QStringLiteral("https://res.openai.azure.com/openai/deployments/d1"));
        s.models = { QStringLiteral("d1") };
        s.addTo(config);
        QCOMPARE(config.provider(QStringLiteral("azure"))->apiVersion, QStringLiteral("2024-10-21"));
    }

    // Without a keychain the key goes to a 0600 file inside the folder the resolver was given (the
    // data folder), and the reply names that file.
    void keyFileInTheDataFolder()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        KeyResolver resolver;
        QProcessEnvironment env;
        env.insert(QStringLiteral("TIERGATE_NO_KEYCHAIN"), QStringLiteral("1"));
        resolver.setEnvironment(env);
        resolver.setFallbackDir(data.filePath(QStringLiteral("keys")));
        KeyReply *stored = resolver.store(QStringLiteral("openai"), "sk-in-data-folder");
        QSignalSpy spy(stored, &KeyReply::finished);
        QVERIFY(spy.wait(1000));
        QVERIFY2(stored->isOk(), qPrintable(stored->errorString()));
        const QString path = data.filePath(QStringLiteral("keys/openai"));
        QCOMPARE(stored->storedFile(), path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!QFile::exists(KeyResolver::fallbackStoreDir() + QStringLiteral("/openai")));
        delete stored;

        KeyReply *read = resolver.resolve(KeyRef::keychain(QStringLiteral("openai")));
        QSignalSpy readSpy(read, &KeyReply::finished);
        QVERIFY(readSpy.wait(1000));
        QCOMPARE(read->secret(), QByteArray("sk-in-data-folder"));
        delete read;
    }

    // The composition root points the resolver at `<data folder>/keys`.
    void runtimeUsesTheDataFolder()
    {
        QTemporaryDir data;
        RuntimeOptions options;
        options.dataDir = data.path();
        options.configPath = data.filePath(QStringLiteral("config.json"));
        options.useLedger = false;
        options.simulator = RuntimeOptions::SimulatorStart::Never;
        Runtime runtime(options);
        QVERIFY(runtime.open());
        QCOMPARE(runtime.keys()->fallbackDir(), QDir(data.path()).filePath(QStringLiteral("keys")));
    }
};

QTEST_GUILESS_MAIN(TestConnectPreset)
#include "tst_connectpreset.moc"
