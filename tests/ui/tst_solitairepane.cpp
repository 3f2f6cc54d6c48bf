#include "import/importpipeline.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/solitaire/solitairepane.h"
#include "ui/solitaire/solitaireproposalpanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

namespace {

qint64 orderCount(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM orders")) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

/// The Solitaire view driven offscreen over an imported fixture chat: threads, entries,
/// proposals from a linked campaign or a picked product, accept in one click, undo, the
/// sidebar entry and the Chinese interface.
class TestSolitairePane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_group = 0;
    qint64 m_grapes = 0;
    qint64 m_bread = 0;

    void fill(Database &db)
    {
        import::ImportOptions options;
        options.timeZoneId = QStringLiteral("UTC");
        options.groupName = QStringLiteral("鲜果邻居团");
        const import::ImportSummary summary = import::ImportPipeline(db).importFile(
            test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")), options);
        QVERIFY(summary.ok());
        m_group = summary.groupIds.first();
        Product grapes;
        grapes.name = QStringLiteral("阳光玫瑰葡萄 2斤");
        grapes.price = Money(5800, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(db).insert(grapes));
        m_grapes = grapes.id;
        Product bread;
        bread.name = QStringLiteral("Sourdough loaf");
        bread.price = Money(2500, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(db).insert(bread));
        m_bread = bread.id;
        Campaign fruit;
        fruit.name = QStringLiteral("周五水果接龙");
        fruit.type = CampaignType::Solitaire;
        fruit.groupIds = { m_group };
        fruit.products = { { m_grapes, Money(5500, QStringLiteral("CNY")), 0 } };
        fruit.startsAt = QDateTime(QDate(2026, 5, 15), QTime(0, 0), Qt::UTC);
        fruit.endsAt = QDateTime(QDate(2026, 5, 16), QTime(0, 0), Qt::UTC);
        QVERIFY(CampaignRepository(db).insert(fruit));
    }

private Q_SLOTS:
    void initTestCase() { QSettings::setDefaultFormat(QSettings::IniFormat); }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        fill(*m_db);
    }

    void threadsAndEntries()
    {
        QUndoStack stack;
        SolitairePane pane(*m_db, &stack);
        pane.resize(1200, 800);
        pane.show();
        pane.waitForIdle();
        QCOMPARE(pane.groupId(), m_group);
        const QAbstractItemModel *threads = pane.threadTable()->model();
        QCOMPARE(threads->rowCount(), 3);
        QCOMPARE(text(threads, 0, 0), QStringLiteral("周五阳光玫瑰葡萄 🍇"));
        QCOMPARE(text(threads, 0, 3), QStringLiteral("4")); // entries
        QCOMPARE(text(threads, 0, 4), QStringLiteral("9")); // total quantity
        QCOMPARE(text(threads, 1, 0), QStringLiteral("Saturday sourdough bread"));
        // The newest list is selected first.
        QCOMPARE(pane.threadTable()->currentIndex().row(), 2);

        pane.selectThread(0);
        const QAbstractItemModel *entries = pane.entryTable()->model();
        QCOMPARE(entries->rowCount(), 4);
        QCOMPARE(text(entries, 1, 1), QStringLiteral("张伟"));
        QCOMPARE(text(entries, 1, 2), QStringLiteral("3"));
        QCOMPARE(text(entries, 1, 4), QStringLiteral("多要一份给我妈"));
        QCOMPARE(text(entries, 1, 5), QStringLiteral("张伟"));
        QCOMPARE(text(entries, 3, 5), QStringLiteral("Unmatched"));

        // Keyboard: the thread list follows the arrow keys.
        pane.threadTable()->setFocus();
        QTest::keyClick(pane.threadTable(), Qt::Key_Down);
        QCOMPARE(pane.currentBook()->thread.title, QStringLiteral("Saturday sourdough bread"));
        QCOMPARE(entries->rowCount(), 3);
    }

    void acceptFromLinkedCampaign()
    {
        QUndoStack stack;
        SolitairePane pane(*m_db, &stack);
        pane.show();
        pane.waitForIdle();
        pane.selectThread(0);
        SolitaireProposalPanel *proposals = pane.proposals();
        proposals->setShowErrorDialogs(false);
        connect(proposals, &SolitaireProposalPanel::errorShown, this,
                [](const QString &m) { qWarning("%s", qPrintable(m)); });
        // The campaign running that Friday with its one product, at its campaign price.
        QCOMPARE(proposals->pricing().productId, m_grapes);
        QCOMPARE(proposals->pricing().unitPrice, Money(5500, QStringLiteral("CNY")));
        const QAbstractItemModel *rows = proposals->table()->model();
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(text(rows, 3, 6), QStringLiteral("Unmatched: no member goes by this name"));
        QPushButton *accept = proposals->acceptButton();
        QVERIFY(accept->isEnabled());
        QCOMPARE(accept->text(), QStringLiteral("&Accept Orders (3)"));

        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(orderCount(*m_db), 3);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!accept->isEnabled());
        QCOMPARE(text(rows, 0, 6), QStringLiteral("In Orders"));

        // A second click, or a refresh, adds nothing.
        QTest::mouseClick(accept, Qt::LeftButton);
        pane.refresh();
        pane.waitForIdle();
        pane.selectThread(0);
        QVERIFY(!proposals->acceptReady());
        QCOMPARE(orderCount(*m_db), 3);

        stack.undo();
        QCOMPARE(orderCount(*m_db), 0);
        QVERIFY(accept->isEnabled());
        stack.redo();
        QCOMPARE(orderCount(*m_db), 3);
    }

