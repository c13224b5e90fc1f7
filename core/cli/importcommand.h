#pragma once

#include "core/cli/clicommand.h"

namespace tiergate {

/// `tiergate-cli import-litellm FILE [--profile-name N] [--config FILE] [-o FILE]`: reads a
/// LiteLLM `config.yaml` into providers, models, a tier and a profile, merges them into a Tiergate
/// document (the -o file when it exists, else the --config file, else an empty document) and
/// writes it to -o FILE or stdout. Warnings (what has no equivalent, literal keys that were not
/// imported) go to stderr. Exit codes: 0 written, 1 the output could not be written, 2 bad
/// arguments, unreadable input, not a LiteLLM config, or a merged document with errors.
/// Synchronous: finishes inside start().
class ImportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
};

} // namespace tiergate
