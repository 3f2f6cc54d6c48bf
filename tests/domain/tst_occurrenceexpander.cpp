#include "domain/occurrenceexpander.h"

#include <QTest>

using namespace cohort;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

const QHash<qint64, QString> Groups = { { 1, QStringLiteral("宝妈群") },
                                        { 2, QStringLiteral("Snack Lovers") },
                                        { 3, QStringLiteral("读书会") } };

/// Mon–Thu at 20:00 Shanghai (12:00 UTC) from Monday 2026-03-02, in groups 1 and 2.
Campaign flashSale()
{
    Campaign c;
    c.id = 7;
    c.name = QStringLiteral("Flash");
    c.type = CampaignType::FlashSale;
    c.status = CampaignStatus::Scheduled;
    c.groupIds = { 2, 1 };
    c.startsAt = utc(2026, 3, 2, 12, 0);
    c.endsAt = utc(2026, 3, 31, 16, 0);
    c.timeZone = QStringLiteral("Asia/Shanghai");
    c.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
    c.durationMinutes = 30;
    return c;
}

QStringList lines(const QList<CampaignOccurrence> &list, const QTimeZone &zone)
{
    QStringList result;
    for (const CampaignOccurrence &o : list)
        result << o.startUtc.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm ")) + o.groupName
                + QLatin1Char(' ') + o.localDate.toString(Qt::ISODate);
    return result;
}

} // namespace

