#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace tiergate {

/// Exit codes of tiergate-cli (documented in README.md).
enum ExitCode : int
{
    ExitOk = 0, ///< the command did what was asked
    ExitFailure = 1, ///< a runtime failure: every route failed, a server could not start, ...
    ExitUsage = 2, ///< bad arguments or a configuration / input file with errors
};

/// What a running command can reach: its output streams and the way to end the process.
class CliContext
{
public:
    virtual ~CliContext() = default;
    virtual QTextStream &out() = 0; ///< stdout: the command's product (answer, export, ...)
    virtual QTextStream &err() = 0; ///< stderr: progress, routes, costs, errors
    /// Ends the command (and the event loop) with `code`. Call exactly once.
    virtual void finish(int code) = 0;
};

/// One `tiergate-cli` subcommand. `start()` parses its arguments and either calls
/// `ctx.finish()` at once or starts asynchronous work that calls it later. Commands own the
/// objects they create (parent them to the command) and never block the event loop.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; ///< one line for `tiergate-cli --help`
    virtual void start(CliContext &ctx, const QStringList &arguments) = 0;
    /// SIGINT / SIGTERM while the command runs. Commands that route stop their requests so each
    /// is recorded (cancelled, its tokens billed) and the ledger flushed, then finish. Default:
    /// finish at once with 128 + signal.
    virtual void interrupt(CliContext &ctx, int signalNumber) { ctx.finish(128 + signalNumber); }
};

} // namespace tiergate
