#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli bench import FILE`: imports into a fresh temporary workspace and prints
/// throughput, time and peak memory.
class ImportBench final
{
    Q_DECLARE_TR_FUNCTIONS(ImportBench)

public:
    static int run(const QStringList &arguments, CliContext &context);
};

} // namespace cohort::cli
