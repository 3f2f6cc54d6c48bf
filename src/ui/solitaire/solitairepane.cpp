#include "ui/solitaire/solitairepane.h"

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"
#include "ui/solitaire/solitaireproposalpanel.h"
#include "ui/widgets/errorbanner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace cohort {

namespace {

enum ThreadColumn {
    ThreadTitle,
    ThreadStarted,
    ThreadUpdated,
    ThreadEntries,
    ThreadQuantity,
    ThreadColumns
};
enum EntryColumn {
    EntryPosition,
    EntryName,
    EntryQuantity,
    EntryUnit,
    EntryNote,
    EntryMember,
    EntryColumns
};

QStandardItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(alignment);
    return item;
}

/// A read-only table whose column `stretch` takes the width the others (fitted to their
/// contents after each fill) leave.
QTableView *makeTable(QStandardItemModel *model, const QString &objectName, int stretch,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

/// Fits every column but the stretching one to its contents. (QTableView::
/// resizeColumnsToContents would size that one too and leave the rest of the width empty.)
void fitColumns(QTableView *table, int stretch)
{
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (column != stretch)
            table->resizeColumnToContents(column);
    }
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SolitairePane::SolitairePane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("solitairePane"));
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setMinimumContentsLength(20);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupLabel->setBuddy(m_group);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // detection reports no steps: a busy indicator
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->hide();
    m_refreshButton = new QPushButton(this);

    m_threadsLabel = heading(this);
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("solitaireHint"));
    m_threadModel = new QStandardItemModel(0, ThreadColumns, this);
    m_threadTable = makeTable(m_threadModel, QStringLiteral("threadTable"), ThreadTitle, this);
    m_entriesLabel = heading(this);
    m_entryModel = new QStandardItemModel(0, EntryColumns, this);
    m_entryTable = makeTable(m_entryModel, QStringLiteral("entryTable"), EntryNote, this);
    m_proposalsLabel = heading(this);
    m_proposals = new SolitaireProposalPanel(database, undoStack, this);
    connect(m_proposals, &SolitaireProposalPanel::loadFailed, this, &SolitairePane::showLoadError);

    auto *top = new QHBoxLayout;
    top->addWidget(m_groupLabel);
    top->addWidget(m_group);
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_refreshButton);

    auto *threadsBox = new QWidget(this);
    auto *threadsLayout = new QVBoxLayout(threadsBox);
    threadsLayout->setContentsMargins(0, 0, 0, 0);
    threadsLayout->addWidget(m_threadsLabel);
    threadsLayout->addWidget(m_hint);
    threadsLayout->addWidget(m_threadTable, 1);
    auto *entriesBox = new QWidget(this);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    entriesLayout->addWidget(m_entriesLabel);
    entriesLayout->addWidget(m_entryTable, 1);
    auto *proposalsBox = new QWidget(this);
    auto *proposalsLayout = new QVBoxLayout(proposalsBox);
    proposalsLayout->setContentsMargins(0, 0, 0, 0);
    proposalsLayout->addWidget(m_proposalsLabel);
    proposalsLayout->addWidget(m_proposals, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(entriesBox);
    lower->addWidget(proposalsBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(threadsBox);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_errorBanner = new ErrorBanner(this);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &SolitairePane::retryLoad);
    m_content = splitter;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { startDetection(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &SolitairePane::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &SolitairePane::cancelDetection);
    connect(m_threadTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showEntries(); });
    connect(&m_database, &Database::changed, this, &SolitairePane::onDatabaseChanged);

    retranslateUi();
    reloadGroups();
}

// The workspace's job runner waits for a cancelled detection before the workspace closes.
SolitairePane::~SolitairePane()
{
    cancelDetection();
}

QString SolitairePane::title() const
{
    return tr("Solitaire");
}

