#pragma once

#include "core/cli/clicommand.h"

namespace tiergate {

/// `tiergate-cli export --profile P --format native|litellm|portkey|typescript|env
/// [--config FILE] [-o FILE]`: writes the profile in the chosen format to stdout (or FILE) and
/// every "not expressible" warning to stderr. Exit codes: 0 written, 1 the output file could not
/// be written, 2 bad arguments, unreadable or invalid configuration, unknown profile.
/// Synchronous: finishes inside start().
class ExportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
};

} // namespace tiergate
