#include "core/chat/chaterrortext.h"
#include "core/config/builtinconfig.h"
#include "core/config/providerstatus.h"
#include "core/contract/chatrequest.h"
#include "core/routing/routeoptions.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tiergate;

// What a chat error says to do, for requests that no model could take, and the header's provider
// sentence for a provider without a base URL.
class TestChatErrorText : public QObject
{
    Q_OBJECT

    // Routes one request through `profile` of the built-in configuration made from `env`.
    static RouteResult routeThrough(const QString &profile, const QProcessEnvironment &env)
    {
        QNetworkAccessManager network;
        Transport transport(&network);
        auto config = std::make_shared<const TiergateConfig>(builtin::defaultConfig(env));
        Router router(&transport, [config] { return config; });
        ChatRequest request;
        request.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hello")));
        RouteOptions options;
        options.profile = profile;
        RouteReply *reply = router.send(request, options);
        QSignalSpy finished(reply, &RouteReply::finished);
        if (finished.isEmpty())
            finished.wait(5000);
        return reply->result();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void missingGatewayUrlNamesTheVariable_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("dev") << QStringLiteral("dev");
        QTest::newRow("production") << QStringLiteral("production");
    }
    void missingGatewayUrlNamesTheVariable()
    {
        QFETCH(QString, profile);
        const RouteResult result = routeThrough(profile, QProcessEnvironment());
        QCOMPARE(result.status, RouteResult::Status::Failed);
        QCOMPARE(result.error.kind, RouteError::Kind::NoRoute);
        const QString text = ChatErrorText::explain(result);
        QVERIFY2(text.contains(QLatin1String("Set LLM_GATEWAY_URL")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("circuits")), qPrintable(text));
    }

    void openCircuitsStillAdviseWaiting()
    {
        RouteResult result;
        result.status = RouteResult::Status::Failed;
        result.profile = QStringLiteral("demo");
        result.error.kind = RouteError::Kind::NoRoute;
        result.error.message = QStringLiteral("No model could take the request.");
        Attempt skipped;
        skipped.model = QStringLiteral("sim-flaky");
        skipped.providerId = QStringLiteral("simulator");
        skipped.outcome = Attempt::Outcome::Skipped;
        skipped.error.kind = RouteError::Kind::NoRoute;
        skipped.error.cause = RouteError::Cause::CircuitOpen;
        result.attempts.append(skipped);
        const QString text = ChatErrorText::explain(result);
        QVERIFY2(text.contains(QLatin1String("Wait for open circuits to close")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("LLM_GATEWAY_URL")), qPrintable(text));
    }

    void headerStatusHasNoDanglingDash()
    {
        const TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        const QString text = ProviderStatus::text(config, QStringLiteral("dev"), QUrl());
        QVERIFY2(text.contains(QLatin1String("LLM_GATEWAY_URL and restart")), qPrintable(text));
        QVERIFY2(
            !text.trimmed().endsWith(QChar(0x2014)) && !text.trimmed().endsWith(QLatin1Char('-')), qPrintable(text));
    }

    void headerStatusNamesTheGatewayUrl()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:4000/v1"));
        const TiergateConfig config = builtin::defaultConfig(env);
        const QString text = ProviderStatus::text(config, QStringLiteral("staging"), QUrl());
        QVERIFY2(text.endsWith(QLatin1String("at http://127.0.0.1:4000/v1")), qPrintable(text));
        const QString sim
            = ProviderStatus::text(config, QStringLiteral("demo"), QUrl(QStringLiteral("http://127.0.0.1:5555/v1")));
        QCOMPARE(sim, QStringLiteral("Simulator (simulated models) at http://127.0.0.1:5555"));
        QCOMPARE(
            ProviderStatus::text(config, QStringLiteral("no-such-profile"), QUrl()), QStringLiteral("No provider"));
    }
};

QTEST_GUILESS_MAIN(TestChatErrorText)
#include "tst_chaterrortext.moc"
