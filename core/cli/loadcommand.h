#pragma once

#include "core/cli/clicommand.h"

#include <memory>

namespace tiergate {

/// `tiergate-cli load [--config FILE] [--profile P] [--requests N] [--rate R] [--concurrency C]
/// [--prompt TEXT] [--tier T] [--model M] [--criticality LEVEL] [--team ID] [--max-tokens N]
/// [--no-stream] [--data-dir DIR | --ledger FILE] [--sim-config FILE] [--max-errors N]
/// [--progress auto|bar|lines|none] [--json]`: the load generator.
///
/// Sends N requests through the Router, at most C at once and (when R > 0) never more often than
/// R per second, records every result in the ledger (by default the GUI's, so its live chart shows
/// the traffic) and prints a summary computed from the results: count, ok, errors by class,
/// fallbacks, retries, p50/p95/p99 of latency and time to first token, achieved rate and spend.
/// Progress goes to stderr (a redrawn bar on a terminal, plain lines otherwise); the summary, or
/// with --json one JSON object, to stdout.
///
/// With neither --config nor --profile it uses the built-in demo profile over an in-process
/// Simulator (configurable with --sim-config: models, faults, seed). Exit codes: 0 every request
/// answered (or at most --max-errors failed), 1 more requests failed than allowed, a ledger
/// write failed or the Simulator could not start, 2 usage or configuration error.
class LoadCommand : public CliCommand
{
public:
    LoadCommand();
    ~LoadCommand() override;
    QString name() const override { return QStringLiteral("load"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
    void interrupt(CliContext &ctx, int signalNumber) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tiergate
