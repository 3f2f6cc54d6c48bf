#include "app/cli/commandregistry.h"

namespace cohort::cli {

std::vector<CliCommandFactory> registeredCommands()
{
    return {};
}

} // namespace cohort::cli
