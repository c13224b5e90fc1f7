// tiergate: the GUI entry and composition root. It builds every core service once, hands them to
// the panels, and connects the few signals between them; nothing below it reaches for globals.
#include "core/chat/chatsession.h"
#include "core/chat/conversationstore.h"
#include "core/chat/handoffimport.h"
#include "core/compare/chathandoff.h"
#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/config/keyresolver.h"
#include "core/config/providerstatus.h"
#include "core/config/tiergateconfig.h"
#include "core/config/validationissue.h"
#include "core/contract/chatrequest.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerwatcher.h"
#include "core/cost/spendmeter.h"
#include "core/discovery/localserverdetector.h"
#include "core/experiment/experimentstore.h"
#include "core/observability/recorder.h"
#include "core/observability/requestlogger.h"
#include "core/resources.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/runtime/runtime.h"
#include "core/sim/simfault.h"
#include "core/sim/simulator.h"
#include "core/translations.h"
#include "core/transport/transport.h"
#include "core/version.h"
#include "ui/chart/livechart.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/welcomeview.h"
#include "ui/common/alertbanner.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/desktopnotifier.h"
#include "ui/common/wheelguard.h"
#include "ui/compare/comparepanel.h"
#include "ui/costs/costdashboard.h"
#include "ui/costs/spendlabel.h"
#include "ui/experiment/experimentpanel.h"
#include "ui/gateway/gatewaywidget.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditor.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>

using namespace tiergate;

