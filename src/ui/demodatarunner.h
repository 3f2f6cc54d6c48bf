#pragma once

#include "demo/demogenerator.h"

#include <QCoreApplication>

class QWidget;

namespace cohort {

class Database;

/// Runs the DemoGenerator on a worker thread behind a progress dialog with Cancel, keeping the
/// window responsive; the models refresh from the change signal when it commits.
class DemoDataRunner final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataRunner)

public:
    enum class Result { Filled, Cancelled, Failed };
    /// `errorMessage` receives the reason when the result is Failed.
    static Result run(QWidget *parent, Database &database, DemoGenerator::Scale scale, quint32 seed,
                      QString *errorMessage);
};

} // namespace cohort
