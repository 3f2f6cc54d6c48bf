#include "ui/widgets/entitypane.h"

#include "models/sqlpagedtablemodel.h"
#include "storage/database.h"
#include "storage/listcountjob.h"

#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace cohort {

namespace {
// A quick export finishes without a dialog flashing up.
constexpr int ExportDialogDelayMs = 400;
} // namespace

EntityPane::EntityPane(const QString &paneId, Database &database, QUndoStack *undoStack,
                       QWidget *parent)
    : TablePane(paneId, parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    showExportError = [this](const QString &message, const QString &details) {
        QMessageBox box(QMessageBox::Warning, tr("Export to CSV"), message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(details);
        box.exec();
    };
    // One count for the several resets of one change of the filters.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &EntityPane::startCount);
}

void EntityPane::setListModel(SqlPagedTableModel *model)
{
    m_model = model;
    m_model->setParent(this);
    connect(m_model, &SqlPagedTableModel::queryFailed, this, &EntityPane::showLoadError);
    connect(m_model, &SqlPagedTableModel::queryRecovered, this, &EntityPane::clearLoadError);
    connect(m_model, &QAbstractItemModel::modelReset, m_countTimer, qOverload<>(&QTimer::start));
    setModel(model);
    m_countTimer->start();
    updateActions(); // isWritable() is this class's only once constructed
}

void EntityPane::retryLoad()
{
    m_model->refresh();
    // Fetched now rather than when the view next lays out, so the banner goes or stays at once.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (!m_model->hasFailed())
        clearLoadError();
}

void EntityPane::applySearch(const QString &text)
{
    m_model->setTextFilter(text);
}

QList<qint64> EntityPane::selectedIds() const
{
    QList<qint64> ids;
    const QList<int> rows = selectedRows();
    for (const int row : rows)
        ids << m_model->idAt(row);
    return ids;
}

void EntityPane::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        view()->selectRow(row);
        view()->scrollTo(m_model->index(row, 0));
    }
}

ListCsvExport::Request EntityPane::exportRequest() const
{
    ListCsvExport::Request request;
    request.spec = m_model->spec();
    request.filter = m_model->filter();
    request.sort = { m_model->sortColumn(), m_model->sortOrder() == Qt::DescendingOrder };
    const QHeaderView *header = view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        request.columns << logical;
        request.headers << m_model->headerData(logical, Qt::Horizontal).toString();
    }
    request.cells = m_model->formatter();
    return request;
}

void EntityPane::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    setExportBusy(true);
    auto *dialog = new QProgressDialog(tr("Exporting to “%1”…").arg(QFileInfo(path).fileName()),
                                       tr("Cancel"), 0, 100, this);
    dialog->setWindowTitle(tr("Export to CSV"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(ExportDialogDelayMs);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);

    auto *watcher = new QFutureWatcher<ListCsvExport::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, dialog,
            [dialog, path](const QString &text) {
                dialog->setLabelText(tr("Exporting to “%1”…").arg(QFileInfo(path).fileName())
                                     + QLatin1Char('\n') + text);
            });
    connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog] {
        dialog->hide();
        dialog->deleteLater();
        watcher->deleteLater();
        m_exporting = false;
        setExportBusy(false);
        const QFuture<ListCsvExport::Outcome> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            Q_EMIT exportFinished(false, QString());
            return;
        }
        const ListCsvExport::Outcome outcome = future.result();
        if (outcome.status == ListCsvExport::Outcome::Status::Written) {
            Q_EMIT exportFinished(true, QString());
            return;
        }
        if (outcome.status == ListCsvExport::Outcome::Status::Failed && showExportError)
            showExportError(outcome.message, outcome.details);
        Q_EMIT exportFinished(false, outcome.message);
    });
    watcher->setFuture(ListCsvExport::start(m_database, exportRequest(), path));
}

QString EntityPane::rowCountText(qint64 rows) const
{
    return tr("%Ln row(s)", nullptr, int(rows));
}

void EntityPane::startCount()
{
    // A newer count supersedes one still running, also when it has to wait for the pane.
    const quint64 generation = ++m_countGeneration;
    if (!isVisible()) {
        m_countDue = true;
        return;
    }
    m_countDue = false;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer count (the filter changed again meanwhile) has the say.
        if (generation != m_countGeneration || watcher->future().resultCount() == 0)
            return;
        m_rows = watcher->future().result();
        setCountText(m_rows < 0 ? QString() : rowCountText(m_rows));
    });
    watcher->setFuture(ListCountJob::start(m_database, m_model->spec(), m_model->filter()));
}

void EntityPane::showEvent(QShowEvent *event)
{
    TablePane::showEvent(event);
    if (m_countDue)
        m_countTimer->start();
}

void EntityPane::changeEvent(QEvent *event)
{
    TablePane::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_rows >= 0)
        setCountText(rowCountText(m_rows));
}

void EntityPane::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void EntityPane::reportError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title(), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool EntityPane::isWritable() const
{
    return !m_database.isReadOnly();
}

void EntityPane::reportConflict(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title(), message, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload && m_model)
        m_model->refresh();
}

} // namespace cohort
