#include "rules/phraselists.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort::rules {

namespace {

const QString AdsKey = QStringLiteral("rules.ads_phrases");
const QString SolicitingKey = QStringLiteral("rules.soliciting_phrases");

} // namespace

PhraseLists PhraseLists::defaults()
{
    PhraseLists lists;
    lists.ads = QStringList {
        QStringLiteral("代购"),           QStringLiteral("招代理"),
        QStringLiteral("诚招"),           QStringLiteral("兼职"),
        QStringLiteral("日赚"),           QStringLiteral("月入过万"),
        QStringLiteral("优惠券"),         QStringLiteral("低价出"),
        QStringLiteral("特价"),           QStringLiteral("清仓"),
        QStringLiteral("刷单"),           QStringLiteral("返利"),
        QStringLiteral("扫码领"),         QStringLiteral("免费领取"),
        QStringLiteral("点击链接"),       QStringLiteral("discount code"),
        QStringLiteral("promo code"),     QStringLiteral("coupon"),
        QStringLiteral("buy now"),        QStringLiteral("limited offer"),
        QStringLiteral("for sale"),       QStringLiteral("make money"),
        QStringLiteral("earn money"),     QStringLiteral("work from home"),
        QStringLiteral("crypto signals"), QStringLiteral("investment opportunity"),
    };
    lists.soliciting = QStringList {
        QStringLiteral("加我微信"),    QStringLiteral("加微信"),
        QStringLiteral("加我好友"),    QStringLiteral("私聊"),
        QStringLiteral("私信我"),      QStringLiteral("私我"),
        QStringLiteral("微信号"),      QStringLiteral("加v"),
        QStringLiteral("vx"),          QStringLiteral("wx号"),
        QStringLiteral("加q"),         QStringLiteral("qq号"),
        QStringLiteral("联系我"),      QStringLiteral("dm me"),
        QStringLiteral("pm me"),       QStringLiteral("message me privately"),
        QStringLiteral("inbox me"),    QStringLiteral("add me on"),
        QStringLiteral("whatsapp me"), QStringLiteral("text me"),
    };
    return lists;
}

PhraseLists PhraseLists::load(const Database &database)
{
    PhraseLists lists = defaults();
    CheckedQuery q(database, QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
    q.bind(AdsKey).bind(SolicitingKey).exec();
    while (q.next()) {
        QStringList phrases;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
            phrases << v.toString();
        (q.value(0).toString() == AdsKey ? lists.ads : lists.soliciting) = phrases;
    }
    return lists;
}

bool PhraseLists::save(const Database &database, const PhraseLists &lists, QString *error)
{
    SqlTransaction tx(database);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!tx.isActive())
        return fail(tx.error().message);
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const QList<std::pair<QString, QStringList>> rows { { AdsKey, lists.ads },
                                                        { SolicitingKey, lists.soliciting } };
    for (const auto &[key, phrases] : rows) {
        q.addBindValue(key);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(phrases)).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(Database::errorFromSql(q.lastError()).message);
    }
    tx.touch(Table::Violations);
    if (!tx.commit())
        return fail(tx.error().message);
    return true;
}

} // namespace cohort::rules
