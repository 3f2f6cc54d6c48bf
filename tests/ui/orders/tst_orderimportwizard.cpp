#include "import/orders/orderfield.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderimportprofilerepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderimportfilepage.h"
#include "ui/orders/orderimportmappingpage.h"
#include "ui/orders/orderimportreviewpage.h"
#include "ui/orders/orderimportwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;
using import::OrderField;

/// The order import wizard driven offscreen: file page (encoding), mapping page (guess, edit,
/// profile saved and reused), review page (errors block, ambiguous member chosen), import.
class TestOrderImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_liNa2 = 0;
    QTemporaryDir m_settingsDir;

    qint64 count(const QString &table) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

    static QString fixture(const QString &name)
    {
        return test::dataPath(QStringLiteral("orders/") + name);
    }

    static bool canGoNext(OrderImportWizard &wizard)
    {
        return wizard.button(QWizard::NextButton)->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_orderimportwizard"));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        const struct
        {
            const char *name;
            const char *sku;
            qint64 price;
        } products[] = { { "Oolong Tea", "TEA-01", 1990 }, { "Wild Honey", "HONEY-02", 4500 } };
        for (const auto &product : products) {
            Product p;
            p.name = QString::fromLatin1(product.name);
            p.sku = QString::fromLatin1(product.sku);
            p.price = Money(product.price, QStringLiteral("CNY"));
            QVERIFY(ProductRepository(*m_db).insert(p));
        }
        for (const char *phone : { "13900000001", "13900000002" }) {
            Member m;
            m.displayName = QStringLiteral("Li Na");
            m.phone = QString::fromLatin1(phone);
            QVERIFY(MemberRepository(*m_db).insert(m));
            m_liNa2 = m.id;
        }
        Member wang;
        wang.displayName = QStringLiteral("Wang Fang");
        wang.phone = QStringLiteral("13800138000");
        QVERIFY(MemberRepository(*m_db).insert(wang));
    }

    void cleanup() { m_db.reset(); }

    void gb18030FileThroughToImport()
    {
        OrderImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(!canGoNext(wizard));
        wizard.filePage()->setPath(fixture(QStringLiteral("gb18030_zh.csv")));
        QVERIFY2(wizard.filePage()->statusText().contains(QLatin1String("GB18030")),
                 qPrintable(wizard.filePage()->statusText()));
        QVERIFY(canGoNext(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(OrderImportWizard::MappingPageId));
        // Chinese headers are guessed: 姓名 → member, 商品编码 → SKU ...
        QCOMPARE(OrderField(wizard.mappingPage()->fieldCombo(0)->currentData().toInt()),
                 OrderField::MemberName);
        QCOMPARE(OrderField(wizard.mappingPage()->fieldCombo(2)->currentData().toInt()),
                 OrderField::Sku);
        QVERIFY(wizard.mappingPage()->problemText().isEmpty());
        QVERIFY(canGoNext(wizard));
        // Unmapping the date blocks Next and says why.
        wizard.mappingPage()->setField(5, OrderField::Ignore);
        QVERIFY(!canGoNext(wizard));
        QVERIFY(wizard.mappingPage()->problemText().contains(QLatin1String("date")));
        wizard.mappingPage()->setField(5, OrderField::OrderedAt);
        QVERIFY(canGoNext(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(OrderImportWizard::ReviewPageId));
        QVERIFY(wizard.reviewPage()->summaryText().contains(QLatin1String("2 order(s)")));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.importedOrders(), 2);
        QCOMPARE(wizard.importedMembers(), 1);
        QCOMPARE(count(QStringLiteral("orders")), 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE display_name = '张伟'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void errorsBlockTheImport()
    {
        OrderImportWizard wizard(*m_db);
        wizard.show();
        wizard.filePage()->setPath(fixture(QStringLiteral("bad_money.csv")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(OrderImportWizard::ReviewPageId));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        const QStringList issues = wizard.reviewPage()->issueTexts();
        QCOMPARE(issues.size(), 2);
        QVERIFY2(issues.at(0).startsWith(QLatin1String("3: ")), qPrintable(issues.at(0)));
        QVERIFY(issues.at(1).startsWith(QLatin1String("4: ")));
        wizard.accept(); // refused: nothing is ready
        QCOMPARE(count(QStringLiteral("orders")), 0);
        QVERIFY(wizard.isVisible());
    }

    void ambiguousMemberIsChosen()
    {
        OrderImportWizard wizard(*m_db);
        wizard.show();
        wizard.filePage()->setPath(fixture(QStringLiteral("ambiguous.csv")));
        wizard.next();
        wizard.next();
        QComboBox *choice = wizard.reviewPage()->choiceCombo(0);
        QVERIFY(choice);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        // Choose…, Li Na #1, Li Na #2, a new member.
        QCOMPARE(choice->count(), 4);
        choice->setCurrentIndex(choice->findData(m_liNa2));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(OrderRepository(*m_db).memberOrders(m_liNa2).size(), 2);
        QCOMPARE(count(QStringLiteral("orders")), 3);
    }

    void profileSavedAndReused()
    {
        {
            OrderImportWizard wizard(*m_db);
            wizard.show();
            wizard.filePage()->setPath(fixture(QStringLiteral("basic.csv")));
            wizard.next();
            // Notes are not wanted from this shop system.
            wizard.mappingPage()->setField(10, OrderField::Ignore);
            QVERIFY(wizard.mappingPage()->saveProfile(QStringLiteral("Weidian")));
            wizard.reject();
        }
        QCOMPARE(OrderImportProfileRepository(*m_db).names(),
                 QStringList { QStringLiteral("Weidian") });
        OrderImportWizard wizard(*m_db);
        wizard.show();
        wizard.filePage()->setPath(fixture(QStringLiteral("basic.csv")));
        wizard.next();
        QCOMPARE(OrderField(wizard.mappingPage()->fieldCombo(10)->currentData().toInt()),
                 OrderField::Notes); // guessed without a profile
        QVERIFY(wizard.mappingPage()->selectProfile(QStringLiteral("Weidian")));
        QCOMPARE(OrderField(wizard.mappingPage()->fieldCombo(10)->currentData().toInt()),
                 OrderField::Ignore);
        QCOMPARE(OrderField(wizard.mappingPage()->fieldCombo(1)->currentData().toInt()),
                 OrderField::Phone);
        QVERIFY(!wizard.mappingPage()->mapping().isEmpty());
    }

    void secondImportOfTheSameFile()
    {
        for (int run = 0; run < 2; ++run) {
            OrderImportWizard wizard(*m_db);
            wizard.show();
            wizard.filePage()->setPath(fixture(QStringLiteral("gb18030_zh.csv")));
            wizard.next();
            wizard.next();
            QCheckBox *skip = wizard.reviewPage()->skipDuplicatesCheck();
            if (run == 0) {
                QVERIFY(!skip->isVisible());
                wizard.button(QWizard::FinishButton)->click();
                QTRY_VERIFY(!wizard.isVisible());
                continue;
            }
            // Everything is there already: nothing to import unless the user says otherwise.
            QVERIFY(skip->isVisible());
            QVERIFY(skip->isChecked());
            QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
            QVERIFY2(wizard.reviewPage()->summaryText().contains(QLatin1String("skipped")),
                     qPrintable(wizard.reviewPage()->summaryText()));
            skip->setChecked(false);
            QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
            wizard.reject();
        }
        QCOMPARE(count(QStringLiteral("orders")), 2);
    }

    void fromTheFileMenuAndUndone()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.setWorkspace(std::move(m_db));
        Database &db = *window.database();
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("importOrdersMenuAction"));
        QVERIFY(action);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));
        bool driven = false;
        auto *timer = new QTimer(&window);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, &driven] {
            auto *wizard = qobject_cast<OrderImportWizard *>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            timer->stop();
            wizard->filePage()->setPath(fixture(QStringLiteral("basic.csv")));
            wizard->next();
            wizard->next();
            driven = wizard->button(QWizard::FinishButton)->isEnabled();
            if (driven)
                wizard->button(QWizard::FinishButton)->click();
            else
                wizard->reject();
        });
        timer->start();
        action->trigger();
        QTRY_VERIFY(driven);
        QTRY_COMPARE(window.undoStack()->count(), 1); // once the import job has finished
        const auto orders = [&db] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next()
                ? q.value(0).toLongLong()
                : -1;
        };
        QCOMPARE(orders(), 4);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(orders(), 0);
        window.undoStack()->redo();
        QCOMPARE(orders(), 4);
        m_db.reset(); // the window owned it
    }
};

QTEST_MAIN(TestOrderImportWizard)
#include "tst_orderimportwizard.moc"
