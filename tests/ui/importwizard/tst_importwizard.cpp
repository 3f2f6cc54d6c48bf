#include "import/importpipeline.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "testsupport.h"
#include "ui/importwizard/importfileswizardpage.h"
#include "ui/importwizard/importpreviewwizardpage.h"
#include "ui/importwizard/importrunner.h"
#include "ui/importwizard/importrunwizardpage.h"
#include "ui/importwizard/importsummarywizardpage.h"
#include "ui/importwizard/importtargetwizardpage.h"
#include "ui/importwizard/importwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cohort;
using Col = ImportSummaryWizardPage::Column;

/// Drives the import wizard's real pages offscreen: fixtures from tests/data/import are
/// previewed, routed to groups, imported on the worker thread and summarised; Cancel and the
/// ambiguous-date rule are checked against the workspace itself.
class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_workspace = 0;

    static QString fixture(const char *name)
    {
        return test::dataPath(QStringLiteral("import/") + QLatin1String(name));
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// Rows of every table an import writes: equal before and after means "unchanged".
    QList<qint64> footprint() const
    {
        QList<qint64> counts;
        for (const char *table : { "messages", "members", "identities", "chat_groups",
                                   "import_batches", "membership_events", "memberships" })
            counts << scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return counts;
    }

    static QString cell(const QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    static qint64 number(const QTableWidget *table, int row, int column)
    {
        return QLocale().toLongLong(cell(table, row, column));
    }

    /// Files page -> preview -> target page, with `paths` listed.
    static void goToTarget(ImportWizard &wizard, const QStringList &paths)
    {
        wizard.addFiles(paths);
        wizard.show();
        QVERIFY(wizard.filesPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::TargetPage));
    }

    static void runToSummary(ImportWizard &wizard)
    {
        QVERIFY(wizard.targetPage()->isComplete());
        wizard.targetPage()->timeZoneCombo()->setCurrentText(QStringLiteral("UTC"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
    }

    /// A WhatsApp export with `count` messages, large enough to cancel in the middle.
    QString writeLargeChat(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("large_%1.txt").arg(count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray data;
        const QDateTime start(QDate(2023, 1, 13), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QDateTime t = start.addSecs(qint64(i) * 60);
            data += t.toString(QStringLiteral("M/d/yy, HH:mm")).toUtf8() + " - Person "
                + QByteArray::number(i % 97) + ": message number " + QByteArray::number(i) + '\n';
        }
        file.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        // A file workspace: the worker thread opens its own connection to it, as in the app.
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("w%1.cohort").arg(++m_workspace));
        QVERIFY(!m_db->open(path, Database::OpenMode::CreateOrOpen).isError());
    }

    void cleanup() { m_db.reset(); }

    void previewShowsFormatMessagesAndPeople()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping list\nmilk\nbread\n");
        file.close();
        ImportWizard wizard(*m_db);
        wizard.addFiles({ fixture("whatsapp/android_en_24h.txt"), notes });
        wizard.show();
        wizard.next();
        ImportPreviewWizardPage *page = wizard.previewPage();
        QVERIFY(page->formatText().contains(QStringLiteral("WhatsApp")));
        const QTableWidget *messages = page->messageTable();
        QVERIFY(messages->rowCount() >= 10);
        QCOMPARE(cell(messages, 0, 1), QStringLiteral("Bob"));
        QCOMPARE(cell(messages, 0, 3), QStringLiteral("Hello everyone"));
        // Carol's three-line message stays one row; its lines are kept.
        QCOMPARE(cell(messages, 1, 3).count(QStringLiteral("↵")), 2);
        // Every previewed message has its author among the people, counts adding up.
        const QTableWidget *people = page->peopleTable();
        QVERIFY(people->rowCount() >= 5);
        qint64 total = 0;
        for (int row = 0; row < people->rowCount(); ++row) {
            total += number(people, row, 1);
            if (row > 0)
                QVERIFY(number(people, row - 1, 1) >= number(people, row, 1));
        }
        QCOMPARE(total, qint64(messages->rowCount()));
        // The file that is no chat export is named and skipped, not imported.
        page->showFile(1);
        QVERIFY(page->noteText().contains(QStringLiteral("skipped")));
        QCOMPARE(page->messageTable()->rowCount(), 0);
        QVERIFY(page->isComplete());
    }

    void chatTimesDefaultToTheWorkspaceZone()
    {
        // A chat in Shanghai imported on a computer anywhere: 09:00 in the file is 09:00 there.
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        ImportWizard wizard(*m_db);
        QCOMPARE(wizard.timeZoneId(), QStringLiteral("Asia/Shanghai"));
        goToTarget(wizard, { fixture("whatsapp/android_en_24h.txt") });
        QCOMPARE(wizard.targetPage()->timeZoneCombo()->currentText(),
                 QStringLiteral("Asia/Shanghai"));
        QVERIFY(wizard.targetPage()->isComplete());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
        // "1/15/23, 09:05 - Bob: Hello everyone" is 01:05 UTC.
        QCOMPARE(
            scalar(QStringLiteral("SELECT sent_at FROM messages WHERE body = 'Hello everyone'")),
            QDateTime(QDate(2023, 1, 15), QTime(1, 5), Qt::UTC).toSecsSinceEpoch());
    }

    void importRunsAndSummarises()
    {
        const QList<qint64> before = footprint();
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { fixture("whatsapp/android_en_24h.txt") });
        ImportTargetWizardPage *target = wizard.targetPage();
        QCOMPARE(target->groupCombo()->currentData().toLongLong(), qint64(0)); // a new group
        QVERIFY(!target->nameEdit()->text().isEmpty());
        QVERIFY(!target->dateOrderCombo()->isEnabled()); // the dates here are unambiguous
        target->nameEdit()->clear();
        QTest::keyClicks(target->nameEdit(), QStringLiteral("Readers"));
        QVERIFY(target->isComplete());
        runToSummary(wizard);
        QVERIFY(wizard.runPage()->committed());

        const QTableWidget *table = wizard.summaryPage()->summaryTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, Col::GroupColumn), QStringLiteral("Readers"));
        const qint64 messages = scalar(QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(messages > 10);
        QCOMPARE(number(table, 0, Col::AddedColumn), messages);
        QCOMPARE(number(table, 0, Col::DuplicatesColumn), qint64(0));
        QCOMPARE(number(table, 0, Col::NewMembersColumn),
                 scalar(QStringLiteral("SELECT count(*) FROM members")) - before.at(1));
        QCOMPARE(number(table, 0, Col::JoinsColumn),
                 scalar(QStringLiteral("SELECT joins FROM import_batches")));
        QCOMPARE(number(table, 0, Col::LeavesColumn), qint64(2)); // Dave removed, Eve left
        // The impossible date and the odd first line are reported with their line numbers.
        QVERIFY(number(table, 0, Col::WarningsColumn) + number(table, 0, Col::ErrorsColumn) > 0);
        QVERIFY(
            wizard.summaryPage()->issuesEdit()->toPlainText().contains(QStringLiteral("line ")));

        const std::optional<Group> group
            = GroupRepository(*m_db).findByName(QStringLiteral("Readers"));
        QVERIFY(group);
        QSignalSpy show(&wizard, &ImportWizard::showGroupMessagesRequested);
        QVERIFY(wizard.summaryPage()->showGroupButton()->isEnabled());
        QTest::mouseClick(wizard.summaryPage()->showGroupButton(), Qt::LeftButton);
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.at(0).at(0).toLongLong(), group->id);

        // The same file again lands in the same group by default and adds nothing.
        ImportWizard again(*m_db);
        goToTarget(again, { fixture("whatsapp/android_en_24h.txt") });
        again.targetPage()->groupCombo()->setCurrentIndex(
            again.targetPage()->groupCombo()->findData(group->id));
        runToSummary(again);
        const QTableWidget *second = again.summaryPage()->summaryTable();
        QCOMPARE(number(second, 0, Col::AddedColumn), qint64(0));
        QCOMPARE(number(second, 0, Col::DuplicatesColumn), messages);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), messages);
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        const QString large = writeLargeChat(150000);
        QVERIFY(!large.isEmpty());
        const QList<qint64> before = footprint();
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { fixture("whatsapp/android_en_24h.txt"), large });
        wizard.targetPage()->timeZoneCombo()->setCurrentText(QStringLiteral("UTC"));
        // Cancel once the small file is in and the large one is being read: both go.
        ImportRunWizardPage *run = wizard.runPage();
        QProgressBar *bar = run->progressBar();
        bool sawProgress = false;
        connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
            if (value > 0 && !sawProgress) {
                sawProgress = true;
                QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
            }
        });
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 60000);
        QVERIFY(sawProgress);
        QVERIFY(run->wasCancelled());
        QVERIFY(!run->committed());
        QCOMPARE(footprint(), before);
        QVERIFY(wizard.summaryPage()->resultText().contains(QStringLiteral("unchanged")));
        QCOMPARE(cell(wizard.summaryPage()->summaryTable(), 0, Col::AddedColumn),
                 QLocale().toString(0));
        QVERIFY(!wizard.summaryPage()->showGroupButton()->isEnabled());
    }

    void savingShowsABusyBar()
    {
        // After the last byte the import still builds indexes and commits: the bar turns busy
        // and says so instead of sitting near 100 %.
        const QString large = writeLargeChat(150000);
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { large });
        wizard.targetPage()->timeZoneCombo()->setCurrentText(QStringLiteral("UTC"));
        const QProgressBar *bar = wizard.runPage()->progressBar();
        const auto *file = wizard.runPage()->findChild<QLabel *>(QStringLiteral("fileValue"));
        QVERIFY(file);
        const auto *runner = wizard.runPage()->findChild<ImportRunner *>();
        QVERIFY(runner);
        // Connected after the page, so each runs right after the page has handled the signal.
        QStringList seen;
        auto look = [&] {
            if (bar->maximum() == 0)
                seen << file->text();
        };
        connect(runner, &ImportRunner::fileFinishing, this, look);
        connect(runner, &ImportRunner::saving, this, look);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 60000);
        QVERIFY(wizard.runPage()->committed());
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.first().contains(QStringLiteral("building indexes")), qPrintable(seen[0]));
        QCOMPARE(seen.last(), QStringLiteral("Saving the workspace…"));
        QCOMPARE(bar->maximum(), bar->value()); // full again once done
    }

    void cancelButtonOfTheWizardRollsBack()
    {
        const QString large = writeLargeChat(150000);
        const QList<qint64> before = footprint();
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { large });
        QSignalSpy rejected(&wizard, &QDialog::rejected);
        wizard.next();
        QVERIFY(wizard.runPage()->isRunning());
        wizard.reject(); // the wizard's own Cancel button, or Escape
        QVERIFY(wizard.isVisible()); // it waits for the rollback
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 60000);
        QCOMPARE(footprint(), before);
    }

    void ambiguousDatesRequireAnOrder()
    {
        ImportWizard wizard(*m_db);
        wizard.addFiles({ fixture("whatsapp/ambiguous.txt") });
        wizard.show();
        wizard.next();
        QVERIFY(wizard.previewPage()->noteText().contains(QStringLiteral("date order")));
        wizard.next();
        ImportTargetWizardPage *target = wizard.targetPage();
        QVERIFY(target->dateOrderCombo()->isEnabled());
        QVERIFY(!target->isComplete());
        QVERIFY(target->validationText().contains(QStringLiteral("ambiguous.txt")));
        QVERIFY(target->fileList()->item(0)->text().contains(QStringLiteral("date order")));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        target->dateOrderCombo()->setCurrentIndex(
            target->dateOrderCombo()->findData(int(import::DateOrder::DayMonthYear)));
        QVERIFY(target->isComplete());
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        runToSummary(wizard);
        QVERIFY(wizard.runPage()->committed());
        // 11/01/2023 read day first: 11 January, in the chosen zone (UTC).
        QCOMPARE(scalar(QStringLiteral("SELECT min(sent_at) FROM messages")),
                 QDateTime(QDate(2023, 1, 11), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(number(wizard.summaryPage()->summaryTable(), 0, Col::AddedColumn), qint64(2));
        QCOMPARE(number(wizard.summaryPage()->summaryTable(), 0, Col::NewMembersColumn), qint64(2));
    }

    void fullAccountExportListsEveryChat()
    {
        // Every chat with its type and counts; groups and channels checked, the personal chat
        // and saved messages not; each checked chat into a group of its own.
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { fixture("telegram/full_account.json") });
        ImportTargetWizardPage *target = wizard.targetPage();
        const QTreeWidget *tree = target->chatTree();
        QVERIFY(tree->isVisible());
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            rows << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2) + u'|'
                    + (item->checkState(0) == Qt::Checked ? u'x' : u' ');
        }
        QCOMPARE(rows,
                 (QStringList { QStringLiteral("Bob|Personal chat|1| "),
                                QStringLiteral("Alpha Group|Group|2|x"),
                                QStringLiteral("Saved messages|Saved messages|1| "),
                                QStringLiteral("Beta Supergroup|Group|1|x") }));
        QVERIFY(!tree->topLevelItem(1)->text(3).isEmpty()); // first and last dates
        QVERIFY(target->chatsHint()->text().isEmpty());
        runToSummary(wizard);
        QVERIFY(wizard.runPage()->committed());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM chat_groups WHERE name IN "
                                       "('Alpha Group', 'Beta Supergroup')")),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM chat_groups")), 2);
    }

    void personalChatsAreOfferedUnchecked()
    {
        // An export of personal chats only does not fail: they are offered unchecked, with a
        // hint, and what the user checks is imported.
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { QStringLiteral(COHORT_CORPUS_DIR "/telegram_personal_only.json") });
        ImportTargetWizardPage *target = wizard.targetPage();
        QTreeWidget *tree = target->chatTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Unchecked);
        QCOMPARE(tree->topLevelItem(1)->checkState(0), Qt::Unchecked);
        QVERIFY(target->chatsHint()->text().contains(QStringLiteral("personal")));
        QVERIFY(!target->isComplete());
        QVERIFY(target->validationText().contains(QStringLiteral("telegram_personal_only.json")));
        tree->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QVERIFY(target->isComplete());
        runToSummary(wizard);
        QVERIFY(wizard.runPage()->committed());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM chat_groups")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM chat_groups WHERE name = 'Lena'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
    }

    void overlappingFileProposesItsGroup()
    {
        // The same chat exported again under another name: its group is proposed, with why.
        const QString original
            = QStringLiteral(COHORT_CORPUS_DIR "/WhatsApp Chat with Hiking Friends.txt");
        const import::ImportSummary first
            = import::ImportPipeline(*m_db).importFile(original, import::ImportOptions());
        QVERIFY(first.ok());
        const QString copy = m_dir.filePath(QStringLiteral("hiking again.txt"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(original, copy));
        ImportWizard wizard(*m_db);
        goToTarget(wizard, { copy });
        ImportTargetWizardPage *target = wizard.targetPage();
        QCOMPARE(target->groupCombo()->currentData().toLongLong(), first.groupIds.value(0));
        QVERIFY(target->groupNote()->text().contains(QStringLiteral("Hiking Friends")));
        QVERIFY(!target->chatTree()->isVisible());
        runToSummary(wizard);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM chat_groups")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 5);
    }

    void filesPageAddsAndRemoves()
    {
        ImportWizard wizard(*m_db);
        ImportFilesWizardPage *page = wizard.filesPage();
        QVERIFY(!page->isComplete());
        const QString file = fixture("telegram/single_chat.json");
        wizard.addFiles({ file, file });
        QCOMPARE(page->files(), QStringList { file });
        auto *list = page->findChild<QListWidget *>(QStringLiteral("fileList"));
        list->item(0)->setSelected(true);
        page->removeSelected();
        QVERIFY(!page->isComplete());
    }

    void enterAfterAddingFilesGoesOn()
    {
        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const int first = wizard.currentId();
        wizard.addFiles({ fixture("telegram/single_chat.json") });
        // The focus is still on "Add Files…" after its dialog closed: Enter must not press it
        // again (that would open the file dialog) but the wizard's Next.
        auto *add = wizard.filesPage()->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add);
        add->setFocus();
        QVERIFY(!add->autoDefault());
        QTest::keyClick(add, Qt::Key_Return);
        QTRY_VERIFY(wizard.currentId() != first);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
