#pragma once

#include "core/cli/clicommand.h"

#include <memory>

namespace tiergate {

/// `tiergate-cli sim [--port N] [--config FILE] [--seed N]`: runs the Simulator on 127.0.0.1,
/// prints its base URL (`http://127.0.0.1:N/v1`) on stdout and serves until SIGINT / SIGTERM,
/// then finishes with exit code 0. The Simulator is owned by the command.
class SimCommand : public CliCommand
{
public:
    SimCommand();
    ~SimCommand() override;
    QString name() const override { return QStringLiteral("sim"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tiergate
