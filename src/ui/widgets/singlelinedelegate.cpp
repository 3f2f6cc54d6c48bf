#include "ui/widgets/singlelinedelegate.h"

namespace cohort {

void SingleLineDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.contains(QLatin1Char('\n')))
        option->text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
}

} // namespace cohort
