#include "storage/database.h"
#include "ui/help/userguide.h"
#include "ui/help/userguideaction.h"
#include "ui/help/userguidewindow.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace cohort;

namespace {

struct Link
{
    QString page;
    QString href;
};

/// Every link target and every anchor name of the document shown.
void collectAnchors(const QTextDocument *document, QStringList *hrefs, QSet<QString> *names)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor()) {
                if (!format.anchorHref().isEmpty())
                    hrefs->append(format.anchorHref());
                for (const QString &name : format.anchorNames())
                    names->insert(name);
            }
        }
    }
}

/// Saves a picture of `widget` when COHORT_GUIDE_SCREENSHOTS names a folder, to look at.
void maybeGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COHORT_GUIDE_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QLatin1String(".png")));
}

} // namespace

/// The user guide: every page in every language, no broken link, the language follows the UI,
/// find in page, history, and F1 from the main window.
class TestUserGuideWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userguidewindow"));
    }

    void everyPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = LanguageManager::availableLanguages();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyPageInEveryLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(UserGuide::languageFor(language), language);
        const QStringList pages = UserGuide::pages();
        QStringList expected;
        for (const QString &page : pages) {
            expected << page + QLatin1String(".html");
            const QString title = UserGuide::title(language, page);
            QVERIFY2(title != page, qPrintable(language + QLatin1Char('/') + page));
        }
        // No page outside the contents, and no page missing from a language.
        QStringList present = QDir(UserGuide::folder(language)).entryList(QDir::Files);
        present.sort();
        expected.sort();
        QCOMPARE(present, expected);
        if (language != QLatin1String("en")) {
            for (const QString &page : pages)
                QVERIFY2(UserGuide::title(language, page)
                             != UserGuide::title(QStringLiteral("en"), page),
                         qPrintable(page + QLatin1String(" has an untranslated title")));
        }
    }

    void linksResolve_data() { everyPageInEveryLanguage_data(); }

    void linksResolve()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.setPreference(language);
        UserGuideWindow window(&languages);
        QCOMPARE(window.language(), language);
        window.resize(980, 700);

        QHash<QString, QSet<QString>> anchorsOf;
        QList<Link> links;
        const QStringList pages = UserGuide::pages();
        for (const QString &page : pages) {
            window.showPage(page);
            QCOMPARE(window.currentPage(), page);
            QVERIFY2(!window.browser()->toPlainText().trimmed().isEmpty(), qPrintable(page));
            maybeGrab(&window, QLatin1String("userguide-") + language + QLatin1Char('-') + page);
            QStringList hrefs;
            QSet<QString> names;
            collectAnchors(window.browser()->document(), &hrefs, &names);
            anchorsOf.insert(page, names);
            for (const QString &href : std::as_const(hrefs))
                links.append({ page, href });
        }
        QVERIFY(links.size() > pages.size());

        QSet<QString> linkedFromContents;
        for (const Link &link : std::as_const(links)) {
            const QUrl target = UserGuide::pageUrl(language, link.page).resolved(QUrl(link.href));
            const QString where = link.page + QLatin1String(": ") + link.href;
            // The guide is offline: it links only to its own pages.
            const QString targetPage = UserGuide::pageOf(target);
            QVERIFY2(!targetPage.isEmpty(), qPrintable(where));
            QVERIFY2(QFile::exists(QLatin1Char(':') + target.path()), qPrintable(where));
            if (target.hasFragment())
                QVERIFY2(anchorsOf.value(targetPage).contains(target.fragment()),
                         qPrintable(where));
            if (link.page == pages.first())
                linkedFromContents.insert(targetPage);
        }
        for (const QString &page : pages.mid(1))
            QVERIFY2(linkedFromContents.contains(page),
                     qPrintable(page + QLatin1String(" is not in the contents")));
    }

    void followsTheUiLanguage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        UserGuideWindow window(&languages);
        window.show();
        QCOMPARE(window.language(), QStringLiteral("en"));
        QCOMPARE(window.contents()->count(), UserGuide::pages().size());
        QCOMPARE(window.contents()->item(0)->text(),
                 UserGuide::title(QStringLiteral("en"), QStringLiteral("index")));
        const QString englishTitle = window.windowTitle();
        window.showPage(QStringLiteral("ledger"), QStringLiteral("payouts"));
        QCOMPARE(window.contents()->currentRow(),
                 int(UserGuide::pages().indexOf(QStringLiteral("ledger"))));
        maybeGrab(&window, QStringLiteral("userguide-en"));

        languages.setPreference(QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.language(), QStringLiteral("zh_CN"));
        // The same page, now in Chinese, with the contents and the window in Chinese too.
        QCOMPARE(window.currentPage(), QStringLiteral("ledger"));
        QCOMPARE(window.browser()->source(),
                 UserGuide::pageUrl(QStringLiteral("zh_CN"), QStringLiteral("ledger"))
                     .resolved(QUrl(QStringLiteral("#payouts"))));
        QCOMPARE(window.browser()->documentTitle(),
                 UserGuide::title(QStringLiteral("zh_CN"), QStringLiteral("ledger")));
        QCOMPARE(window.contents()->item(0)->text(),
                 UserGuide::title(QStringLiteral("zh_CN"), QStringLiteral("index")));
        QVERIFY(window.windowTitle() != englishTitle);
        QVERIFY(!window.browser()->isBackwardAvailable());
        maybeGrab(&window, QStringLiteral("userguide-zh_CN"));

        languages.setPreference(QStringLiteral("en"));
        QTRY_COMPARE(window.language(), QStringLiteral("en"));
        QCOMPARE(window.windowTitle(), englishTitle);
    }

    void historyAndContents()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        UserGuideWindow window(&languages);
        window.show();
        QCOMPARE(window.currentPage(), QStringLiteral("index"));
        // A link in the page, as a click would follow it.
        window.browser()->setSource(
            window.browser()->source().resolved(QUrl(QStringLiteral("metrics.html#health"))));
        QCOMPARE(window.currentPage(), QStringLiteral("metrics"));
        QCOMPARE(window.contents()->currentRow(),
                 int(UserGuide::pages().indexOf(QStringLiteral("metrics"))));
        QVERIFY(window.browser()->isBackwardAvailable());
        window.browser()->backward();
        QCOMPARE(window.currentPage(), QStringLiteral("index"));
        QCOMPARE(window.contents()->currentRow(), 0);
        // Choosing from the contents list opens that page.
        const int row = int(UserGuide::pages().indexOf(QStringLiteral("shortcuts")));
        QListWidgetItem *item = window.contents()->item(row);
        QTest::mouseClick(window.contents()->viewport(), Qt::LeftButton, {},
                          window.contents()->visualItemRect(item).center());
        QCOMPARE(window.currentPage(), QStringLiteral("shortcuts"));
        // Choosing the page shown again leaves the history as it was.
        QTest::mouseClick(window.contents()->viewport(), Qt::LeftButton, {},
                          window.contents()->visualItemRect(item).center());
        window.browser()->backward();
        QCOMPARE(window.currentPage(), QStringLiteral("index"));
    }

    void findInPage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        UserGuideWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(QStringLiteral("shortcuts"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findEdit()->hasFocus());
        QTest::keyClicks(window.findEdit(), QStringLiteral("ctrl+shift+p"));
        QCOMPARE(window.browser()->textCursor().selectedText(), QStringLiteral("Ctrl+Shift+P"));
        const int first = window.browser()->textCursor().selectionStart();
        QTest::keyClick(window.findEdit(), Qt::Key_Return);
        const int second = window.browser()->textCursor().selectionStart();
        QVERIFY(second > first);
        // Past the last match the search wraps around; Shift+Enter goes back.
        QTest::keyClick(window.findEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(window.browser()->textCursor().selectionStart(), first);
        QVERIFY(!window.findInPage(QStringLiteral("no such words in the guide")));
    }

    void f1OpensTheGuideFromTheMainWindow()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("zh_CN"));
        MainWindow window(&languages);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        window.setWorkspace(std::move(db));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *action = window.findChild<UserGuideAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QVERIFY(!action->guideWindow());
        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                help = menu->menu();
        }
        QVERIFY(help);
        QVERIFY(action->text() != QLatin1String("&User Guide"));

        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(action->guideWindow() && action->guideWindow()->isVisible());
        UserGuideWindow *guide = action->guideWindow();
        QCOMPARE(guide->language(), QStringLiteral("zh_CN"));
        QCOMPARE(guide->currentPage(), QStringLiteral("index"));
        // F1 again raises the same window instead of opening another.
        guide->showPage(QStringLiteral("orders"));
        action->trigger();
        QCOMPARE(action->guideWindow(), guide);
        QCOMPARE(guide->currentPage(), QStringLiteral("orders"));

        languages.setPreference(QStringLiteral("en"));
        QTRY_COMPARE(action->text(), QStringLiteral("&User Guide"));
        QTRY_COMPARE(guide->language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUserGuideWindow)
#include "tst_userguidewindow.moc"
