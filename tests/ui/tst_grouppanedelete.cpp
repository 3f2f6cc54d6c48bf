#include "demo/demogenerator.h"
#include "models/sqlpagedtablemodel.h"
#include "storage/database.h"
#include "storage/grouptrash.h"
#include "ui/groups/grouppane.h"
#include "ui/undorunner.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

/// Deleting groups from the Groups pane: the question names what goes with them, a large
/// deletion runs in the background behind a progress dialog whose Cancel changes nothing, a
/// small one is immediate, and both are undoable.
class TestGroupPaneDelete : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QObject m_modalWatchers;

    /// Runs `handler` on the next modal widget `accepts`.
    void onModal(std::function<bool(QWidget *)> accepts, std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer(&m_modalWatchers);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, accepts, handler] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && accepts(modal)) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
            }
        });
        timer->start();
    }

    /// Answers the confirmation with Yes and keeps its text.
    void confirm(QString *text)
    {
        onModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; },
                [text](QWidget *modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    *text = box->text();
                    box->button(QMessageBox::Yes)->click();
                });
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// Row counts of the tables a group deletion touches, and the links it clears.
    QString census() const
    {
        QStringList parts;
        for (const char *table :
             { "chat_groups", "memberships", "membership_events", "messages", "rule_violations",
               "campaign_groups", "partner_groups", "member_day_activity", "group_hour_activity",
               "trash_batches", "trash_messages" }) {
            parts << QString::number(
                scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
        }
        parts << QString::number(
            scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE group_id IS NOT NULL")));
        parts << QString::number(scalar(
            QStringLiteral("SELECT COUNT(*) FROM orders WHERE source_message_id IS NOT NULL")));
        return parts.join(QLatin1Char(' '));
    }

    /// The group with the most (`most`) or fewest messages.
    qint64 groupWithMessages(bool most) const
    {
        return scalar(QStringLiteral("SELECT g.id FROM chat_groups g LEFT JOIN messages m ON "
                                     "m.group_id = g.id GROUP BY g.id ORDER BY COUNT(m.id) ")
                      + (most ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                      + QStringLiteral(", g.id LIMIT 1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.cohort"));
        Database db;
        QVERIFY(!db.open(m_demo, Database::OpenMode::CreateOrOpen).isError());
        DemoGenerator generator(db);
        QVERIFY2(generator.generate(3, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("work.cohort"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_demo, m_path));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_path).isError());
    }

    void cleanup()
    {
        qDeleteAll(m_modalWatchers.children());
        m_db.reset();
    }

    void largeDeleteRunsInTheBackgroundAndIsUndoable()
    {
        const qint64 group = groupWithMessages(true);
        const GroupTrash::Counts counts = GroupTrash(*m_db).count({ group });
        QVERIFY(counts.rows > 5000);
        const QString before = census();
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        QTRY_VERIFY(pane.listModel()->rowOfId(group) >= 0);
        pane.selectId(group);

        QString question;
        confirm(&question);
        QSignalSpy finished(&pane, &GroupPane::backgroundDeleteFinished);
        pane.deleteItemsAction()->trigger();
        QVERIFY2(question.contains(pane.locale().toString(counts.messages)), qPrintable(question));
        QVERIFY2(question.contains(pane.locale().toString(counts.memberships)),
                 qPrintable(question));
        QVERIFY(pane.findChild<QProgressDialog *>(QStringLiteral("groupTrashProgress")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE id = %1").arg(group)),
            qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trash_messages")), counts.messages);
        QTRY_VERIFY(!pane.findChild<QProgressDialog *>(QStringLiteral("groupTrashProgress")));

        // Undo and redo run as jobs too: the stack moves once the job has committed.
        UndoRunner runner(&undo, &pane);
        QSignalSpy stepped(&runner, &UndoRunner::backgroundStepFinished);
        runner.undo();
        QVERIFY(runner.isBusy());
        QCOMPARE(undo.index(), 1);
        QVERIFY(stepped.wait(60000));
        QCOMPARE(undo.index(), 0);
        QCOMPARE(census(), before);
        runner.redo();
        QVERIFY(runner.isBusy());
        QCOMPARE(undo.index(), 0);
        QVERIFY(stepped.wait(60000));
        QCOMPARE(undo.index(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trash_messages")), counts.messages);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE id = %1").arg(group)),
            qint64(0));
        undo.clear();
        QTRY_COMPARE(GroupTrash(*m_db).batchCount(), qint64(0)); // purged by a job
    }

    void cancelLeavesEverythingAsItWas()
    {
        const qint64 group = groupWithMessages(true);
        const QString before = census();
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        QTRY_VERIFY(pane.listModel()->rowOfId(group) >= 0);
        pane.selectId(group);

        // Another connection holds the write lock until Cancel was clicked, so the job cannot
        // have finished before it.
        {
            QSqlDatabase blocker
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(m_path);
            QVERIFY(blocker.open());
            QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        QString question;
        confirm(&question);
        bool cancelled = false;
        onModal([](QWidget *w) { return w->objectName() == QLatin1String("groupTrashProgress"); },
                [&cancelled](QWidget *modal) {
                    auto *cancel = modal->findChild<QPushButton *>();
                    if (cancel)
                        cancel->click();
                    cancelled = cancel != nullptr;
                    QSqlDatabase blocker = QSqlDatabase::database(QStringLiteral("blocker"));
                    QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK"));
                    blocker.close();
                });
        QSignalSpy finished(&pane, &GroupPane::backgroundDeleteFinished);
        pane.deleteItemsAction()->trigger();
        QVERIFY(finished.wait(60000));
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QVERIFY(cancelled);
        QCOMPARE(undo.count(), 0);
        QCOMPARE(census(), before);
    }

    void smallDeleteIsImmediate()
    {
        const qint64 group = groupWithMessages(false);
        QVERIFY(GroupTrash(*m_db).count({ group }).rows <= 5000);
        const QString before = census();
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        QTRY_VERIFY(pane.listModel()->rowOfId(group) >= 0);
        pane.selectId(group);
        QString question;
        confirm(&question);
        pane.deleteItemsAction()->trigger();
        QCOMPARE(undo.count(), 1);
        QVERIFY(!pane.findChild<QProgressDialog *>());
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE id = %1").arg(group)),
            qint64(0));
        UndoRunner runner(&undo, &pane);
        runner.undo(); // small: on the spot
        QVERIFY(!runner.isBusy());
        QCOMPARE(undo.index(), 0);
        QCOMPARE(census(), before);
    }
};

QTEST_MAIN(TestGroupPaneDelete)
#include "tst_grouppanedelete.moc"
