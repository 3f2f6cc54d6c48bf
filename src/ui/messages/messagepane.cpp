#include "ui/messages/messagepane.h"

#include "models/messagelistmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/messageindexer.h"
#include "storage/queryerror.h"
#include "ui/widgets/singlelinedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cohort {

MessagePane::MessagePane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("messages"), database, undoStack, parent)
    , m_model(new MessageListModel(database))
{
    setObjectName(QStringLiteral("messagePane"));
    // Messages come from imports and are not edited one by one.
    for (QAction *action : { addItemAction(), editItemAction(), deleteItemsAction() }) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 0, 6, 0);
    m_groupLabel = new QLabel(bar);
    m_group = new QComboBox(bar);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupLabel->setBuddy(m_group);
    layout->addWidget(m_groupLabel);
    layout->addWidget(m_group);
    layout->addStretch(1);
    m_indexing = new QLabel(bar);
    m_indexing->setObjectName(QStringLiteral("indexingLabel"));
    m_indexing->setTextFormat(Qt::PlainText);
    m_indexing->hide();
    layout->addWidget(m_indexing);
    setFilterBar(bar);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGroupFilter(m_group->currentData().toLongLong()); });
    // The table shows one line per message; the selected one is read here in full.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 6, 6);
    m_detailHeading = new QLabel(detail);
    m_detailHeading->setTextFormat(Qt::PlainText);
    m_detailHeading->setObjectName(QStringLiteral("messageHeading"));
    m_detail = new QPlainTextEdit(detail);
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_detail);
    setDetailWidget(detail);
    retranslate();
    setListModel(m_model);
    view()->setItemDelegateForColumn(m_model->columnOf(QStringLiteral("text")),
                                     new SingleLineDelegate(view()));
    view()->horizontalHeader()->setStretchLastSection(true);
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & Table::Groups)
            fillGroups();
        if (tables & Table::Messages)
            updateIndexState();
    });
    updateIndexState();
}

void MessagePane::updateIndexState()
{
    bool behind = false;
    try {
        behind = MessageIndexer(m_database).isBehind();
    } catch (const QueryError &) {
        // The list's own read reports a workspace that cannot be read; this only adds a hint.
    }
    m_indexing->setVisible(behind);
}

QString MessagePane::title() const
{
    return tr("Messages");
}

void MessagePane::setGroup(qint64 groupId)
{
    int index = m_group->findData(groupId);
    if (index < 0) {
        fillGroups();
        index = m_group->findData(groupId);
    }
    m_group->setCurrentIndex(qMax(0, index));
}

void MessagePane::retryLoad()
{
    if (fillGroups())
        EntityPane::retryLoad();
}

bool MessagePane::fillGroups()
{
    QList<Group> groups;
    if (!guardedRead([&] { groups = GroupRepository(m_database).all(); }))
        return false;
    const qint64 current = m_group->currentData().toLongLong();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), qint64(0));
    for (const Group &g : groups)
        m_group->addItem(g.name, g.id);
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(qMax(0, index));
    if (index < 0 && current != 0)
        m_model->setGroupFilter(0); // the group was deleted
    return true;
}

void MessagePane::updatePaneActions()
{
    showSelectedMessage();
}

void MessagePane::showSelectedMessage()
{
    const QList<int> rows = selectedRows();
    const int row = rows.size() == 1 ? rows.first() : -1;
    const qint64 id = row >= 0 ? m_model->idAt(row) : 0;
    if (id == m_shownId)
        return;
    m_shownId = id;
    if (row < 0) {
        m_detailHeading->setText(rows.isEmpty()
                                     ? tr("Select a message to read it in full.")
                                     : tr("%n messages selected.", nullptr, int(rows.size())));
        m_detail->clear();
        return;
    }
    const auto cell = [this, row](const char *key) {
        return m_model->index(row, m_model->columnOf(QLatin1String(key))).data().toString();
    };
    const QString author = cell("author");
    m_detailHeading->setText(
        tr("%1 · %2 · %3")
            .arg(author.isEmpty() ? tr("(system)") : author, cell("time"), cell("group")));
    m_detail->setPlainText(m_model->index(row, m_model->columnOf(QStringLiteral("text")))
                               .data(SqlPagedTableModel::RawValueRole)
                               .toString());
}

void MessagePane::retranslate()
{
    m_groupLabel->setText(tr("&Group:"));
    m_group->setAccessibleName(tr("Group"));
    m_detail->setAccessibleName(tr("Message text"));
    m_indexing->setText(tr("Indexing…"));
    m_indexing->setToolTip(tr("The search index is catching up with new messages. Until it is "
                              "done, a search also reads the messages not indexed yet, which "
                              "takes longer."));
    m_shownId = -1;
    if (m_model->columnCount() > 0)
        showSelectedMessage();
    fillGroups();
}

QString MessagePane::emptyHint() const
{
    return tr("No messages yet — import a chat export with File › Import… (Ctrl+I), or drop the "
              "files on this window.");
}

QString MessagePane::deleteQuestion(int count) const
{
    Q_UNUSED(count)
    return {};
}

QString MessagePane::rowCountText(qint64 rows) const
{
    return tr("%Ln message(s)", nullptr, int(rows));
}

} // namespace cohort
