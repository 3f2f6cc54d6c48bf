#include "app/cli/commandregistry.h"

#include "app/cli/benchcommand.h"
#include "app/cli/democommand.h"
#include "app/cli/statscommand.h"

namespace cohort::cli {

std::vector<CliCommandFactory> registeredCommands()
{
    return {
        &createDemoCommand,
        &createStatsCommand,
        &createBenchCommand,
    };
}

} // namespace cohort::cli
