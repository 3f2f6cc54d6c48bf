#include "demo/demogenerator.h"
#include "models/sqlpagedtablemodel.h"
#include "reports/csvwriter.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "ui/members/memberpane.h"

#include <QBuffer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// EntityPane's background export and count on the Members pane of the small demo: the file is
/// what the table shows (search, sort, hidden and moved columns), a failed read is reported and
/// leaves no file, and the status bar's count follows the search.
class TestEntityPaneExport : public QObject
{
    Q_OBJECT

    Database m_db;
    QTemporaryDir m_dir;

    /// What the view shows, every page fetched, as CSV: visible columns in visual order.
    static QByteArray shownByView(EntityPane &pane)
    {
        SqlPagedTableModel *model = pane.listModel();
        model->fetchAll();
        const QHeaderView *header = pane.view()->horizontalHeader();
        QList<int> columns;
        for (int visual = 0; visual < header->count(); ++visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                columns << header->logicalIndex(visual);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells << model->headerData(column, Qt::Horizontal).toString();
        writer.writeRow(cells);
        for (int row = 0; row < model->rowCount(); ++row) {
            cells.clear();
            for (const int column : std::as_const(columns))
                cells << model->index(row, column).data().toString();
            writer.writeRow(cells);
        }
        return bytes;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_db.openInMemory().isError());
        DemoGenerator generator(m_db);
        QVERIFY(generator.generate(11, DemoGenerator::Scale::Small));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void exportsWhatTheViewShows()
    {
        QUndoStack undo;
        MemberPane pane(m_db, &undo);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        SqlPagedTableModel *model = pane.listModel();
        QHeaderView *header = pane.view()->horizontalHeader();
        header->setSectionHidden(model->columnOf(QStringLiteral("tags")), true);
        header->moveSection(header->visualIndex(model->columnOf(QStringLiteral("tier"))), 0);
        pane.view()->sortByColumn(model->columnOf(QStringLiteral("spent")), Qt::DescendingOrder);
        pane.searchEdit()->setText(QStringLiteral("a"));
        pane.flushSearch();
        QCOMPARE(model->filter().text, QStringLiteral("a"));

        const QString path = m_dir.filePath(QStringLiteral("members.csv"));
        QSignalSpy finished(&pane, &EntityPane::exportFinished);
        pane.exportTo(path);
        QVERIFY(pane.isExporting());
        QVERIFY(!pane.exportCsvAction()->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!pane.isExporting());

        // The live model still holds only the pages the view asked for.
        QVERIFY(model->rowCount() < 1000);
        const QByteArray expected = shownByView(pane);
        QVERIFY(model->rowCount() > 1000);
        const QList<QByteArray> got = contents(path).split('\n');
        const QList<QByteArray> want = expected.split('\n');
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(got.at(i), want.at(i));
        QVERIFY(got.first().contains("Tier"));
        QVERIFY(!got.first().contains("Tags"));
    }

    void failedReadIsReportedAndWritesNothing()
    {
        QUndoStack undo;
        MemberPane pane(m_db, &undo);
        QString shownMessage;
        pane.showExportError
            = [&](const QString &message, const QString &) { shownMessage = message; };
        const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
        CheckedQuery::failMatching(QStringLiteral(") > (?, ?)"));
        QSignalSpy finished(&pane, &EntityPane::exportFinished);
        pane.exportTo(path);
        QVERIFY(finished.wait(60000));
        CheckedQuery::clearFailures();
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!shownMessage.isEmpty());
        QCOMPARE(finished.first().at(1).toString(), shownMessage);
        QVERIFY(!QFile::exists(path));
    }

    void countFollowsTheSearch()
    {
        QUndoStack undo;
        MemberPane pane(m_db, &undo);
        QSignalSpy changed(&pane, &TablePane::countTextChanged);
        const ListQuery query(m_db, pane.listModel()->spec());
        const QLocale locale;
        // Hidden, it does not count (panes compute when shown).
        QTest::qWait(200);
        QCOMPARE(pane.countText(), QString());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_COMPARE(pane.countText(),
                     QStringLiteral("%1 member(s)").arg(locale.toString(query.count({}))));
        pane.searchEdit()->setText(QStringLiteral("zz-nobody"));
        pane.flushSearch();
        QTRY_COMPARE(pane.countText(), QStringLiteral("0 member(s)"));
        ListFilter filter;
        filter.text = QStringLiteral("an");
        pane.searchEdit()->setText(filter.text);
        pane.flushSearch();
        QTRY_COMPARE(pane.countText(),
                     QStringLiteral("%1 member(s)").arg(locale.toString(query.count(filter))));
        QVERIFY(changed.count() >= 3);
    }
};

QTEST_MAIN(TestEntityPaneExport)
#include "tst_entitypaneexport.moc"
