#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTextStream;

namespace tiergate {

class BackgroundQueue;
class Clock;
class ConfigStore;
class KeyResolver;
class Ledger;
class Recorder;
class RequestLogger;
class Router;
class Simulator;
class Transport;
struct RouteOptions;

/// What a Runtime is built from: the command line of `tiergate`, a `tiergate-cli` command or the
/// gateway, as plain values.
struct RuntimeOptions
{
    QString configPath; ///< "": the user's file (ConfigStore::defaultPath(); built-ins when missing)
    bool configRequired = false; ///< the file must exist and load without errors (an explicit --config)
    /// Profile to route with ("": see Runtime::profile()). Also made the store's active profile.
    QString profile;
    /// "" and no configPath and no TIERGATE_PROFILE: the built-in demo profile (the CLI's default:
    /// works without keys). False: the configuration's active profile.
    bool demoProfileByDefault = false;
    QString dataDir; ///< "": QStandardPaths::AppDataLocation; holds the ledger, queue and logs
    QString ledgerPath; ///< "": dataDir/ledger.sqlite
    bool useLedger = true; ///< false: nothing is recorded in a ledger and budget caps are not checked
    bool ledgerRequired = true; ///< false: a ledger that cannot open leaves the app running without it
    bool useBackgroundQueue = true; ///< dataDir/background-queue.json
    bool useRequestLog = true; ///< dataDir/logs/requests.jsonl
    enum class SimulatorStart
    {
        OnDemand, ///< when prepareRoute() finds the route needs it
        Always, ///< at open() (the GUI: any profile may be picked later)
        Never,
    };
    SimulatorStart simulator = SimulatorStart::OnDemand;
    QString simulatorConfig; ///< Simulator set-up file (models, faults, seed); "": defaults
    /// Alerts as one line each ("tiergate: alert: ..."), e.g. the CLI's stderr. Not owned.
    QTextStream *alertStream = nullptr;
};

/// The one composition of Tiergate's core: builds, from RuntimeOptions, the network access and
/// Transport, the ConfigStore, KeyResolver, the in-process Simulator (when needed), the Router,
/// the Ledger, the RequestLogger, the background queue and the Recorder (rolling metrics, alerts,
/// budget alerts), and wires every finished request (Router::requestFinished) into the Recorder.
/// `tiergate`, every routing `tiergate-cli` command and the gateway use it; none wires its own.
///
/// Usage: construct, open(), optionally prepareRoute() for the profile / tier / model a command
/// routes with, then send through router(). shutdown() (also run by the destructor) cancels the
/// requests in flight, so each is recorded with the tokens it received, and flushes the ledger.
///
/// Every object is owned by the Runtime and lives as long as it does; accessors return null for
/// parts that are off (no ledger, Simulator not started). Errors are plain sentences in errors();
/// failure() says whether they are the caller's (usage / configuration) or the machine's.
/// Signals: none of its own; see recorder() for alerts and recorded requests.
class Runtime : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Usage, ///< bad options or configuration: the CLI exits 2
        Runtime, ///< could not start something (ledger, Simulator): the CLI exits 1
    };

    explicit Runtime(const RuntimeOptions &options, QObject *parent = nullptr);
    ~Runtime() override;

    /// Builds everything. False with errors() when something required failed; what was built
    /// before stays usable for reporting.
    bool open();
    /// Checks the route of `options` (profile, tier, requested model) as a command would send it:
    /// the profile and tier exist, each provider of the chain is reachable (base URL, env:/file:
    /// key), and starts the Simulator when the chain uses it (SimulatorStart::OnDemand). False
    /// with errors() otherwise.
    bool prepareRoute(const RouteOptions &options);
    /// Cancels the requests in flight (each recorded as cancelled with its tokens billed) and
    /// flushes the ledger. Idempotent. Returns the number of requests cancelled.
    int shutdown();

    Failure failure() const { return m_failure; }
    QStringList errors() const { return m_errors; }
    const RuntimeOptions &options() const { return m_options; }

    /// The profile commands route with: the option, else the built-in demo profile (see
    /// RuntimeOptions::demoProfileByDefault), else the configuration's active profile.
    QString profile() const;
    QString dataDir() const { return m_dataDir; }
    QString ledgerError() const { return m_ledgerError; } ///< why ledger() is null although asked for

    ConfigStore *config() const { return m_config; }
    KeyResolver *keys() const { return m_keys; }
    QNetworkAccessManager *network() const { return m_network; }
    Transport *transport() const { return m_transport; }
    Simulator *simulator() const { return m_simulator; }
    Router *router() const { return m_router; }
    Ledger *ledger() const { return m_ledger; }
    RequestLogger *logger() const { return m_logger.get(); }
    BackgroundQueue *backgroundQueue() const { return m_queue; }
    Recorder *recorder() const { return m_recorder; }
    /// The one time source of these services (the system clock).
    Clock *clock() const { return m_clock.get(); }
    /// This calendar month's spend of `profile` from the ledger (0 without one), as budgets count it.
    qint64 monthSpend(const QString &profile) const;

private:
    bool fail(Failure failure, const QString &message);
    bool startSimulator();

    RuntimeOptions m_options;
    Failure m_failure = Failure::None;
    QStringList m_errors;
    QString m_dataDir;
    QString m_ledgerError;
    bool m_opened = false;
    bool m_shutDown = false;
    ConfigStore *m_config = nullptr;
    KeyResolver *m_keys = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Transport *m_transport = nullptr;
    Simulator *m_simulator = nullptr;
    std::unique_ptr<Clock> m_clock;
    Router *m_router = nullptr;
    Ledger *m_ledger = nullptr;
    std::unique_ptr<RequestLogger> m_logger;
    BackgroundQueue *m_queue = nullptr;
    Recorder *m_recorder = nullptr;
};

} // namespace tiergate
