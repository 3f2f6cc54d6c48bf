#include "analytics/activationfinder.h"
#include "analytics/periodmath.h"
#include "storage/analyticsfacts.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

namespace {

const QDate To(2026, 3, 31);
const QDate RecentStart = To.addDays(-27); // 4 weeks ending on To
const QDate EarlierStart = RecentStart.addDays(-28);

qint64 utc(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

/// Three groups: "Lively" writes alike in both periods; "Faded" had members 11-13 carry it,
/// then only member 14 (a light writer) keeps writing and member 13 leaves; "Late" starts in
/// the recent period. Member 1 writes in Lively only.
AnalyticsFacts facts()
{
    AnalyticsFacts f;
    f.timeZoneId = QStringLiteral("UTC");
    f.groups.insert(1, { QStringLiteral("Lively"), Platform::WeChat });
    f.groups.insert(2, { QStringLiteral("Faded"), Platform::WeChat });
    f.groups.insert(3, { QStringLiteral("Late"), Platform::WeChat });
    for (qint64 id : { 1, 2, 3, 11, 12, 13, 14, 15, 21 })
        f.members.push_back({ id, QStringLiteral("M%1").arg(id), SourceChannel::Other, 0, 0 });
    for (qint64 id : { 1, 2, 3 })
        f.memberships.push_back({ 1, id, MemberRole::Member, 0, 0 });
    for (qint64 id : { 11, 12, 14, 15 })
        f.memberships.push_back({ 2, id, MemberRole::Member, 0, 0 });
    const qint64 left = utc(RecentStart.addDays(3));
    f.memberships.push_back({ 2, 13, MemberRole::Member, 0, left });
    f.events.push_back({ 2, 13, MembershipEventKind::Leave, left, 0 });
    f.memberships.push_back({ 3, 21, MemberRole::Member, 0, 0 });

    auto write = [&](qint64 group, qint64 member, const QDate &day, int messages) {
        f.dayActivity.push_back(
            { group, qint32(PeriodMath::dayNumber(day)), member, qint32(messages) });
    };
    for (int d = 0; d < 56; d += 4) {
        const QDate day = EarlierStart.addDays(d);
        for (qint64 id : { 1, 2, 3 })
            write(1, id, day, 3);
    }
    for (int d = 0; d < 28; d += 2) {
        const QDate day = EarlierStart.addDays(d);
        write(2, 11, day, 6); // the heaviest writer
        write(2, 12, day, 4);
        write(2, 13, day, 2);
        if (d % 8 == 0)
            write(2, 14, day, 1);
    }
    write(2, 14, RecentStart.addDays(5), 1);
    write(2, 14, RecentStart.addDays(9), 1);
    write(3, 21, RecentStart.addDays(2), 4);
    std::sort(f.dayActivity.begin(), f.dayActivity.end(),
              [](const auto &a, const auto &b) { return a.day < b.day; });
    f.buildIndex();
    return f;
}

} // namespace

/// The "activate silent groups" list: groups whose activity over the last 4 weeks fell by more
/// than half against the 4 weeks before, with the earlier top writers who went silent.
class TestActivationFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheGroupThatWentQuiet()
    {
        const QList<QuietGroup> quiet = ActivationFinder::find(facts(), To);
        QCOMPARE(quiet.size(), 1);
        const QuietGroup &faded = quiet.first();
        QCOMPARE(faded.groupId, 2);
        QCOMPARE(faded.name, QStringLiteral("Faded"));
        QVERIFY(faded.recentMessagesPerDay < faded.earlierMessagesPerDay / 2);
        QCOMPARE(faded.earlierMessagesPerDay, (14 * 12 + 4) / 28.0);
        QCOMPARE(faded.recentMessagesPerDay, 2 / 28.0);
        // 11 and 12 went silent; 13 left (gone, not silent); 14 still writes; 15 never wrote.
        QCOMPARE(faded.silentCarriers.size(), 2);
        QCOMPARE(faded.silentCarriers.at(0).member.memberId, 11);
        QCOMPARE(faded.silentCarriers.at(0).messages, 14 * 6);
        QCOMPARE(faded.silentCarriers.at(1).member.memberId, 12);
    }

    void scopeLimitsTheGroups()
    {
        QVERIFY(ActivationFinder::find(facts(), To, { 1, 3 }).isEmpty());
        QCOMPARE(ActivationFinder::find(facts(), To, { 2 }).size(), 1);
    }

    /// Four weeks later nobody writes: every group that wrote in the 4 weeks before fell, and
    /// Faded's carrier is then member 14, its only writer of that period.
    void laterWindow()
    {
        QList<QuietGroup> quiet = ActivationFinder::find(facts(), To.addDays(28));
        std::sort(quiet.begin(), quiet.end(),
                  [](const QuietGroup &a, const QuietGroup &b) { return a.groupId < b.groupId; });
        QCOMPARE(quiet.size(), 3);
        QCOMPARE(quiet.at(0).silentCarriers.size(), 3);
        QCOMPARE(quiet.at(1).silentCarriers.size(), 1);
        QCOMPARE(quiet.at(1).silentCarriers.first().member.memberId, 14);
        QCOMPARE(quiet.at(2).silentCarriers.first().member.memberId, 21);
    }
};

QTEST_GUILESS_MAIN(TestActivationFinder)
#include "tst_activationfinder.moc"
