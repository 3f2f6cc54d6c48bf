// bench_lists: builds (or reuses) a workspace with 200,000 members and 500,000 orders and times
// what a user of the Members and Orders panes waits for: the first page of a new model, a
// filter keystroke (count + first page), sorting by a derived column, scrolling to the end.
//
//   bench_lists [--workspace FILE] [--members N] [--orders N] [--rebuild]

#include "models/memberlistmodel.h"
#include "models/orderlistmodel.h"
#include "storage/database.h"
#include "storage/listspecs.h"
#include "storage/memberorderstats.h"
#include "storage/sqltransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace cohort;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// Inserts rows with multi-row INSERT statements prepared once (execBatch runs one per row).
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &head, int columns, int rowsPerStatement)
        : m_db(db)
        , m_head(head)
        , m_columns(columns)
        , m_rows(rowsPerStatement)
        , m_full(db)
    {
        m_full.prepare(sql(m_rows));
    }

    bool add(const QVariantList &row)
    {
        m_pending << row;
        return m_pending.size() / m_columns < m_rows || flush();
    }

    bool flush()
    {
        const int rows = int(m_pending.size()) / m_columns;
        if (rows == 0)
            return true;
        QSqlQuery partial(m_db);
        QSqlQuery &q = rows == m_rows ? m_full : partial;
        if (rows != m_rows)
            q.prepare(sql(rows));
        for (const QVariant &v : std::as_const(m_pending))
            q.addBindValue(v);
        m_pending.clear();
        if (!q.exec()) {
            say(QStringLiteral("insert failed: ") + q.lastError().text());
            return false;
        }
        return true;
    }

private:
    QString sql(int rows) const
    {
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        return m_head + QStringLiteral(" VALUES ") + QStringList(rows, one).join(QLatin1Char(','));
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_rows;
    QSqlQuery m_full;
    QVariantList m_pending;
};

