#include "ui/widgets/dialogvalidation.h"

#include "models/statuscolors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace cohort {

void showValidation(QLabel *label, QDialogButtonBox *buttons, const QStringList &problems)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusColors::bad(palette));
    label->setPalette(palette);
    label->setText(problems.isEmpty() ? QString() : problems.first());
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problems.isEmpty());
}

QStringList splitList(const QString &text)
{
    QStringList items;
    // Chinese input methods type the full-width comma.
    const QStringList parts
        = QString(text).replace(QChar(0xFF0C), QLatin1Char(',')).split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items << item;
    }
    return items;
}

QString joinList(const QStringList &items)
{
    return items.join(QLatin1String(", "));
}

} // namespace cohort
