#pragma once

#include "import/orders/ordercolumnmapping.h"
#include "import/orders/ordercsvfile.h"
#include "import/orders/orderimportplan.h"

#include <QFuture>
#include <QWizard>

#include <atomic>
#include <memory>

namespace cohort {

class Database;
class OrderImportFilePage;
class OrderImportMappingPage;
class OrderImportReviewPage;

/// File ▸ Import Orders…: choose a CSV, map its columns (with reusable profiles), settle
/// ambiguous members, then write every order in one transaction as a job of the workspace's job
/// runner.
class OrderImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, ReviewPageId };

    explicit OrderImportWizard(Database &database, QWidget *parent = nullptr);
    ~OrderImportWizard() override;

    Database &database() const { return m_database; }
    /// Reads `path`; false (and the reason in file().errorString()) when it cannot be read.
    bool loadFile(const QString &path);
    const import::OrderCsvFile &file() const { return m_file; }
    bool hasFile() const { return m_fileLoaded; }
    /// Matches the file's rows with `mapping` into the plan the review page shows.
    void preparePlan(const import::OrderColumnMapping &mapping);
    const import::OrderColumnMapping &mapping() const { return m_mapping; }
    // Qualified from cohort:: so clang-format does not take a line-leading "import" for a module.
    cohort::import::OrderImportPlan &plan() { return m_plan; }

    OrderImportFilePage *filePage() const { return m_filePage; }
    OrderImportMappingPage *mappingPage() const { return m_mappingPage; }
    OrderImportReviewPage *reviewPage() const { return m_reviewPage; }
    /// Orders and new members written when the wizard was accepted.
    qsizetype importedOrders() const { return m_orderIds.size(); }
    qsizetype importedMembers() const { return m_memberIds.size(); }
    /// Ids written when the wizard was accepted (the main window makes them undoable).
    const QList<qint64> &importedOrderIds() const { return m_orderIds; }
    const QList<qint64> &importedMemberIds() const { return m_memberIds; }

    /// Starts the import (progress dialog with Cancel) and returns; the wizard closes once it
    /// succeeded.
    void accept() override;

Q_SIGNALS:
    /// An error was shown to the user (tests observe it).
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QList<qint64> orders;
        QList<qint64> members;
    };
    void finishImport(const QFuture<Outcome> &future);
    void retranslate();
    void showError(const QString &message);

    Database &m_database;
    cohort::import::OrderCsvFile m_file;
    bool m_fileLoaded = false;
    cohort::import::OrderColumnMapping m_mapping;
    cohort::import::OrderImportPlan m_plan;
    OrderImportFilePage *m_filePage = nullptr;
    OrderImportMappingPage *m_mappingPage = nullptr;
    OrderImportReviewPage *m_reviewPage = nullptr;
    QList<qint64> m_orderIds;
    QList<qint64> m_memberIds;
    bool m_importing = false;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< of the running import
};

} // namespace cohort
