#include "core/runtime/runtime.h"

#include "core/cli/routepreflight.h"
#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/config/keyresolver.h"
#include "core/config/modelresolution.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/ledger.h"
#include "core/observability/recorder.h"
#include "core/observability/requestlogger.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/clock.h"
#include "core/routing/routeoptions.h"
#include "core/routing/router.h"
#include "core/routing/systemclock.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>

namespace tiergate {

Runtime::Runtime(const RuntimeOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SystemClock>())
{ }

Runtime::~Runtime()
{
    shutdown();
    // The router reports into the recorder, the recorder writes into the ledger and the logger:
    // take them down in that order, before the logger (not a QObject child) goes.
    delete m_router;
    m_router = nullptr;
    delete m_recorder;
    m_recorder = nullptr;
    delete m_queue; // it reads the clock, which goes with the members, before the QObject children
    m_queue = nullptr;
}

bool Runtime::fail(Failure failure, const QString &message)
{
    if (m_failure == Failure::None || failure == Failure::Usage)
        m_failure = failure;
    m_errors.append(message);
    return false;
}

bool Runtime::open()
{
    if (m_opened)
        return m_failure == Failure::None;
    m_opened = true;

    // Configuration: the given file, else the user's (built-ins when there is none).
    const bool hasConfig = !m_options.configPath.isEmpty();
    if (hasConfig && m_options.configRequired && !QFileInfo::exists(m_options.configPath))
        return fail(Failure::Usage, tr("configuration file %1 does not exist.").arg(m_options.configPath));
    m_config = new ConfigStore(m_options.configPath, this);
    if (!m_config->load() && hasConfig && m_options.configRequired) {
        QStringList lines { tr("the configuration %1 has errors:").arg(m_options.configPath) };
        for (const ValidationIssue &issue : m_config->issues())
            lines.append(QStringLiteral("  ") + issue.toString());
        return fail(Failure::Usage, lines.join(u'\n'));
    }
    if (!m_options.profile.isEmpty())
        m_config->setActiveProfile(m_options.profile);

    m_dataDir = m_options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                            : m_options.dataDir;
    if (!QDir().mkpath(m_dataDir))
        return fail(Failure::Runtime, tr("cannot create the data folder %1.").arg(m_dataDir));

    m_keys = new KeyResolver(this);
    // Keys stored without a keychain live beside the ledger: `--data-dir` keeps them too.
    m_keys->setFallbackDir(QDir(m_dataDir).filePath(QStringLiteral("keys")));
    m_network = new QNetworkAccessManager(this);
    m_transport = new Transport(m_network, this);

    if (m_options.useLedger) {
        const QString path = m_options.ledgerPath.isEmpty() ? QDir(m_dataDir).filePath(QStringLiteral("ledger.sqlite"))
                                                            : m_options.ledgerPath;
        m_ledger = new Ledger(path, QTimeZone::systemTimeZone(), this);
        if (!m_ledger->open()) {
            m_ledgerError = m_ledger->errorString();
            delete m_ledger;
            m_ledger = nullptr;
            if (m_options.ledgerRequired)
                return fail(Failure::Runtime, tr("cannot open the ledger: %1").arg(m_ledgerError));
        }
    }

    RequestLogger::Options logOptions;
    if (m_options.useRequestLog) {
        const QString logs = QDir(m_dataDir).filePath(QStringLiteral("logs"));
        QDir().mkpath(logs);
        logOptions.filePath = QDir(logs).filePath(QStringLiteral("requests.jsonl"));
    }
    m_logger = std::make_unique<RequestLogger>(logOptions);

    // One clock for every service where time matters: routing, budgets, the recorder's metrics
    // and alerts, the background queue (and, in the app, the header's spend).
    Clock *clock = m_clock.get();
    RouterHooks hooks;
    hooks.keyResolver = m_keys;
    if (m_ledger)
        hooks.monthSpend = [this](const QString &profileName) { return monthSpend(profileName); };
    m_router = new Router(m_transport, m_config, clock, hooks, this);
    ConfigStore *config = m_config;
    m_recorder = new Recorder([config] { return config->snapshot(); }, m_ledger, m_logger.get(), this);
    m_recorder->setClock([clock] { return clock->wallTime(); });
    connect(m_router, &Router::requestFinished, m_recorder, &Recorder::record);
    if (QTextStream *stream = m_options.alertStream) {
        connect(m_recorder, &Recorder::alertRaised, this, [stream](const Alert &alert) {
            *stream << tr("tiergate: alert: %1").arg(alert.message) << u'\n';
            stream->flush();
        });
        connect(m_recorder, &Recorder::alertCleared, this, [stream](const Alert &alert) {
            *stream << tr("tiergate: alert cleared: %1").arg(alert.message) << u'\n';
            stream->flush();
        });
    }

    if (m_options.simulator == RuntimeOptions::SimulatorStart::Always && !startSimulator())
        return false;

    if (m_options.useBackgroundQueue) {
        // Items left by an earlier run (of any Tiergate process) run again from here.
        m_queue = new BackgroundQueue(QDir(m_dataDir).filePath(QStringLiteral("background-queue.json")), clock, this);
        m_router->setBackgroundQueue(m_queue);
    }
    return true;
}

bool Runtime::startSimulator()
{
    if (m_simulator)
        return true;
    m_simulator = new Simulator(this);
    m_simulator->setModels(SimModelSpec::defaults());
    if (!m_options.simulatorConfig.isEmpty()) {
        QString error;
        if (!m_simulator->loadConfigFile(m_options.simulatorConfig, &error))
            return fail(
                Failure::Usage, tr("the Simulator set-up %1 has errors: %2").arg(m_options.simulatorConfig, error));
    }
    if (!m_simulator->start())
        return fail(Failure::Runtime, tr("cannot start the Simulator: %1").arg(m_simulator->errorString()));
    m_config->setSimulatorBaseUrl(m_simulator->baseUrl());
    return true;
}

QString Runtime::profile() const
{
    if (!m_options.profile.isEmpty())
        return m_options.profile;
    if (m_options.demoProfileByDefault && m_options.configPath.isEmpty()
        && qEnvironmentVariableIsEmpty("TIERGATE_PROFILE"))
        return QLatin1String(builtin::DemoProfile);
    return m_config ? m_config->activeProfile() : QString();
}

bool Runtime::prepareRoute(const RouteOptions &options)
{
    if (!m_config)
        return fail(Failure::Runtime, tr("the runtime is not open."));
    const std::shared_ptr<const TiergateConfig> config = m_config->snapshot();
    const QString profileName = options.profile.isEmpty() ? profile() : options.profile;
    const ProfileConfig *p = config->profile(profileName);
    if (!p)
        return fail(Failure::Usage,
            tr("profile '%1' is not in the configuration (profiles: %2).")
                .arg(profileName, config->profileNames().join(QStringLiteral(", "))));
    if (!options.tier.isEmpty() && !config->tier(options.tier))
        return fail(Failure::Usage,
            tr("tier '%1' is not in the configuration (tiers: %2).")
                .arg(options.tier, config->tierNames().join(QStringLiteral(", "))));
    const QString tier = options.tier.isEmpty() ? p->tierFor(criticalityName(options.criticality)) : options.tier;
    const QStringList chain = tiergate::buildChain(
        chooseModel(config->tier(tier), options.requestedModel, options.pinModel).model, p->fallbackChain);
    const RoutePreflight preflight = RoutePreflight::check(*config, profileName, chain, *m_keys);
    for (const QString &problem : preflight.problems)
        fail(Failure::Usage, problem);
    if (!preflight.ok())
        return false;
    if (preflight.needsSimulator && m_options.simulator == RuntimeOptions::SimulatorStart::OnDemand)
        return startSimulator();
    if (!m_options.simulatorConfig.isEmpty() && !preflight.needsSimulator)
        return fail(Failure::Usage,
            tr("a Simulator set-up needs a profile that routes over the Simulator ('%1' does not).").arg(profileName));
    return true;
}

int Runtime::shutdown()
{
    if (m_shutDown)
        return 0;
    m_shutDown = true;
    const int cancelled = m_router ? m_router->cancelAll() : 0;
    if (m_recorder)
        m_recorder->flush();
    return cancelled;
}

qint64 Runtime::monthSpend(const QString &profile) const
{
    return m_ledger ? m_ledger->monthSpend(m_clock->wallTime(), profile).spentMicros : 0;
}

} // namespace tiergate
