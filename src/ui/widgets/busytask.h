#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace cohort {

/// Runs one blocking job (file copy, integrity check) on a worker thread behind a busy progress
/// dialog with Cancel, keeping the window responsive while it waits.
class BusyTask final
{
    Q_DECLARE_TR_FUNCTIONS(BusyTask)

public:
    /// Runs `work` on a worker thread and returns once it has finished. The dialog appears only
    /// when the job takes longer than a moment. Returns false when the user pressed Cancel: the
    /// job cannot be interrupted half-way, so it still finishes and the caller undoes its result.
    static bool run(QWidget *parent, const QString &title, const QString &label,
                    const std::function<void()> &work);
};

} // namespace cohort
