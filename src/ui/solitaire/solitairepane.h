#pragma once

#include "import/solitaire/solitairedetector.h"
#include "storage/changeset.h"

#include <QFuture>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace cohort {

class Database;
class ErrorBanner;
class SolitaireProposalPanel;

/// The Solitaire (接龙) view of one group: the threads found in its stored messages, the
/// selected thread's order book and its proposed orders. Detection runs off the GUI thread while
/// the pane is shown and reruns when messages or members change (a hidden pane reruns when shown).
class SolitairePane final : public QWidget
{
    Q_OBJECT

public:
    SolitairePane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SolitairePane() override;

    QString title() const;
    /// Shows the group `groupId` (detection starts).
    void setGroup(qint64 groupId);
    qint64 groupId() const;
    void selectThread(int row);
    /// The threads of the current group (after detection finished).
    const QList<import::SolitaireBook> &books() const { return m_books; }
    const import::SolitaireBook *currentBook() const;
    SolitaireProposalPanel *proposals() const { return m_proposals; }
    QTableView *threadTable() const { return m_threadTable; }
    QTableView *entryTable() const { return m_entryTable; }
    bool isBusy() const { return m_busy; }
    /// Blocks until a running detection has delivered its result (tests, shutdown).
    void waitForIdle();
    /// Detects the current group's threads again.
    void refresh();

Q_SIGNALS:
    void booksReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadGroups();
    void startDetection();
    void finishDetection(quint64 generation, const QList<import::SolitaireBook> &books);
    void cancelDetection();
    void showBooks();
    void showEntries();
    void setBusy(bool busy);
    /// Shows the error banner in place of the lists (a read failed).
    void showLoadError(const QString &message, const QString &details);
    /// The banner's Retry: reads the groups and detects again.
    void retryLoad();
    void onDatabaseChanged(cohort::Tables tables);

    Database &m_database;
    QList<import::SolitaireBook> m_books;
    quint64 m_generation = 0;
    QFuture<void> m_running;
    bool m_detectionDirty = false; ///< something changed while the pane was hidden
    bool m_busy = false;

    ErrorBanner *m_errorBanner = nullptr;
    QWidget *m_content = nullptr; ///< the lists, hidden while the banner shows
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_threadsLabel = nullptr;
    QLabel *m_hint = nullptr;
    QStandardItemModel *m_threadModel = nullptr;
    QTableView *m_threadTable = nullptr;
    QLabel *m_entriesLabel = nullptr;
    QStandardItemModel *m_entryModel = nullptr;
    QTableView *m_entryTable = nullptr;
    QLabel *m_proposalsLabel = nullptr;
    SolitaireProposalPanel *m_proposals = nullptr;
};

} // namespace cohort
