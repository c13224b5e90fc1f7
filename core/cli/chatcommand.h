#pragma once

#include "core/cli/clicommand.h"

#include <memory>

namespace tiergate {

/// `tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] [--criticality C]
/// [--no-stream] PROMPT`: sends PROMPT through the Router, streams the answer to stdout and
/// prints the route taken (each attempt: model, outcome, status, wait) with latency, TTFT, usage
/// ("~" when estimated) and cost to stderr.
///
/// With neither --config nor --profile it uses the built-in demo profile over a Simulator that
/// the command starts in-process (no network, no keys). Profiles whose providers need
/// LLM_GATEWAY_URL or a key variable that is unset are refused up front, naming the variable.
/// Exit codes: 0 answered, 1 every route failed (or the answer was cut), 2 usage or
/// configuration error. Everything the command creates is owned by the command.
class ChatCommand : public CliCommand
{
public:
    ChatCommand();
    ~ChatCommand() override;
    QString name() const override { return QStringLiteral("chat"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
    void interrupt(CliContext &ctx, int signalNumber) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tiergate
