#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include "testbackends.h"
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QTest>

#include <array>

using namespace cohort;

/// MemberRepository: CRUD with tags, referral rules, memberships, identities, merge, delete
/// guards and snapshot/restore for undo.
class TestMemberRepository : public QObject
{
    Q_OBJECT

    static QDateTime at(int day, int hour = 12)
    {
        return QDateTime(QDate(2026, 5, day), QTime(hour, 0), Qt::UTC);
    }

    static Member person(const QString &name, qint64 referrer = 0)
    {
        Member m;
        m.displayName = name;
        m.phone = QStringLiteral("+86 138 0000 0000");
        m.wechatId = QStringLiteral("wx_") + name;
        m.tags = { QStringLiteral("mothers"), QStringLiteral("vip") };
        m.sourceChannel = referrer > 0 ? SourceChannel::Referral : SourceChannel::StoreQr;
        m.referrerId = referrer;
        m.firstSeen = at(3);
        m.consentToContact = true;
        m.notes = QStringLiteral("<i>plain</i>");
        return m;
    }

    static qint64 addGroup(GroupRepository &groups, const QString &name)
    {
        Group g;
        g.name = name;
        groups.insert(g);
        return g.id;
    }

    static qint64 scalar(const Database &db, const QString &sql, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
    }

    void cleanup() { m_db.reset(); }

