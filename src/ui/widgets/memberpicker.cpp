#include "ui/widgets/memberpicker.h"

#include "models/memberlistmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>

namespace cohort {

MemberPicker::MemberPicker(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    retranslate();
}

void MemberPicker::retranslate()
{
    setPlaceholderText(tr("Type a name, phone or WeChat ID"));
}

void MemberPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void MemberPicker::setDatabase(Database &database)
{
    m_model = new MemberListModel(database, this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionColumn(m_model->columnOf(QStringLiteral("name")));
    // The model already holds only the matches (filtered in SQL): show them all.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &MemberPicker::pick);
    connect(this, &QLineEdit::textEdited, this, &MemberPicker::search);
}

void MemberPicker::setMember(qint64 id, const QString &name)
{
    setText(name);
    if (m_memberId != id) {
        m_memberId = id;
        Q_EMIT memberChanged(id);
    }
}

void MemberPicker::search(const QString &text)
{
    if (m_memberId != 0) {
        m_memberId = 0;
        Q_EMIT memberChanged(0);
    }
    if (!m_model || text.trimmed().isEmpty())
        return;
    m_model->setTextFilter(text.trimmed());
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_completer->complete();
}

void MemberPicker::pick(const QModelIndex &index)
{
    // The completer hands out an index of its own proxy; the row is the model's row.
    const int row = index.row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->idAt(row);
    if (id == m_excludedId)
        return;
    setMember(id, m_model->index(row, m_model->columnOf(QStringLiteral("name"))).data().toString());
}

} // namespace cohort
