#pragma once

#include "app/cli/clicommand.h"

#include <vector>

namespace cohort::cli {

/// Dispatches `cohort-cli <command> ...` to the registered commands; handles --version/--help.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    /// `arguments` as QCoreApplication::arguments() gives them (program name first).
    int run(const QStringList &arguments, CliContext &context);
    static QString versionText();

private:
    void printHelp(QTextStream &stream) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace cohort::cli