    void crudWithTags()
    {
        MemberRepository repo(*m_db);
        QSignalSpy spy(m_db.get(), &Database::changed);
        Member m = person(QStringLiteral("王芳"));
        m.tags = { QStringLiteral("vip"), QStringLiteral("  mothers "), QStringLiteral("vip") };
        QVERIFY2(repo.insert(m), qPrintable(repo.lastError().message));
        QVERIFY(m.id > 0);
        QCOMPARE(spy.count(), 1);
        const Tables touched = spy.at(0).at(0).value<Tables>();
        QVERIFY(touched.testFlag(Table::Members));
        QVERIFY(touched.testFlag(Table::Tags));

        std::optional<Member> loaded = repo.find(m.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->tags, (QStringList { QStringLiteral("mothers"), QStringLiteral("vip") }));
        m.tags = loaded->tags;
        QCOMPARE(*loaded, m);
        QCOMPARE(repo.allTags(),
                 (QStringList { QStringLiteral("mothers"), QStringLiteral("vip") }));

        loaded->displayName = QStringLiteral("Wang Fang");
        loaded->tags = { QStringLiteral("seed") };
        loaded->consentToContact = false;
        QVERIFY(repo.update(*loaded));
        QCOMPARE(*repo.find(m.id), *loaded);
        QCOMPARE(repo.allTags().size(), 3); // the vocabulary keeps tags other members may use
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.findMany({ m.id, 999, m.id }).size(), 1);
        QCOMPARE(spy.count(), 2);
    }

    /// Many members at once (more than one statement's worth of ids) read as one by one would.
    void findManyEqualsFind()
    {
        MemberRepository repo(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 1203; ++i) {
            Member m = person(QStringLiteral("M%1").arg(i));
            m.tags = i % 3 == 0 ? QStringList() : QStringList { QStringLiteral("t%1").arg(i % 7) };
            QVERIFY2(repo.insert(m), qPrintable(repo.lastError().message));
            ids.prepend(m.id); // asked for in any order, with a missing id and a repeat
        }
        ids << 99999 << ids.first();
        const QList<Member> many = repo.findMany(ids);
        QCOMPARE(many.size(), 1203);
        for (qsizetype i = 0; i < many.size(); ++i) {
            if (i > 0)
                QVERIFY(many.at(i - 1).id < many.at(i).id); // by id, as before
            QCOMPARE(many.at(i), *repo.find(many.at(i).id));
        }
    }

    void rejectsInvalidMembers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
    }

    void rejectsInvalidMembers()
    {
        QFETCH(QString, name);
        MemberRepository repo(*m_db);
        Member m = person(name);
        QVERIFY(!repo.insert(m));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QCOMPARE(repo.count(), 0);
    }

    void updateOfMissingMemberFails()
    {
        MemberRepository repo(*m_db);
        Member m = person(QStringLiteral("Ghost"));
        m.id = 777;
        QVERIFY(!repo.update(m));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);
    }

    void referralRules()
    {
        MemberRepository repo(*m_db);
        Member a = person(QStringLiteral("A"));
        QVERIFY(repo.insert(a));
        Member b = person(QStringLiteral("B"), a.id);
        QVERIFY(repo.insert(b));
        Member c = person(QStringLiteral("C"), b.id);
        QVERIFY(repo.insert(c));
        QCOMPARE(repo.find(c.id)->referrerId, b.id);

        QSignalSpy spy(m_db.get(), &Database::changed);
        a.referrerId = a.id;
        QVERIFY(!repo.update(a));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.lastError().message.contains(QStringLiteral("own referrer")));

        a.referrerId = c.id; // A -> C -> B -> A would be a circle
        QVERIFY(!repo.update(a));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.lastError().message.contains(QStringLiteral("circle")));
        QCOMPARE(repo.find(a.id)->referrerId, 0);

        Member d = person(QStringLiteral("D"), 4242);
        QVERIFY(!repo.insert(d));
        QVERIFY(repo.lastError().message.contains(QStringLiteral("referrer")));
        QCOMPARE(spy.count(), 0);
    }

    void memberships()
    {
        GroupRepository groups(*m_db);
        MemberRepository repo(*m_db);
        const qint64 g1 = addGroup(groups, QStringLiteral("g1"));
        const qint64 g2 = addGroup(groups, QStringLiteral("g2"));
        Member m = person(QStringLiteral("Li Na"));
        QVERIFY(repo.insert(m));
        QSignalSpy spy(m_db.get(), &Database::changed);
        const QList<Membership> rows = { { g1, m.id, MemberRole::SeedUser, at(1), {} },
                                         { g2, m.id, MemberRole::Member, at(2), at(9) } };
        QVERIFY2(repo.setMemberships(m.id, rows), qPrintable(repo.lastError().message));
        QCOMPARE(repo.memberships(m.id), rows);
        QCOMPARE(repo.groupMembers(g1), QList<Membership> { rows.at(0) });
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Memberships));

        // Replacing is all-or-nothing: a bad row leaves the old memberships in place.
        QVERIFY(!repo.setMemberships(m.id,
                                     { { g1, m.id, MemberRole::Owner, at(1), {} },
                                       { 99, m.id, MemberRole::Member, at(1), {} } }));
        QCOMPARE(repo.memberships(m.id), rows);
        QVERIFY(!repo.setMemberships(m.id, { { g1, 0, MemberRole::Owner, at(5), at(4) } }));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(!repo.setMemberships(
            m.id, { { g1, 0, MemberRole::Owner, {}, {} }, { g1, 0, MemberRole::Member, {}, {} } }));
        QVERIFY(!repo.setMemberships(4242, {}));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);

        QVERIFY(repo.setMemberships(m.id, {}));
        QVERIFY(repo.memberships(m.id).isEmpty());
    }

    void identities()
    {
        MemberRepository repo(*m_db);
        Member m = person(QStringLiteral("Zhang Wei"));
        QVERIFY(repo.insert(m));
        Identity id;
        id.memberId = m.id;
        id.platform = Platform::WeChat;
        id.stableKey = QStringLiteral("wxid_abc");
        id.namesSeen = { QStringLiteral("张伟") };
        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY2(repo.addIdentity(id), qPrintable(repo.lastError().message));
        QVERIFY(id.id > 0);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Identities));
        QVERIFY(repo.addIdentityName(id.id, QStringLiteral("Wei"), at(5)));
        QVERIFY(repo.addIdentityName(id.id, QStringLiteral("Wei"), at(2)));

        std::optional<Identity> found
            = repo.findIdentity(Platform::WeChat, QStringLiteral("wxid_abc"));
        QVERIFY(found);
        QCOMPARE(found->memberId, m.id);
        QCOMPARE(found->namesSeen, (QStringList { QStringLiteral("张伟"), QStringLiteral("Wei") }));
        QVERIFY(!repo.findIdentity(Platform::QQ, QStringLiteral("wxid_abc")));
        QCOMPARE(repo.identities(m.id).size(), 1);
        QCOMPARE(
            scalar(*m_db,
                   QStringLiteral("SELECT first_seen FROM identity_names WHERE identity_id = ? "
                                  "AND name = 'Wei'"),
                   id.id),
            at(2).toSecsSinceEpoch());
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT last_seen FROM identity_names WHERE identity_id = ? "
                                       "AND name = 'Wei'"),
                        id.id),
                 at(5).toSecsSinceEpoch());

        Identity twin = id;
        QVERIFY(!repo.addIdentity(twin));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        Identity empty;
        empty.memberId = m.id;
        QVERIFY(!repo.addIdentity(empty));
    }

    void deleteIsRefusedWithHistory()
    {
        MemberRepository repo(*m_db);
        ProductRepository products(*m_db);
        OrderRepository orders(*m_db);
        Member buyer = person(QStringLiteral("Buyer"));
        Member quiet = person(QStringLiteral("Quiet"));
        QVERIFY(repo.insert(buyer));
        QVERIFY(repo.insert(quiet));
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(1000, QStringLiteral("CNY"));
        QVERIFY(products.insert(p));
        Order o;
        o.memberId = buyer.id;
        o.productId = p.id;
        o.unitPrice = p.price;
        o.orderedAt = at(4);
        QVERIFY(orders.insert(o));

        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY(!repo.remove({ quiet.id, buyer.id }));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.lastError().message.contains(QStringLiteral("Buyer")));
        QVERIFY(repo.lastError().message.contains(QStringLiteral("merge")));
        QVERIFY(repo.find(quiet.id)); // nothing of the refused call was applied
        QCOMPARE(spy.count(), 0);
        QVERIFY(repo.remove({ quiet.id }));
        QVERIFY(!repo.find(quiet.id));
        QCOMPARE(spy.count(), 1);
    }

    void snapshotRestoresEverything()
    {
        GroupRepository groups(*m_db);
        MemberRepository repo(*m_db);
        const qint64 g1 = addGroup(groups, QStringLiteral("g1"));
        Member root = person(QStringLiteral("Root"));
        QVERIFY(repo.insert(root));
        Member mid = person(QStringLiteral("Mid"), root.id);
        QVERIFY(repo.insert(mid));
        Member leaf = person(QStringLiteral("Leaf"), mid.id);
        QVERIFY(repo.insert(leaf));
        Member other = person(QStringLiteral("Other"), root.id);
        QVERIFY(repo.insert(other));
        QVERIFY(repo.setMemberships(mid.id, { { g1, mid.id, MemberRole::Partner, at(1), at(6) } }));
        Identity id {
            0, mid.id, Platform::Telegram, QStringLiteral("12345"), { QStringLiteral("mid") }
        };
        QVERIFY(repo.addIdentity(id));
        QVERIFY(repo.addIdentityName(id.id, QStringLiteral("mid2"), at(7)));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO membership_events (group_id, member_id, kind, at, actor_id, "
            "fingerprint) VALUES (?, ?, 'join', ?, ?, ?)"));
        const QList<std::array<qint64, 3>> events
            = { { other.id, mid.id, 77 }, { mid.id, root.id, 78 } };
        for (const auto &[member, actor, fingerprint] : events) {
            q.addBindValue(g1);
            q.addBindValue(member);
            q.addBindValue(at(2).toSecsSinceEpoch());
            q.addBindValue(actor);
            q.addBindValue(fingerprint);
            QVERIFY(q.exec());
        }

        const auto dump = [this]() {
            QStringList rows;
            const QStringList tables
                = { QStringLiteral("members"),        QStringLiteral("member_tags"),
                    QStringLiteral("memberships"),    QStringLiteral("identities"),
                    QStringLiteral("identity_names"), QStringLiteral("membership_events") };
            for (const QString &table : tables) {
                QSqlQuery all(m_db->connection());
                all.exec(QStringLiteral("SELECT * FROM ") + table
                         + QStringLiteral(" ORDER BY 1, 2"));
                while (all.next()) {
                    QStringList cells;
                    for (int i = 0; i < all.record().count(); ++i)
                        cells << all.value(i).toString();
                    rows << table + QLatin1Char(':') + cells.join(QLatin1Char('|'));
                }
            }
            return rows;
        };
        const QStringList before = dump();

        const MemberSnapshot s = repo.snapshot({ mid.id, leaf.id });
        QCOMPARE(s.members.size(), 2);
        QCOMPARE(s.identities.size(), 1);
        QCOMPARE(s.names.size(), 2);
        QCOMPARE(s.memberships.size(), 1);
        QCOMPARE(s.events.size(), 1);
        QCOMPARE(s.eventActors.size(), 1);
        QVERIFY(s.referredMembers.isEmpty()); // leaf is deleted too
        QVERIFY(repo.remove({ mid.id, leaf.id }));
        QVERIFY(!repo.find(mid.id));
        QVERIFY(!repo.findIdentity(Platform::Telegram, QStringLiteral("12345")));
        QVERIFY(dump() != before);

        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY2(repo.restore(s), qPrintable(repo.lastError().message));
        QCOMPARE(dump(), before);
        QCOMPARE(repo.find(leaf.id)->referrerId, mid.id);
        QCOMPARE(spy.count(), 1);

        // A member referred by a deleted member gets the link back.
        const MemberSnapshot rootOnly = repo.snapshot({ root.id });
        QCOMPARE(rootOnly.referredMembers.size(), 2);
        QVERIFY(repo.remove({ root.id }));
        QCOMPARE(repo.find(other.id)->referrerId, 0);
        QVERIFY(repo.restore(rootOnly));
        QCOMPARE(repo.find(other.id)->referrerId, root.id);
        QCOMPARE(dump(), before);
    }

    void mergeMovesEverything()
    {
        GroupRepository groups(*m_db);
        MemberRepository repo(*m_db);
        ProductRepository products(*m_db);
        OrderRepository orders(*m_db);
        const qint64 g1 = addGroup(groups, QStringLiteral("g1"));
        const qint64 g2 = addGroup(groups, QStringLiteral("g2"));
        Member keep = person(QStringLiteral("Keep"));
        keep.phone.clear();
        keep.tags = { QStringLiteral("a") };
        QVERIFY(repo.insert(keep));
        Member gone = person(QStringLiteral("Gone"));
        gone.phone = QStringLiteral("123");
        gone.tags = { QStringLiteral("b") };
        gone.firstSeen = at(1);
        QVERIFY(repo.insert(gone));
        Member child = person(QStringLiteral("Child"), gone.id);
        QVERIFY(repo.insert(child));
        // keep was brought in by gone's child: after the merge that would be a circle.
        keep.referrerId = child.id;
        QVERIFY(repo.update(keep));

        QVERIFY(
            repo.setMemberships(keep.id, { { g1, keep.id, MemberRole::Member, at(5), at(8) } }));
        QVERIFY(repo.setMemberships(gone.id,
                                    { { g1, gone.id, MemberRole::SeedUser, at(2), {} },
                                      { g2, gone.id, MemberRole::Member, at(3), {} } }));
        Identity id {
            0, gone.id, Platform::QQ, QStringLiteral("10001"), { QStringLiteral("gone") }
        };
        QVERIFY(repo.addIdentity(id));
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(1000, QStringLiteral("CNY"));
        QVERIFY(products.insert(p));
        Order o {
            0, gone.id, p.id, g1, 0, 2, p.price, {}, at(6), OrderChannel::Manual, OrderStatus::Paid,
            0, 0,       {}
        };
        QVERIFY(orders.insert(o));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, fingerprint) "
                           "VALUES (%1, %2, 100, 1), (%1, %3, 100, 2)")
                .arg(g1)
                .arg(gone.id)
                .arg(keep.id)));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO member_day_activity VALUES (%1, 0, %2, 1), (%1, 0, %3, 1), "
                           "(%1, 1, %2, 4)")
                .arg(g1)
                .arg(gone.id)
                .arg(keep.id)));

        // Approved promoters (rule settings): gone alone in g1; gone and keep together in g2.
        QSqlQuery settings(m_db->connection());
        settings.prepare(QStringLiteral("UPDATE chat_groups SET rule_settings = ? WHERE id = ?"));
        settings.addBindValue(
            QStringLiteral("{\"flood\":{\"max_messages\":9},\"promoters\":[%1,77]}").arg(gone.id));
        settings.addBindValue(g1);
        QVERIFY(settings.exec());
        settings.addBindValue(QStringLiteral("{\"promoters\":[%1,%2]}").arg(keep.id).arg(gone.id));
        settings.addBindValue(g2);
        QVERIFY(settings.exec());

        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY(!repo.merge(keep.id, keep.id));
        QVERIFY2(repo.merge(keep.id, gone.id), qPrintable(repo.lastError().message));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!repo.find(gone.id));
        const Member merged = *repo.find(keep.id);
        QCOMPARE(merged.phone, QStringLiteral("123"));
        QCOMPARE(merged.firstSeen, at(1));
        QCOMPARE(merged.tags, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(merged.referrerId, 0);
        QCOMPARE(repo.find(child.id)->referrerId, keep.id);
        QCOMPARE(repo.findIdentity(Platform::QQ, QStringLiteral("10001"))->memberId, keep.id);
        const QList<Membership> rows = repo.memberships(keep.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).role, MemberRole::SeedUser);
        QCOMPARE(rows.at(0).joinedAt, at(2));
        QVERIFY(!rows.at(0).leftAt.isValid());
        QCOMPARE(orders.find(o.id)->memberId, keep.id);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE member_id = ?"),
                        keep.id),
                 2);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral(
                            "SELECT SUM(messages) FROM member_day_activity WHERE member_id = ?"),
                        keep.id),
                 6);
        QCOMPARE(
            scalar(*m_db,
                   QStringLiteral(
                       "SELECT messages FROM member_day_activity WHERE day = 0 AND member_id = ?"),
                   keep.id),
            2);
        auto promotersOf = [this](qint64 group) {
            QSqlQuery read(m_db->connection());
            read.prepare(QStringLiteral("SELECT rule_settings FROM chat_groups WHERE id = ?"));
            read.addBindValue(group);
            return read.exec() && read.next() ? read.value(0).toString() : QString();
        };
        const QList<qint64> sorted
            = keep.id < 77 ? QList<qint64> { keep.id, 77 } : QList<qint64> { 77, keep.id };
        QCOMPARE(promotersOf(g1),
                 QStringLiteral("{\"flood\":{\"max_messages\":9},\"promoters\":[%1,%2]}")
                     .arg(sorted.at(0))
                     .arg(sorted.at(1)));
        QCOMPARE(promotersOf(g2), QStringLiteral("{\"promoters\":[%1]}").arg(keep.id));
        QVERIFY(!repo.merge(keep.id, gone.id));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemberRepository)
#include "tst_memberrepository.moc"