/// OccurrenceExpander: campaigns × schedule × target groups, for the calendar and the report.
class TestOccurrenceExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneOccurrencePerTargetGroup()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const OccurrenceExpander expander(Groups, shanghai);
        // Week of 2026-03-09: Mon–Thu, two groups each, sorted by time then group name.
        const auto list
            = expander.expand({ flashSale() }, utc(2026, 3, 8, 16, 0), utc(2026, 3, 15, 16, 0));
        QCOMPARE(list.size(), 8);
        QCOMPARE(lines(list, shanghai).mid(0, 3),
                 (QStringList { QStringLiteral("03-09 20:00 Snack Lovers 2026-03-09"),
                                QStringLiteral("03-09 20:00 宝妈群 2026-03-09"),
                                QStringLiteral("03-10 20:00 Snack Lovers 2026-03-10") }));
        QCOMPARE(list.first().endUtc, utc(2026, 3, 9, 12, 30));
        QCOMPARE(list.first().campaignId, qint64(7));
        QCOMPARE(list.first().type, CampaignType::FlashSale);
        QCOMPARE(list.last().localDate, QDate(2026, 3, 12));
    }

    void endDateStopsTheSeries()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const OccurrenceExpander expander(Groups, shanghai);
        Campaign c = flashSale();
        c.groupIds = { 1 };
        // Ends Wednesday 2026-03-11 at 21:00 local: that day's 20:00 is the last start.
        c.endsAt = utc(2026, 3, 11, 13, 0);
        const auto list = expander.expand({ c }, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        QCOMPARE(list.size(), 7); // 2–5 March and 9–11 March
        QCOMPARE(list.last().localDate, QDate(2026, 3, 11));
    }

    void groupFilterAndCampaignsForEveryGroup()
    {
        OccurrenceExpander expander(Groups, QTimeZone("Asia/Shanghai"));
        Campaign everyGroup = flashSale();
        everyGroup.id = 8;
        everyGroup.groupIds.clear();
        everyGroup.recurrence.clear(); // one-off on 2 March
        expander.setGroupFilter(1);
        const auto list = expander.expand({ flashSale(), everyGroup }, utc(2026, 3, 2, 0, 0),
                                          utc(2026, 3, 3, 0, 0));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).groupId, qint64(1));
        QCOMPARE(list.at(0).campaignId, qint64(7));
        // A campaign for every group shows once, under "All groups", whatever the filter.
        QCOMPARE(list.at(1).groupId, qint64(0));
        QCOMPARE(list.at(1).groupName, QStringLiteral("All groups"));
        expander.setGroupFilter(3);
        QCOMPARE(
            expander.expand({ flashSale() }, utc(2026, 3, 2, 0, 0), utc(2026, 3, 3, 0, 0)).size(),
            0);
    }

    void cancelledAndUnreadableCampaignsAreLeftOut()
    {
        const OccurrenceExpander expander(Groups, QTimeZone("Asia/Shanghai"));
        Campaign cancelled = flashSale();
        cancelled.status = CampaignStatus::Cancelled;
        Campaign broken = flashSale();
        broken.name = QStringLiteral("Broken");
        broken.recurrence = QStringLiteral("FREQ=HOURLY");
        Campaign badZone = flashSale();
        badZone.name = QStringLiteral("Nowhere");
        badZone.timeZone = QStringLiteral("Mars/Olympus");
        QStringList problems;
        const auto list = expander.expand({ cancelled, broken, badZone }, utc(2026, 3, 1, 0, 0),
                                          utc(2026, 4, 1, 0, 0), &problems);
        QVERIFY(list.isEmpty());
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).startsWith(QLatin1String("Broken: ")));
        QVERIFY(problems.at(1).startsWith(QLatin1String("Nowhere: ")));
    }

    void localDateFollowsTheDisplayZone()
    {
        // 20:00 in New York is the next day in Shanghai.
        Campaign c = flashSale();
        c.timeZone = QStringLiteral("America/New_York");
        c.recurrence.clear();
        c.startsAt = utc(2026, 3, 3, 1, 0); // Monday 2 March 20:00 EST
        c.groupIds = { 1 };
        const auto ny = OccurrenceExpander(Groups, QTimeZone("America/New_York"))
                            .expand({ c }, utc(2026, 3, 1, 0, 0), utc(2026, 3, 5, 0, 0));
        const auto sh = OccurrenceExpander(Groups, QTimeZone("Asia/Shanghai"))
                            .expand({ c }, utc(2026, 3, 1, 0, 0), utc(2026, 3, 5, 0, 0));
        QCOMPARE(ny.size(), 1);
        QCOMPARE(ny.first().localDate, QDate(2026, 3, 2));
        QCOMPARE(sh.first().localDate, QDate(2026, 3, 3));
    }

    void announcementValues()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const OccurrenceExpander expander(Groups, shanghai);
        const QString cny = QStringLiteral("CNY");
        QHash<qint64, Product> products;
        products.insert(10,
                        Product { 10,
                                  QStringLiteral("坚果礼盒"),
                                  {},
                                  {},
                                  ProductRole::Traffic,
                                  Money(12800, cny),
                                  {},
                                  0,
                                  true,
                                  {} });
        products.insert(11,
                        Product { 11,
                                  QStringLiteral("Tea"),
                                  {},
                                  {},
                                  ProductRole::Traffic,
                                  Money(3000, cny),
                                  {},
                                  0,
                                  true,
                                  {} });
        Campaign c = flashSale();
        c.products = { { 10, Money(9900, cny), 50 }, { 11, Money(), 0 } };
        c.announcementTemplate = QStringLiteral("{product} {price} {group} {deadline}");
        const auto list = expander.expand({ c }, utc(2026, 3, 9, 0, 0), utc(2026, 3, 10, 0, 0));
        QCOMPARE(list.size(), 2);
        const AnnouncementTemplate::Values v = expander.announcementValues(c, list.at(1), products);
        QCOMPARE(v.product, QStringLiteral("坚果礼盒, Tea"));
        QCOMPARE(v.price, Money(9900, cny)); // the campaign price, not the list price
        QCOMPARE(v.group, QStringLiteral("宝妈群"));
        QCOMPARE(v.deadline, utc(2026, 3, 9, 12, 30));
        const QString text
            = AnnouncementTemplate(c.announcementTemplate).render(v, QLocale(QLocale::C)).text;
        QVERIFY2(text.startsWith(QStringLiteral("坚果礼盒, Tea ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("宝妈群")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("20:30")), qPrintable(text)); // deadline, local

        // Without a campaign price the product's own price applies; a tiered group buy is
        // announced at its entry tier.
        c.products = { { 11, Money(), 0 } };
        QCOMPARE(expander.announcementValues(c, list.at(0), products).price, Money(3000, cny));
        c.type = CampaignType::TieredGroupBuy;
        c.priceTiers = { { 2, Money(9000, cny) }, { 3, Money(8500, cny) } };
        const AnnouncementTemplate::Values tiered
            = expander.announcementValues(c, list.at(0), products);
        QCOMPARE(tiered.tiers.size(), 2);
        const QString price = AnnouncementTemplate(QStringLiteral("{price}"))
                                  .render(tiered, QLocale(QLocale::C))
                                  .text;
        QCOMPARE(price, Money(9000, cny).toDisplayString(QLocale(QLocale::C)));
    }
};

QTEST_GUILESS_MAIN(TestOccurrenceExpander)
#include "tst_occurrenceexpander.moc"
