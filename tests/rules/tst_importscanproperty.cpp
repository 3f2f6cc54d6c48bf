#include "import/importpipeline.h"
#include "rules/groupscanner.h"
#include "rules/phraselists.h"
#include "rules/rulesetrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include "testbackends.h"
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <QTest>

using namespace cohort;
using namespace cohort::rules;

namespace {

/// One violation as the operator sees it.
using Row = std::tuple<qint64, qint64, QString, qint64, QString>;

QList<Row> violations(const Database &db, qint64 groupId)
{
    CheckedQuery q(db,
                   QStringLiteral("SELECT COALESCE(member_id, 0), message_id, rule, at, matched "
                                  "FROM rule_violations WHERE group_id = ? "
                                  "ORDER BY message_id, rule"));
    q.bind(groupId).exec();
    QList<Row> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toString() });
    return rows;
}

/// Generated WhatsApp chats (Android style, minute resolution) with what the rules look for:
/// links, contact handles, phone numbers, ads, keyword hits, bursts and repeated texts, and
/// times that sometimes go back (exports of merged devices do) in some of the chats.
class ChatWriter
{
public:
    /// `backInTime`: whether times sometimes go back.
    ChatWriter(quint32 seed, bool backInTime)
        : m_random(seed)
        , m_backInTime(backInTime)
    {
    }

    /// `count` lines by `authors`, starting at `start` (minutes since 2023-01-01 00:00 UTC);
    /// `creator` (when set) creates the group about halfway, after writing some messages.
    QStringList lines(int count, qint64 start, const QStringList &authors,
                      const QString &creator = QString())
    {
        static const QStringList texts {
            QStringLiteral("good morning everyone"),
            QStringLiteral("see www.example.com for details"),
            QStringLiteral("有需要的加我微信"),
            QStringLiteral("call me at +44 7700 900123"),
            QStringLiteral("我的电话 13812345678"),
            QStringLiteral("代购 正品 低价"),
            QStringLiteral("DM me for a discount"),
            QStringLiteral("vx888 联系"),
            QStringLiteral("thanks!"),
            QStringLiteral("ＷＷＷ．ＥＸＡＭＰＬＥ．ＣＯＭ"),
            QStringLiteral("competitor shop is cheaper"),
            QStringLiteral("ok"),
        };
        QStringList out;
        qint64 minute = start;
        for (int i = 0; i < count; ++i) {
            const QString author = authors.at(int(m_random.bounded(authors.size())));
            if (!creator.isEmpty() && i == count / 2)
                out << line(minute, creator + QStringLiteral(" created group \"Readers\""));
            const quint32 roll = m_random.bounded(100);
            if (roll < 6) {
                // A burst: one author writes a run of messages within a minute or two.
                const int run = 4 + int(m_random.bounded(5));
                for (int k = 0; k < run; ++k)
                    out << line(minute + k / 4,
                                author + QStringLiteral(": ")
                                    + texts.at(int(m_random.bounded(texts.size())))
                                    + QStringLiteral(" %1").arg(k));
            } else if (roll < 10) {
                // The same text again and again.
                const QString text = texts.at(int(m_random.bounded(texts.size())));
                for (int k = 0; k < 3; ++k)
                    out << line(minute + k * 2, author + QStringLiteral(": ") + text);
            } else {
                out << line(minute,
                            author + QStringLiteral(": ")
                                + texts.at(int(m_random.bounded(texts.size()))));
            }
            if (m_backInTime && m_random.bounded(100) < 5)
                minute -= 1 + m_random.bounded(20); // back in time
            else
                minute += m_random.bounded(4);
        }
        return out;
    }

private:
    static QString line(qint64 minute, const QString &rest)
    {
        const QDateTime at
            = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(minute * 60);
        return at.toString(QStringLiteral("MM/dd/yyyy, HH:mm")) + QStringLiteral(" - ") + rest;
    }

    QRandomGenerator m_random;
    bool m_backInTime = false;
};

} // namespace

