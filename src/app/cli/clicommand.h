#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cohort::cli {

/// Exit codes of cohort-cli (ARCHITECTURE.md §3).
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

/// Streams a command writes to; tests hand in string-backed streams.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    /// --verbose (any command): errors are followed by the details behind them.
    bool verbose = false;
};

/// One `cohort-cli <name>` sub-command: parses its own options and runs headless.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    /// One line for `cohort-cli --help`.
    virtual QString summary() const = 0;
    /// `arguments` excludes the program and command names. Returns an ExitCode.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

using CliCommandFactory = std::unique_ptr<CliCommand> (*)();

} // namespace cohort::cli
