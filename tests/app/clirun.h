#pragma once

#include "app/cli/cliapplication.h"

#include <QStringList>
#include <QTextStream>

namespace cohort::test {

/// Runs `cohort-cli ARGS` in-process and returns its exit code, with what it printed.
inline int runCli(const QStringList &args, QString *out, QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    cli::CliContext context { outStream, errStream };
    cli::CliApplication app;
    const int code = app.run(QStringList { QStringLiteral("cohort-cli") } + args, context);
    outStream.flush();
    errStream.flush();
    return code;
}

} // namespace cohort::test
