#include "import/importpipeline.h"
#include "models/importhistorymodel.h"
#include "models/messagelistmodel.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/messageindexer.h"
#include "testsupport.h"
#include "ui/groups/grouppane.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messages/messagepane.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The Messages pane in the main window: reached from the sidebar and from the Groups pane's
/// "Show Messages", filtered by group and by the search box; the Groups pane's import history.
class TestMessagePane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void groupsLeadToTheirMessages()
    {
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        import::ImportOptions options;
        options.groupName = QStringLiteral("Book Club");
        const import::ImportSummary books = import::ImportPipeline(*db).importFile(
            test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt")), options);
        QVERIFY(books.ok());
        options.groupName = QStringLiteral("Morning");
        options.dateOrder = import::DateOrder::DayMonthYear;
        QVERIFY(import::ImportPipeline(*db)
                    .importFile(test::dataPath(QStringLiteral("import/whatsapp/ambiguous.txt")),
                                options)
                    .ok());

        LanguageManager languages;
        MainWindow window(&languages);
        window.setWorkspace(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        MessagePane *messages = window.messagePane();
        QVERIFY(messages);
        const int index = int(window.panes().indexOf(messages));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(index)->text(), QStringLiteral("Messages"));
        sidebar->setCurrentRow(index);
        QCOMPARE(window.currentPane(), messages);
        MessageListModel *model = messages->messageModel();
        QTRY_COMPARE(model->rowCount(), int(books.messages - books.duplicates) + 2);
        QVERIFY(!messages->addItemAction()->isVisible());
        QVERIFY(!messages->deleteItemsAction()->isVisible());

        // Groups pane: select Book Club, see its history, then "Show Messages".
        auto *groups = qobject_cast<GroupPane *>(window.panes().first());
        QVERIFY(groups);
        window.showPane(0);
        QVERIFY(!groups->showMessagesAction()->isEnabled());
        const int row = groups->listModel()->rowOfId(books.groupIds.first());
        QVERIFY(row >= 0);
        groups->view()->selectRow(row);
        QVERIFY(groups->showMessagesAction()->isEnabled());
        QCOMPARE(groups->historyModel()->rowCount(), 1);
        QCOMPARE(groups->historyView()
                     ->model()
                     ->index(0, ImportHistoryModel::FileColumn)
                     .data()
                     .toString(),
                 QStringLiteral("android_en_24h.txt"));
        groups->showMessagesAction()->trigger();
        QCOMPARE(window.currentPane(), messages);
        QCOMPARE(messages->groupFilter()->currentData().toLongLong(), books.groupIds.first());
        QTRY_COMPARE(model->rowCount(), int(books.messages));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, model->columnOf(QStringLiteral("group"))).data().toString(),
                     QStringLiteral("Book Club"));

        // The search box filters as you type (after the debounce), in SQL.
        QTest::keyClicks(messages->searchEdit(), QStringLiteral("snacks"));
        QTRY_COMPARE(model->rowCount(), 1);
        // The rows found can be exported at once, without clicking one first.
        QVERIFY(messages->exportCsvAction()->isEnabled());
        messages->searchEdit()->clear();
        messages->flushSearch();
        QTRY_COMPARE(model->rowCount(), int(books.messages));

        // A multi-line message is shown on one row; selecting it shows every line below.
        QTest::keyClicks(messages->searchEdit(), QStringLiteral("First line"));
        messages->flushSearch();
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(messages->detailView()->toPlainText().isEmpty());
        messages->view()->selectRow(0);
        QCOMPARE(messages->detailView()->toPlainText(),
                 QStringLiteral("First line\nsecond line\nthird line: with colon"));
        auto *heading = messages->findChild<QLabel *>(QStringLiteral("messageHeading"));
        QVERIFY(heading->text().startsWith(QStringLiteral("Carol · ")));
        QVERIFY(heading->text().endsWith(QStringLiteral(" · Book Club")));
        messages->searchEdit()->clear();
        messages->flushSearch();
        QTRY_COMPARE(model->rowCount(), int(books.messages));

        // All groups again from the combo.
        messages->groupFilter()->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), int(books.messages) + 2);
    }

    void saysIndexingUntilTheIndexCaughtUp()
    {
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        import::ImportOptions options;
        options.groupName = QStringLiteral("Book Club");
        QVERIFY(
            import::ImportPipeline(*db)
                .importFile(test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt")),
                            options)
                .ok());
        // The import leaves the index to the background job.
        QVERIFY(MessageIndexer(*db).isBehind());
        Database &database = *db;

        LanguageManager languages;
        MainWindow window(&languages);
        window.setWorkspace(std::move(db));
        MessagePane *messages = window.messagePane();
        QVERIFY(messages);
        // The job's progress arrives through the event loop: until then the pane tells.
        QVERIFY(!messages->indexingLabel()->isHidden());
        QCOMPARE(messages->indexingLabel()->text(), QStringLiteral("Indexing…"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(int(window.panes().indexOf(messages)));
        QTRY_VERIFY(messages->indexingLabel()->isHidden());
        QTRY_VERIFY(window.indexStatusLabel()->isHidden());
        QVERIFY(!MessageIndexer(database).isBehind());
        MessageListModel *model = messages->messageModel();
        model->setTextFilter(QStringLiteral("book"));
        QTRY_VERIFY(model->rowCount() > 0);

        // A later import while the indexer cannot write (another writer holds the workspace):
        // the pane says so until a later run catches up.
        CheckedQuery::failMatching(QStringLiteral("FROM message_index_pending ORDER BY id LIMIT"));
        options.groupName = QStringLiteral("Morning");
        options.dateOrder = import::DateOrder::DayMonthYear;
        QVERIFY(import::ImportPipeline(database)
                    .importFile(test::dataPath(QStringLiteral("import/whatsapp/ambiguous.txt")),
                                options)
                    .ok());
        QTRY_VERIFY(messages->indexingLabel()->isVisible());
        QVERIFY(MessageIndexer(database).isBehind());
        CheckedQuery::clearFailures();
        options.groupName = QStringLiteral("Evening");
        options.dateOrder = import::DateOrder::Auto;
        QVERIFY(import::ImportPipeline(database)
                    .importFile(test::dataPath(QStringLiteral("import/whatsapp/ios_en_12h.txt")),
                                options)
                    .ok());
        QTRY_VERIFY(messages->indexingLabel()->isHidden());
        QVERIFY(!MessageIndexer(database).isBehind());
    }
};

QTEST_MAIN(TestMessagePane)
#include "tst_messagepane.moc"
