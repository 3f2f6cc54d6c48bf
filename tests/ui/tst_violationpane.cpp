#include "models/violationlistmodel.h"
#include "rules/groupscanner.h"
#include "rules/rulesetrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "ui/members/memberdialog.h"
#include "ui/violations/rulesettingsdialog.h"
#include "ui/violations/violationpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

namespace {

bool exec(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

/// The Violations pane over real violations (a re-scan of stored messages): filters, dismiss and
/// its undo, the warning text, the message in context, strikes; the member dialog's strikes; the
/// rule settings dialog.
class TestViolationPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_group = 0;
    qint64 m_member = 0;
    qint64 m_flagged = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        m_db.close();
        QVERIFY(!m_db.openInMemory().isError());
        Group g;
        g.name = QStringLiteral("读书会");
        QVERIFY(GroupRepository(m_db).insert(g));
        m_group = g.id;
        Member m;
        m.displayName = QStringLiteral("王芳");
        QVERIFY(MemberRepository(m_db).insert(m));
        m_member = m.id;
        QVERIFY(
            exec(m_db,
                 QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at) "
                                "VALUES (?, ?, 'member', 0)"),
                 { m_group, m_member }));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList bodies { QStringLiteral("早上好"), QStringLiteral("看 www.shop.cn"),
                                   QStringLiteral("加我微信"), QStringLiteral("晚安") };
        for (int i = 0; i < bodies.size(); ++i)
            QVERIFY(exec(m_db,
                         QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, "
                                        "body, fingerprint) VALUES (?, ?, ?, 0, ?, ?)"),
                         { m_group, m_member, now.toSecsSinceEpoch() - 3600 + i * 600, bodies.at(i),
                           i + 1 }));
        m_flagged = CheckedQuery(m_db, QStringLiteral("SELECT id FROM messages WHERE body = ?"))
                        .bind(QStringLiteral("看 www.shop.cn"))
                        .scalar()
                        .toLongLong();
        rules::RuleSet set;
        set.builtins = { rules::BuiltinRule::NoLinks, rules::BuiltinRule::NoPrivateSoliciting };
        QVERIFY(rules::RuleSetRepository(m_db).save(m_group, set));
        QVERIFY(rules::GroupScanner(m_db, rules::PhraseLists::defaults()).rescan(m_group, {}).ok);
    }

    void listsFiltersAndDismisses()
    {
        QUndoStack stack;
        ViolationPane pane(m_db, &stack);
        pane.show();
        ViolationListModel *model = pane.violationModel();
        QTRY_COMPARE(model->rowCount(), 2);

        // Rule filter.
        QComboBox *rule = pane.ruleFilter();
        rule->setCurrentIndex(rule->findData(QStringLiteral("no_links")));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, model->columnOf(QStringLiteral("rule"))).data().toString(),
                 QStringLiteral("No links"));
        QCOMPARE(model->rawValue(0, QStringLiteral("matched")).toString(),
                 QStringLiteral("www.shop.cn"));

        // Warning text and context of the selected violation.
        pane.view()->selectRow(0);
        QVERIFY(pane.warningText().contains(QStringLiteral("王芳")));
        QVERIFY(pane.warningText().contains(QStringLiteral("No links")));
        const QString context = pane.contextText();
        QCOMPARE(context.count(QLatin1Char('\n')), 3);
        QVERIFY(context.contains(QStringLiteral("▶")));
        QVERIFY(context.split(QLatin1Char('\n')).at(1).startsWith(QStringLiteral("▶")));

        // Dismiss, undo, redo.
        QVERIFY(pane.dismissAction()->isEnabled());
        pane.dismissAction()->trigger();
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QTRY_COMPARE(model->rowCount(), 1);
        stack.redo();
        QTRY_COMPARE(model->rowCount(), 0);
        pane.showDismissedBox()->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(model->rawValue(0, QStringLiteral("dismissed")).toBool());

        // A re-scan keeps the dismissal.
        QVERIFY(rules::GroupScanner(m_db, rules::PhraseLists::defaults()).rescan(m_group, {}).ok);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(model->rawValue(0, QStringLiteral("dismissed")).toBool());
        // Undo after the re-scan still finds the violation (by message and rule).
        stack.undo();
        pane.showDismissedBox()->setChecked(false);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->rawValue(0, QStringLiteral("message_id")).toLongLong(), m_flagged);
    }

    void strikesAndMemberFilter()
    {
        QUndoStack stack;
        ViolationPane pane(m_db, &stack);
        pane.setGroup(m_group);
        QTableWidget *strikes = pane.strikesTable();
        QCOMPARE(strikes->rowCount(), 1);
        QCOMPARE(strikes->item(0, 0)->text(), QStringLiteral("王芳"));
        QCOMPARE(strikes->item(0, 2)->data(Qt::DisplayRole).toInt(), 2);
        QVERIFY(!strikes->item(0, 4)->text().isEmpty()); // two strikes: at the default limit
        auto *heading = pane.findChild<QLabel *>(QStringLiteral("strikesHeading"));
        QVERIFY(heading);
        QVERIFY2(!heading->text().contains(QStringLiteral("No member")),
                 qPrintable(heading->text()));
        QVERIFY(pane.rescanAction()->isEnabled());
        pane.setMember(m_member + 1);
        QTRY_COMPARE(pane.violationModel()->rowCount(), 0);
        pane.setMember(m_member);
        QTRY_COMPARE(pane.violationModel()->rowCount(), 2);
    }

    /// A group without strikes says so instead of showing an empty table only.
    void emptyStrikesAreSaid()
    {
        Group quiet;
        quiet.name = QStringLiteral("Quiet group");
        QVERIFY(GroupRepository(m_db).insert(quiet));
        QUndoStack stack;
        ViolationPane pane(m_db, &stack);
        pane.setGroup(quiet.id);
        QCOMPARE(pane.strikesTable()->rowCount(), 0);
        auto *heading = pane.findChild<QLabel *>(QStringLiteral("strikesHeading"));
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(QStringLiteral("No member has a strike")),
                 qPrintable(heading->text()));
        QVERIFY(GroupRepository(m_db).remove({ quiet.id }));
    }

    void memberDialogShowsStrikes()
    {
        MemberDialog dialog(m_db);
        const std::optional<Member> member = MemberRepository(m_db).find(m_member);
        QVERIFY(member);
        dialog.setMember(*member, MemberRepository(m_db).memberships(m_member));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("strikesLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("读书会: 2 strike")));
    }

    void ruleSettingsDialogSaves()
    {
        RuleSettingsDialog dialog(m_db, m_group, QStringLiteral("读书会"));
        QCOMPARE(dialog.promoterList()->count(), 1);
        dialog.promoterList()->item(0)->setCheckState(Qt::Checked);
        dialog.floodMessagesBox()->setValue(9);
        dialog.strikeThresholdBox()->setValue(3);
        QTableWidget *keywords = dialog.keywordTable();
        keywords->insertRow(0);
        keywords->setItem(0, 0, new QTableWidgetItem(QStringLiteral("rivals")));
        keywords->setItem(0, 1, new QTableWidgetItem(QStringLiteral("竞品; Acme")));
        keywords->setItem(0, 2, new QTableWidgetItem(QString()));
        QVERIFY(dialog.save());
        const rules::RuleSet saved = *rules::RuleSetRepository(m_db).load(m_group);
        QCOMPARE(saved.promoters, QSet<qint64> { m_member });
        QCOMPARE(saved.flood.maxMessages, 9);
        QCOMPARE(saved.strikes.threshold, 3);
        QCOMPARE(saved.keywords.size(), 1);
        QCOMPARE(saved.keywords.at(0).phrases,
                 (QStringList { QStringLiteral("竞品"), QStringLiteral("Acme") }));
        QCOMPARE(saved.builtins.size(), 2); // the check boxes are the group dialog's

        // An invalid regular expression is refused.
        keywords->setItem(0, 2, new QTableWidgetItem(QStringLiteral("(")));
        // Poll for the message box: a one-off timer can fire before the box is up, and the
        // test would then wait on the box until it times out.
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&closer] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                closer.stop();
                box->close();
            }
        });
        closer.start(20);
        QVERIFY(!dialog.save());
        QVERIFY(!closer.isActive()); // the refusal was shown
    }

    /// Rules saved elsewhere while the dialog was open are not overwritten: its save is
    /// refused and says so, and what was saved elsewhere stays.
    void ruleSettingsDialogKeepsOtherSaves()
    {
        RuleSettingsDialog dialog(m_db, m_group, QStringLiteral("读书会"));
        rules::RuleSet elsewhere = *rules::RuleSetRepository(m_db).load(m_group);
        elsewhere.flood.maxMessages = 42;
        QVERIFY(rules::RuleSetRepository(m_db).save(m_group, elsewhere));

        dialog.strikeThresholdBox()->setValue(7);
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&closer, &shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                closer.stop();
                shown = box->text();
                box->close();
            }
        });
        closer.start(20);
        QVERIFY(!dialog.save());
        QVERIFY2(shown.contains(QStringLiteral("读书会")), qPrintable(shown));
        const rules::RuleSet kept = *rules::RuleSetRepository(m_db).load(m_group);
        QCOMPARE(kept.flood.maxMessages, 42);
        QVERIFY(kept.strikes.threshold != 7);

        // A dialog opened after that saves as usual.
        RuleSettingsDialog again(m_db, m_group, QStringLiteral("读书会"));
        again.strikeThresholdBox()->setValue(7);
        QVERIFY(again.save());
        QCOMPARE(rules::RuleSetRepository(m_db).load(m_group)->strikes.threshold, 7);
        QCOMPARE(rules::RuleSetRepository(m_db).load(m_group)->flood.maxMessages, 42);
    }
};

QTEST_MAIN(TestViolationPane)
#include "tst_violationpane.moc"
