// First run as a new user meets it: the welcome view over an empty Chat, its sample prompts on the
// Simulator, and "Connect a provider" through to the first answer of a real (loopback) server.
#include "core/chat/chatsession.h"
#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/config/keyresolver.h"
#include "core/config/tiergateconfig.h"
#include "core/routing/router.h"
#include "core/routing/routeresult.h"
#include "core/sim/simfault.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/welcomeview.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/transcriptmodel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/connectproviderdialog.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

namespace {

/// The simulated models as shipped, answering at once (the tests wait on answers, not on pacing).
QList<SimModelSpec> fastModels()
{
    QList<SimModelSpec> models = SimModelSpec::defaults();
    for (SimModelSpec &m : models) {
        m.firstTokenLatencyMs = 5;
        m.tokensPerSecond = 0;
        m.answerTokens = 20;
    }
    return models;
}

} // namespace

class TestConnectProvider : public QObject
{
    Q_OBJECT

    struct App
    {
        QTemporaryDir data;
        Simulator sim; ///< the built-in Simulator of the demo profile
        QNetworkAccessManager network;
        std::unique_ptr<ConfigStore> config;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<KeyResolver> keys;
        std::unique_ptr<Router> router;
        std::unique_ptr<ConversationStore> store;
        CodeHighlighter highlighter;
        std::unique_ptr<MainWindow> window;
        ChatPanel *chat = nullptr;
    };

    /// What app/gui/main.cpp composes, over a fresh data folder: nothing configured, no conversation.
    std::unique_ptr<App> firstRun()
    {
        auto app = std::make_unique<App>();
        if (!app->data.isValid())
            return nullptr;
        app->sim.setModels(fastModels());
        if (!app->sim.start())
            return nullptr;
        app->config = std::make_unique<ConfigStore>(app->data.filePath(QStringLiteral("config.json")));
        app->config->load();
        app->config->setSimulatorBaseUrl(app->sim.baseUrl());
        app->transport = std::make_unique<Transport>(&app->network);
        app->keys = std::make_unique<KeyResolver>();
        app->keys->setFallbackDir(app->data.filePath(QStringLiteral("keys")));
        RouterHooks hooks;
        hooks.keyResolver = app->keys.get();
        app->router = std::make_unique<Router>(app->transport.get(), app->config.get(), nullptr, hooks);
        app->store = std::make_unique<ConversationStore>(app->data.filePath(QStringLiteral("conversations.sqlite")));
        if (!app->store->open())
            return nullptr;
        app->window = std::make_unique<MainWindow>();
        app->chat = new ChatPanel(app->store.get(), app->router.get(), app->config.get(), &app->highlighter);
        app->window->setPanelWidget(MainWindow::Panel::Chat, app->chat);
        app->window->setConnectServices(app->config.get(), app->transport.get(), app->keys.get());
        connect(app->chat->welcomeView(), &WelcomeView::connectProviderRequested, app->window.get(),
            &MainWindow::openConnectProvider);
        app->window->resize(1280, 800);
        app->window->show();
        return app;
    }

    static RouteResult sendAndWait(ChatPanel *chat, const std::function<void()> &send)
    {
        QSignalSpy answers(chat->session(), &ChatSession::answerFinished);
        send();
        if (!answers.wait(15000))
            return {};
        return answers.first().at(1).value<RouteResult>();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void welcomeOnFirstRun()
    {
        auto app = firstRun();
        QVERIFY(app);
        WelcomeView *welcome = app->chat->welcomeView();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->isSimulated());
        QVERIFY(welcome->sourceLabel()->text().contains(QLatin1String("Simulator")));
        QVERIFY(welcome->sourceLabel()->text().contains(QLatin1String("No network, no API keys")));
        QCOMPARE(welcome->sampleButtons().size(), 3);
        for (QCommandLinkButton *button : welcome->sampleButtons())
            QVERIFY(button->isVisible());
        QVERIFY(welcome->connectButton()->isVisible());
        // It covers the transcript and follows its size.
        QCOMPARE(welcome->geometry(), welcome->parentWidget()->rect());
        app->window->resize(1024, 700);
        QTRY_COMPARE(welcome->geometry(), welcome->parentWidget()->rect());
    }

