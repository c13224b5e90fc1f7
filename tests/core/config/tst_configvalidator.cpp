#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/config/providerkind.h"
#include "tests/core/config/configfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace tiergate;
using Severity = ValidationIssue::Severity;

namespace {

ConfigValidator::Options fixedOptions()
{
    ConfigValidator::Options o;
    o.today = QDate(2029, 12, 25);
    o.keyFileProbe = [](const QString &path) {
        KeyFileInfo info;
        info.exists = path.startsWith(QLatin1String("/keys/"));
        info.permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (path.endsWith(QLatin1String("-0644")))
            info.permissions |= QFileDevice::ReadGroup | QFileDevice::ReadOther;
        return info;
    };
    return o;
}

/// Sets `value` at a dotted path with [n] indices (keys without dots only).
QJsonValue setAt(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    QString seg = segments.takeFirst();
    static const QRegularExpression indexRe(QStringLiteral("^([^\\[]*)\\[(\\d+)\\]$"));
    const auto m = indexRe.match(seg);
    if (m.hasMatch()) {
        QJsonObject o = node.toObject();
        QJsonArray a = o.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        while (a.size() <= i)
            a.append(QJsonValue());
        a[i] = setAt(a.at(i), segments, value);
        o.insert(m.captured(1), a);
        return o;
    }
    QJsonObject o = node.toObject();
    if (value.isUndefined() && segments.isEmpty())
        o.remove(seg);
    else
        o.insert(seg, setAt(o.value(seg), segments, value));
    return o;
}

QList<ValidationIssue> validateJson(const QJsonObject &root)
{
    const ConfigReadResult read = ConfigJson::readObject(root, builtin::catalog());
    QList<ValidationIssue> issues = read.issues;
    issues += ConfigValidator::validate(read.config, fixedOptions());
    return issues;
}

} // namespace

class TestConfigValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void goodDocuments()
    {
        const QList<ValidationIssue> full = ConfigValidator::validate(test::fullConfig(), fixedOptions());
        QVERIFY2(!hasErrors(full), qPrintable(full.value(0).toString()));
        // The one expected warning of the fixture: acme's premium key is due on 2030-01-31, within 10 days? No:
        // 37 days, so there is none.
        QVERIFY2(full.isEmpty(), qPrintable(full.value(0).toString()));
        QProcessEnvironment empty;
        const QList<ValidationIssue> builtins
            = ConfigValidator::validate(builtin::defaultConfig(empty), fixedOptions());
        QCOMPARE(builtins.size(), 1); // the gateway has no URL without LLM_GATEWAY_URL: a warning
        QCOMPARE(builtins.first().severity, Severity::Warning);
        QCOMPARE(builtins.first().path, QStringLiteral("providers.gateway.baseUrl"));
    }

    void badDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("issuePath");
        QTest::addColumn<QString>("messagePart");

        auto row = [](const char *name, const QString &path, const QJsonValue &v, Severity s, const QString &ipath,
                       const QString &part) { QTest::newRow(name) << path << v << int(s) << ipath << part; };
        row("unknown model in chain", QStringLiteral("profiles.production.fallbackChain[1]"), QStringLiteral("x"),
            Severity::Error, QStringLiteral("profiles.production.fallbackChain[1]"),
            QStringLiteral("model 'x' is not in the catalog"));
        row("chain of three warns", QStringLiteral("profiles.staging.fallbackChain[2]"), QStringLiteral("sim-budget"),
            Severity::Warning, QStringLiteral("profiles.staging.fallbackChain"),
            QStringLiteral("fallback chain of 3 models"));
        row("unknown tier", QStringLiteral("profiles.dev.tier"), QStringLiteral("gold"), Severity::Error,
            QStringLiteral("profiles.dev.tier"), QStringLiteral("tier 'gold' does not exist"));
        row("unknown criticality tier", QStringLiteral("profiles.dev.criticality.critical"), QStringLiteral("gold"),
            Severity::Error, QStringLiteral("profiles.dev.criticality.critical"), QStringLiteral("'gold'"));
        row("unknown provider", QStringLiteral("models[7]"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("extra") },
                { QStringLiteral("provider"), QStringLiteral("nowhere") } },
            Severity::Error, QStringLiteral("models[7].provider"), QStringLiteral("provider 'nowhere' does not exist"));
        row("catalog model without provider", QStringLiteral("tiers.budget.default"), QStringLiteral("gpt-4o"),
            Severity::Error, QStringLiteral("tiers.budget.default"), QStringLiteral("provider 'openai'"));
        row("bad url", QStringLiteral("providers.gateway.baseUrl"), QStringLiteral("ftp://example.com"),
            Severity::Error, QStringLiteral("providers.gateway.baseUrl"), QStringLiteral("http(s) URL"));
        row("url without host", QStringLiteral("providers.gateway.baseUrl"), QStringLiteral("http://"), Severity::Error,
            QStringLiteral("providers.gateway.baseUrl"), QStringLiteral("http(s) URL"));
        row("zero concurrency", QStringLiteral("providers.gateway.maxConcurrent"), 0, Severity::Error,
            QStringLiteral("providers.gateway.maxConcurrent"), QStringLiteral("greater than zero"));
        row("negative timeout", QStringLiteral("providers.gateway.timeouts.totalMs"), -5, Severity::Error,
            QStringLiteral("providers.gateway.timeouts.totalMs"), QStringLiteral("greater than zero"));
        row("negative retries", QStringLiteral("profiles.dev.maxRetries"), -1, Severity::Error,
            QStringLiteral("profiles.dev.maxRetries"), QStringLiteral("must not be negative"));
        row("jitter above one", QStringLiteral("profiles.production.backoff.jitter"), 1.5, Severity::Error,
            QStringLiteral("profiles.production.backoff.jitter"), QStringLiteral("between 0 and 1"));
        row("jitter negative", QStringLiteral("profiles.production.backoff.jitter"), -0.1, Severity::Error,
            QStringLiteral("profiles.production.backoff.jitter"), QStringLiteral("between 0 and 1"));
        row("cap below base", QStringLiteral("profiles.dev.backoff.capMs"), 100, Severity::Error,
            QStringLiteral("profiles.dev.backoff.capMs"), QStringLiteral("below the base delay"));
        row("zero circuit", QStringLiteral("profiles.dev.circuitBreaker.failuresToOpen"), 0, Severity::Error,
            QStringLiteral("profiles.dev.circuitBreaker.failuresToOpen"), QStringLiteral("greater than zero"));
        row("fallback rate", QStringLiteral("profiles.dev.observability.alertThresholds.fallbackRate"), 2,
            Severity::Error, QStringLiteral("profiles.dev.observability.alertThresholds.fallbackRate"),
            QStringLiteral("between 0 and 1"));
        row("log level", QStringLiteral("profiles.dev.observability.logLevel"), QStringLiteral("loud"), Severity::Error,
            QStringLiteral("profiles.dev.observability.logLevel"), QStringLiteral("'loud'"));
        row("malformed key", QStringLiteral("providers.gateway.apiKey"), QStringLiteral("sk-abcdef1234567890"),
            Severity::Error, QStringLiteral("providers.gateway.apiKey"), QStringLiteral("is not env:NAME"));
        row("file key 0644", QStringLiteral("providers.gateway.apiKey"), QStringLiteral("file:/keys/gw-0644"),
            Severity::Warning, QStringLiteral("providers.gateway.apiKey"), QStringLiteral("chmod 600"));
        row("missing default profile", QStringLiteral("defaultProfile"), QStringLiteral("nope"), Severity::Error,
            QStringLiteral("defaultProfile"), QStringLiteral("profile 'nope' does not exist"));
        row("duplicate model", QStringLiteral("models[7]"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("sim-budget") },
                { QStringLiteral("provider"), QStringLiteral("simulator") } },
            Severity::Error, QStringLiteral("models[7].id"), QStringLiteral("listed twice"));
        row("rotation due", QStringLiteral("teams.acme.keys.premium.rotationDate"), QStringLiteral("2030-01-01"),
            Severity::Warning, QStringLiteral("teams.acme.keys.premium.rotationDate"), QStringLiteral("in 7 days"));
        row("rotation passed", QStringLiteral("teams.acme.keys.premium.rotationDate"), QStringLiteral("2029-01-01"),
            Severity::Warning, QStringLiteral("teams.acme.keys.premium.rotationDate"), QStringLiteral("was due"));
        row("unknown team", QStringLiteral("profiles.dev.teams[0]"), QStringLiteral("ghost"), Severity::Error,
            QStringLiteral("profiles.dev.teams[0]"), QStringLiteral("team 'ghost' does not exist"));
        row("team key for unknown tier", QStringLiteral("teams.acme.keys.gold.key"), QStringLiteral("env:X"),
            Severity::Error, QStringLiteral("teams.acme.keys.gold"), QStringLiteral("tier 'gold' does not exist"));
        row("rate limit without limits", QStringLiteral("profiles.high-volume-async.rateLimits[0]"),
            QJsonObject { { QStringLiteral("scope"), QStringLiteral("model") },
                { QStringLiteral("target"), QStringLiteral("deepseek-chat") } },
            Severity::Error, QStringLiteral("profiles.high-volume-async.rateLimits[0]"), QStringLiteral("rpm or tpm"));
        row("negative budget", QStringLiteral("profiles.dev.budget.monthlyCapUsd"), -1, Severity::Error,
            QStringLiteral("profiles.dev.budget.monthlyCapUsd"), QStringLiteral("must not be negative"));
        row("zero queue", QStringLiteral("profiles.dev.criticality.backgroundQueue.maxConcurrent"), 0, Severity::Error,
            QStringLiteral("profiles.dev.criticality.backgroundQueue.maxConcurrent"),
            QStringLiteral("greater than zero"));
        row("authorization header", QStringLiteral("providers.gateway.headers.Authorization"),
            QStringLiteral("Bearer x"), Severity::Error, QStringLiteral("providers.gateway.headers.Authorization"),
            QStringLiteral("apiKey"));
        row("unknown provider kind", QStringLiteral("providers.gateway.kind"), QStringLiteral("skynet"),
            Severity::Error, QStringLiteral("providers.gateway.kind"),
            QStringLiteral("'skynet' is not a provider kind"));
        row("line break in a header value", QStringLiteral("providers.gateway.headers.X-Org"),
            QStringLiteral("acme\r\nX-Injected: 1"), Severity::Error, QStringLiteral("providers.gateway.headers.X-Org"),
            QStringLiteral("control character"));
        row("space in a header name", QStringLiteral("providers.gateway.headers.X Org"), QStringLiteral("acme"),
            Severity::Error, QStringLiteral("providers.gateway.headers.X Org"),
            QStringLiteral("not a valid header name"));
        row("credentials in a URL", QStringLiteral("providers.gateway.baseUrl"),
            QStringLiteral("http://user:abcdef1234567890@gw.example/v1"), Severity::Error,
            QStringLiteral("providers.gateway.baseUrl"), QStringLiteral("user name or password"));
        row("api-version that is not one", QStringLiteral("providers.gateway.apiVersion"), QStringLiteral("v2-beta"),
            Severity::Error, QStringLiteral("providers.gateway.apiVersion"),
            QStringLiteral("'v2-beta' is not an Azure api-version"));
        row("api-version with a line break", QStringLiteral("providers.gateway.apiVersion"),
            QStringLiteral("2024-10-21\r\nX: 1"), Severity::Error, QStringLiteral("providers.gateway.apiVersion"),
            QStringLiteral("control character"));
        row("api-version that is not a text", QStringLiteral("providers.gateway.apiVersion"), 20241021, Severity::Error,
            QStringLiteral("providers.gateway.apiVersion"), QStringLiteral("must be a text"));
        row("api-version on a kind that sends none", QStringLiteral("providers.gateway.apiVersion"),
            QStringLiteral("2024-10-21"), Severity::Warning, QStringLiteral("providers.gateway.apiVersion"),
            QStringLiteral("only Azure providers"));
        row("Azure without an api-version", QStringLiteral("providers.gateway.kind"), QStringLiteral("azure"),
            Severity::Warning, QStringLiteral("providers.gateway.apiVersion"), QStringLiteral("needs the api-version"));
        row("null where an object is required", QStringLiteral("providers.gateway.timeouts"), QJsonValue(),
            Severity::Error, QStringLiteral("providers.gateway.timeouts"), QStringLiteral("is null, but an object"));
    }

    void badDocuments()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, severity);
        QFETCH(QString, issuePath);
        QFETCH(QString, messagePart);
        const QJsonObject good = ConfigJson::toJson(test::fullConfig());
        const QJsonObject bad = setAt(good, path.split(QLatin1Char('.')), value).toObject();
        const QList<ValidationIssue> issues = validateJson(bad);
        QStringList all;
        for (const ValidationIssue &i : issues)
            all.append(i.toString());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().severity), severity);
        QCOMPARE(issues.first().path, issuePath);
        QVERIFY2(issues.first().message.contains(messagePart), qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY(!issues.first().message.contains(QLatin1String("abcdef1234567890"))); // a pasted key never echoes
    }

    void azureApiVersionShapes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("date") << QStringLiteral("2024-10-21") << true;
        QTest::newRow("dated preview") << QStringLiteral("2025-04-01-preview") << true;
        QTest::newRow("latest") << QStringLiteral("latest") << true;
        QTest::newRow("v1") << QStringLiteral("v1") << true;
        QTest::newRow("no day") << QStringLiteral("2024-10") << false;
        QTest::newRow("environment") << QStringLiteral("os.environ/AZURE_API_VERSION") << false;
        QTest::newRow("trailing space") << QStringLiteral("2024-10-21 ") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void azureApiVersionShapes()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        QCOMPARE(isAzureApiVersion(version), accepted);
    }

    void anAzureProviderWithItsVersionIsClean()
    {
        TiergateConfig c = test::fullConfig();
        ProviderConfig *gw = c.provider(QStringLiteral("gateway"));
        gw->kind = QStringLiteral("azure");
        gw->baseUrl = QUrl(QStringLiteral("https://acme.openai.azure.com/openai"));
        gw->apiVersion = QStringLiteral("2024-10-21");
        const QList<ValidationIssue> issues = ConfigValidator::validate(c, fixedOptions());
        for (const ValidationIssue &i : issues)
            QVERIFY2(!i.path.startsWith(QLatin1String("providers.gateway")), qPrintable(i.toString()));
    }

    void kindPresetsFillWhatIsNotSetByHand()
    {
        ProviderConfig p; // a new provider: no URL, no key
        applyProviderKind(p, QStringLiteral("groq"));
        QCOMPARE(p.kind, QStringLiteral("groq"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
        QCOMPARE(p.apiKey, KeyRef::env(QStringLiteral("GROQ_API_KEY")));
        // Another kind replaces the presets of the first...
        applyProviderKind(p, QStringLiteral("together"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://api.together.xyz/v1")));
        QCOMPARE(p.apiKey, KeyRef::env(QStringLiteral("TOGETHERAI_API_KEY")));
        // ...also through kinds Tiergate does not know (typed letter by letter)...
        applyProviderKind(p, QStringLiteral("o"));
        QCOMPARE(p.kind, QStringLiteral("o"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://api.together.xyz/v1")));
        applyProviderKind(p, QStringLiteral("ollama"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
        QVERIFY(p.apiKey.isNone()); // a keyless local server
        // ...but what the user set is kept.
        p.baseUrl = QUrl(QStringLiteral("http://gpu-box:11434/v1"));
        p.apiKey = KeyRef::keychain(QStringLiteral("mine"));
        applyProviderKind(p, QStringLiteral("openai"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("http://gpu-box:11434/v1")));
        QCOMPARE(p.apiKey, KeyRef::keychain(QStringLiteral("mine")));
        // Every kind the editor offers is one the validator accepts.
        for (const ProviderPreset &preset : providerPresets())
            QVERIFY(providerKindNames().contains(preset.kind));
    }

    void severalProblemsAtOnce()
    {
        QFile file(test::dataFile(QStringLiteral("config-bad.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ConfigReadResult read = ConfigJson::read(file.readAll(), builtin::catalog());
        QVERIFY(read.ok());
        QStringList got;
        for (const ValidationIssue &i : ConfigValidator::validate(read.config, fixedOptions()))
            got.append(i.toString());
        const QStringList expected {
            QStringLiteral("error: providers.local.baseUrl: 'localhost:8080' is not an http(s) URL"),
            QStringLiteral("error: profiles.main.tier: tier 'gold' does not exist"),
            QStringLiteral("error: profiles.main.fallbackChain[0]: model 'x' is not in the catalog"),
            QStringLiteral("warning: profiles.main.fallbackChain: a fallback chain of 3 models can multiply latency "
                           "and cost on an outage; two fallbacks are usually enough"),
            QStringLiteral("error: profiles.main.backoff.jitter: jitter must be between 0 and 1 (it is 3)"),
            QStringLiteral("error: defaultProfile: profile 'prod' does not exist"),
        };
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
