#pragma once

#include "core/cli/clicommand.h"

#include <memory>

namespace tiergate {

/// `tiergate-cli serve [--config F] [--profile P] [--listen 127.0.0.1:8080] [--data-dir D] [--no-auth]`:
/// the OpenAI-compatible gateway (GatewayServer) over the same routing core as the app. Prints
/// the base URL on stdout; SIGINT / SIGTERM drain in-flight requests (up to --drain-timeout),
/// record them, and exit 0. Every finished request is written to the ledger of the data folder.
class ServeCommand : public CliCommand
{
public:
    ServeCommand();
    ~ServeCommand() override;
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
    void interrupt(CliContext &ctx, int signalNumber) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// `tiergate-cli keys create --team T --profile P [--budget-usd X] [--rpm N] | list | revoke ID`:
/// the gateway's virtual keys in DATA_DIR/gateway-keys.json (hashed; a new key is printed once).
class KeysCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
};

} // namespace tiergate