void SolitairePane::retranslateUi()
{
    m_groupLabel->setText(tr("&Group:"));
    m_group->setAccessibleName(tr("Group"));
    m_cancelButton->setText(tr("Cancel"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Look for solitaire lists in the group’s messages again"));
    m_progress->setAccessibleName(tr("Looking for solitaire lists"));
    m_threadsLabel->setText(tr("Solitaire lists (接龙)"));
    m_entriesLabel->setText(tr("Entries of the selected list"));
    m_proposalsLabel->setText(tr("Proposed orders"));
    m_threadTable->setAccessibleName(tr("Solitaire lists"));
    m_entryTable->setAccessibleName(tr("Entries"));
    m_threadModel->setHorizontalHeaderLabels(
        { tr("Title"), tr("Started"), tr("Updated"), tr("Entries"), tr("Total quantity") });
    m_entryModel->setHorizontalHeaderLabels(
        { tr("#"), tr("Name"), tr("Quantity"), tr("Unit"), tr("Note"), tr("Member") });
    showBooks();
    showEntries(); // "Unmatched" in the member column
}

void SolitairePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

qint64 SolitairePane::groupId() const
{
    return m_group->currentData().toLongLong();
}

void SolitairePane::setGroup(qint64 groupId)
{
    const int index = m_group->findData(groupId);
    if (index >= 0 && index != m_group->currentIndex())
        m_group->setCurrentIndex(index);
}

void SolitairePane::reloadGroups()
{
    const qint64 current = groupId();
    QList<Group> groups;
    try {
        groups = GroupRepository(m_database).all();
    } catch (const QueryError &error) {
        showLoadError(error.message(), error.details());
        return;
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.name.localeAwareCompare(b.name) < 0; });
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (const Group &g : std::as_const(groups))
            m_group->addItem(g.name, g.id);
        const int index = m_group->findData(current);
        m_group->setCurrentIndex(index >= 0 ? index : (groups.isEmpty() ? -1 : 0));
    }
    if (groupId() != current || m_books.isEmpty())
        startDetection();
}

void SolitairePane::refresh()
{
    startDetection();
}

void SolitairePane::showLoadError(const QString &message, const QString &details)
{
    // An empty thread list would say "no solitaire lists here", which is not known.
    m_errorBanner->showError(message, details);
    m_content->setVisible(false);
}

void SolitairePane::retryLoad()
{
    m_errorBanner->setVisible(false);
    m_content->setVisible(true);
    m_proposals->reload();
    if (m_errorBanner->isHidden())
        reloadGroups();
    if (m_errorBanner->isHidden())
        startDetection();
}

void SolitairePane::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
}

void SolitairePane::startDetection()
{
    cancelDetection();
    if (!isVisible()) {
        m_detectionDirty = true; // detected when shown (showEvent())
        return;
    }
    m_detectionDirty = false;
    const quint64 generation = ++m_generation;
    const qint64 group = groupId();
    if (group <= 0) {
        finishDetection(generation, {});
        return;
    }
    // A failed read is handed over here, not stored in the future: a future rethrows it from
    // every wait, destructors included.
    auto failure = std::make_shared<std::optional<QueryError>>();
    auto *watcher = new QFutureWatcher<QList<import::SolitaireBook>>(this);
    connect(watcher, &QFutureWatcher<QList<import::SolitaireBook>>::finished, this,
            [this, watcher, generation, failure] {
                watcher->deleteLater();
                if (failure->has_value() && generation == m_generation) {
                    setBusy(false);
                    showLoadError((*failure)->message(), (*failure)->details());
                } else if (!watcher->isCanceled() && watcher->future().resultCount() > 0) {
                    finishDetection(generation, watcher->result());
                } else if (generation == m_generation) {
                    setBusy(false);
                }
            });
    setBusy(true);
    QFuture<QList<import::SolitaireBook>> future
        = m_database.jobs().run([group, failure](JobContext &job) {
              try {
                  return import::SolitaireDetector::detect(job.database(), group,
                                                           [&job] { return job.isCancelled(); });
              } catch (const QueryError &error) {
                  failure->emplace(error);
                  return QList<import::SolitaireBook>();
              }
          });
    watcher->setFuture(future);
    m_running = QFuture<void>(future);
}

void SolitairePane::cancelDetection()
{
    m_running.cancel();
}

void SolitairePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_detectionDirty)
        startDetection();
}

