#include "core/cli/servecommand.h"

#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/config/keyresolver.h"
#include "core/cost/costcalculator.h"
#include "core/cost/ledger.h"
#include "core/gateway/gatewayserver.h"
#include "core/gateway/virtualkeystore.h"
#include "core/observability/requestlogger.h"
#include "core/routing/router.h"
#include "core/routing/routeresult.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace tiergate {

namespace {

int g_serveSignalFd = -1;

extern "C" void serveSignalHandler(int signal)
{
    const char byte = char(signal);
    if (g_serveSignalFd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(g_serveSignalFd, &byte, 1);
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ServeCommand", text);
}

/// "25", "0.5", "$1.25" → micro-dollars, without going through a double.
std::optional<qint64> parseUsd(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (frac.size() > 6 || (whole.isEmpty() && frac.isEmpty()))
        return std::nullopt;
    bool ok = true;
    const qint64 w = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || w < 0 || w > 1'000'000'000)
        return std::nullopt;
    const qint64 f = frac.isEmpty() ? 0 : frac.leftJustified(6, u'0').toLongLong(&ok);
    if (!ok || f < 0)
        return std::nullopt;
    return w * 1'000'000 + f;
}

QString dataDirOf(const QString &given)
{
    return given.isEmpty() ? QFileInfo(Ledger::defaultPath()).absolutePath() : given;
}

/// Writes finished requests to the ledger in batches (one transaction per batch, at most every
/// 100 ms), so the ledger's commit is not paid per request. monthSpend() adds what is not yet written.
class BatchedLedgerSink : public QObject
{
public:
    explicit BatchedLedgerSink(Ledger *ledger, QObject *parent)
        : QObject(parent)
        , m_ledger(ledger)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, &BatchedLedgerSink::flush);
    }
    void add(const RouteResult &result)
    {
        m_pending.append(result);
        m_pendingSpend[result.profile] += result.costMicros;
        if (!m_timer.isActive())
            m_timer.start();
    }
    void flush()
    {
        if (m_pending.isEmpty())
            return;
        if (m_ledger->recordBatch(m_pending) < m_pending.size() && m_error.isEmpty())
            m_error = m_ledger->errorString();
        m_pending.clear();
        m_pendingSpend.clear();
        m_cache.clear();
    }
    qint64 monthSpend(const QString &profile)
    {
        // The ledger query scans this month's rows: ask it at most once a second per profile.
        auto it = m_cache.find(profile);
        if (it == m_cache.end() || m_clock.elapsed() - it->second > 1000) {
            if (!m_clock.isValid())
                m_clock.start();
            const qint64 spent = m_ledger->monthSpend(QDateTime::currentDateTime(), profile).spentMicros;
            it = m_cache.insert(profile, { spent, m_clock.elapsed() });
        }
        return it->first + m_pendingSpend.value(profile);
    }
    QString errorString() const { return m_error; }

private:
    Ledger *m_ledger;
    QTimer m_timer;
    QList<RouteResult> m_pending;
    QHash<QString, qint64> m_pendingSpend;
    QHash<QString, QPair<qint64, qint64>> m_cache;
    QElapsedTimer m_clock;
    QString m_error;
};

} // namespace

class ServeCommand::Private
{
public:
    ~Private()
    {
        if (fds[0] >= 0) {
            g_serveSignalFd = -1;
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            ::close(fds[0]);
            ::close(fds[1]);
        }
    }

    QObject context;
    ConfigStore *store = nullptr;
    KeyResolver *keyResolver = nullptr;
    Simulator *sim = nullptr;
    Ledger *ledger = nullptr;
    BatchedLedgerSink *sink = nullptr;
    QNetworkAccessManager *network = nullptr;
    Transport *transport = nullptr;
    Router *router = nullptr;
    std::unique_ptr<VirtualKeyStore> keys;
    std::unique_ptr<RequestLogger> logger;
    GatewayServer *server = nullptr;
    QSocketNotifier *notifier = nullptr;
    int fds[2] = { -1, -1 };
    int drainTimeoutMs = 10000;
};

ServeCommand::ServeCommand()
    : d(std::make_unique<Private>())
{ }