    void pickProductWhenNoneLinked()
    {
        QUndoStack stack;
        SolitairePane pane(*m_db, &stack);
        pane.show();
        pane.waitForIdle();
        pane.selectThread(1); // the bread list: no campaign runs it
        SolitaireProposalPanel *proposals = pane.proposals();
        proposals->setShowErrorDialogs(false);
        connect(proposals, &SolitaireProposalPanel::errorShown, this,
                [](const QString &m) { qWarning("%s", qPrintable(m)); });
        QVERIFY(!proposals->pricing().isValid());
        QVERIFY(!proposals->acceptButton()->isEnabled());
        QCOMPARE(text(proposals->table()->model(), 0, 6), QStringLiteral("Choose a product"));
        auto *product = proposals->findChild<QComboBox *>(QStringLiteral("productCombo"));
        QVERIFY(product);
        product->setCurrentIndex(product->findData(m_bread));
        QCOMPARE(proposals->pricing().productId, m_bread);
        QVERIFY(proposals->acceptButton()->isEnabled());
        QVERIFY(proposals->acceptReady());
        QCOMPARE(orderCount(*m_db), 3);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(total_minor) FROM orders WHERE product_id = %1")
                           .arg(m_bread)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 6 * 2500); // x2, 2 packs, 2 bags
    }

    void followsImports()
    {
        QUndoStack stack;
        SolitairePane pane(*m_db, &stack);
        pane.show();
        pane.waitForIdle();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (platform, name, created_at) "
                                      "VALUES ('wechat', 'AAA quiet group', 0)")));
        // A commit through the store announces it; the raw insert above did not.
        Group g;
        g.name = QStringLiteral("Another group");
        QVERIFY(GroupRepository(*m_db).insert(g));
        auto *combo = pane.findChild<QComboBox *>(QStringLiteral("groupCombo"));
        QCOMPARE(combo->count(), 3);
        pane.setGroup(g.id);
        pane.waitForIdle();
        QCOMPARE(pane.threadTable()->model()->rowCount(), 0);
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("solitaireHint"))->isVisible());
    }

    void sidebarAndChinese()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        MainWindow window(&languages);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        fill(*db);
        window.setWorkspace(std::move(db));
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(window.solitaireIndex())->text(), QStringLiteral("Solitaire"));
        sidebar->setCurrentRow(window.solitaireIndex());
        auto *stackWidget = window.findChild<QStackedWidget *>();
        QCOMPARE(stackWidget->currentWidget(), window.solitaire());
        window.solitaire()->waitForIdle();
        QCOMPARE(window.solitaire()->threadTable()->model()->rowCount(), 3);

        languages.setPreference(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(sidebar->item(window.solitaireIndex())->text(), QStringLiteral("接龙"));
        QCOMPARE(
            window.solitaire()->threadTable()->model()->headerData(0, Qt::Horizontal).toString(),
            QStringLiteral("标题"));
        QCOMPARE(window.solitaire()->threadTable()->model()->rowCount(), 3);
        window.solitaire()->selectThread(0);
        QCOMPARE(text(window.solitaire()->entryTable()->model(), 3, 5), QStringLiteral("未匹配"));
        QCOMPARE(window.solitaire()->proposals()->acceptButton()->text(),
                 QStringLiteral("接收订单(&A)（3）"));
        languages.setPreference(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(text(window.solitaire()->entryTable()->model(), 3, 5),
                 QStringLiteral("Unmatched"));
    }
};

QTEST_MAIN(TestSolitairePane)
#include "tst_solitairepane.moc"
