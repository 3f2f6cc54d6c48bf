#include "domain/group.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/kpitargetseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace cohort;

/// GroupDialog shows any capacity (a Telegram supergroup's 200,000) and "Unknown" for none, and
/// gives back exactly the group it was given unless the user changed something.
class TestGroupDialog : public QObject
{
    Q_OBJECT

    static Group telegramGroup()
    {
        Group g;
        g.id = 7;
        g.platform = Platform::Telegram;
        g.name = QStringLiteral("  Padded name  ");
        g.capacity = 200000;
        g.goals = { GroupGoal::ProductSales, GroupGoal::Knowledge }; // not the form's order
        g.ruleFlags = { QStringLiteral("no_ads"), QStringLiteral("custom_flag") };
        g.portrait.tags = { QStringLiteral("a, b"), QStringLiteral("c") }; // a comma inside
        g.approvedPromoters = { QStringLiteral("Kept while private") };
        g.entryFee = Money(990, QStringLiteral("USD")); // a fee stored for a free group
        g.notes = QStringLiteral("line\r\nwith\u00a0nbsp");
        // Not shown exactly (one decimal of a percent, whole joins) and one beyond the range.
        g.kpiTargets = { { GoalKpi::ConversionRate, 0.123456 },
                         { GoalKpi::Joins, 12.75 },
                         { GoalKpi::ActiveRatio, 7.0 } };
        return g;
    }

private Q_SLOTS:
    void capacityShowsLargeGroupsAndUnknown()
    {
        GroupDialog dialog;
        auto *capacity = dialog.findChild<QSpinBox *>(QStringLiteral("capacitySpin"));
        QCOMPARE(capacity->text(), QStringLiteral("Unknown"));
        QCOMPARE(dialog.group().capacity, 0);
        dialog.setGroup(telegramGroup());
        QCOMPARE(capacity->value(), 200000);
        QCOMPARE(capacity->text(), QLocale().toString(200000));
    }

    void untouchedGroupComesBackUnchanged()
    {
        GroupDialog dialog;
        dialog.setGroup(telegramGroup());
        QCOMPARE(dialog.group(), telegramGroup());
    }

    void onlyEditedFieldsChange()
    {
        GroupDialog dialog;
        dialog.setGroup(telegramGroup());
        dialog.findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(150000);
        dialog.findChild<QCheckBox *>(QStringLiteral("noLinksCheck"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("knowledgeCheck"))->setChecked(false);
        Group expected = telegramGroup();
        expected.capacity = 150000;
        expected.ruleFlags << QStringLiteral("no_links");
        expected.goals = { GroupGoal::ProductSales };
        QCOMPARE(dialog.group(), expected);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral(" New "));
        expected.name = QStringLiteral("New");
        QCOMPARE(dialog.group(), expected);
    }

    /// Targets: the goals' KPIs are editable, the others disabled; only a changed target is
    /// stored, defaults stay defaults.
    void targets()
    {
        GroupDialog dialog;
        dialog.setGroup(telegramGroup());
        KpiTargetsEditor *editor = dialog.targetsEditor();
        QVERIFY(editor->spinBox(GoalKpi::ConversionRate)->isEnabled());
        QVERIFY(editor->spinBox(GoalKpi::MessagesPerActiveMember)->isEnabled());
        QVERIFY(!editor->spinBox(GoalKpi::Joins)->isEnabled());
        QCOMPARE(editor->spinBox(GoalKpi::RepurchaseRate)->value(),
                 GoalKpis::defaultTarget(GoalKpi::RepurchaseRate) * 100);
        dialog.findChild<QCheckBox *>(QStringLiteral("trafficCheck"))->setChecked(true);
        QVERIFY(editor->spinBox(GoalKpi::Joins)->isEnabled());
        editor->spinBox(GoalKpi::RepurchaseRate)->setValue(35);
        editor->spinBox(GoalKpi::Joins)->setValue(40);
        Group expected = telegramGroup();
        expected.goals << GroupGoal::TrafficPool;
        expected.kpiTargets.insert(GoalKpi::RepurchaseRate, 0.35);
        expected.kpiTargets.insert(GoalKpi::Joins, 40);
        QCOMPARE(dialog.group(), expected);
    }
};

QTEST_MAIN(TestGroupDialog)
#include "tst_groupdialog.moc"