ServeCommand::~ServeCommand() = default;

QString ServeCommand::summary() const
{
    return tr("run the OpenAI-compatible gateway (POST /v1/chat/completions, GET /v1/models, /metrics)");
}

void ServeCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption configOpt(
        QStringLiteral("config"), tr("Configuration file (reloaded when it changes)."), QStringLiteral("FILE"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), tr("Profile of requests without a virtual key."), QStringLiteral("P"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
        tr("Address and port (default 127.0.0.1:8080; port 0: any free port)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        tr("Folder of the ledger and the virtual keys (default: the app's)."), QStringLiteral("DIR"));
    const QCommandLineOption noAuthOpt(
        QStringLiteral("no-auth"), tr("Accept requests without a virtual key (loopback only)."));
    const QCommandLineOption simConfigOpt(QStringLiteral("sim-config"),
        tr("Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`."), QStringLiteral("FILE"));
    const QCommandLineOption drainOpt(QStringLiteral("drain-timeout"),
        tr("On SIGTERM, wait this long for in-flight requests (default 10000)."), QStringLiteral("MS"));
    const QCommandLineOption maxStreamsOpt(
        QStringLiteral("max-streams"), tr("Concurrent streamed answers (default 256)."), QStringLiteral("N"));
    const QCommandLineOption maxBodyOpt(
        QStringLiteral("max-body-bytes"), tr("Largest request body (default 4194304)."), QStringLiteral("N"));
    const QCommandLineOption requestTimeoutOpt(QStringLiteral("request-timeout"),
        tr("A request must arrive completely within this time (default 10000)."), QStringLiteral("MS"));
    parser.addOptions({ help, configOpt, profileOpt, listenOpt, dataDirOpt, noAuthOpt, simConfigOpt, drainOpt,
        maxStreamsOpt, maxBodyOpt, requestTimeoutOpt });
    auto usage = [&ctx, &parser](const QString &message) {
        if (!message.isEmpty())
            ctx.err() << QStringLiteral("tiergate-cli serve: ") << message << u'\n';
        ctx.err() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli serve"));
        ctx.finish(ExitUsage);
    };
    auto fail = [&ctx](int code, const QString &message) {
        ctx.err() << QStringLiteral("tiergate-cli serve: ") << message << u'\n';
        ctx.finish(code);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli serve") } + arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        ctx.out() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli serve"))
                  << u'\n'
                  << tr("Clients send 'Authorization: Bearer tg-…' (create keys with `tiergate-cli keys create`).")
                  << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usage(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
        return;
    }

    GatewayOptions options;
    options.requireKeys = !parser.isSet(noAuthOpt);
    if (parser.isSet(listenOpt)) {
        const QString listen = parser.value(listenOpt).trimmed();
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        const int port = colon < 0 ? -1 : listen.mid(colon + 1).toInt(&ok);
        QString host = colon < 0 ? QString() : listen.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
        if (!ok || port < 0 || port > 65535 || address.isNull()) {
            usage(tr("--listen must be HOST:PORT with an IP address, e.g. 127.0.0.1:8080."));
            return;
        }
        options.address = address;
        options.port = quint16(port);
    }
    const auto intOption = [&parser](const QCommandLineOption &opt, qint64 min, qint64 max, auto *value) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const qint64 v = parser.value(opt).trimmed().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = decltype(+*value)(v);
        return true;
    };
    if (!intOption(drainOpt, 0, 3600000, &d->drainTimeoutMs)) {
        usage(tr("--drain-timeout must be a number of milliseconds."));
        return;
    }
    if (!intOption(maxStreamsOpt, 1, 100000, &options.maxStreams)) {
        usage(tr("--max-streams must be a whole number from 1 to 100000."));
        return;
    }
    if (!intOption(maxBodyOpt, 1024, qint64(1) << 30, &options.limits.maxBodyBytes)) {
        usage(tr("--max-body-bytes must be a number of bytes, 1024 or more."));
        return;
    }
    if (!intOption(requestTimeoutOpt, 100, 3600000, &options.limits.requestTimeoutMs)) {
        usage(tr("--request-timeout must be a number of milliseconds, 100 or more."));
        return;
    }
    if (!options.requireKeys && !GatewayServer::isLoopback(options.address)) {
        fail(ExitUsage,
            tr("--no-auth is only allowed on a loopback address; create keys with `tiergate-cli keys create`."));
        return;
    }

    // Configuration: the given file, else the user's file (built-ins when there is none).
    const bool hasConfig = parser.isSet(configOpt);
    if (hasConfig && !QFileInfo::exists(parser.value(configOpt))) {
        fail(ExitUsage, tr("configuration file %1 does not exist.").arg(parser.value(configOpt)));
        return;
    }
    d->store = new ConfigStore(hasConfig ? parser.value(configOpt) : QString(), &d->context);
    if (!d->store->load() && hasConfig) {
        ctx.err() << tr("tiergate-cli serve: the configuration %1 has errors:").arg(parser.value(configOpt)) << u'\n';
        for (const ValidationIssue &issue : d->store->issues())
            ctx.err() << QStringLiteral("  ") << issue.toString() << u'\n';
        ctx.finish(ExitUsage);
        return;
    }
    const std::shared_ptr<const TiergateConfig> config = d->store->snapshot();
    if (parser.isSet(profileOpt))
        options.profile = parser.value(profileOpt);
    else if (!hasConfig && qEnvironmentVariableIsEmpty("TIERGATE_PROFILE"))
        options.profile = QLatin1String(builtin::DemoProfile);
    if (!options.profile.isEmpty() && !config->profile(options.profile)) {
        fail(ExitUsage,
            tr("profile '%1' is not in the configuration (profiles: %2).")
                .arg(options.profile, config->profileNames().join(QStringLiteral(", "))));
        return;
    }
    QObject::connect(d->store, &ConfigStore::loadFailed, &d->context, [&ctx](const QList<ValidationIssue> &issues) {
        ctx.err() << tr("tiergate-cli serve: the changed configuration has errors; the last good one stays in use:")
                  << u'\n';
        for (const ValidationIssue &issue : issues)
            ctx.err() << QStringLiteral("  ") << issue.toString() << u'\n';
        ctx.err().flush();
    });
    QObject::connect(d->store, &ConfigStore::configChanged, &d->context, [&ctx] {
        ctx.err() << tr("tiergate-cli serve: configuration reloaded.") << u'\n';
        ctx.err().flush();
    });

    // The Simulator, when any provider is the simulated one.
    bool needsSimulator = false;
    for (const ProviderConfig &p : config->providers)
        needsSimulator = needsSimulator || p.isSimulator();
    if (parser.isSet(simConfigOpt) && !needsSimulator) {
        fail(ExitUsage, tr("--sim-config needs a configuration with the simulator provider."));
        return;
    }
    if (needsSimulator) {
        d->sim = new Simulator(&d->context);
        d->sim->setModels(SimModelSpec::defaults());
        if (parser.isSet(simConfigOpt)) {
            QString error;
            if (!d->sim->loadConfigFile(parser.value(simConfigOpt), &error)) {
                fail(ExitUsage, tr("the Simulator set-up %1 has errors: %2").arg(parser.value(simConfigOpt), error));
                return;
            }
        }
        if (!d->sim->start()) {
            fail(ExitFailure, tr("cannot start the Simulator: %1").arg(d->sim->errorString()));
            return;
        }
        d->store->setSimulatorBaseUrl(d->sim->baseUrl());
    }

    // Data folder: ledger and keys.
    const QString dataDir = dataDirOf(parser.value(dataDirOpt));
    d->ledger
        = new Ledger(QDir(dataDir).filePath(QStringLiteral("ledger.sqlite")), QTimeZone::systemTimeZone(), &d->context);
    if (!d->ledger->open()) {
        fail(ExitFailure, tr("cannot open the ledger: %1").arg(d->ledger->errorString()));
        return;
    }
    d->keys = std::make_unique<VirtualKeyStore>(QDir(dataDir).filePath(VirtualKeyStore::defaultFileName()));
    if (!d->keys->load()) {
        fail(ExitFailure, tr("cannot read the virtual keys %1: %2").arg(d->keys->path(), d->keys->errorString()));
        return;
    }

    // The routing graph.
    d->sink = new BatchedLedgerSink(d->ledger, &d->context);
    d->keyResolver = new KeyResolver(&d->context);
    d->network = new QNetworkAccessManager(&d->context);
    d->transport = new Transport(d->network, &d->context);
    RouterHooks hooks;
    hooks.keyResolver = d->keyResolver;
    BatchedLedgerSink *sink = d->sink;
    hooks.monthSpend = [sink](const QString &profile) { return sink->monthSpend(profile); };
    d->router = new Router(d->transport, d->store, nullptr, hooks, &d->context);
    d->server = new GatewayServer(d->router, d->keys.get(), options, &d->context);
    // The app's request log beside the ledger, one JSON line per finished request.
    RequestLogger::Options logOptions;
    logOptions.filePath = QDir(dataDir).filePath(QStringLiteral("logs/requests.jsonl"));
    d->logger = std::make_unique<RequestLogger>(logOptions);
    RequestLogger *logger = d->logger.get();
    d->server->setResultSink([sink, logger](const RouteResult &result) {
        sink->add(result);
        logger->logRequest(result);
    });
    if (!d->server->listen()) {
        fail(ExitFailure,
            tr("cannot listen on %1:%2: %3")
                .arg(options.address.toString())
                .arg(options.port)
                .arg(d->server->errorString()));
        return;
    }

    CliContext *context = &ctx;
    Private *p = d.get();
    QObject::connect(d->server, &GatewayServer::drained, &d->context, [p, context] {
        p->sink->flush();
        p->keys->save();
        context->err() << tr("tiergate-cli serve: stopped.") << u'\n';
        context->err().flush();
        context->finish(p->sink->errorString().isEmpty() ? ExitOk : ExitFailure);
    });
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, d->fds) == 0) {
        g_serveSignalFd = d->fds[0];
        d->notifier = new QSocketNotifier(d->fds[1], QSocketNotifier::Read, &d->context);
        QObject::connect(d->notifier, &QSocketNotifier::activated, &d->context, [p, context] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(p->fds[1], &byte, 1);
            if (p->server->isDraining())
                return;
            context->err() << tr("tiergate-cli serve: draining %1 requests (at most %2 ms)…")
                                  .arg(p->server->inFlight())
                                  .arg(p->drainTimeoutMs)
                           << u'\n';
            context->err().flush();
            p->server->drain(p->drainTimeoutMs);
        });
        std::signal(SIGINT, serveSignalHandler);
        std::signal(SIGTERM, serveSignalHandler);
    }
    // Per-key spend is kept across restarts.
    auto *saveTimer = new QTimer(&d->context);
    QObject::connect(saveTimer, &QTimer::timeout, &d->context, [p] { p->keys->save(); });
    saveTimer->start(5000);

    ctx.out() << d->server->baseUrl().toString() << u'\n';
    ctx.out().flush();
    ctx.err() << tr("tiergate-cli serve: listening on %1 (%2); ledger %3")
                     .arg(d->server->baseUrl().toString(),
                         options.requireKeys ? tr("virtual keys required") : tr("no authentication"),
                         QDir::toNativeSeparators(d->ledger->path()))
              << u'\n';
    ctx.err().flush();
}

