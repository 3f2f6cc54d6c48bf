#include "demo/demogenerator.h"
#include "domain/product.h"
#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/importwizard/importtargetwizardpage.h"
#include "ui/importwizard/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderimportfilepage.h"
#include "ui/orders/orderimportreviewpage.h"
#include "ui/orders/orderimportwizard.h"
#include "ui/reports/reportspane.h"
#include "ui/solitaire/solitairepane.h"
#include "ui/workspacecontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// Closing a workspace while its background jobs run: the dashboard, report, solitaire, ledger
/// credit, chat import, order import, daily backup and demo data jobs of one workspace are
/// cancelled and waited for before it closes, and none of their results reaches the next one.
class TestWorkspaceController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    QString m_chat;
    QString m_orders;
    int m_iteration = 0; ///< which workspace is open; results name the one they were made for
    int m_misdelivered = 0;
    qint64 m_demoGroups = 0; ///< groups of the demo data set Help ▸ Fill with Demo Data adds

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static qint64 count(const QString &file, const QString &sql)
    {
        Database db;
        if (db.open(file, Database::OpenMode::ReadOnly).isError())
            return -1;
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static int openConnections()
    {
        int open = 0;
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            open += name.startsWith(QLatin1String("cohort-")) ? 1 : 0;
        return open;
    }

    /// Counts a result that arrives while another workspace than its own is open.
    void expectFor(int iteration)
    {
        if (iteration != m_iteration)
            ++m_misdelivered;
    }

    static void show(MainWindow &window, QWidget *pane)
    {
        auto *stack = qobject_cast<QStackedWidget *>(pane->parentWidget());
        QVERIFY(stack);
        window.showPane(stack->indexOf(pane));
    }

    /// Starts every kind of job the window has on its (filled) workspace.
    void startJobs(MainWindow &window)
    {
        const int iteration = m_iteration;
        connect(window.dashboard(), &DashboardPane::updated, this,
                [this, iteration] { expectFor(iteration); });
        connect(window.reports(), &ReportsPane::updated, this,
                [this, iteration] { expectFor(iteration); });
        connect(window.solitaire(), &SolitairePane::booksReady, this,
                [this, iteration] { expectFor(iteration); });
        show(window, window.dashboard());
        show(window, window.reports());
        show(window, window.solitaire());
        show(window, window.ledger());
        window.ledger()->creditPoints([this, iteration](int) { expectFor(iteration); });

        window.openImportWizard({ m_chat });
        auto *chat = window.findChild<ImportWizard *>();
        QVERIFY(chat);
        connect(chat, &ImportWizard::importCommitted, this,
                [this, iteration] { expectFor(iteration); });
        chat->next();
        chat->next();
        QCOMPARE(chat->currentId(), int(ImportWizard::TargetPage));
        chat->targetPage()->timeZoneCombo()->setCurrentText(QStringLiteral("UTC"));
        chat->next(); // the import job starts
        QCOMPARE(chat->currentId(), int(ImportWizard::RunPage));

        window.findChild<QAction *>(QStringLiteral("importOrdersMenuAction"))->trigger();
        auto *orders = window.findChild<OrderImportWizard *>();
        QVERIFY(orders);
        connect(orders, &QDialog::accepted, this, [this, iteration] { expectFor(iteration); });
        orders->filePage()->setPath(m_orders);
        orders->next();
        orders->next();
        // An earlier run may have imported the file into this workspace before it closed.
        orders->reviewPage()->skipDuplicatesCheck()->setChecked(false);
        QAbstractButton *finish = orders->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled());
        finish->click(); // the order import job starts
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspacecontroller"));
        m_languages = new LanguageManager(this);
        m_languages->setPreference(QStringLiteral("en"));

        // A chat long enough to be cut off by the switch.
        m_chat = path(QStringLiteral("chat.txt"));
        QFile chat(m_chat);
        QVERIFY(chat.open(QIODevice::WriteOnly));
        const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 5000; ++i) {
            chat.write(
                start.addSecs(qint64(i) * 60).toString(QStringLiteral("M/d/yy, HH:mm")).toUtf8()
                + " - Person " + QByteArray::number(i % 97) + ": message " + QByteArray::number(i)
                + '\n');
        }
        chat.close();
        m_orders = path(QStringLiteral("orders.csv"));
        QFile orders(m_orders);
        QVERIFY(orders.open(QIODevice::WriteOnly));
        orders.write("Name,Phone,SKU,Qty,Price,Date,Status\n");
        for (int i = 0; i < 300; ++i)
            orders.write("Switch Buyer " + QByteArray::number(i) + ",1390000"
                         + QByteArray::number(1000 + i)
                         + ",JOB-01,1,19.90,2026-03-02 20:15,paid\n");
        orders.close();

        // Two workspaces with data for every pane to compute.
        for (const QString &name : { QStringLiteral("a.cohort"), QStringLiteral("b.cohort") }) {
            Database db;
            QVERIFY(!db.open(path(name), Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(DemoGenerator(db).generate(1, DemoGenerator::Scale::Small));
            Product product;
            product.name = QStringLiteral("Switch Tea");
            product.sku = QStringLiteral("JOB-01");
            product.price = Money(1990, QStringLiteral("CNY"));
            QVERIFY(ProductRepository(db).insert(product));
        }
        m_demoGroups = count(path(QStringLiteral("a.cohort")),
                             QStringLiteral("SELECT COUNT(*) FROM chat_groups"));
        QVERIFY(m_demoGroups > 0);
    }

    void closingMidJobFiftyTimes()
    {
        const int before = openConnections();
        {
            MainWindow window(m_languages);
            window.setBackupFactory([this] {
                return std::make_unique<BackupManager>(path(QStringLiteral("backups")));
            });
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int i = 0; i < 50; ++i) {
                // An empty workspace filling with demo data...
                ++m_iteration;
                const QString empty = path(QStringLiteral("empty-%1.cohort").arg(i));
                QVERIFY(window.openWorkspace(empty, Database::OpenMode::CreateOrOpen));
                const int demoIteration = m_iteration;
                auto connection
                    = connect(window.workspace(), &WorkspaceController::demoDataFinished, this,
                              [this, demoIteration] { expectFor(demoIteration); });
                QVERIFY(window.fillWithDemoData(false));
                QTest::qWait(i % 4 * 5);
                // ...is closed for a filled one, whose jobs all start...
                ++m_iteration;
                QVERIFY(window.openWorkspace(
                    path(i % 2 ? QStringLiteral("a.cohort") : QStringLiteral("b.cohort"))));
                disconnect(connection);
                QCOMPARE(window.undoStack()->count(), 0);
                startJobs(window);
                if (QTest::currentTestFailed())
                    return;
                // ...and is closed in turn at a different moment of its jobs.
                QTest::qWait(i % 5 * 7);
            }
            ++m_iteration;
            QVERIFY(window.openWorkspace(path(QStringLiteral("last.cohort")),
                                         Database::OpenMode::CreateOrOpen));
            QTest::qWait(200); // anything still queued for an old workspace would arrive now
            QCOMPARE(window.undoStack()->count(), 0);
            QCOMPARE(m_misdelivered, 0);
        }
        // Every worker's connection was closed with its job.
        QCOMPARE(openConnections(), before);
        for (int i = 0; i < 50; ++i) {
            const QString empty = path(QStringLiteral("empty-%1.cohort").arg(i));
            // The demo data was either cut off (nothing written) or all in before the close.
            const qint64 groups = count(empty, QStringLiteral("SELECT COUNT(*) FROM chat_groups"));
            QVERIFY2(groups == 0 || groups == m_demoGroups, qPrintable(QString::number(groups)));
            // No other workspace's job wrote into it.
            QCOMPARE(count(empty,
                           QStringLiteral("SELECT COUNT(*) FROM members WHERE display_name "
                                          "LIKE 'Switch Buyer %'")),
                     qint64(0));
        }
        for (const QString &name : { QStringLiteral("a.cohort"), QStringLiteral("b.cohort") })
            QCOMPARE(count(path(name),
                           QStringLiteral("SELECT COUNT(*) FROM pragma_quick_check "
                                          "WHERE quick_check <> 'ok'")),
                     qint64(0));
    }
};

QTEST_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
