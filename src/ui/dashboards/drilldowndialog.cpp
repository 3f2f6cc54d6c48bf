#include "ui/dashboards/drilldowndialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

DrillDownDialog::DrillDownDialog(const QString &title, const QString &valueHeader, const QList<DrillDown::Row> &rows,
                                 QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(int(rows.size()), 3, this))
{
    setWindowTitle(title);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("%n member(s)", nullptr, int(rows.size())));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Roles"), valueHeader});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        const DrillDown::Row &row = rows.at(i);
        QStringList roles;
        for (const MemberRole role : row.member.roles)
            roles << enumDisplayName(role);
        // QTableWidgetItem shows plain text: names can never inject markup.
        m_table->setItem(i, 0, new QTableWidgetItem(row.member.name));
        m_table->setItem(i, 1, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        auto *value = new QTableWidgetItem;
        value->setData(Qt::DisplayRole, row.value < 0 ? QVariant(tr("never")) : QVariant(locale.toString(row.value)));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, value);
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}

int DrillDownDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace cohort
