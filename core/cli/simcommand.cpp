#include "core/cli/simcommand.h"

#include "core/sim/simulator.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace tiergate {

namespace {

// Written from the signal handler; a signal handler can reach nothing else safely.
int g_signalFd = -1;

extern "C" void simSignalHandler(int signal)
{
    const char byte = char(signal);
    if (g_signalFd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(g_signalFd, &byte, 1);
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::SimCommand", text);
}

} // namespace

class SimCommand::Private
{
public:
    Simulator *sim = nullptr;
    QSocketNotifier *notifier = nullptr;
    int fds[2] = { -1, -1 };
    QObject context;

    ~Private()
    {
        if (fds[0] >= 0) {
            g_signalFd = -1;
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            ::close(fds[0]);
            ::close(fds[1]);
        }
    }
};

SimCommand::SimCommand()
    : d(std::make_unique<Private>())
{ }

SimCommand::~SimCommand() = default;

QString SimCommand::summary() const
{
    return tr("run the Simulator, a local OpenAI-compatible server with simulated models");
}

void SimCommand::start(CliContext &ctx, const QStringList &arguments)
{
    int port = 0;
    QString configPath;
    std::optional<quint64> seed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        QString text;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            ctx.out() << tr("Usage: tiergate-cli sim [--port N] [--config FILE] [--seed N]") << "\n\n"
                      << tr("Runs the Simulator on 127.0.0.1: an OpenAI-compatible server (GET /v1/models, POST "
                            "/v1/chat/completions, streaming or not) serving sim-budget, sim-standard, sim-premium "
                            "and sim-flaky. Prints its base URL and serves until interrupted (Ctrl+C).")
                      << "\n\n"
                      << tr("Options:") << u'\n' << tr("  --port N       port to listen on (default 0: a free port)")
                      << u'\n' << tr("  --config FILE  JSON with \"models\", \"faults\", \"seed\" (see the README)")
                      << u'\n' << tr("  --seed N       seed of the simulated answers (default 42)") << u'\n';
            ctx.finish(ExitOk);
            return;
        } else if (arg == QLatin1String("--port") && value(&text)) {
            bool ok = false;
            port = text.toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                ctx.err() << tr("sim: --port needs a number between 0 and 65535, not '%1'.").arg(text) << u'\n';
                ctx.finish(ExitUsage);
                return;
            }
        } else if (arg == QLatin1String("--config") && value(&text)) {
            configPath = text;
        } else if (arg == QLatin1String("--seed") && value(&text)) {
            bool ok = false;
            seed = text.toULongLong(&ok);
            if (!ok) {
                ctx.err() << tr("sim: --seed needs a number, not '%1'.").arg(text) << u'\n';
                ctx.finish(ExitUsage);
                return;
            }
        } else {
            ctx.err() << tr("sim: unknown or incomplete option '%1'. Run 'tiergate-cli sim --help'.").arg(arg) << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
    }

    d->sim = new Simulator(&d->context);
    if (!configPath.isEmpty()) {
        QString error;
        if (!d->sim->loadConfigFile(configPath, &error)) {
            ctx.err() << tr("sim: %1").arg(error) << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
    }
    if (seed)
        d->sim->setSeed(*seed);
    if (!d->sim->start(quint16(port))) {
        ctx.err() << tr("sim: cannot listen on 127.0.0.1:%1: %2").arg(port).arg(d->sim->errorString()) << u'\n';
        ctx.finish(ExitFailure);
        return;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, d->fds) == 0) {
        g_signalFd = d->fds[0];
        d->notifier = new QSocketNotifier(d->fds[1], QSocketNotifier::Read, &d->context);
        CliContext *context = &ctx;
        QObject::connect(d->notifier, &QSocketNotifier::activated, &d->context, [this, context] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(d->fds[1], &byte, 1);
            d->notifier->setEnabled(false);
            d->sim->stop();
            context->err() << tr("sim: stopped.") << u'\n';
            context->finish(ExitOk);
        });
        std::signal(SIGINT, simSignalHandler);
        std::signal(SIGTERM, simSignalHandler);
    }

    ctx.out() << d->sim->baseUrl().toString() << u'\n';
    ctx.out().flush();
    QStringList ids;
    const QList<SimModelSpec> models = d->sim->models();
    for (const SimModelSpec &model : models)
        ids.append(model.id);
    ctx.err() << tr("sim: serving %1 (simulated models). Press Ctrl+C to stop.").arg(ids.join(QStringLiteral(", ")))
              << u'\n';
    ctx.err().flush();
}

} // namespace tiergate
