#include "app/cli/commandregistry.h"

#include "app/cli/benchcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/statscommand.h"

namespace cohort::cli {

std::vector<CliCommandFactory> registeredCommands()
{
    return {
        &createImportCommand,
        &createStatsCommand,
        &createBenchCommand,
    };
}

} // namespace cohort::cli
