#pragma once

#include "core/cli/clicommand.h"

namespace tiergate {

/// `tiergate-cli models [--config FILE]`: lists the effective model catalog (the user's entries
/// over the built-in dated catalog): id, provider, context window, prices in dollars per 1M
/// tokens, and whether the model is simulated. Exit 2 when the file cannot be used.
class ModelsCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
};

} // namespace tiergate
