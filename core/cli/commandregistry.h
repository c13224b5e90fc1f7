#pragma once

#include <memory>
#include <vector>

namespace tiergate {

class CliCommand;

/// All subcommands of tiergate-cli, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> createCliCommands();

} // namespace tiergate