void SolitairePane::finishDetection(quint64 generation, const QList<import::SolitaireBook> &books)
{
    if (generation != m_generation)
        return; // a newer detection is on its way
    const qint64 selected = currentBook() ? currentBook()->thread.firstMessageId : 0;
    m_proposals->setBook(nullptr); // it points into m_books
    m_books = books;
    setBusy(false);
    showBooks();
    int row = m_books.isEmpty() ? -1 : int(m_books.size() - 1); // the newest list first in mind
    for (qsizetype i = 0; i < m_books.size(); ++i) {
        if (m_books.at(i).thread.firstMessageId == selected)
            row = int(i);
    }
    selectThread(row);
    Q_EMIT booksReady();
}

void SolitairePane::waitForIdle()
{
    m_running.waitForFinished();
    for (int i = 0; i < 100 && m_busy; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

const import::SolitaireBook *SolitairePane::currentBook() const
{
    const int row = m_threadTable->currentIndex().row();
    return row >= 0 && row < m_books.size() ? &m_books.at(row) : nullptr;
}

void SolitairePane::selectThread(int row)
{
    if (row < 0 || row >= m_threadModel->rowCount()) {
        m_threadTable->setCurrentIndex(QModelIndex());
        showEntries();
        return;
    }
    m_threadTable->setCurrentIndex(m_threadModel->index(row, 0));
    m_threadTable->selectRow(row);
    showEntries();
}

void SolitairePane::showBooks()
{
    const int current = m_threadTable->currentIndex().row();
    m_threadModel->removeRows(0, m_threadModel->rowCount());
    const QLocale locale;
    const QTimeZone zone(m_database.timeZoneId().toUtf8());
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const import::SolitaireBook &book : std::as_const(m_books)) {
        const QString title
            = book.thread.title.isEmpty() ? tr("(untitled list)") : book.thread.title;
        QStandardItem *titleItem = cell(title);
        if (!book.thread.description.isEmpty())
            titleItem->setToolTip(book.thread.description.toHtmlEscaped());
        m_threadModel->appendRow({
            titleItem,
            cell(locale.toString(book.thread.started.toTimeZone(zone), QLocale::ShortFormat)),
            cell(locale.toString(book.thread.updated.toTimeZone(zone), QLocale::ShortFormat)),
            cell(locale.toString(qlonglong(book.lines.size())), right),
            cell(locale.toString(book.totalQuantity()), right),
        });
    }
    fitColumns(m_threadTable, ThreadTitle);
    if (current >= 0 && current < m_threadModel->rowCount())
        m_threadTable->setCurrentIndex(m_threadModel->index(current, 0));
    if (groupId() <= 0)
        m_hint->setText(tr("There are no groups yet. Add a group or import a chat export first."));
    else if (m_busy)
        m_hint->setText(tr("Looking for solitaire lists…"));
    else if (m_books.isEmpty())
        m_hint->setText(tr("No solitaire lists (接龙) in this group’s messages. Import a chat "
                           "export in which members signed up with “#接龙” or a numbered "
                           "“sign-up list”."));
    else
        m_hint->setText(QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void SolitairePane::showEntries()
{
    m_entryModel->removeRows(0, m_entryModel->rowCount());
    const import::SolitaireBook *book = currentBook();
    m_proposals->setBook(book);
    if (!book)
        return;
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const import::SolitaireBookLine &line : book->lines) {
        QString member;
        switch (line.match.status) {
        case import::SolitaireMemberMatch::Status::Matched:
            member = line.memberName;
            break;
        case import::SolitaireMemberMatch::Status::Ambiguous:
            member = tr("Unmatched (several members)");
            break;
        case import::SolitaireMemberMatch::Status::Unknown:
            member = tr("Unmatched");
            break;
        }
        m_entryModel->appendRow({
            cell(QString::number(line.entry.position), right),
            cell(line.entry.name),
            cell(locale.toString(line.entry.quantity), right),
            cell(line.entry.unit),
            cell(line.entry.note),
            cell(member),
        });
    }
    fitColumns(m_entryTable, EntryNote);
}

void SolitairePane::onDatabaseChanged(Tables tables)
{
    if (tables & Table::Groups) {
        reloadGroups();
    }
    // Order writes touch Members too (their order roll-up); names change without orders.
    const bool names = (tables & (Table::Messages | Table::Identities | Table::Memberships))
        || ((tables & Table::Members) && !(tables & Table::Orders));
    if (names) {
        startDetection();
        return;
    }
    if (tables & (Table::Orders | Table::Campaigns | Table::Products))
        m_proposals->reload();
}

} // namespace cohort
