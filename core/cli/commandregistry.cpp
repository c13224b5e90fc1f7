#include "core/cli/commandregistry.h"

#include "core/cli/chatcommand.h"
#include "core/cli/clicommand.h"
#include "core/cli/experimentcommand.h"
#include "core/cli/exportcommand.h"
#include "core/cli/importcommand.h"
#include "core/cli/loadcommand.h"
#include "core/cli/modelscommand.h"
#include "core/cli/servecommand.h"
#include "core/cli/simcommand.h"
#include "core/cli/validatecommand.h"

namespace tiergate {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command; keep the order of `tiergate-cli --help`.
    commands.push_back(std::make_unique<SimCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ModelsCommand>());
    commands.push_back(std::make_unique<ChatCommand>());
    commands.push_back(std::make_unique<LoadCommand>());
    commands.push_back(std::make_unique<ExperimentCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<KeysCommand>());
    return commands;
}

} // namespace tiergate
