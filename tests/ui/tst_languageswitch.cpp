#include "demo/demogenerator.h"
#include "models/orderlistmodel.h"
#include "storage/database.h"
#include "ui/languagemanager.h"
#include "ui/widgets/memberpicker.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

/// Switching the language while Cohort runs changes what tables and fields already on screen
/// show: dates in the new language's format, placeholder texts in the new language.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    Database m_db;

    /// Lets the LanguageChange events that installing a translator posts arrive.
    static void deliver() { QCoreApplication::sendPostedEvents(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!m_db.openInMemory().isError());
        DemoGenerator generator(m_db);
        QVERIFY2(generator.generate(2, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
    }

    void tableDatesFollowTheLanguage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        deliver();
        OrderListModel orders(m_db);
        if (orders.canFetchMore(QModelIndex()))
            orders.fetchMore(QModelIndex()); // the first page, as a view asks for it
        QVERIFY(orders.rowCount() > 0);
        const QModelIndex cell = orders.index(0, orders.columnOf(QStringLiteral("time")));
        const QString english = cell.data().toString();

        languages.setPreference(QStringLiteral("zh_CN"));
        deliver();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT ordered_at FROM orders WHERE id = ?"));
        q.addBindValue(orders.idAt(0));
        QVERIFY(q.exec() && q.next());
        const QDateTime at
            = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc())
                  .toTimeZone(QTimeZone(m_db.timeZoneId().toUtf8()));
        // What the Chinese locale writes for that time, in the workspace zone.
        QCOMPARE(cell.data().toString(),
                 QLocale(QLocale::Chinese, QLocale::China).toString(at, QLocale::ShortFormat));
        QVERIFY(cell.data().toString() != english);

        languages.setPreference(QStringLiteral("en"));
        deliver();
        QCOMPARE(cell.data().toString(), english);
    }

    void placeholdersFollowTheLanguage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        deliver();
        MemberPicker picker;
        const QString english = picker.placeholderText();
        QVERIFY(!english.isEmpty());
        languages.setPreference(QStringLiteral("zh_CN"));
        deliver();
        QVERIFY2(picker.placeholderText() != english, qPrintable(picker.placeholderText()));
        QCOMPARE(
            picker.placeholderText(),
            QCoreApplication::translate("cohort::MemberPicker", "Type a name, phone or WeChat ID"));
        languages.setPreference(QStringLiteral("en"));
        deliver();
        QCOMPARE(picker.placeholderText(), english);
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