int main(int argc, char *argv[])
{
    // --help and --version print and quit: they need no display, so they run on Qt's "minimal"
    // platform (a terminal over SSH, a CI job, a packaging check).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            qputenv("QT_QPA_PLATFORM", "minimal");
            break;
        }
    }
    QApplication app(argc, argv);
    // Subsystem logs stay at info and above unless TIERGATE_DEBUG=1 (they never carry keys).
    if (qEnvironmentVariableIntValue("TIERGATE_DEBUG") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("tiergate.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("tiergate"));
    QApplication::setApplicationDisplayName(applicationName());
    QApplication::setOrganizationName(QStringLiteral("Tiergate"));
    QApplication::setApplicationVersion(version());
    QApplication::setDesktopFileName(QStringLiteral("io.github.tiergate.Tiergate"));
    initUiResources();
    QApplication::setWindowIcon(applicationIcon());
    WheelGuard::install(); // the wheel scrolls forms; it changes a field only once the field has focus

    // The language and the settings file are needed before the options are parsed (so --help is
    // translated): read those two from the arguments directly.
    const auto earlyValue = [&](const QByteArray &name) {
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            if (arg == "--")
                break;
            if (arg == name && i + 1 < argc)
                return QString::fromLocal8Bit(argv[i + 1]);
            if (arg.startsWith(QByteArray(name + '=')))
                return QString::fromLocal8Bit(arg.mid(name.size() + 1));
        }
        return QString();
    };
    AppSettings settings(earlyValue("--settings"));
    const QString language = earlyValue("--language").isEmpty() ? settings.language() : earlyValue("--language");
    installTranslations(&app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench and gateway for OpenAI-compatible LLM APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and quit."), QStringLiteral("file"));
    const QCommandLineOption panel(QStringLiteral("panel"),
        QApplication::translate("main",
            "Open on panel <name> (chat, compare, profiles, chart, costs, experiments[/results|vote|decision])."),
        QStringLiteral("name"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main", "Colour theme: system (default), light or dark."), QStringLiteral("name"),
        QStringLiteral("system"));
    const QCommandLineOption configFile(QStringLiteral("config"),
        QApplication::translate("main", "Configuration file (default: the user's)."), QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QApplication::translate(
            "main", "Folder for the ledger, conversations and logs (default: the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption demoRequests(QStringLiteral("demo-requests"),
        QApplication::translate(
            "main", "Send <n> prompts through the active profile at start, to see routing at work."),
        QStringLiteral("n"));
    const QCommandLineOption prompt(QStringLiteral("prompt"),
        QApplication::translate("main", "Send <text> in a new chat at start."), QStringLiteral("text"));
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
        QApplication::translate(
            "main", "Print the time from process start to the first paint and the memory use 2 s later, then quit."));
    const QCommandLineOption size(QStringLiteral("size"),
        QApplication::translate("main", "With --screenshot: the window's size, e.g. 1024x700 (default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Language of the interface: en, de or zh_CN (default: the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
        QApplication::translate("main", "Preferences file (default: the user's settings.ini)."),
        QStringLiteral("file"));
    parser.addOptions({ screenshot, size, panel, theme, languageOption, settingsFile, configFile, dataDir, demoRequests,
        prompt, measureStartup });
    parser.process(app);
    // --measure-startup reads Linux /proc: the process start time has the kernel's 10 ms tick resolution.
    struct StartupProbe : QObject
    {
        bool painted = false;
        static QByteArray procFile(const QString &path)
        {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
        static QByteArray statusField(const QByteArray &status, const QByteArray &name)
        {
            for (const QByteArray &line : status.split('\n')) {
                if (line.startsWith(name))
                    return line.mid(name.size()).trimmed();
            }
            return QByteArray();
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (!painted && event->type() == QEvent::Paint) {
                painted = true;
                // After the whole first paint pass: the next event-loop turn.
                QTimer::singleShot(0, this, [] {
                    const double uptime = procFile(QStringLiteral("/proc/uptime")).split(' ').value(0).toDouble();
                    const QByteArray stat = procFile(QStringLiteral("/proc/self/stat"));
                    const qint64 startTicks = stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(19).toLongLong();
                    qInfo("measure-startup: first-paint-ms=%lld", qint64(uptime * 1000) - startTicks * 10);
                });
                QTimer::singleShot(2000, this, [] {
                    const QByteArray status = procFile(QStringLiteral("/proc/self/status"));
                    qInfo("measure-startup: idle-rss=%s peak-rss=%s", statusField(status, "VmRSS:").constData(),
                        statusField(status, "VmHWM:").constData());
                    QApplication::exit(0);
                });
            }
            return QObject::eventFilter(watched, event);
        }
    } startupProbe;
    if (parser.isSet(measureStartup))
        app.installEventFilter(&startupProbe);

    // The theme: --theme for this run, else the saved preference; the Settings dialog and the
    // View menu change it live (MainWindow follows the settings).
    applyTheme(parser.isSet(theme) ? parser.value(theme) : AppSettings::themeName(settings.theme()));

    // Core services: the one composition every Tiergate entry uses.
    RuntimeOptions runtimeOptions;
    runtimeOptions.configPath = parser.value(configFile);
    runtimeOptions.dataDir = parser.value(dataDir);
    runtimeOptions.ledgerRequired = false; // the app runs on, and says so in the header
    runtimeOptions.simulator = RuntimeOptions::SimulatorStart::Always; // any profile may be picked later
    Runtime runtime(runtimeOptions);
    if (!runtime.open()) {
        for (const QString &error : runtime.errors())
            qWarning("tiergate: %s", qPrintable(error));
    }
    const QString data = runtime.dataDir();
    // The preferred profile at start, unless TIERGATE_PROFILE names one.
    if (const QString preferred = settings.defaultProfile(); !preferred.isEmpty()
        && qEnvironmentVariableIsEmpty("TIERGATE_PROFILE") && runtime.config()->snapshot()->profile(preferred))
        runtime.config()->setActiveProfile(preferred);
    ConfigStore &config = *runtime.config();
    Router &router = *runtime.router();
    Transport &transport = *runtime.transport();
    KeyResolver &keys = *runtime.keys();
    Ledger *ledger = runtime.ledger();
    const bool ledgerOpen = ledger != nullptr;
    const QUrl simulatorUrl = runtime.simulator() ? runtime.simulator()->baseUrl() : QUrl();
    // Chat's welcome view offers a fallback sample that asks sim-flaky: its first request of the
    // session fails, so that first try shows a fallback (later ones fail about one in three).
    if (Simulator *sim = runtime.simulator())
        sim->addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-flaky")).onRequest(1));
    // Closing the window: requests in flight are recorded (cancelled, tokens billed) and the
    // ledger flushed before the services go.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &runtime, [&runtime] { runtime.shutdown(); });

    ConversationStore conversations(data + QStringLiteral("/conversations.sqlite"));
    conversations.open();
    CodeHighlighter highlighter;

    ExperimentStore experiments(data + QStringLiteral("/experiments")); // outlives the panel's runs

    // Window and panels.
    MainWindow window;
    auto *chat = new ChatPanel(&conversations, &router, &config, &highlighter);
    if (ledgerOpen) // the approval asks before a request takes a warning cap over
        chat->session()->setMonthSpend([&runtime](const QString &profile) { return runtime.monthSpend(profile); });
    window.setPanelWidget(MainWindow::Panel::Chat, chat);
    window.setConnectServices(&config, &transport, &keys);
    QObject::connect(
        chat->welcomeView(), &WelcomeView::connectProviderRequested, &window, &MainWindow::openConnectProvider);
    auto *compare = new ComparePanel(&router, &config, &highlighter);
    compare->setStoreFolder(data + QStringLiteral("/comparisons"));
    window.setPanelWidget(MainWindow::Panel::Compare, compare);
    // "Continue in Chat": the column becomes a stored conversation that Chat opens.
    QObject::connect(compare, &ComparePanel::continueInChatRequested, chat,
        [&conversations, &window, chat](const ChatHandoff &handoff) {
            const qint64 id = HandoffImport::createConversation(conversations, handoff);
            if (id <= 0) {
                window.showStatus(QApplication::translate("main", "Could not open the column in Chat: %1")
                                      .arg(conversations.errorString()));
                return;
            }
            chat->setCurrentConversation(id);
            window.showPanel(MainWindow::Panel::Chat);
        });
    if (parser.value(panel).toLower() == QLatin1String("compare") && parser.isSet(prompt))
        QTimer::singleShot(0, compare, [compare, text = parser.value(prompt)] { compare->runDemo(text); });
    auto *chart = new LiveChart;
    QObject::connect(&router, &Router::requestFinished, chart, &LiveChart::addResult);
    // One ledger follower for every spend figure on screen: rows any process writes (this one, the
    // CLI, the gateway) reach the chart, the dashboard and the header from the same poll.
    LedgerWatcher follower(ledgerOpen ? ledger->path() : QString());
    follower.setPollInterval(500);
    QObject::connect(runtime.recorder(), &Recorder::recorded, &follower,
        [&follower](const RouteResult &result) { follower.skipRequest(result); });
    QObject::connect(&follower, &LedgerWatcher::resultArrived, chart, &LiveChart::addResult);
    if (ledgerOpen)
        follower.start();
    window.setPanelWidget(MainWindow::Panel::LiveChart, chart);
    if (ledgerOpen) {
        auto *dashboard = new CostDashboard(ledger, &config);
        dashboard->followLedger(&follower);
        window.setPanelWidget(MainWindow::Panel::Costs, dashboard);
    }
    window.setPanelWidget(MainWindow::Panel::Profiles, new ProfileEditor(&config, &transport, &keys));
    auto *experimentPanel = new ExperimentPanel(&router, &config, &experiments);
    window.setPanelWidget(MainWindow::Panel::Experiments, experimentPanel);

    // Header bar: profile picker, provider status, spend against the cap.
    if (auto *header = window.findChild<QToolBar *>(QStringLiteral("headerBar"))) { // the Gateway switch
        auto *gateway = new GatewayWidget(&router, header);
        gateway->setPreferredPort(settings.gatewayPort());
        QObject::connect(&settings, &AppSettings::changed, gateway,
            [gateway, &settings] { gateway->setPreferredPort(settings.gatewayPort()); });
        header->addWidget(gateway);
    }
    QComboBox *picker = window.profilePicker();
    const auto refreshHeader = [&] {
        const auto snapshot = config.snapshot();
        const QString active = config.activeProfile();
        {
            const QSignalBlocker block(picker);
            picker->clear();
            picker->addItems(snapshot->profileNames());
            picker->setCurrentText(active);
        }
        if (const ProfileConfig *profile = snapshot->profile(active))
            chart->setP95Threshold(profile->observability.alertThresholds.latencyP95Ms);
        const QString status = ProviderStatus::text(*snapshot, active, simulatorUrl);
        window.providerStatusLabel()->setText(status);
    };
    QObject::connect(picker, &QComboBox::currentTextChanged, &config,
        [&config](const QString &name) { config.setActiveProfile(name); });
    QObject::connect(&config, &ConfigStore::configChanged, &window, refreshHeader);
    QObject::connect(&config, &ConfigStore::activeProfileChanged, &window, refreshHeader);
    refreshHeader();
    // Spend this month: read from the ledger whenever the one follower sees rows of any writer.
    SpendMeter spendMeter(ledger, &config);
    spendMeter.setClock(runtime.clock());
    spendMeter.follow(&follower);
    if (ledgerOpen)
        window.spendLabel()->follow(&spendMeter);
    else
        window.spendLabel()->setText(
            QApplication::translate("main", "Ledger unavailable: %1").arg(runtime.ledgerError()));

    // Alerts: a banner over the panels (with the history) and a desktop notification.
    AlertBanner *banner = window.alertBanner();
    DesktopNotifier notifier;
    QObject::connect(
        runtime.recorder(), &Recorder::alertRaised, banner, [banner, &notifier, &settings](const Alert &alert) {
            banner->addAlert(alert);
            if (settings.notificationsEnabled())
                notifier.notify(QApplication::translate("main", "Tiergate alert"), alert.message);
        });
    QObject::connect(runtime.recorder(), &Recorder::alertCleared, banner, &AlertBanner::addAlert);
    // A configuration file that cannot be used: said in the banner (and, with each error's JSON path,
    // in the Profiles panel's Problems tab); the last good one, or the built-ins, keep serving.
    banner->followConfig(&config);
    const QList<ValidationIssue> startIssues = config.issues();
    if (std::any_of(startIssues.cbegin(), startIssues.cend(), [](const ValidationIssue &i) { return i.isError(); }))
        banner->setConfigProblem(QApplication::translate("main",
            "The configuration %1 has errors and was not loaded; the built-in "
            "configuration is in use.")
                                     .arg(config.path()));
    QObject::connect(
        banner, &AlertBanner::detailsRequested, &window, [&window] { window.showPanel(MainWindow::Panel::Profiles); });
    // The header's profile: say what it applies to.
    window.followActiveProfile(&config);

    // Local OpenAI-compatible servers (Ollama, LM Studio, llama.cpp, vLLM) on loopback are offered
    // in the header until they are configured; adding one writes a provider, its models and a
    // profile to the user's configuration and makes that profile active.
    LocalServerDetector detector(&transport);
    const auto refreshOffers = [&] {
        const auto snapshot = config.snapshot();
        QList<LocalServer> offers;
        for (const LocalServer &server : detector.servers()) {
            if (!server.isConfigured(*snapshot) && !server.models.isEmpty())
                offers.append(server);
        }
        window.setLocalServerOffers(offers);
    };
    QObject::connect(&detector, &LocalServerDetector::finished, &window, refreshOffers);
    QObject::connect(&config, &ConfigStore::configChanged, &window, refreshOffers);
    QObject::connect(&window, &MainWindow::addLocalServerRequested, &window, [&](const LocalServer &server) {
        TiergateConfig document = config.document();
        const QString added = server.addTo(document);
        if (!config.setConfig(document)) {
            QStringList problems;
            for (const ValidationIssue &issue : config.issues())
                problems.append(issue.toString());
            window.showStatus(QApplication::translate("main", "Could not add %1: %2")
                                  .arg(server.candidate.name, problems.join(QStringLiteral("; "))));
            return;
        }
        if (!config.save()) {
            window.showStatus(QApplication::translate("main", "Could not save the configuration to %1: %2")
                                  .arg(config.path(), config.errorString()));
            return;
        }
        config.setActiveProfile(added);
        window.showStatus(QApplication::translate("main", "Added %1 with %2 models; profile '%3' is active.")
                              .arg(server.candidate.name)
                              .arg(server.models.size())
                              .arg(added));
    });
    QTimer::singleShot(0, &detector, &LocalServerDetector::detect);

    // "experiments/decision": the newest saved experiment on its results, vote or decision tab.
    const QString panelName = parser.value(panel).toLower().section(QLatin1Char('/'), 0, 0);
    if (panelName == QLatin1String("experiments") && experimentPanel->openNewest())
        experimentPanel->showTab(parser.value(panel).toLower().section(QLatin1Char('/'), 1, 1));
    const QStringList names { QStringLiteral("chat"), QStringLiteral("compare"), QStringLiteral("profiles"),
        QStringLiteral("chart"), QStringLiteral("costs"), QStringLiteral("experiments") };
    window.setAppSettings(&settings, &config);
    window.setPaths({ data, config.path(), settings.path(), keys.fallbackDir(), keys.isKeychainEnabled() });
    if (parser.isSet(screenshot)) {
        // A fixed size, independent of what the user's window remembers.
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize shot(wh.value(0).toInt(), wh.value(1).toInt());
        window.resize(shot.isValid() && !shot.isEmpty() ? shot : QSize(1280, 800));
        window.setAppSettings(nullptr); // nothing of a screenshot run is remembered
    } else {
        if (const QScreen *screen = window.screen()) // the first start on a small screen
            window.resize(window.size().boundedTo(screen->availableGeometry().size()));
        window.restoreWindowState();
    }
    if (const auto i = names.indexOf(panelName); i >= 0)
        window.showPanel(static_cast<MainWindow::Panel>(i));
    window.show();

    // Optional warm-up traffic: real requests through the router (demo profile: the Simulator).
    const int demoCount = parser.value(demoRequests).toInt();
    const QStringList prompts { QStringLiteral("Summarise the trade-offs of model tiers in three bullet points."),
        QStringLiteral("Write a Python function that retries with exponential backoff."),
        QStringLiteral("Explain circuit breakers to a new engineer.") };
    for (int i = 0; i < demoCount; ++i) {
        QTimer::singleShot(i * 150, &router, [&router, &prompts, i] {
            ChatRequest request;
            request.messages.append(ChatMessage::fromText(QStringLiteral("user"), prompts.at(i % prompts.size())));
            request.stream = true;
            RouteReply *reply = router.send(request);
            QObject::connect(reply, &RouteReply::finished, reply, &QObject::deleteLater);
        });
    }

    if (parser.isSet(prompt)) {
        chat->newConversation();
        chat->composer()->setPlainText(parser.value(prompt));
        QTimer::singleShot(0, chat, &ChatPanel::send);
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(
            1500 + demoCount * 150 + (demoCount > 0 || parser.isSet(prompt) ? 6000 : 0), &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
    }
    return app.exec();
}