bool build(Database &db, int members, int orders)
{
    QRandomGenerator rng(20261122);
    const QStringList family
        = { QStringLiteral("王"), QStringLiteral("李"),     QStringLiteral("张"),
            QStringLiteral("刘"), QStringLiteral("陈"),     QStringLiteral("Smith"),
            QStringLiteral("Li"), QStringLiteral("Garcia"), QStringLiteral("Nguyen") };
    const QStringList given
        = { QStringLiteral("芳"),  QStringLiteral("娜"),   QStringLiteral("伟"),
            QStringLiteral("静"),  QStringLiteral("Anna"), QStringLiteral("John"),
            QStringLiteral("Mei"), QStringLiteral("Wei"),  QStringLiteral("Lucas") };
    const QStringList sources = { QStringLiteral("store_qr"),    QStringLiteral("offline_event"),
                                  QStringLiteral("referral"),    QStringLiteral("paid_entry"),
                                  QStringLiteral("advertising"), QStringLiteral("other") };
    const QStringList roles
        = { QStringLiteral("member"),    QStringLiteral("member"), QStringLiteral("member"),
            QStringLiteral("seed_user"), QStringLiteral("sharer"), QStringLiteral("expert") };
    const QStringList statuses
        = { QStringLiteral("placed"), QStringLiteral("paid"), QStringLiteral("paid"),
            QStringLiteral("delivered"), QStringLiteral("refunded") };
    const qint64 start = 1735689600; // 2025-01-01
    const int groups = 12;
    const int products = 40;

    SqlTransaction tx(db);
    if (!tx.isActive())
        return false;
    const QSqlDatabase c = tx.connection();
    // Memberships of a member go out in the same batch round as the member (checked at commit).
    QSqlQuery(c).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    {
        BulkInserter g(c, QStringLiteral("INSERT INTO chat_groups (name, platform, created_at)"), 3,
                       50);
        for (int i = 0; i < groups; ++i)
            g.add({ QStringLiteral("亲子社群 %1").arg(i + 1),
                    i % 2 ? QStringLiteral("wechat") : QStringLiteral("qq"), start });
        BulkInserter p(
            c, QStringLiteral("INSERT INTO products (name, sku, price_minor, cost_minor)"), 4, 50);
        for (int i = 0; i < products; ++i)
            p.add({ QStringLiteral("Product %1").arg(i + 1), QStringLiteral("SKU-%1").arg(i + 1),
                    990 + i * 500, 400 + i * 200 });
        BulkInserter t(c, QStringLiteral("INSERT INTO tags (name)"), 1, 50);
        for (const QString &tag : { QStringLiteral("vip"), QStringLiteral("mother"),
                                    QStringLiteral("snacks"), QStringLiteral("due") })
            t.add({ tag });
        if (!g.flush() || !p.flush() || !t.flush())
            return false;
    }
    BulkInserter m(
        c,
        QStringLiteral(
            "INSERT INTO members (display_name, phone, source_channel, referrer_id, first_seen, "
            "last_active, created_at)"),
        7, 200);
    BulkInserter ms(
        c, QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at)"), 4,
        200);
    BulkInserter mt(c, QStringLiteral("INSERT INTO member_tags (member_id, tag_id)"), 2, 400);
    const QVariant nullId { QMetaType(QMetaType::LongLong) };
    for (int i = 1; i <= members; ++i) {
        const QString name = family.at(rng.bounded(family.size()))
            + (i % 3 ? QString() : QStringLiteral(" ")) + given.at(rng.bounded(given.size()))
            + QString::number(i % 997);
        const qint64 first = start + rng.bounded(180 * 86400);
        const QVariant lastActive
            = i % 5 == 0 ? nullId : QVariant(first + qint64(rng.bounded(30 * 86400)));
        const QVariant referrer
            = i > 10 && i % 4 == 0 ? QVariant(qint64(rng.bounded(i - 1) + 1)) : nullId;
        if (!m.add({ name, QStringLiteral("13%1").arg(i, 9, 10, QLatin1Char('0')),
                     sources.at(i % sources.size()), referrer, first, lastActive, first }))
            return false;
        const int group = rng.bounded(groups) + 1;
        if (!ms.add({ group, i, roles.at(rng.bounded(roles.size())), first }))
            return false;
        if (i % 5 == 0 && !ms.add({ group % groups + 1, i, QStringLiteral("member"), first }))
            return false;
        if (i % 7 == 0 && !mt.add({ i, rng.bounded(4) + 1 }))
            return false;
    }
    if (!m.flush() || !ms.flush() || !mt.flush())
        return false;
    BulkInserter o(
        c,
        QStringLiteral(
            "INSERT INTO orders (member_id, product_id, group_id, quantity, unit_price_minor, "
            "total_minor, currency, ordered_at, channel, status)"),
        10, 100);
    for (int i = 0; i < orders; ++i) {
        const int product = rng.bounded(products);
        const int quantity = rng.bounded(5) + 1;
        const qint64 price = 990 + product * 500;
        if (!o.add({ rng.bounded(members) + 1, product + 1, rng.bounded(groups) + 1, quantity,
                     price, price * quantity, QStringLiteral("CNY"),
                     start + rng.bounded(180 * 86400),
                     i % 3 ? QStringLiteral("manual") : QStringLiteral("solitaire"),
                     statuses.at(rng.bounded(statuses.size())) }))
            return false;
    }
    if (!o.flush())
        return false;
    QSqlError error;
    if (!MemberOrderStats::refreshAll(c, &error)) {
        say(QStringLiteral("roll-up failed: ") + error.text());
        return false;
    }
    tx.touch(Table::Members | Table::Orders);
    return tx.commit();
}

/// Median and maximum of `runs` timings of `work` (ms), after `prepare` (untimed) each run.
struct Timing
{
    double median = 0;
    double max = 0;
    double cpuMedian = 0; ///< process CPU time: the machine may be shared, wall time then inflates
};

Timing measure(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
        cpu << double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms.at(ms.size() / 2), ms.last(), cpu.at(cpu.size() / 2) };
}

