#include "rules/messagechecker.h"

#include <QTest>

using namespace cohort;
using namespace cohort::rules;

namespace {

constexpr qint64 Member = 7;
constexpr qint64 Promoter = 8;
constexpr qint64 Admin = 9;

RuleSet allRules(PromotionPolicy policy = PromotionPolicy::PrivateGarden)
{
    RuleSet r;
    r.builtins = { BuiltinRule::NoLinks, BuiltinRule::NoCards, BuiltinRule::NoAds,
                   BuiltinRule::NoPrivateSoliciting, BuiltinRule::NoFlooding };
    r.keywords = { KeywordRule { QStringLiteral("competitors"),
                                 { QStringLiteral("竞品A"), QStringLiteral("Acme Corp") },
                                 QString() },
                   KeywordRule { QStringLiteral("codes"), {}, QStringLiteral("code\\s*\\d{4}") } };
    r.policy = policy;
    r.promoters = { Promoter };
    r.admins = { Admin };
    return r;
}

/// "rule=matched" per finding, in order.
QStringList run(const RuleSet &rules, qint64 member, MessageKind kind, const QString &body)
{
    MessageChecker checker(rules, PhraseLists::defaults());
    QList<Finding> findings;
    checker.check(member, kind, body, findings);
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule + QLatin1Char('=') + f.matched;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(cohort::MessageKind)
Q_DECLARE_METATYPE(cohort::PromotionPolicy)

/// MessageChecker: every per-message built-in check and the keyword rules, zh and en, with
/// positive and negative cases, system lines, exempt members and free-market groups.
class TestMessageChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<qint64>("member");
        QTest::addColumn<PromotionPolicy>("policy");
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        constexpr auto garden = PromotionPolicy::PrivateGarden;
        constexpr auto market = PromotionPolicy::FreeMarket;
        auto row
            = [&](const char *name, const QString &body, const QStringList &expected,
                  qint64 member = Member, PromotionPolicy policy = PromotionPolicy::PrivateGarden,
                  MessageKind kind = MessageKind::Text) {
                  QTest::newRow(name) << member << policy << kind << body << expected;
              };
        // no_links
        row("url with scheme", QStringLiteral("see https://example.org/a?b=1."),
            { QStringLiteral("no_links=https://example.org/a?b=1") });
        row("www", QStringLiteral("go to www.shop-now.xyz today"),
            { QStringLiteral("no_links=www.shop-now.xyz") });
        row("host with tld glued to chinese", QStringLiteral("点这个taobao.com看看"),
            { QStringLiteral("no_links=taobao.com") });
        row("full-width url", QStringLiteral("访问ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ"),
            { QStringLiteral("no_links=ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ") });
        row("t.me link", QStringLiteral("join t.me/spamchan"),
            { QStringLiteral("no_links=t.me/spamchan") });
        row("e-mail is not a link", QStringLiteral("mail me at li@example"), {});
        row("file name", QStringLiteral("see report.pdf and main.js"), {});
        row("abbreviation", QStringLiteral("e.g. this, i.e. that, v1.2.3"), {});
        row("tld inside a longer word", QStringLiteral("the example.community page"), {});
        row("www inside a word", QStringLiteral("awwww.so cute"), {});
        row("chinese full stop", QStringLiteral("好的。明天见。"), {});
        // no_ads / no_private_soliciting (built-in lists)
        row("ads zh", QStringLiteral("专业代购，欢迎咨询"), { QStringLiteral("no_ads=代购") });
        row("ads en", QStringLiteral("Use PROMO CODE x1 now"),
            { QStringLiteral("no_ads=PROMO CODE") });
        row("soliciting zh", QStringLiteral("需要的加我微信"),
            { QStringLiteral("no_private_soliciting=加我微信") });
        row("soliciting handle", QStringLiteral("有意者加V：abc"),
            { QStringLiteral("no_private_soliciting=加V") });
        row("soliciting full-width", QStringLiteral("ＶＸ：ａｂｃ"),
            { QStringLiteral("no_private_soliciting=ＶＸ") });
        row("soliciting en", QStringLiteral("DM me for details"),
            { QStringLiteral("no_private_soliciting=DM me") });
        row("mobile number", QStringLiteral("电话13812345678"),
            { QStringLiteral("no_private_soliciting=13812345678") });
        row("international number", QStringLiteral("call +44 20 7946 0958"),
            { QStringLiteral("no_private_soliciting=+44 20 7946 0958") });
        row("order number is not a phone", QStringLiteral("订单号 238123456789012"), {});
        row("en words inside words", QStringLiteral("the admin mentioned a vortex"), {});
        row("plain chat", QStringLiteral("今天的课讲得很好 thanks everyone"), {});
        // keyword rules
        row("keyword zh", QStringLiteral("竞品a的更便宜"),
            { QStringLiteral("keyword:competitors=竞品a") });
        row("keyword en folded", QStringLiteral("ACME CORP is better"),
            { QStringLiteral("keyword:competitors=ACME CORP") });
        row("keyword regex", QStringLiteral("use Code 1234"),
            { QStringLiteral("keyword:codes=Code 1234") });
        // kinds
        row("system line never counts", QStringLiteral("Li joined using this group's invite link"),
            {}, Member, garden, MessageKind::System);
        row("system line with url",
            QStringLiteral("X changed the link to https://chat.whatsapp.com/x"), {}, Member, garden,
            MessageKind::System);
        row("deleted stub", QStringLiteral("This message was deleted"), {}, Member, garden,
            MessageKind::Deleted);
        row("card", QStringLiteral("[小程序] 拼多多"),
            { QStringLiteral("no_cards=[小程序] 拼多多") }, Member, garden,
            MessageKind::LinkOrCard);
        row("link preview counts once", QStringLiteral("https://mp.weixin.qq.com/s/x"),
            { QStringLiteral("no_cards=https://mp.weixin.qq.com/s/x") }, Member, garden,
            MessageKind::LinkOrCard);
        row("solitaire list keeps its phone numbers",
            QStringLiteral("#接龙\n1. 王芳 2份 13812345678"), {}, Member, garden,
            MessageKind::Solitaire);
        row("media caption", QStringLiteral("看图 加我微信"),
            { QStringLiteral("no_private_soliciting=加我微信") }, Member, garden,
            MessageKind::Media);
        // promotion policy
        row("promoter may link and advertise", QStringLiteral("代购 www.shop.cn"), {}, Promoter);
        row("promoter still may not solicit", QStringLiteral("私聊我"),
            { QStringLiteral("no_private_soliciting=私聊") }, Promoter);
        row("admin exempt", QStringLiteral("代购 私聊 www.shop.cn 竞品A"), {}, Admin);
        row("free market allows links and ads", QStringLiteral("代购 www.shop.cn"), {}, Member,
            market);
        row("free market still checks soliciting", QStringLiteral("加我微信"),
            { QStringLiteral("no_private_soliciting=加我微信") }, Member, market);
        row("free market promoter list does not matter", QStringLiteral("[名片] 张三"),
            { QStringLiteral("no_cards=[名片] 张三") }, Promoter, market, MessageKind::LinkOrCard);
        row("several rules at once", QStringLiteral("代购请加我微信 www.a.com"),
            { QStringLiteral("no_links=www.a.com"), QStringLiteral("no_ads=代购"),
              QStringLiteral("no_private_soliciting=加我微信") });
    }

