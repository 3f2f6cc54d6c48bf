#include "demo/demovocabulary.h"

namespace cohort {

namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}

Product product(const char *name, const char *sku, const char *category, ProductRole role,
                int priceFen, int costFen, int cycleDays)
{
    Product p;
    p.name = QString::fromUtf8(name);
    p.sku = QString::fromUtf8(sku);
    p.category = QString::fromUtf8(category);
    p.role = role;
    p.price = Money(priceFen, QStringLiteral("CNY"));
    p.cost = Money(costFen, QStringLiteral("CNY"));
    p.repurchaseCycleDays = cycleDays;
    return p;
}

struct GroupSpec
{
    Platform platform;
    const char *name;
    const char *business;
    const char *age;
    const char *gender;
    const char *region;
    const char *needs;
    const char *pains;
    const char *tags;
    QList<GroupGoal> goals;
    PromotionPolicy policy;
    EntryThreshold threshold;
    int feeFen;
    int capacity;
};

} // namespace

const QStringList &DemoVocabulary::chineseSurnames()
{
    static const QStringList list = split("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|"
                                          "高|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹");
    return list;
}

const QStringList &DemoVocabulary::chineseGivenNames()
{
    static const QStringList list = split(
        "芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀英|华|慧|建华|晓燕|雪|婷|欣怡|子涵|浩然|"
        "宇轩|梓萱|"
        "思远|雨桐|佳怡|一诺|俊杰|海燕|丹|鹏|玲|倩|琳|晨|悦|博文|嘉怡|梦瑶|天佑|文静|亮|萍");
    return list;
}

const QStringList &DemoVocabulary::englishFirstNames()
{
    static const QStringList list = split("Emma|Olivia|Ava|Sophia|Mia|Amelia|Liam|Noah|Oliver|"
                                          "Elijah|James|Lucas|Grace|Chloe|Zoe|Ethan|Mason|"
                                          "Hannah|Lily|Jack|Leo|Nora|Ella|Aria|Daniel|Henry|Sarah|"
                                          "David|Anna|Kevin|Linda|Tony|Cindy|Vivian");
    return list;
}

const QStringList &DemoVocabulary::englishLastNames()
{
    static const QStringList list
        = split("Smith|Johnson|Brown|Taylor|Wilson|Davies|Evans|Thomas|Roberts|Walker|Wright|Green|"
                "Hall|Wood|Clarke|"
                "Chen|Wong|Lee|Tan|Lim|Ng|Ho|Kaur|Silva|Garcia|Martin|Nguyen|Kim|Park");
    return list;
}

const QStringList &DemoVocabulary::tags()
{
    static const QStringList list = split(
        "宝妈|VIP|吃货|健身|早起打卡|复购客户|老客户|新人|潜在团长|爱分享|学生家长|上班族|退休|"
        "early bird|bargain hunter|coffee lover|runner|night owl|photography|gift buyer");
    return list;
}