void report(const QString &what, const Timing &t, double target = 0)
{
    QString line = QStringLiteral("%1 %2 ms (max %3, cpu %4)")
                       .arg(what.leftJustified(62), 0)
                       .arg(t.median, 8, 'f', 1)
                       .arg(t.max, 0, 'f', 1)
                       .arg(t.cpuMedian, 0, 'f', 1);
    if (target > 0)
        line += t.median <= target ? QStringLiteral("  [target %1 ms: met]").arg(target)
                                   : QStringLiteral("  [target %1 ms: MISSED]").arg(target);
    say(line);
}

template<typename Model>
void benchList(Database &db, const QString &name,
               const QList<QPair<QString, std::function<void(Model &)>>> &filters,
               const QList<QPair<QString, int>> &sorts)
{
    const int runs = 5;
    say(QStringLiteral("\n== %1 ==").arg(name));
    report(QStringLiteral("new model -> first page"),
           measure(
               runs, [] {},
               [&] {
                   Model model(db);
                   model.fetchMore({});
               }),
           200);
    {
        Model model(db);
        model.fetchMore({});
        report(QStringLiteral("count (no filter)"),
               measure(
                   runs, [&] { model.refresh(); }, [&] { model.totalCount(); }));
    }
    for (const auto &[label, apply] : filters) {
        Model model(db);
        model.fetchMore({});
        qint64 rows = 0;
        const Timing t = measure(
            runs, [&] { model.setFilter({}); },
            [&] {
                apply(model);
                rows = model.totalCount();
                model.fetchMore({});
            });
        report(QStringLiteral("filter %1 -> count + first page (%2 rows)").arg(label).arg(rows), t,
               100);
    }
    for (const auto &[label, column] : sorts) {
        Model model(db);
        model.fetchMore({});
        bool desc = false;
        const Timing t = measure(
            runs, [&] { desc = !desc; },
            [&] {
                model.sort(column, desc ? Qt::DescendingOrder : Qt::AscendingOrder);
                model.fetchMore({});
            });
        report(QStringLiteral("sort by %1 -> first page").arg(label), t, 200);
    }
    {
        Model model(db);
        QElapsedTimer total;
        total.start();
        double slowest = 0;
        int pages = 0;
        while (model.canFetchMore({})) {
            QElapsedTimer page;
            page.start();
            model.fetchMore({});
            slowest = std::max(slowest, page.nsecsElapsed() / 1e6);
            ++pages;
        }
        say(QStringLiteral("%1 %2 ms for %3 pages / %4 rows, slowest page %5 ms")
                .arg(QStringLiteral("scroll to the end").leftJustified(58))
                .arg(total.nsecsElapsed() / 1e6, 8, 'f', 1)
                .arg(pages)
                .arg(model.rowCount())
                .arg(slowest, 0, 'f', 1));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("workspace"),
                       QStringLiteral("Workspace file to build or reuse."), QStringLiteral("file"),
                       QDir::temp().filePath(QStringLiteral("cohort-bench-lists.cohort")) });
    parser.addOption({ QStringLiteral("members"), QStringLiteral("Members to create."),
                       QStringLiteral("n"), QStringLiteral("200000") });
    parser.addOption({ QStringLiteral("orders"), QStringLiteral("Orders to create."),
                       QStringLiteral("n"), QStringLiteral("500000") });
    parser.addOption(
        { QStringLiteral("rebuild"), QStringLiteral("Recreate the workspace even if it exists.") });
    parser.process(app);

    const QString path = parser.value(QStringLiteral("workspace"));
    const int members = parser.value(QStringLiteral("members")).toInt();
    const int orders = parser.value(QStringLiteral("orders")).toInt();
    if (parser.isSet(QStringLiteral("rebuild")) || !QFile::exists(path)) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        Database db;
        const WorkspaceError error = db.open(path, Database::OpenMode::CreateOrOpen);
        if (error.isError()) {
            say(error.message);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!build(db, members, orders)) {
            db.close();
            QFile::remove(path); // never reuse a half-built workspace
            return 1;
        }
        say(QStringLiteral("built %1 members, %2 orders in %3 s")
                .arg(members)
                .arg(orders)
                .arg(t.elapsed() / 1000.0));
        QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    }

    Database db;
    const WorkspaceError error = db.open(path);
    if (error.isError()) {
        say(error.message);
        return 1;
    }
    say(QStringLiteral("workspace %1").arg(path));

    using MemberFilter = std::function<void(MemberListModel &)>;
    const ListQuerySpec memberSpec = ListSpecs::members(db.dialect());
    benchList<MemberListModel>(
        db, QStringLiteral("Members"),
        { { QStringLiteral("text \"l\""),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("l")); }) },
          { QStringLiteral("text \"li\""),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("li")); }) },
          { QStringLiteral("text \"王芳12\""),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("王芳12")); }) },
          { QStringLiteral("text \"zzz\" (no match)"),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("zzz")); }) },
          { QStringLiteral("text \"璐\" (1 character, no match)"),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("璐")); }) },
          { QStringLiteral("text \"130\" (every phone)"),
            MemberFilter([](MemberListModel &m) { m.setTextFilter(QStringLiteral("130")); }) },
          { QStringLiteral("group 3"),
            MemberFilter([](MemberListModel &m) { m.setGroupFilter(3); }) },
          { QStringLiteral("tag vip"),
            MemberFilter([](MemberListModel &m) { m.setTagFilter(QStringLiteral("vip")); }) },
          { QStringLiteral("role expert"),
            MemberFilter([](MemberListModel &m) { m.setRoleFilter(MemberRole::Expert); }) },
          { QStringLiteral("group 3 + text \"li\""), MemberFilter([](MemberListModel &m) {
                m.setGroupFilter(3);
                m.setTextFilter(QStringLiteral("li"));
            }) } },
        { { QStringLiteral("orders count (roll-up)"),
            memberSpec.columnIndex(QStringLiteral("order_count")) },
          { QStringLiteral("total spent (roll-up)"),
            memberSpec.columnIndex(QStringLiteral("spent")) },
          { QStringLiteral("last active"), memberSpec.columnIndex(QStringLiteral("last_active")) },
          { QStringLiteral("source"), memberSpec.columnIndex(QStringLiteral("source_channel")) } });

    using OrderFilter = std::function<void(OrderListModel &)>;
    const ListQuerySpec orderSpec = ListSpecs::orders(db.dialect());
    benchList<OrderListModel>(
        db, QStringLiteral("Orders"),
        { { QStringLiteral("text \"li\" (member/product name)"),
            OrderFilter([](OrderListModel &m) { m.setTextFilter(QStringLiteral("li")); }) },
          { QStringLiteral("text \"Product 7\""),
            OrderFilter([](OrderListModel &m) { m.setTextFilter(QStringLiteral("Product 7")); }) },
          { QStringLiteral("text \"王芳12\""),
            OrderFilter([](OrderListModel &m) { m.setTextFilter(QStringLiteral("王芳12")); }) },
          { QStringLiteral("text \"王\""),
            OrderFilter([](OrderListModel &m) { m.setTextFilter(QStringLiteral("王")); }) },
          { QStringLiteral("text \"璐\" (1 character, no match)"),
            OrderFilter([](OrderListModel &m) { m.setTextFilter(QStringLiteral("璐")); }) },
          { QStringLiteral("status refunded"),
            OrderFilter([](OrderListModel &m) { m.setStatusFilter(OrderStatus::Refunded); }) },
          { QStringLiteral("group 5"),
            OrderFilter([](OrderListModel &m) { m.setGroupFilter(5); }) },
          { QStringLiteral("member 4242"),
            OrderFilter([](OrderListModel &m) { m.setMemberFilter(4242); }) } },
        { { QStringLiteral("total"), orderSpec.columnIndex(QStringLiteral("total")) },
          { QStringLiteral("quantity"), orderSpec.columnIndex(QStringLiteral("quantity")) },
          { QStringLiteral("status"), orderSpec.columnIndex(QStringLiteral("status")) } });
    return 0;
}
