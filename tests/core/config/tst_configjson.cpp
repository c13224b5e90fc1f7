#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "tests/core/config/configfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tiergate;

class TestConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void goldenRoundTrip()
    {
        const QString golden = test::dataFile(QStringLiteral("config-full.json"));
        const TiergateConfig config = test::fullConfig();
        const QByteArray written = ConfigJson::write(config);
        if (qEnvironmentVariableIsSet("TIERGATE_REGENERATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(written);
        }
        QFile file(golden);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(written, bytes);

        const ConfigReadResult read = ConfigJson::read(bytes, builtin::catalog());
        QVERIFY2(read.issues.isEmpty(), qPrintable(read.issues.value(0).toString()));
        QVERIFY(read.config.provider(QStringLiteral("gateway")));
        QCOMPARE(read.config.providers.size(), config.providers.size());
        QCOMPARE(read.config.models, config.models);
        QCOMPARE(read.config.teams, config.teams);
        for (const ProfileConfig &p : config.profiles)
            QCOMPARE(*read.config.profile(p.name), p);
        for (const TierConfig &t : config.tiers)
            QCOMPARE(*read.config.tier(t.name), t);
        QCOMPARE(ConfigJson::write(read.config), bytes);
    }

    void apiVersionIsAFieldOfItsOwn()
    {
        // A provider as earlier files wrote it (the key was then kept among the unknown keys).
        const QByteArray doc = "{\"version\": 1, \"providers\": {\"az\": {\"kind\": \"azure\", \"baseUrl\": "
                               "\"https://acme.openai.azure.com/openai\", \"apiVersion\": \"2024-10-21\"}}}";
        const ConfigReadResult r = ConfigJson::read(doc);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        const ProviderConfig *az = r.config.provider(QStringLiteral("az"));
        QVERIFY(az);
        QCOMPARE(az->apiVersion, QStringLiteral("2024-10-21"));
        QVERIFY(!az->extra.contains(QStringLiteral("apiVersion")));
        // Written back under the same key, and only when set.
        const QJsonObject written = ConfigJson::providerToJson(*az);
        QCOMPARE(written.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("2024-10-21"));
        ProviderConfig plain;
        plain.id = QStringLiteral("p");
        QVERIFY(!ConfigJson::providerToJson(plain).contains(QStringLiteral("apiVersion")));
        // A document built in memory with the version among the unknown keys reads back into the field.
        ProviderConfig legacy;
        legacy.id = QStringLiteral("az");
        legacy.kind = QStringLiteral("azure");
        legacy.extra.insert(QStringLiteral("apiVersion"), QStringLiteral("2023-05-15"));
        TiergateConfig c;
        c.providers.append(legacy);
        const ConfigReadResult again = ConfigJson::read(ConfigJson::write(c));
        QCOMPARE(again.config.provider(QStringLiteral("az"))->apiVersion, QStringLiteral("2023-05-15"));
        QVERIFY(again.config.provider(QStringLiteral("az"))->extra.isEmpty());
    }

    void duplicateKeysAreReported()
    {
        const QByteArray doc = "{\"version\": 1, \"defaultProfile\": \"a\", \"providers\": {\"p\": {\"kind\": "
                               "\"openai\", \"apiVersion\": \"1\", \"kind\": \"groq\"}}, \"defaultProfile\": \"b\"}";
        const ConfigReadResult r = ConfigJson::read(doc);
        QStringList paths;
        for (const ValidationIssue &i : r.issues) {
            if (i.message.contains(QStringLiteral("twice")))
                paths.append(i.path);
        }
        QCOMPARE(paths, (QStringList { QStringLiteral("providers.p.kind"), QStringLiteral("defaultProfile") }));
        QVERIFY(!r.ok());
        // Escaped spellings of one key are the same key.
        QVERIFY(!ConfigJson::read("{\"version\": 1, \"a\": 1, \"\\u0061\": 2}").ok());
        // The same key in different objects is fine.
        const ConfigReadResult fine = ConfigJson::read(
            "{\"version\": 1, \"providers\": {\"a\": {\"kind\": \"openai\"}, \"b\": {\"kind\": \"openai\"}}}");
        for (const ValidationIssue &i : fine.issues)
            QVERIFY2(!i.message.contains(QStringLiteral("twice")), qPrintable(i.toString()));
    }

    void nullIsExplainedInPlainWords_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("path");
        QTest::newRow("document") << QByteArray("null") << QString();
        QTest::newRow("provider") << QByteArray("{\"version\": 1, \"providers\": {\"p\": null}}")
                                  << QStringLiteral("providers.p");
        QTest::newRow("section") << QByteArray("{\"version\": 1, \"profiles\": {\"x\": {\"backoff\": null}}}")
                                 << QStringLiteral("profiles.x.backoff");
    }

    void nullIsExplainedInPlainWords()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, path);
        const ConfigReadResult r = ConfigJson::read(doc);
        bool found = false;
        for (const ValidationIssue &i : r.issues) {
            QVERIFY2(!i.message.contains(QStringLiteral("illegal value")), qPrintable(i.toString()));
            if (i.path == path && i.message.contains(QStringLiteral("null")))
                found = true;
        }
        QVERIFY(found);
    }

    void unknownKeysKept()
    {
        const QByteArray doc = R"({
            "version": 1, "defaultProfile": "p", "myNote": {"a": [1, 2]},
            "providers": {"x": {"baseUrl": "http://127.0.0.1:9/v1", "why": "local test",
                                "timeouts": {"connectMs": 5, "future": true}}},
            "models": [{"id": "m", "provider": "x", "inputPer1M": 0.15, "tags": ["fast"]}],
            "tiers": {"t": {"default": "m", "colour": "green"}},
            "profiles": {"p": {"tier": "t", "budget": {"monthlyCapUsd": 12.5, "costCentre": 42},
                               "criticality": {"backgroundQueue": {"persist": "sqlite"}}}},
            "teams": {"a": {"keys": {"t": {"key": "env:A_KEY", "owner": "bob"}}}}
        })";
        const ConfigReadResult read = ConfigJson::read(doc);
        QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
        QCOMPARE(read.config.model(QStringLiteral("m"))->inputPerMTokMicros, 150000);
        QCOMPARE(read.config.profile(QStringLiteral("p"))->budget.monthlyCapMicros, 12500000);
        const QJsonObject out = QJsonDocument::fromJson(ConfigJson::write(read.config)).object();
        QCOMPARE(out.value(QStringLiteral("myNote")).toObject().value(QStringLiteral("a")).toArray().size(), 2);
        const QJsonObject x = out.value(QStringLiteral("providers")).toObject().value(QStringLiteral("x")).toObject();
        QCOMPARE(x.value(QStringLiteral("why")).toString(), QStringLiteral("local test"));
        QCOMPARE(x.value(QStringLiteral("timeouts")).toObject().value(QStringLiteral("future")).toBool(), true);
        QCOMPARE(x.value(QStringLiteral("timeouts")).toObject().value(QStringLiteral("connectMs")).toInt(), 5);
        const QJsonObject m = out.value(QStringLiteral("models")).toArray().at(0).toObject();
        QCOMPARE(m.value(QStringLiteral("tags")).toArray().at(0).toString(), QStringLiteral("fast"));
        QCOMPARE(m.value(QStringLiteral("inputPer1M")).toDouble(), 0.15);
        QCOMPARE(out.value(QStringLiteral("tiers"))
                     .toObject()
                     .value(QStringLiteral("t"))
                     .toObject()
                     .value(QStringLiteral("colour")),
            QJsonValue(QStringLiteral("green")));
        const QJsonObject p = out.value(QStringLiteral("profiles")).toObject().value(QStringLiteral("p")).toObject();
        QCOMPARE(p.value(QStringLiteral("budget")).toObject().value(QStringLiteral("costCentre")).toInt(), 42);
        QCOMPARE(p.value(QStringLiteral("budget")).toObject().value(QStringLiteral("monthlyCapUsd")).toDouble(), 12.5);
        QCOMPARE(p.value(QStringLiteral("criticality"))
                     .toObject()
                     .value(QStringLiteral("backgroundQueue"))
                     .toObject()
                     .value(QStringLiteral("persist"))
                     .toString(),
            QStringLiteral("sqlite"));
        const QJsonObject teamKey = out.value(QStringLiteral("teams"))
                                        .toObject()
                                        .value(QStringLiteral("a"))
                                        .toObject()
                                        .value(QStringLiteral("keys"))
                                        .toObject()
                                        .value(QStringLiteral("t"))
                                        .toObject();
        QCOMPARE(teamKey.value(QStringLiteral("owner")).toString(), QStringLiteral("bob"));
        QCOMPARE(teamKey.value(QStringLiteral("key")).toString(), QStringLiteral("env:A_KEY"));
        // Second round trip is byte-identical.
        QCOMPARE(
            ConfigJson::write(ConfigJson::read(ConfigJson::write(read.config)).config), ConfigJson::write(read.config));
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringList { QString() };
        QTest::newRow("array root") << QByteArray("[]") << QStringList { QString() };
        QTest::newRow("no version") << QByteArray("{}") << QStringList { QStringLiteral("version") };
        QTest::newRow("version 2") << QByteArray(R"({"version": 2})") << QStringList { QStringLiteral("version") };
        QTest::newRow("several at once")
            << QByteArray(R"({"version": 1, "providers": {"a": {"maxConcurrent": "many", "headers": {"X": 1}}},
                             "models": [{"id": "m", "contextWindow": 1.5}, 7],
                             "profiles": {"p": {"fallbackChain": ["a", 3], "contextPolicy": "drop",
                                                "budget": {"action": "panic"}, "fastFailover": "yes"}}})")
            << QStringList { QStringLiteral("providers.a.headers.X"), QStringLiteral("providers.a.maxConcurrent"),
                   QStringLiteral("models[0].contextWindow"), QStringLiteral("models[1]"),
                   QStringLiteral("profiles.p.fallbackChain[1]"), QStringLiteral("profiles.p.fastFailover"),
                   QStringLiteral("profiles.p.contextPolicy"), QStringLiteral("profiles.p.budget.action") };
    }

    void readErrors()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QStringList, paths);
        const ConfigReadResult read = ConfigJson::read(doc);
        QVERIFY(!read.ok());
        QStringList got;
        for (const ValidationIssue &i : read.issues) {
            QCOMPARE(i.severity, ValidationIssue::Severity::Error);
            QVERIFY(!i.message.isEmpty());
            got.append(i.path);
        }
        QCOMPARE(got, paths);
    }

    void moneyConversion()
    {
        QCOMPARE(ConfigJson::usdToMicros(2.5), 2500000);
        QCOMPARE(ConfigJson::usdToMicros(0.075), 75000);
        QCOMPARE(ConfigJson::usdToMicros(0.01875), 18750);
        QCOMPARE(ConfigJson::microsToUsd(150000), 0.15);
        QCOMPARE(ConfigJson::usdToMicros(ConfigJson::microsToUsd(5000000000LL)), 5000000000LL);
    }
};

QTEST_GUILESS_MAIN(TestConfigJson)
#include "tst_configjson.moc"
