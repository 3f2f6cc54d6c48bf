#pragma once

#include <QStyledItemDelegate>

namespace cohort {

/// Paints multi-line text (chat messages) on one line, newlines shown as ↵, so every row of a
/// long list keeps one height; the model's data stays untouched for tooltips and CSV.
class SingleLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cohort
