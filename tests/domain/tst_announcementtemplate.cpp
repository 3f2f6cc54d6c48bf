#include "domain/announcementtemplate.h"

#include <QTest>

using cohort::AnnouncementTemplate;
using cohort::Money;

namespace {

AnnouncementTemplate::Values strawberries()
{
    AnnouncementTemplate::Values values;
    values.product = QStringLiteral("丹东草莓");
    values.tiers = { { 3, Money::fromMajor(85, QStringLiteral("CNY")) },
                     { 2, Money::fromMajor(90, QStringLiteral("CNY")) },
                     { 5, Money(7550, QStringLiteral("CNY")) } };
    values.deadline = QDateTime(QDate(2024, 4, 1), QTime(12, 0), Qt::UTC);
    values.timeZone = QTimeZone("Asia/Shanghai");
    values.group = QStringLiteral("Sunny Moms <3>");
    values.campaign = QStringLiteral("周一秒杀");
    return values;
}

} // namespace

/// AnnouncementTemplate: placeholders, localized values, unknown placeholders.
class TestAnnouncementTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsEveryPlaceholder()
    {
        const AnnouncementTemplate t(QStringLiteral(
            "[{campaign}] {group}: {product} from {price}. {tiers}. Order by {deadline}!"));
        const auto result
            = t.render(strawberries(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(result.text,
                 QStringLiteral("[周一秒杀] Sunny Moms <3>: 丹东草莓 from ¥90.00. 2 people: ¥90.00 "
                                "each, 3 people: ¥85.00 each, 5 people: ¥75.50 each. Order by "
                                "01/04/2024 20:00!"));
        QVERIFY(result.unknownPlaceholders.isEmpty());
    }

    void explicitPriceWins()
    {
        auto values = strawberries();
        values.price = Money(1990, QStringLiteral("CNY"));
        const auto result = AnnouncementTemplate(QStringLiteral("{price}"))
                                .render(values, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(result.text, QStringLiteral("¥19.90"));
    }

    void unknownPlaceholdersStayVisible()
    {
        const AnnouncementTemplate t(
            QStringLiteral("{prodcut} {group} {foo} {prodcut} {Group} {not a placeholder} {}"));
        const auto result = t.render(strawberries(), QLocale::c());
        QCOMPARE(result.text,
                 QStringLiteral("{prodcut} Sunny Moms <3> {foo} {prodcut} Sunny Moms <3> "
                                "{not a placeholder} {}"));
        QCOMPARE(result.unknownPlaceholders,
                 (QStringList { QStringLiteral("prodcut"), QStringLiteral("foo") }));
    }

    void emptyValues()
    {
        const auto result = AnnouncementTemplate(QStringLiteral("a{price}b{deadline}c{tiers}d"))
                                .render({}, QLocale::c());
        QCOMPARE(result.text, QStringLiteral("abcd"));
        QVERIFY(result.unknownPlaceholders.isEmpty());
    }

    void singlePersonTier()
    {
        QCOMPARE(
            AnnouncementTemplate::formatTiers({ { 1, Money(500, QStringLiteral("USD")) } },
                                              QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("1 person: $5.00 each"));
        QCOMPARE(AnnouncementTemplate::knownPlaceholders().size(), 6);
    }
};

QTEST_APPLESS_MAIN(TestAnnouncementTemplate)
#include "tst_announcementtemplate.moc"
