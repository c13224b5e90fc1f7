#include "core/cli/servecommand.h"

#include "core/config/configstore.h"
#include "core/cost/costcalculator.h"
#include "core/cost/ledger.h"
#include "core/gateway/gatewayserver.h"
#include "core/gateway/virtualkeystore.h"
#include "core/observability/recorder.h"
#include "core/routing/routeoptions.h"
#include "core/routing/routeresult.h"
#include "core/runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace tiergate {

namespace {

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

} // namespace

class ServeCommand::Private
{
public:
    QObject context;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<VirtualKeyStore> keys;
    GatewayServer *server = nullptr;
    CliContext *ctx = nullptr;
    int drainTimeoutMs = 10000;
    int signalNumber = 0;
};

ServeCommand::ServeCommand()
    : d(std::make_unique<Private>())
{ }

ServeCommand::~ServeCommand() = default;

void ServeCommand::interrupt(CliContext &ctx, int signalNumber)
{
    if (!d->server || !d->server->isListening()) {
        if (!d->server || !d->server->isDraining())
            ctx.finish(128 + signalNumber);
        return;
    }
    // Stop accepting; in-flight requests finish (up to the bound), are recorded, then exit 0.
    d->signalNumber = signalNumber;
    ctx.err() << tr("tiergate-cli serve: draining %1 requests (at most %2 ms)…")
                     .arg(d->server->inFlight())
                     .arg(d->drainTimeoutMs)
              << u'\n';
    ctx.err().flush();
    d->server->drain(d->drainTimeoutMs);
}

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

    // The one core composition: configuration (reloaded when the file changes), Simulator, router,
    // ledger, request log and the recorder every routed request goes through.
    d->ctx = &ctx;
    RuntimeOptions runtimeOptions;
    runtimeOptions.configPath = parser.value(configOpt);
    runtimeOptions.configRequired = parser.isSet(configOpt);
    runtimeOptions.profile = parser.value(profileOpt);
    runtimeOptions.demoProfileByDefault = true;
    runtimeOptions.dataDir = parser.value(dataDirOpt);
    runtimeOptions.simulator = RuntimeOptions::SimulatorStart::Always; // any profile may be asked for
    runtimeOptions.simulatorConfig = parser.value(simConfigOpt);
    runtimeOptions.useBackgroundQueue = false; // a client waits for its answer
    runtimeOptions.alertStream = &ctx.err();
    d->runtime = std::make_unique<Runtime>(runtimeOptions);
    Runtime *runtime = d->runtime.get();
    if (runtime->open()) {
        RouteOptions route;
        route.profile = runtime->profile();
        runtime->prepareRoute(route);
    }
    if (runtime->failure() != Runtime::Failure::None) {
        for (const QString &e : runtime->errors())
            ctx.err() << QStringLiteral("tiergate-cli serve: ") << e << u'\n';
        ctx.finish(runtime->failure() == Runtime::Failure::Usage ? ExitUsage : ExitFailure);
        return;
    }
    options.profile = runtime->profile();
    QObject::connect(
        runtime->config(), &ConfigStore::loadFailed, &d->context, [&ctx](const QList<ValidationIssue> &issues) {
            ctx.err() << tr("tiergate-cli serve: the changed configuration has errors; the last good one stays in use:")
                      << u'\n';
            for (const ValidationIssue &issue : issues)
                ctx.err() << QStringLiteral("  ") << issue.toString() << u'\n';
            ctx.err().flush();
        });
    QObject::connect(runtime->config(), &ConfigStore::configChanged, &d->context, [&ctx] {
        ctx.err() << tr("tiergate-cli serve: configuration reloaded.") << u'\n';
        ctx.err().flush();
    });

    d->keys = std::make_unique<VirtualKeyStore>(QDir(runtime->dataDir()).filePath(VirtualKeyStore::defaultFileName()));
    if (!d->keys->load()) {
        fail(ExitFailure, tr("cannot read the virtual keys %1: %2").arg(d->keys->path(), d->keys->errorString()));
        return;
    }
    d->server = new GatewayServer(runtime->router(), d->keys.get(), options, &d->context);
    // Routed requests reach the recorder through the router; requests the gateway refuses itself
    // (a key's budget) are recorded here.
    Recorder *recorder = runtime->recorder();
    d->server->setRefusalSink([recorder](const RouteResult &result) { recorder->record(result); });
    if (!d->server->listen()) {
        fail(ExitFailure,
            tr("cannot listen on %1:%2: %3")
                .arg(options.address.toString())
                .arg(options.port)
                .arg(d->server->errorString()));
        return;
    }
    Private *p = d.get();
    QObject::connect(d->server, &GatewayServer::drained, &d->context, [p] {
        p->runtime->shutdown();
        p->keys->save();
        const QString error = p->runtime->recorder()->errorString();
        if (!error.isEmpty())
            p->ctx->err() << tr("tiergate-cli serve: the ledger could not record every request: %1").arg(error)
                          << u'\n';
        p->ctx->err() << tr("tiergate-cli serve: stopped.") << u'\n';
        p->ctx->err().flush();
        p->ctx->finish(error.isEmpty() ? ExitOk : ExitFailure);
    });
    // Per-key spend is kept across restarts.
    auto *saveTimer = new QTimer(&d->context);
    QObject::connect(saveTimer, &QTimer::timeout, &d->context, [p] { p->keys->save(); });
    saveTimer->start(5000);

    ctx.out() << d->server->baseUrl().toString() << u'\n';
    ctx.out().flush();
    ctx.err() << tr("tiergate-cli serve: listening on %1 (%2); ledger %3")
                     .arg(d->server->baseUrl().toString(),
                         options.requireKeys ? tr("virtual keys required") : tr("no authentication"),
                         runtime->ledger() ? QDir::toNativeSeparators(runtime->ledger()->path()) : tr("none"))
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
