#pragma once

#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;

namespace cohort {

/// Shows the first validation problem in red next to OK and keeps OK disabled while any exists.
void showValidation(QLabel *label, QDialogButtonBox *buttons, const QStringList &problems);

/// Splits comma-separated user input ("a, b,,c") into trimmed, non-empty items.
QStringList splitList(const QString &text);
QString joinList(const QStringList &items);

} // namespace cohort
