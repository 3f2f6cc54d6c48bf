#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli bench scan FILE`: the group-rules scan against the import of the same file, in
/// one run: the import alone, the import into a group with every built-in check and 50 keyword
/// rules (the scan inside it), then a re-scan of that group's whole history with its peak
/// memory.
class ScanBench final
{
    Q_DECLARE_TR_FUNCTIONS(ScanBench)

public:
    static int run(const QStringList &arguments, CliContext &context);
};

} // namespace cohort::cli