QList<Group> DemoVocabulary::groupTemplates()
{
    using G = GroupGoal;
    const QList<GroupSpec> specs = {
        { Platform::WeChat,
          "亲子阅读营 1群",
          "亲子教育课程与绘本",
          "28-40",
          "85% female",
          "广州",
          "和孩子沟通、培养阅读习惯",
          "孩子不爱读书、亲子关系紧张",
          "宝妈\n学生家长",
          { G::Knowledge, G::ProductSales },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Free,
          0,
          500 },
        { Platform::WeChat,
          "健康零食团购群",
          "坚果、果干等健康零食",
          "25-45",
          "70% female",
          "深圳",
          "买到放心实惠的零食",
          "网购零食质量参差不齐",
          "吃货\n上班族",
          { G::ProductSales },
          PromotionPolicy::FreeMarket,
          EntryThreshold::Free,
          0,
          500 },
        { Platform::WeChat,
          "早起打卡21天",
          "自律社群会员",
          "22-35",
          "60% female",
          "全国",
          "早起、自律、结识同伴",
          "三天打鱼两天晒网",
          "早起打卡\n上班族",
          { G::Knowledge, G::QnA },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Paid,
          9900,
          500 },
        { Platform::WeChat,
          "咖啡爱好者交流群",
          "精品咖啡豆与器具",
          "25-40",
          "50% female",
          "上海",
          "喝到新鲜好咖啡、学手冲",
          "不会选豆、器具太贵",
          "coffee lover\n上班族",
          { G::Knowledge, G::ProductSales },
          PromotionPolicy::FreeMarket,
          EntryThreshold::Free,
          0,
          500 },
        { Platform::WeCom,
          "会员福利服务群",
          "售后服务与会员权益",
          "30-50",
          "65% female",
          "杭州",
          "售后答疑、会员专享价",
          "售后找不到人",
          "VIP\n老客户",
          { G::QnA, G::ProductSales },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Referral,
          0,
          200 },
        { Platform::WeCom,
          "门店扫码福利群",
          "社区生鲜门店",
          "30-60",
          "75% female",
          "成都",
          "每天有特价、就近提货",
          "超市排队、价格贵",
          "宝妈\n退休",
          { G::TrafficPool, G::ProductSales },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Free,
          0,
          200 },
        { Platform::QQ,
          "考研英语互助群",
          "考研英语课程",
          "20-25",
          "55% female",
          "武汉",
          "背单词、真题讲解",
          "一个人学坚持不下去",
          "学生家长\n爱分享",
          { G::Knowledge, G::QnA },
          PromotionPolicy::FreeMarket,
          EntryThreshold::Task,
          0,
          2000 },
        { Platform::QQ,
          "摄影后期学习群",
          "摄影后期课程",
          "18-35",
          "45% female",
          "北京",
          "学会调色、作品点评",
          "照片发灰、不会修图",
          "photography\n爱分享",
          { G::Knowledge, G::ProductSales },
          PromotionPolicy::FreeMarket,
          EntryThreshold::Free,
          0,
          2000 },
        { Platform::WhatsApp,
          "Healthy Snacks Club SG",
          "Healthy snacks delivered in Singapore",
          "25-45",
          "65% female",
          "Singapore",
          "Snacks without junk",
          "Expensive imports, slow delivery",
          "bargain hunter\ngift buyer",
          { G::ProductSales, G::TrafficPool },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Free,
          0,
          1024 },
        { Platform::WhatsApp,
          "Runners of KL",
          "Running gear and coaching",
          "22-45",
          "40% female",
          "Kuala Lumpur",
          "Training plans and company",
          "Injuries, no motivation",
          "runner\nearly bird",
          { G::Knowledge, G::QnA },
          PromotionPolicy::FreeMarket,
          EntryThreshold::Free,
          0,
          1024 },
        { Platform::Telegram,
          "Parenting Q&A (EN)",
          "Online parenting courses",
          "28-42",
          "80% female",
          "Global",
          "Answers from experts",
          "Conflicting advice online",
          "宝妈\nnight owl",
          { G::QnA, G::Knowledge },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Paid,
          4900,
          200000 },
        { Platform::Telegram,
          "Coffee Deals Channel",
          "Specialty coffee subscriptions",
          "25-45",
          "50% female",
          "Global",
          "Fresh beans at fair prices",
          "Stale supermarket coffee",
          "coffee lover\nbargain hunter",
          { G::ProductSales, G::TrafficPool },
          PromotionPolicy::PrivateGarden,
          EntryThreshold::Free,
          0,
          200000 },
    };
    const QString rulesZh = QString::fromUtf8(
        "1. 禁止发广告和链接\n2. 禁止私加群友推销\n3. 禁止刷屏\n4. 友善交流，违规两次移出群");
    const QString rulesEn = QStringLiteral(
        "1. No ads or links\n2. Do not message members privately to sell\n3. No flooding\n"
        "4. Be kind; two strikes and you are out");
    QList<Group> groups;
    for (const GroupSpec &s : specs) {
        Group g;
        g.platform = s.platform;
        g.name = QString::fromUtf8(s.name);
        g.mainBusiness = QString::fromUtf8(s.business);
        g.portrait
            = { QString::fromUtf8(s.age),    QString::fromUtf8(s.gender),
                QString::fromUtf8(s.region), QString::fromUtf8(s.needs),
                QString::fromUtf8(s.pains),  QString::fromUtf8(s.tags).split(QLatin1Char('\n')) };
        g.goals = s.goals;
        g.promotionPolicy = s.policy;
        if (s.policy == PromotionPolicy::FreeMarket)
            g.approvedPromoters = { QString::fromUtf8("李娜"), QStringLiteral("Grace Tan") };
        g.entryThreshold = s.threshold;
        if (s.feeFen > 0)
            g.entryFee = Money(s.feeFen, QStringLiteral("CNY"));
        const bool chinese = s.platform == Platform::WeChat || s.platform == Platform::WeCom
            || s.platform == Platform::QQ;
        g.rulesText = chinese ? rulesZh : rulesEn;
        g.ruleFlags = { QStringLiteral("no_links"), QStringLiteral("no_ads"),
                        QStringLiteral("no_private_soliciting"), QStringLiteral("no_flooding") };
        g.capacity = s.capacity;
        groups << g;
    }
    return groups;
}