    void checks()
    {
        QFETCH(qint64, member);
        QFETCH(PromotionPolicy, policy);
        QFETCH(MessageKind, kind);
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(run(allRules(policy), member, kind, body), expected);
    }

    void rulesSwitchedOff()
    {
        RuleSet rules = allRules();
        rules.builtins = { BuiltinRule::NoCards };
        rules.keywords.clear();
        QCOMPARE(run(rules, Member, MessageKind::Text, QStringLiteral("代购 加我微信 www.a.com")),
                 QStringList());
        // With cards off, a bare link the export marked as a preview is a link.
        rules.builtins = { BuiltinRule::NoLinks };
        QCOMPARE(run(rules, Member, MessageKind::LinkOrCard, QStringLiteral("https://a.com/x")),
                 QStringList { QStringLiteral("no_links=https://a.com/x") });
    }

    void editedPhraseLists()
    {
        PhraseLists lists;
        lists.ads = { QStringLiteral("团购价") };
        MessageChecker checker(allRules(), lists);
        QList<Finding> findings;
        checker.check(Member, MessageKind::Text, QStringLiteral("团购价 代购"), findings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).rule, QStringLiteral("no_ads"));
        QCOMPARE(findings.at(0).matched, QStringLiteral("团购价"));
    }

    void longQuoteIsClipped()
    {
        const QString body = QStringLiteral("https://a.com/") + QString(200, QLatin1Char('x'));
        const QStringList got = run(allRules(), Member, MessageKind::Text, body);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).size(), QStringLiteral("no_links=").size() + MessageChecker::MaxMatched);
    }
};

QTEST_GUILESS_MAIN(TestMessageChecker)
#include "tst_messagechecker.moc"
