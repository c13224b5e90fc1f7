#include "core/cli/commandregistry.h"

#include "core/cli/clicommand.h"

namespace tiergate {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command; keep the order of `tiergate-cli --help`.
    return commands;
}

} // namespace tiergate
