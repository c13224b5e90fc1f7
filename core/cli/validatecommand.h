#pragma once

#include "core/cli/clicommand.h"

namespace tiergate {

/// `tiergate-cli validate FILE`: reads a configuration document and prints every problem, one per
/// line, as `error: path: sentence` / `warning: path: sentence` on stdout. Exit 0 when there is no
/// error (warnings allowed), 2 when there are errors or the file cannot be read.
class ValidateCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
};

} // namespace tiergate
