#include "reports/weekly/reporttext.h"
#include "reports/weekly/reporttranslator.h"
#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cohort;

/// ReportTranslator: a report's words in its own language on the thread that builds or paints
/// it, whatever the UI's language, and the UI's words everywhere else.
class TestReportTranslator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_english = QStringLiteral("Weekly community report");
    const QString m_chinese = QStringLiteral("社群运营周报");
    const QLocale m_zh = QLocale(QLocale::Chinese, QLocale::China);
    const QLocale m_en = QLocale(QLocale::English, QLocale::UnitedStates);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reporttranslator"));
    }

    void installingRetranslatesNothing()
    {
        // Runs first: nothing has installed the report translator in this process yet.
        struct Counter : QObject
        {
            int languageChanges = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::LanguageChange)
                    ++languageChanges;
                return false;
            }
        } counter;
        qApp->installEventFilter(&counter);
        ReportTranslator::ensureInstalled();
        ReportTranslator::ensureInstalled();
        qApp->removeEventFilter(&counter);
        QCOMPARE(counter.languageChanges, 0);
        const ReportTranslator::Scope scope(m_zh);
        QCOMPARE(ReportText::title(), m_chinese); // installed all the same
    }

    void scopeOnTheGuiThread_data()
    {
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QLocale>("report");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en ui, zh report") << QStringLiteral("en") << m_zh << m_chinese;
        QTest::newRow("zh ui, en report") << QStringLiteral("zh_CN") << m_en << m_english;
        QTest::newRow("zh ui, zh report") << QStringLiteral("zh_CN") << m_zh << m_chinese;
        QTest::newRow("en ui, en report") << QStringLiteral("en") << m_en << m_english;
    }
    void scopeOnTheGuiThread()
    {
        QFETCH(QString, ui);
        QFETCH(QLocale, report);
        QFETCH(QString, expected);
        LanguageManager languages;
        languages.setPreference(ui);
        ReportTranslator::ensureInstalled();
        const QString uiTitle = ui == QLatin1String("en") ? m_english : m_chinese;
        QCOMPARE(ReportText::title(), uiTitle);
        {
            const ReportTranslator::Scope scope(report);
            QCOMPARE(ReportText::title(), expected);
            {
                const ReportTranslator::Scope inner(ui == QLatin1String("en") ? m_en : m_zh);
                QCOMPARE(ReportText::title(), uiTitle);
            }
            QCOMPARE(ReportText::title(), expected);
        }
        QCOMPARE(ReportText::title(), uiTitle);
    }

    void otherThreadsKeepTheUiLanguage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        ReportTranslator::ensureInstalled();
        QSemaphore inScope;
        QSemaphore checked;
        QString workerTitle;
        QThread *worker = QThread::create([&] {
            const ReportTranslator::Scope scope(m_zh);
            inScope.release();
            checked.acquire(); // the GUI thread reads its title while this scope is alive
            workerTitle = ReportText::title();
        });
        worker->start();
        inScope.acquire();
        QCOMPARE(ReportText::title(), m_english);
        checked.release();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerTitle, m_chinese);
    }

    void staysInFrontAfterALanguageSwitch()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        ReportTranslator::ensureInstalled();
        // Switching the UI installs its catalogue in front of every translator installed before.
        languages.setPreference(QStringLiteral("zh_CN"));
        ReportTranslator::ensureInstalled();
        const ReportTranslator::Scope scope(m_en);
        QCOMPARE(ReportText::title(), m_english);
    }
};

QTEST_MAIN(TestReportTranslator)
#include "tst_reporttranslator.moc"