    // Each sample asks for a model of the demo profile and the answer shows the thing it names.
    void samplesShowRoutingFallbackAndCost()
    {
        auto app = firstRun();
        QVERIFY(app);
        WelcomeView *welcome = app->chat->welcomeView();
        const QList<QCommandLinkButton *> buttons = welcome->sampleButtons();

        // Routing: no model named, the demo tier's model answers, and the receipt says how.
        RouteResult routing = sendAndWait(app->chat, [&] { QTest::mouseClick(buttons.at(0), Qt::LeftButton); });
        QVERIFY2(routing.isOk(), qPrintable(routing.error.message));
        QVERIFY(routing.requestedModel.isEmpty());
        QCOMPARE(routing.tier, QStringLiteral("demo-standard"));
        QCOMPARE(routing.modelUsed, QStringLiteral("sim-standard"));
        QCOMPARE(routing.resolution, QStringLiteral("tier_default"));
        QTRY_VERIFY(!welcome->isVisible()); // the transcript has the exchange now
        QCOMPARE(app->chat->transcriptModel()->rowCount(), 2);
        QVERIFY(app->chat->composer()->toPlainText().isEmpty());
        QVERIFY(app->chat->receiptLabel()->text().contains(QLatin1String("sim-standard")));

        // Fallback: sim-flaky fails (as it does about one time in three; here scripted), sim-budget answers.
        app->sim.addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-flaky")).onRequest(1));
        app->chat->newConversation();
        QTRY_VERIFY(welcome->isVisible());
        RouteResult fallback = sendAndWait(app->chat, [&] { QTest::mouseClick(buttons.at(1), Qt::LeftButton); });
        QVERIFY2(fallback.isOk(), qPrintable(fallback.error.message));
        QCOMPARE(fallback.attempts.size(), 2);
        QCOMPARE(fallback.attempts.first().model, QStringLiteral("sim-flaky"));
        QCOMPARE(fallback.attempts.first().outcome, Attempt::Outcome::Failed);
        QCOMPARE(fallback.modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(fallback.fallbackUsed);

        // Cost: the premium model's answer is priced, and its line says so.
        app->chat->newConversation();
        RouteResult cost = sendAndWait(app->chat, [&] { QTest::mouseClick(buttons.at(2), Qt::LeftButton); });
        QVERIFY2(cost.isOk(), qPrintable(cost.error.message));
        QCOMPARE(cost.modelUsed, QStringLiteral("sim-premium"));
        QVERIFY(cost.costMicros > 0);
        QTRY_VERIFY(app->chat->metaText(1).contains(QLatin1String("$")));
    }

    // The done-when path: first run → welcome → Connect a provider → custom OpenAI-compatible
    // server on loopback with a key → Test (latency shown) → Save → profile active → the next Chat
    // message is answered by that server, which saw the key as Bearer.
    void firstRunToFirstRealAnswer()
    {
        auto app = firstRun();
        QVERIFY(app);
        Simulator upstream;
        SimModelSpec local;
        local.id = QStringLiteral("local-model");
        local.firstTokenLatencyMs = 5;
        local.tokensPerSecond = 0;
        local.answerTokens = 12;
        upstream.setModels({ local });
        upstream.setRequiredApiKey("sk-local-test-key");
        QVERIFY(upstream.start());

        WelcomeView *welcome = app->chat->welcomeView();
        QVERIFY(welcome->isVisible());
        QTest::mouseClick(welcome->connectButton(), Qt::LeftButton);
        QPointer<ConnectProviderDialog> dialog = app->window->findChild<ConnectProviderDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        QVERIFY(dialog->selectPreset(QStringLiteral("custom")));
        QVERIFY(dialog->keyStorageLabel()->text().contains(app->data.filePath(QStringLiteral("keys"))));
        QVERIFY(!dialog->saveButton()->isEnabled()); // not before a successful test
        dialog->baseUrlField()->clear();
        QTest::keyClicks(dialog->baseUrlField(), upstream.baseUrl().toString());
        QTest::keyClicks(dialog->keyField(), QStringLiteral("sk-local-test-key"));
        // It says where the key will go: the data folder's file of the provider id the URL gives.
        QVERIFY(dialog->keyStorageLabel()->text().contains(app->data.filePath(QStringLiteral("keys/local"))));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 10000);
        const ConnectionTestResult &tested = dialog->tester()->result();
        QVERIFY(tested.ok);
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("%1 ms").arg(tested.probeLatencyMs)));
        QCOMPARE(dialog->modelBox()->currentText(), QStringLiteral("local-model"));
        QVERIFY(!dialog->resultLabel()->text().contains(QLatin1String("sk-local-test-key")));

        QSignalSpy connected(dialog.data(), &ConnectProviderDialog::connected);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(connected.count(), 1);
        QCOMPARE(connected.first().at(0).toString(), QStringLiteral("local"));
        QTRY_VERIFY(!dialog); // closed and deleted

        // The profile is made and selected; the provider and its model agree on the id.
        QCOMPARE(app->config->activeProfile(), QStringLiteral("local"));
        const auto snapshot = app->config->snapshot();
        const ProviderConfig *provider = snapshot->providerForModel(QStringLiteral("local-model"));
        QVERIFY(provider);
        QCOMPARE(provider->id, QStringLiteral("local"));
        QCOMPARE(provider->apiKey, KeyRef::keychain(QStringLiteral("local")));
        // No keychain in tests: the key went to the data folder's 0600 file, and the summary says so.
        const QString keyFile = app->data.filePath(QStringLiteral("keys/local"));
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile::permissions(keyFile) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(connected.first().at(1).toString().contains(keyFile));
        QVERIFY(app->window->statusBar()->currentMessage().contains(QLatin1String("local")));
        // Saved to the file, so the next start has it too.
        QFile saved(app->config->path());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray file = saved.readAll();
        QVERIFY(file.contains("keychain:local"));
        QVERIFY(!file.contains("sk-local-test-key"));
        // The welcome view now names who answers and offers no Simulator samples.
        QTRY_VERIFY(!welcome->isSimulated());
        QVERIFY(!welcome->sampleButtons().first()->isVisible());

        // The first message goes to the new provider.
        const int before = upstream.requestCount(QStringLiteral("local-model"));
        RouteResult answer = sendAndWait(app->chat, [&] {
            app->chat->composer()->setFocus();
            QTest::keyClicks(app->chat->composer(), QStringLiteral("Hello from the first run"));
            QTest::keyClick(app->chat->composer(), Qt::Key_Return, Qt::ControlModifier);
        });
        QVERIFY2(answer.isOk(), qPrintable(answer.error.message));
        QCOMPARE(answer.profile, QStringLiteral("local"));
        QCOMPARE(answer.providerId, QStringLiteral("local"));
        QCOMPARE(answer.modelUsed, QStringLiteral("local-model"));
        QCOMPARE(upstream.requestCount(QStringLiteral("local-model")), before + 1);
        QCOMPARE(upstream.lastRequestHeaders().value("authorization"), QByteArray("Bearer sk-local-test-key"));
        QVERIFY(upstream.lastRequestBody().contains("Hello from the first run"));
        QCOMPARE(app->sim.requestCount(), 0); // nothing went to the Simulator
        QTRY_COMPARE(app->chat->transcriptModel()->rowCount(), 2);
    }

    // Azure OpenAI: "Test connection" and the chat send the key as `api-key` and the api-version on
    // every request (the upstream answers 404 without it, as Azure does).
    void azureConnectsWithApiKeyAndApiVersion()
    {
        auto app = firstRun();
        QVERIFY(app);
        Simulator upstream;
        SimModelSpec deployment;
        deployment.id = QStringLiteral("gpt-4o-deployment");
        deployment.firstTokenLatencyMs = 5;
        deployment.tokensPerSecond = 0;
        deployment.answerTokens = 12;
        upstream.setModels({ deployment });
        upstream.setRequiredApiKey("az-ui-test-key");
        upstream.setAzureApiVersion("2024-10-21");
        QVERIFY(upstream.start());

        app->window->openConnectProvider();
        QPointer<ConnectProviderDialog> dialog = app->window->findChild<ConnectProviderDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->selectPreset(QStringLiteral("azure")));
        dialog->baseUrlField()->clear();
        QTest::keyClicks(dialog->baseUrlField(), upstream.baseUrl().toString());
        QTest::keyClicks(dialog->keyField(), QStringLiteral("az-ui-test-key"));
        QCOMPARE(dialog->apiVersionField()->text(), QStringLiteral("2024-10-21"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 10000);
        QVERIFY2(dialog->tester()->result().ok, qPrintable(dialog->tester()->result().message));
        QVERIFY(upstream.requestTargets().contains("GET /v1/models?api-version=2024-10-21"));
        QCOMPARE(upstream.lastRequestHeaders().value("api-key"), QByteArray("az-ui-test-key"));

        QSignalSpy connected(dialog.data(), &ConnectProviderDialog::connected);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(connected.count(), 1);
        QTRY_VERIFY(!dialog);
        const ProviderConfig *provider = app->config->snapshot()->providerForModel(QStringLiteral("gpt-4o-deployment"));
        QVERIFY(provider);
        QCOMPARE(provider->kind, QStringLiteral("azure"));
        QCOMPARE(provider->apiVersion, QStringLiteral("2024-10-21"));

        RouteResult answer = sendAndWait(app->chat, [&] {
            app->chat->composer()->setFocus();
            QTest::keyClicks(app->chat->composer(), QStringLiteral("Hello Azure"));
            QTest::keyClick(app->chat->composer(), Qt::Key_Return, Qt::ControlModifier);
        });
        QVERIFY2(answer.isOk(), qPrintable(answer.error.message));
        QCOMPARE(answer.modelUsed, QStringLiteral("gpt-4o-deployment"));
        QCOMPARE(upstream.requestTargets().constLast(), QByteArray("POST /v1/chat/completions?api-version=2024-10-21"));
        QCOMPARE(upstream.lastRequestHeaders().value("api-key"), QByteArray("az-ui-test-key"));
        QVERIFY(!upstream.lastRequestHeaders().contains("authorization"));
    }

    // A failed test names the field, and "Go to" puts the cursor in it.
    void errorsNameTheFieldToFix()
    {
        auto app = firstRun();
        QVERIFY(app);
        Simulator upstream;
        upstream.setRequiredApiKey("sk-right");
        QVERIFY(upstream.start());
        app->window->openConnectProvider();
        ConnectProviderDialog *dialog = app->window->findChild<ConnectProviderDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->selectPreset(QStringLiteral("custom")));

        // Nothing in Base URL.
        dialog->baseUrlField()->clear();
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(dialog->fixButton()->isVisible());
        QVERIFY(dialog->fixButton()->text().contains(QLatin1String("Base URL")));

        // A wrong key: the API key field.
        dialog->baseUrlField()->setText(upstream.baseUrl().toString());
        dialog->keyField()->setText(QStringLiteral("sk-wrong"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->fixButton()->isVisible(), 10000);
        QVERIFY(dialog->fixButton()->text().contains(QLatin1String("API key")));
        QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("401")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->baseUrlField()->setFocus();
        QTest::mouseClick(dialog->fixButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->keyField()->hasFocus());

        // Nobody listening: Base URL.
        dialog->baseUrlField()->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(Simulator::unusedPort()));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->fixButton()->text().contains(QLatin1String("Base URL")), 10000);
        QTest::mouseClick(dialog->fixButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->baseUrlField()->hasFocus());

        // A vendor preset with no key and no variable set says which variable would do.
        QVERIFY(dialog->selectPreset(QStringLiteral("openai")));
        QCOMPARE(dialog->baseUrlField()->text(), QStringLiteral("https://api.openai.com/v1"));
        dialog->keyField()->clear();
        if (qEnvironmentVariableIsEmpty("OPENAI_API_KEY")) {
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("OPENAI_API_KEY")));
            QVERIFY(dialog->fixButton()->text().contains(QLatin1String("API key")));
        }
        dialog->reject();
    }

    void presetsAndLocalServersAreListed()
    {
        auto app = firstRun();
        QVERIFY(app);
        LocalServer ollama;
        ollama.candidate = { QStringLiteral("ollama"), QStringLiteral("Ollama"), app->sim.baseUrl() };
        ollama.models = { QStringLiteral("sim-budget") };
        app->window->setLocalServerOffers({ ollama });
        app->window->openConnectProvider();
        ConnectProviderDialog *dialog = app->window->findChild<ConnectProviderDialog *>();
        QVERIFY(dialog);
        QStringList names;
        for (int i = 0; i < dialog->presetBox()->count(); ++i)
            names.append(dialog->presetBox()->itemText(i));
        for (const char *vendor : { "OpenAI", "Anthropic", "Google Gemini", "OpenRouter", "DeepSeek", "Groq",
                 "Together AI", "Mistral AI", "xAI", "Azure OpenAI" })
            QVERIFY2(names.contains(QLatin1String(vendor)), vendor);
        QVERIFY(dialog->selectPreset(QStringLiteral("local:0")));
        QCOMPARE(dialog->baseUrlField()->text(), app->sim.baseUrl().toString());
        // Azure asks for its api-version; others hide the field.
        QVERIFY(dialog->apiVersionField()->isHidden());
        QVERIFY(dialog->selectPreset(QStringLiteral("azure")));
        QVERIFY(!dialog->apiVersionField()->isHidden());
        QCOMPARE(dialog->apiVersionField()->text(), QStringLiteral("2024-10-21"));
        dialog->reject();
    }
};

QTEST_MAIN(TestConnectProvider)
#include "tst_connectprovider.moc"