QList<Product> DemoVocabulary::productCatalogue()
{
    using R = ProductRole;
    return {
        product("每日坚果 7包装", "SN-001", "零食", R::Traffic, 990, 620, 14),
        product("芒果干 100g", "SN-002", "零食", R::Traffic, 590, 310, 14),
        product("手工牛轧糖", "SN-003", "零食", R::Traffic, 1290, 700, 21),
        product("坚果礼盒 1.2kg", "SN-010", "零食", R::Profit, 12800, 7150, 45),
        product("有机燕麦片 1kg", "SN-011", "早餐", R::Traffic, 2990, 1800, 30),
        product("冻干水果拼盘", "SN-012", "零食", R::Profit, 6800, 3200, 30),
        product("挂耳咖啡 10片", "CF-001", "咖啡", R::Traffic, 1990, 1100, 14),
        product("精品咖啡豆 耶加雪菲 250g", "CF-010", "咖啡", R::Profit, 8800, 4100, 21),
        product("精品咖啡豆 曼特宁 250g", "CF-011", "咖啡", R::Profit, 7800, 3600, 21),
        product("手冲壶套装", "CF-020", "器具", R::Profit, 25900, 13000, 0),
        product("Cold Brew Pack (6)", "CF-030", "Coffee", R::Traffic, 3900, 2100, 14),
        product("Coffee Subscription (monthly)", "CF-040", "Coffee", R::Membership, 19900, 9000,
                30),
        product("绘本 9.9 体验装", "BK-001", "图书", R::Traffic, 990, 450, 0),
        product("亲子共读绘本 20册", "BK-010", "图书", R::Profit, 29900, 15000, 0),
        product("亲子阅读年卡", "BK-020", "会员", R::Membership, 39900, 5000, 365),
        product("亲子沟通训练营 21天", "ED-001", "课程", R::Service, 19900, 3000, 0),
        product("早起打卡营 门票", "ED-002", "课程", R::Service, 9900, 500, 0),
        product("考研英语真题精讲", "ED-010", "课程", R::Service, 29900, 4000, 0),
        product("考研单词打卡 1元体验", "ED-011", "课程", R::Traffic, 100, 20, 0),
        product("摄影后期入门课", "ED-020", "课程", R::Service, 19900, 2500, 0),
        product("摄影后期进阶课", "ED-021", "课程", R::Service, 49900, 6000, 0),
        product("Lightroom 预设包", "ED-022", "数字商品", R::Traffic, 1990, 0, 0),
        product("一对一作品点评", "ED-023", "服务", R::Service, 9900, 2000, 0),
        product("Parenting Masterclass", "ED-030", "Course", R::Service, 14900, 2000, 0),
        product("Parenting Q&A Membership", "ED-031", "Membership", R::Membership, 4900, 500, 30),
        product("Running Plan 12 weeks", "RN-001", "Coaching", R::Service, 9900, 1000, 0),
        product("Energy Gels (12)", "RN-010", "Nutrition", R::Traffic, 3600, 2000, 21),
        product("Compression Socks", "RN-011", "Gear", R::Profit, 5900, 2200, 0),
        product("Protein Bars (box of 12)", "RN-012", "Nutrition", R::Profit, 6900, 3500, 30),
        product("Healthy Snack Box (SG)", "SG-001", "Snacks", R::Profit, 4500, 2300, 30),
        product("Trail Mix 500g", "SG-002", "Snacks", R::Traffic, 1500, 800, 14),
        product("社区生鲜 鸡蛋 30枚", "FR-001", "生鲜", R::Traffic, 1590, 1300, 7),
        product("社区生鲜 有机蔬菜箱", "FR-002", "生鲜", R::Profit, 5900, 3300, 7),
        product("东北大米 5kg", "FR-003", "粮油", R::Traffic, 3990, 3100, 30),
        product("土蜂蜜 500g", "FR-004", "滋补", R::Profit, 8800, 3800, 45),
        product("会员年卡 (门店)", "FR-010", "会员", R::Membership, 19900, 2000, 365),
        product("纸巾 24包", "HM-001", "日用", R::Traffic, 3990, 3000, 30),
        product("洗衣凝珠 60颗", "HM-002", "日用", R::Profit, 6900, 3000, 45),
        product("超级会员 (全年)", "VIP-001", "会员", R::Membership, 69900, 10000, 365),
        product("线下沙龙门票", "EV-001", "活动", R::Service, 5900, 1500, 0),
    };
}

const QStringList &DemoVocabulary::chatLines()
{
    static const QStringList list = split(
        "大家早上好！|今天的分享太有用了，谢谢老师|请问这个什么时候发货？|已下单，期待～|打卡第{n}"
        "天|"
        "收到了，质量很好👍|有没有一起拼团的？|孩子今天主动读了两本书|这个价格还能再便宜点吗|"
        "老师，能再讲一下刚才那个方法吗？|谢谢群主的红包🧧|我也想要一份|"
        "晚上8点的秒杀别忘了|"
        "好评！已经回购第{n}次了|新人报到，请多关照|哈哈哈哈|明天几点开始？|学到了|已转发给朋友|"
        "Good morning everyone!|Thanks for the tips today|When will my order ship?|Count me in for "
        "the group buy|"
        "Day {n} done ✅|Loved the last batch, ordering again|Any discount for 3 boxes?|See you at "
        "8pm|"
        "Welcome to the new members!|Great session, thank you|Is the subscription still open?");
    return list;
}

const QStringList &DemoVocabulary::mediaLines()
{
    static const QStringList list
        = split("[图片]|[视频]|[语音]|[表情]|<Media omitted>|[Photo]|[Sticker]");
    return list;
}

const QStringList &DemoVocabulary::linkLines()
{
    static const QStringList list
        = split("[链接] 今日特价清单|[小程序] 接龙管家|https://example.com/article|[Link] Weekly "
                "training plan");
    return list;
}

} // namespace cohort