QString KeysCommand::summary() const
{
    return tr("create, list or revoke the gateway's virtual keys (tg-…)");
}

void KeysCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption teamOpt(QStringLiteral("team"), tr("Team of the new key."), QStringLiteral("T"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), tr("Profile the new key routes with."), QStringLiteral("P"));
    const QCommandLineOption budgetOpt(
        QStringLiteral("budget-usd"), tr("Monthly budget of the new key in USD (default: none)."), QStringLiteral("X"));
    const QCommandLineOption rpmOpt(
        QStringLiteral("rpm"), tr("Requests per minute of the new key (default: no limit)."), QStringLiteral("N"));
    const QCommandLineOption configOpt(
        QStringLiteral("config"), tr("Configuration file (checks the profile)."), QStringLiteral("FILE"));
    const QCommandLineOption dataDirOpt(
        QStringLiteral("data-dir"), tr("Folder of the keys (default: the app's)."), QStringLiteral("DIR"));
    parser.addOptions({ help, teamOpt, profileOpt, budgetOpt, rpmOpt, configOpt, dataDirOpt });
    parser.addPositionalArgument(QStringLiteral("action"), tr("create, list or revoke"));
    auto usage = [&ctx, &parser](const QString &message) {
        if (!message.isEmpty())
            ctx.err() << QStringLiteral("tiergate-cli keys: ") << message << u'\n';
        ctx.err() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli keys"));
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli keys") } + arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        ctx.out() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli keys"));
        ctx.finish(ExitOk);
        return;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        usage(tr("say create, list or revoke."));
        return;
    }
    VirtualKeyStore store(QDir(dataDirOf(parser.value(dataDirOpt))).filePath(VirtualKeyStore::defaultFileName()));
    if (!store.load()) {
        ctx.err() << tr("tiergate-cli keys: cannot read %1: %2").arg(store.path(), store.errorString()) << u'\n';
        ctx.finish(ExitFailure);
        return;
    }
    const QString action = args.first();
    if (action == QLatin1String("create")) {
        const QString team = parser.value(teamOpt).trimmed();
        const QString profile = parser.value(profileOpt).trimmed();
        if (team.isEmpty() || profile.isEmpty()) {
            usage(tr("create needs --team and --profile."));
            return;
        }
        ConfigStore configStore(parser.value(configOpt));
        configStore.load();
        if (!configStore.snapshot()->profile(profile)) {
            ctx.err() << tr("tiergate-cli keys: profile '%1' is not in the configuration (profiles: %2).")
                             .arg(profile, configStore.snapshot()->profileNames().join(QStringLiteral(", ")))
                      << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
        qint64 budget = 0;
        if (parser.isSet(budgetOpt)) {
            const std::optional<qint64> micros = parseUsd(parser.value(budgetOpt));
            if (!micros || *micros < 0) {
                usage(tr("--budget-usd must be an amount in USD, e.g. 25 or 0.50."));
                return;
            }
            budget = *micros;
        }
        bool ok = true;
        const int rpm = parser.isSet(rpmOpt) ? parser.value(rpmOpt).toInt(&ok) : 0;
        if (!ok || rpm < 0) {
            usage(tr("--rpm must be a whole number, 0 or more."));
            return;
        }
        VirtualKey created;
        const std::optional<QString> key = store.create(team, profile, budget, rpm, &created);
        if (!key) {
            ctx.err() << tr("tiergate-cli keys: cannot write %1: %2").arg(store.path(), store.errorString()) << u'\n';
            ctx.finish(ExitFailure);
            return;
        }
        ctx.out() << *key << u'\n';
        ctx.err() << tr("Created %1 for team %2, profile %3. The key is shown only now.").arg(created.id, team, profile)
                  << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    if (action == QLatin1String("list")) {
        for (const VirtualKey &k : store.keys()) {
            ctx.out() << QStringLiteral("%1  %2…  team=%3  profile=%4  budget=%5  rpm=%6  spent=%7  %8")
                             .arg(k.id, k.prefix, k.team, k.profile,
                                 k.monthlyBudgetMicros > 0 ? CostCalculator::formatMoney(k.monthlyBudgetMicros)
                                                           : QStringLiteral("-"),
                                 k.rpm > 0 ? QString::number(k.rpm) : QStringLiteral("-"),
                                 CostCalculator::formatMoney(store.monthSpend(k.id, QDateTime::currentDateTime())),
                                 k.revoked ? tr("revoked") : tr("active"))
                      << u'\n';
        }
        ctx.finish(ExitOk);
        return;
    }
    if (action == QLatin1String("revoke")) {
        if (args.size() != 2) {
            usage(tr("revoke needs the key's id (vk_…) or prefix."));
            return;
        }
        if (!store.revoke(args.at(1))) {
            ctx.err() << tr("tiergate-cli keys: no active key '%1'.").arg(args.at(1)) << u'\n';
            ctx.finish(ExitFailure);
            return;
        }
        ctx.err() << tr("Revoked %1.").arg(args.at(1)) << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    usage(tr("unknown action '%1' (create, list or revoke).").arg(action));
}

} // namespace tiergate
