#pragma once

#include "app/cli/clicommand.h"

#include <vector>

namespace cohort::cli {

/// Every cohort-cli sub-command, in the order `--help` lists them.
std::vector<CliCommandFactory> registeredCommands();

} // namespace cohort::cli