/// The rules check an import does as it reads (BatchChecker) must find exactly what a re-scan
/// of the group's whole history finds, over generated chats: overlapping re-imports, members
/// with earlier messages, times that go back, a group created halfway by someone who wrote
/// before, admins and promoters set between imports.
class TestImportScanProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void importEqualsRescan_data()
    {
        QTest::addColumn<quint32>("seed");
        // How many messages may wait for an idle core: the default, and so few that the
        // parser checks most of them itself, in file order with those that waited.
        QTest::addColumn<qint64>("pending");
        for (quint32 seed = 1; seed <= 24; ++seed) {
            QTest::addRow("seed %u", seed) << seed << import::ImportOptions().maxPendingChecks;
            QTest::addRow("seed %u, 16 pending", seed) << seed << qint64(16);
        }
    }

    void importEqualsRescan()
    {
        QFETCH(quint32, seed);
        QFETCH(qint64, pending);
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        Group group;
        group.name = QStringLiteral("Readers");
        QVERIFY(GroupRepository(db).insert(group));
        RuleSet rules;
        for (const BuiltinRule rule : allBuiltinRules())
            rules.builtins.insert(rule);
        rules.keywords = {
            KeywordRule { QStringLiteral("rival"), { QStringLiteral("competitor") }, QString() },
            KeywordRule { QStringLiteral("handle"), {}, QStringLiteral("vx\\d+") }
        };
        rules.flood.maxMessages = 3 + int(seed % 3);
        QVERIFY(RuleSetRepository(db).save(group.id, rules));

        QTemporaryDir dir;
        ChatWriter writer(seed, seed % 2 == 0);
        const auto importLines = [&](const QString &name, const QStringList &lines) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
            file.close();
            import::ImportOptions options;
            options.groupId = group.id;
            options.timeZoneId = QStringLiteral("UTC");
            options.formatKey = QStringLiteral("whatsapp");
            options.maxPendingChecks = pending;
            const import::ImportSummary summary
                = import::ImportPipeline(db).importFile(file.fileName(), options);
            if (!summary.ok())
                qWarning() << summary.errors.value(0).message;
            return summary.ok();
        };
        const auto rescan
            = [&] { return GroupScanner(db, PhraseLists::load(db)).rescan(group.id, {}).ok; };
        const auto checkAgainstRescan = [&](const char *step) {
            const QList<Row> imported = violations(db, group.id);
            if (!rescan())
                return false;
            const QList<Row> scanned = violations(db, group.id);
            if (imported != scanned) {
                qWarning() << step << "import found" << imported.size() << "rescan found"
                           << scanned.size();
                for (const Row &r : scanned)
                    if (!imported.contains(r))
                        qWarning()
                            << "  missed" << std::get<1>(r) << std::get<2>(r) << std::get<4>(r);
                for (const Row &r : imported)
                    if (!scanned.contains(r))
                        qWarning()
                            << "  extra" << std::get<1>(r) << std::get<2>(r) << std::get<4>(r);
                return false;
            }
            return true;
        };

        const QStringList first { QStringLiteral("Ann"), QStringLiteral("Ben"),
                                  QStringLiteral("Cid"), QStringLiteral("Dee") };
        const QStringList chat1 = writer.lines(220, 0, first, QStringLiteral("Dee"));
        QVERIFY(importLines(QStringLiteral("one.txt"), chat1));
        QVERIFY(violations(db, group.id).size() > 0);
        QVERIFY(checkAgainstRescan("first import"));

        // Between imports the operator makes Ben a promoter and Cid an admin.
        std::optional<RuleSet> now = RuleSetRepository(db).load(group.id);
        QVERIFY(now);
        const qint64 ben = CheckedQuery(db,
                                        QStringLiteral("SELECT id FROM members WHERE "
                                                       "display_name = 'Ben'"))
                               .scalar()
                               .toLongLong();
        const qint64 cid = CheckedQuery(db,
                                        QStringLiteral("SELECT id FROM members WHERE "
                                                       "display_name = 'Cid'"))
                               .scalar()
                               .toLongLong();
        now->promoters = { ben };
        QVERIFY(RuleSetRepository(db).save(group.id, *now));
        CheckedQuery(db,
                     QStringLiteral("UPDATE memberships SET role = 'operator' WHERE "
                                    "group_id = ? AND member_id = ?"))
            .bind(group.id)
            .bind(cid)
            .exec();
        QVERIFY(rescan());

        // An overlapping export: the second half of the first again, and messages among the
        // first's (bursts may span old and new), with a newcomer.
        QStringList chat2 = chat1.mid(chat1.size() / 2);
        chat2 += writer.lines(180, 150, first + QStringList { QStringLiteral("Eve") });
        QVERIFY(importLines(QStringLiteral("two.txt"), chat2));
        QVERIFY(checkAgainstRescan("overlapping import"));

        // An export that starts earlier and runs into the first: old members and newcomers.
        QVERIFY(importLines(
            QStringLiteral("three.txt"),
            writer.lines(200, -120,
                         { QStringLiteral("Ann"), QStringLiteral("Fay"), QStringLiteral("Gus") })));
        QVERIFY(checkAgainstRescan("older import"));
    }
};

QTEST_GUILESS_MAIN(TestImportScanProperty)
#include "tst_importscanproperty.moc"
