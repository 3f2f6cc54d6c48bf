#include "ui/orders/orderimportwizard.h"

#include "import/orders/orderimporter.h"
#include "storage/database.h"
#include "ui/orders/orderimportfilepage.h"
#include "ui/orders/orderimportmappingpage.h"
#include "ui/orders/orderimportreviewpage.h"

#include <QEvent>
#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace cohort {

OrderImportWizard::OrderImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("orderImportWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_filePage = new OrderImportFilePage(this);
    m_mappingPage = new OrderImportMappingPage(this);
    m_reviewPage = new OrderImportReviewPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(FilePageId);
    resize(820, 600);
    retranslate();
}

OrderImportWizard::~OrderImportWizard() = default;

bool OrderImportWizard::loadFile(const QString &path)
{
    m_fileLoaded = m_file.read(path);
    return m_fileLoaded;
}

void OrderImportWizard::preparePlan(const import::OrderColumnMapping &mapping)
{
    m_mapping = mapping;
    import::OrderImporter importer(m_database);
    m_plan = importer.prepare(m_file, m_mapping);
}

void OrderImportWizard::accept()
{
    if (!m_plan.isReady())
        return;
    QProgressDialog progress(tr("Importing orders…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    std::atomic<bool> cancelled = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QPointer<QProgressDialog> guard(&progress);

    bool ok = false;
    bool wasCancelled = false;
    QString error;
    QList<qint64> orders;
    QList<qint64> members;
    const import::OrderImportPlan plan = m_plan;
    // The worker writes on its own connection of the workspace; the lists refresh from the
    // change signal once it commits.
    QThread *worker = QThread::create([&] {
        import::OrderImporter importer(m_database);
        ok = importer.commit(
            plan,
            [guard](qsizetype done, qsizetype total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                QMetaObject::invokeMethod(
                    guard,
                    [guard, percent] {
                        if (guard)
                            guard->setValue(percent);
                    },
                    Qt::QueuedConnection);
            },
            [&cancelled] { return cancelled.load(); });
        wasCancelled = importer.wasCancelled();
        error = importer.errorString();
        orders = importer.committedOrderIds();
        members = importer.committedMemberIds();
        m_database.releaseThreadConnection();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    if (wasCancelled)
        return; // nothing was written; the user may import later or change the mapping
    if (!ok) {
        showError(tr("Nothing was imported. %1").arg(error));
        return;
    }
    m_orderIds = orders;
    m_memberIds = members;
    QWizard::accept();
}

void OrderImportWizard::showError(const QString &message)
{
    Q_EMIT errorShown(message);
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void OrderImportWizard::retranslate()
{
    setWindowTitle(tr("Import Orders"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

void OrderImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace cohort
