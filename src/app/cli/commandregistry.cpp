#include "app/cli/commandregistry.h"

#include "app/cli/benchcommand.h"
#include "app/cli/copyworkspacecommand.h"
#include "app/cli/democommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/importorderscommand.h"
#include "app/cli/indexcommand.h"
#include "app/cli/reportcommand.h"
#include "app/cli/scancommand.h"
#include "app/cli/solitairecommand.h"
#include "app/cli/statscommand.h"
#include "app/cli/teamcommand.h"

namespace cohort::cli {

std::vector<CliCommandFactory> registeredCommands()
{
    return {
        &createImportCommand,
        &createImportOrdersCommand,
        &createDemoCommand,
        &createStatsCommand,
        &createReportCommand,
        &createBenchCommand,
        &createSolitaireCommand,
        &createScanCommand,
        &createIndexCommand,
        &createPublishCommand,
        &createExportLocalCommand,
        &createTeamCommand,
    };
}

} // namespace cohort::cli
