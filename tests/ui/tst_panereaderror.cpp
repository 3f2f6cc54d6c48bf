#include "models/sqlpagedtablemodel.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/products/productpane.h"
#include "ui/widgets/errorbanner.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// A pane whose rows cannot be read shows the error banner with Retry in place of the table,
/// never an empty table, and Retry brings the rows back once reading works again.
class TestPaneReadError : public QObject
{
    Q_OBJECT

    Database m_db;

    static QPushButton *retryOf(QWidget *pane)
    {
        return pane->findChild<ErrorBanner *>()->findChild<QPushButton *>(
            QStringLiteral("retryButton"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_db.openInMemory().isError());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, name, price_minor, currency) "
                                      "VALUES (1, 'Tea', 990, 'CNY'), (2, 'Honey', 1990, 'CNY')")));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void tablePaneShowsBannerAndRetryRecovers()
    {
        // Every page of the list fails, as on a disk that reports I/O errors.
        CheckedQuery::failMatching(QStringLiteral("LIMIT ?"));
        QUndoStack undo;
        ProductPane pane(m_db, &undo);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ErrorBanner *banner = pane.errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!pane.view()->isVisible());
        QVERIFY(banner->message().contains(QLatin1String("could not be read")));
        QCOMPARE(pane.listModel()->rowCount(), 0);
        QVERIFY(!pane.exportCsvAction()->isEnabled());

        // Still failing: Retry keeps the banner.
        QTest::mouseClick(retryOf(&pane), Qt::LeftButton);
        QVERIFY(banner->isVisible());
        QVERIFY(!pane.view()->isVisible());

        CheckedQuery::clearFailures();
        QTest::mouseClick(retryOf(&pane), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(pane.view()->isVisible());
        QCOMPARE(pane.listModel()->rowCount(), 2);
    }

    void failureAfterLoadReplacesTheRows()
    {
        QUndoStack undo;
        ProductPane pane(m_db, &undo);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_COMPARE(pane.listModel()->rowCount(), 2);
        QVERIFY(!pane.errorBanner()->isVisible());

        // A refresh (after a commit elsewhere) that fails is not shown as the old or no rows.
        CheckedQuery::failMatching(QStringLiteral("LIMIT ?"));
        pane.listModel()->refresh();
        QVERIFY(pane.errorBanner()->isVisible());
        QVERIFY(!pane.view()->isVisible());
    }

    void ledgerPaneShowsBanner()
    {
        CheckedQuery::failMatching(QStringLiteral("FROM partners ORDER BY"));
        QUndoStack undo;
        LedgerPane pane(m_db, &undo);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ErrorBanner *banner = pane.findChild<ErrorBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY(!pane.findChild<QTabWidget *>()->isVisible());

        CheckedQuery::clearFailures();
        QTest::mouseClick(retryOf(&pane), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(pane.findChild<QTabWidget *>()->isVisible());
    }
};

QTEST_MAIN(TestPaneReadError)
#include "tst_panereaderror.moc"
