#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configstore.h"
#include "tests/core/config/configfixture.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    // Like an editor: write a temporary file, then rename over the old one.
    const QString tmp = path + QStringLiteral(".tmp");
    QFile f(tmp);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QFile::remove(path);
    QVERIFY(QFile::rename(tmp, path));
}

TiergateConfig withRetries(int retries)
{
    TiergateConfig c = test::fullConfig();
    c.profile(QStringLiteral("dev"))->maxRetries = retries;
    return c;
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qRegisterMetaType<QList<tiergate::ValidationIssue>>();
    }

    void builtinsWithoutFile()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("config.json")));
        store.setEnvironment(QProcessEnvironment());
        QVERIFY(store.load());
        QVERIFY(store.isUsingBuiltins());
        QCOMPARE(store.activeProfile(), QStringLiteral("demo"));
        QVERIFY(store.snapshot()->profile(QStringLiteral("production")));
        QVERIFY(!store.snapshot()->catalog.isEmpty());
    }

    void hotReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path, ConfigJson::write(withRetries(1)));
        ConfigStore store(path);
        store.setEnvironment(test::fixedEnvironment());
        QVERIFY(store.load());
        QVERIFY(!store.isUsingBuiltins());
        const std::shared_ptr<const TiergateConfig> held = store.snapshot();
        QCOMPARE(held->profile(QStringLiteral("dev"))->maxRetries, 1);

        QSignalSpy changed(&store, &ConfigStore::configChanged);
        QSignalSpy failed(&store, &ConfigStore::loadFailed);
        QElapsedTimer timer;
        timer.start();
        writeFile(path, ConfigJson::write(withRetries(4)));
        QVERIFY(changed.wait(1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(store.snapshot()->profile(QStringLiteral("dev"))->maxRetries, 4);
        QCOMPARE(held->profile(QStringLiteral("dev"))->maxRetries, 1); // an in-flight request's view is unchanged

        // Broken file: refused, the last good configuration keeps serving.
        changed.clear();
        writeFile(path, QByteArray("{\"version\": 1, \"profiles\": {"));
        QVERIFY(failed.wait(1000));
        QCOMPARE(changed.count(), 0);
        const auto issues = failed.first().first().value<QList<ValidationIssue>>();
        QVERIFY(!issues.isEmpty());
        QVERIFY(issues.first().message.contains(QLatin1String("not valid JSON")));
        QCOMPARE(store.snapshot()->profile(QStringLiteral("dev"))->maxRetries, 4);

        // Valid JSON with a validation error is refused the same way.
        failed.clear();
        TiergateConfig bad = withRetries(2);
        bad.profile(QStringLiteral("dev"))->backoff.jitter = 7;
        writeFile(path, ConfigJson::write(bad));
        QVERIFY(failed.wait(1000));
        QCOMPARE(store.snapshot()->profile(QStringLiteral("dev"))->maxRetries, 4);

        // Fixing the file applies again.
        writeFile(path, ConfigJson::write(withRetries(0)));
        QVERIFY(changed.wait(1000));
        QCOMPARE(store.snapshot()->profile(QStringLiteral("dev"))->maxRetries, 0);
    }

    void setConfigAndSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/config.json"));
        ConfigStore store(path);
        store.setEnvironment(test::fixedEnvironment());
        QVERIFY(store.load());
        QSignalSpy changed(&store, &ConfigStore::configChanged);
        QSignalSpy failed(&store, &ConfigStore::loadFailed);

        TiergateConfig bad = withRetries(1);
        bad.defaultProfile = QStringLiteral("nope");
        QVERIFY(!store.setConfig(bad));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!QFile::exists(path));

        QVERIFY(store.setConfig(withRetries(3)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.snapshot()->profile(QStringLiteral("dev"))->maxRetries, 3);
        QVERIFY2(store.save(), qPrintable(store.errorString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ConfigReadResult read = ConfigJson::read(f.readAll());
        QVERIFY(read.ok());
        QCOMPARE(read.config.profile(QStringLiteral("dev"))->maxRetries, 3);
        QCOMPARE(read.config.extra.value(QStringLiteral("_comment")).toString(), QStringLiteral("kept across saves"));
        // Our own write is not reloaded as a change.
        QVERIFY(!changed.wait(600));
    }

    void environmentOverrides()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("config.json")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("TIERGATE_PROFILE"), QStringLiteral("staging"));
        env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:4100/v1"));
        env.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:4200/v1"));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-never-printed"));
        store.setEnvironment(env);
        QVERIFY(store.load());
        QCOMPARE(store.activeProfile(), QStringLiteral("staging"));
        const auto snap = store.snapshot();
        QCOMPARE(snap->provider(QStringLiteral("gateway"))->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4100/v1")));
        const ProviderConfig *openai = snap->provider(QStringLiteral("openai"));
        QVERIFY(openai);
        QCOMPARE(openai->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4200/v1")));
        QCOMPARE(openai->apiKey.toString(), QStringLiteral("env:OPENAI_API_KEY"));
        // gpt-4o of the catalog now has its provider.
        QCOMPARE(snap->providerForModel(QStringLiteral("gpt-4o"))->id, QStringLiteral("openai"));
        // Overrides never reach the document that is saved.
        QVERIFY(!store.document().provider(QStringLiteral("openai")));
        QVERIFY(!ConfigJson::write(store.document()).contains("sk-never-printed"));

        QSignalSpy active(&store, &ConfigStore::activeProfileChanged);
        store.setActiveProfile(QStringLiteral("dev")); // the environment wins
        QCOMPARE(store.activeProfile(), QStringLiteral("staging"));
        QCOMPARE(active.count(), 0);
    }

    void activeProfileAndSimulator()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("config.json")));
        store.setEnvironment(QProcessEnvironment());
        QVERIFY(store.load());
        QSignalSpy active(&store, &ConfigStore::activeProfileChanged);
        store.setActiveProfile(QStringLiteral("production"));
        QCOMPARE(active.count(), 1);
        QCOMPARE(active.first().first().toString(), QStringLiteral("production"));

        const auto before = store.snapshot();
        QSignalSpy changed(&store, &ConfigStore::configChanged);
        store.setSimulatorBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:7777/v1")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.snapshot()->provider(QStringLiteral("simulator"))->baseUrl,
            QUrl(QStringLiteral("http://127.0.0.1:7777/v1")));
        QVERIFY(before->provider(QStringLiteral("simulator"))->baseUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
