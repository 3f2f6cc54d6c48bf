#include "analytics/dataspan.h"
#include "analytics/positioningscorecard.h"
#include "demo/demogenerator.h"
#include "models/grouplistmodel.h"
#include "models/listcsvexport.h"
#include "reports/scorecardtext.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/grouppane.h"
#include "ui/groups/grouptargetspanel.h"
#include "ui/groups/kpitargetseditor.h"
#include "ui/groups/positioningloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

/// The Groups pane's Targets column: each group against its own targets, sortable missed
/// first; a group without positioning says so and opens the dialog on its goals; a target
/// edited there is stored and undone like any edit.
class TestGroupPaneTargets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QList<GroupScorecard> expectedCards() const
    {
        AnalyticsFacts facts;
        AnalyticsFactsRepository(*m_db).load(facts);
        return PositioningScorecard::compute(facts, GroupRepository(*m_db).all(),
                                             DataSpan::of(facts, {}).last);
    }

    static void waitForScorecards(GroupPane &pane)
    {
        pane.positioningLoader()->waitForIdle();
        QTRY_VERIFY(!pane.positioningLoader()->scorecards().isEmpty());
    }

    static QString cell(const GroupPane &pane, int row, int column)
    {
        return pane.listModel()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(QStringLiteral("demo.cohort")),
                            Database::OpenMode::CreateOrOpen)
                     .isError());
        DemoGenerator generator(*m_db);
        QVERIFY2(generator.generate(5, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
    }

    void columnShowsEachGroupAgainstItsTargets()
    {
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        // Nothing is computed behind another pane.
        pane.positioningLoader()->waitForIdle();
        QVERIFY(pane.positioningLoader()->scorecards().isEmpty());
        pane.show();
        waitForScorecards(pane);
        auto *model = qobject_cast<GroupListModel *>(pane.listModel());
        QVERIFY(model);
        const QList<GroupScorecard> expected = expectedCards();
        QCOMPARE(pane.listModel()->rowCount(), expected.size());
        QSet<Attainment> seen;
        for (const GroupScorecard &card : expected) {
            const int row = model->rowOfId(card.groupId);
            QVERIFY(row >= 0);
            QCOMPARE(cell(pane, row, model->targetsColumn()),
                     ScorecardText::attainmentName(card.attainment));
            QCOMPARE(model->index(row, model->targetsColumn()).data(Qt::ToolTipRole).toString(),
                     ScorecardText::details(card));
            seen.insert(card.attainment);
        }
        // The demo's groups are not all alike against the default targets.
        QVERIFY2(seen.size() >= 2, "every demo group has the same attainment");
    }

    /// A CSV export of the list writes the Targets column as the table shows it.
    void csvExportHasTheTargets()
    {
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        waitForScorecards(pane);
        auto *model = qobject_cast<GroupListModel *>(pane.listModel());
        QVERIFY(model);
        const ListCsvExport::Request request = pane.exportRequest();
        const int position = int(request.columns.indexOf(model->targetsColumn()));
        QVERIFY(position >= 0);
        QCOMPARE(request.headers.at(position), QStringLiteral("Targets"));
        const QString path = m_dir.filePath(QStringLiteral("groups.csv"));
        const ListCsvExport::Outcome outcome = ListCsvExport::writeFile(*m_db, request, path);
        QVERIFY2(outcome.status == ListCsvExport::Outcome::Status::Written,
                 qPrintable(outcome.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines
            = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model->rowCount() + 1);
        // Rows in the table's order: each one's Targets cell is the one on screen.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString shown = cell(pane, row, model->targetsColumn());
            QVERIFY(!shown.isEmpty());
            QVERIFY2(lines.at(row + 1).contains(shown), qPrintable(lines.at(row + 1)));
        }
    }

    void sortsMissedFirst()
    {
        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        waitForScorecards(pane);
        auto *model = qobject_cast<GroupListModel *>(pane.listModel());
        const int rows = model->rowCount();
        pane.view()->sortByColumn(model->targetsColumn(), Qt::AscendingOrder);
        QVERIFY(model->sortedByTargets());
        QCOMPARE(model->rowCount(), rows);
        auto attainmentAt = [&](int row) {
            return model->index(row, model->targetsColumn())
                .data(SqlPagedTableModel::RawValueRole)
                .toInt();
        };
        for (int row = 1; row < rows; ++row)
            QVERIFY(attainmentAt(row - 1) <= attainmentAt(row));
        QVERIFY(attainmentAt(0) < attainmentAt(rows - 1));
        pane.view()->sortByColumn(model->targetsColumn(), Qt::DescendingOrder);
        for (int row = 1; row < rows; ++row)
            QVERIFY(attainmentAt(row - 1) >= attainmentAt(row));
        // Back to a stored column: the SQL order again.
        const int name = model->columnOf(QStringLiteral("name"));
        pane.view()->sortByColumn(name, Qt::AscendingOrder);
        QVERIFY(!model->sortedByTargets());
        for (int row = 1; row < rows; ++row)
            QVERIFY(cell(pane, row - 1, name).localeAwareCompare(cell(pane, row, name)) <= 0);
    }

    /// A group without goals says so and "Set Goals…" opens its dialog on the goals; a target
    /// changed there is stored, and undo brings the old targets back.
    void unpositionedGroupLinksToTheDialog()
    {
        GroupRepository groups(*m_db);
        Group group = groups.all().first();
        const Group original = group;
        group.goals.clear();
        QVERIFY(groups.update(group));

        QUndoStack undo;
        GroupPane pane(*m_db, &undo);
        pane.show();
        waitForScorecards(pane);
        pane.selectId(group.id);
        QTRY_VERIFY(pane.targetsPanel()->setGoalsButton()->isVisible());
        QVERIFY(pane.targetsPanel()->textLabel()->text().contains(group.name));
        QCOMPARE(cell(pane, pane.listModel()->rowOfId(group.id),
                      static_cast<GroupListModel *>(pane.listModel())->targetsColumn()),
                 ScorecardText::attainmentName(Attainment::NoPositioning));

        bool onGoals = false;
        QTimer::singleShot(0, this, [&onGoals] {
            auto *dialog = qobject_cast<GroupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
            onGoals = tabs->currentWidget()->objectName() == QLatin1String("entryTab");
            dialog->findChild<QCheckBox *>(QStringLiteral("salesCheck"))->setChecked(true);
            dialog->targetsEditor()->spinBox(GoalKpi::ConversionRate)->setValue(42);
            dialog->accept();
        });
        pane.targetsPanel()->setGoalsButton()->click();
        QVERIFY(onGoals);
        const Group edited = *groups.find(group.id);
        QCOMPARE(edited.goals, QList<GroupGoal> { GroupGoal::ProductSales });
        QCOMPARE(edited.kpiTargets.value(GoalKpi::ConversionRate), 0.42);
        QCOMPARE(edited.kpiTargets.size(), original.kpiTargets.size() + 1);
        QCOMPARE(undo.count(), 1);
        // The column follows the commit.
        QTRY_VERIFY(!pane.targetsPanel()->setGoalsButton()->isVisible());
        undo.undo();
        QCOMPARE(groups.find(group.id)->kpiTargets, original.kpiTargets);
        QVERIFY(groups.update(original));
    }
};

QTEST_MAIN(TestGroupPaneTargets)
#include "tst_grouppanetargets.moc"
