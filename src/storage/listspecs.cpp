#include "storage/listspecs.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>

namespace cohort {

namespace {

using Kind = ListColumn::Kind;

ListColumn column(const QString &key, const char *title, const QString &expression, Kind kind,
                  bool sortable = true, bool searchable = false)
{
    ListColumn c;
    c.key = key;
    c.title = title;
    c.expression = expression;
    c.kind = kind;
    c.sortable = sortable;
    c.searchable = searchable;
    return c;
}

ListColumn enumColumn(const QString &key, const char *title, const QString &expression,
                      const QString &vocabulary, Kind kind = Kind::Enum, bool sortable = true)
{
    ListColumn c = column(key, title, expression, kind, sortable);
    c.vocabulary = vocabulary;
    return c;
}

ListColumn moneyColumn(const QString &key, const char *title, const QString &minor,
                       const QString &currency)
{
    ListColumn c = column(key, title, minor, Kind::Money);
    c.extras = { currency };
    return c;
}

QString qs(const char *text)
{
    return QString::fromLatin1(text);
}

const QString NewLine = QStringLiteral("\n");

} // namespace

ListQuerySpec ListSpecs::groups(const SqlDialect &dialect)
{
    Q_UNUSED(dialect)
    ListQuerySpec s;
    s.entity = QStringLiteral("groups");
    s.from = QStringLiteral("chat_groups g");
    s.idExpression = QStringLiteral("g.id");
    s.columns = {
        enumColumn(QStringLiteral("platform"), QT_TRANSLATE_NOOP("ListColumn", "Platform"),
                   QStringLiteral("g.platform"), QStringLiteral("platform")),
        column(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumn", "Name"),
               QStringLiteral("g.name"), Kind::Text, true, true),
        enumColumn(QStringLiteral("status"), QT_TRANSLATE_NOOP("ListColumn", "Status"),
                   QStringLiteral("g.status"), QStringLiteral("group_status")),
        column(QStringLiteral("member_count"), QT_TRANSLATE_NOOP("ListColumn", "Members"),
               qs("(SELECT count(*) FROM memberships ms WHERE ms.group_id = g.id AND ms.left_at IS "
                  "NULL)"),
               Kind::Integer),
        enumColumn(QStringLiteral("goals"), QT_TRANSLATE_NOOP("ListColumn", "Goals"),
                   QStringLiteral("g.goals"), QStringLiteral("group_goal"), Kind::EnumList, false),
        column(QStringLiteral("main_business"), QT_TRANSLATE_NOOP("ListColumn", "Main business"),
               QStringLiteral("g.main_business"), Kind::Text, true, true),
        enumColumn(QStringLiteral("entry_threshold"),
                   QT_TRANSLATE_NOOP("ListColumn", "Entry threshold"),
                   QStringLiteral("g.entry_threshold"), QStringLiteral("entry_threshold")),
        column(QStringLiteral("capacity"), QT_TRANSLATE_NOOP("ListColumn", "Capacity"),
               QStringLiteral("g.capacity"), Kind::Integer),
    };
    s.filters = {
        { Status, QStringLiteral("g.status = ?") },
        { Platform, QStringLiteral("g.platform = ?") },
    };
    s.extraSearchColumns = { QStringLiteral("g.notes") };
    s.defaultSortKey = QStringLiteral("name");
    s.dependsOn = Table::Groups | Table::Memberships;
    return s;
}

ListQuerySpec ListSpecs::members(const SqlDialect &dialect)
{
    ListQuerySpec s;
    s.entity = QStringLiteral("members");
    s.from = QStringLiteral("members m");
    s.idExpression = QStringLiteral("m.id");

    // The search box matches the name, phone and WeChat id through the members' search index
    // (migration 0004); short texts test the walked rows themselves.
    ListColumn name = column(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumn", "Name"),
                             QStringLiteral("m.display_name"), Kind::Text, true, true);
    name.searchTable = QStringLiteral("members");
    name.searchColumns
        = { QStringLiteral("display_name"), QStringLiteral("phone"), QStringLiteral("wechat_id") };
    name.searchVia = QStringLiteral("m.id IN (%1)");
    name.searchInline = { QStringLiteral("m.display_name"), QStringLiteral("m.phone"),
                          QStringLiteral("m.wechat_id") };
    ListColumn roles = enumColumn(
        QStringLiteral("roles"), QT_TRANSLATE_NOOP("ListColumn", "Roles"),
        QStringLiteral("(SELECT ") + dialect.groupConcat(QStringLiteral("r.role"), NewLine)
            + qs(" FROM (SELECT DISTINCT ms.role AS role FROM memberships ms"
                 " WHERE ms.member_id = m.id AND ms.left_at IS NULL) r)"),
        QStringLiteral("member_role"), Kind::EnumList, false);
    ListColumn tags
        = column(QStringLiteral("tags"), QT_TRANSLATE_NOOP("ListColumn", "Tags"),
                 QStringLiteral("(SELECT ") + dialect.groupConcat(QStringLiteral("t.name"), NewLine)
                     + qs(" FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                          " WHERE mt.member_id = m.id)"),
                 Kind::TextList, false, true);
    tags.searchTable = QStringLiteral("tags");
    tags.searchColumns = { QStringLiteral("name") };
    // The tag set drives member_tags_tag ("mt.tag_id IN (...)" made SQLite scan member_tags).
    tags.searchVia
        = qs("m.id IN (SELECT mt.member_id FROM (%1) t JOIN member_tags mt ON mt.tag_id = t.id)");
    ListColumn source
        = enumColumn(QStringLiteral("source_channel"), QT_TRANSLATE_NOOP("ListColumn", "Source"),
                     QStringLiteral("m.source_channel"), QStringLiteral("source_channel"));
    // Sorting by the referrer's name would join and sort every member, and searching it would scan
    // the names twice per keystroke: neither is offered (the referrer is a column to read).
    ListColumn referrer = column(
        QStringLiteral("referrer"), QT_TRANSLATE_NOOP("ListColumn", "Referrer"),
        qs("(SELECT r.display_name FROM members r WHERE r.id = m.referrer_id)"), Kind::Text, false);
    ListColumn groups
        = column(QStringLiteral("groups"), QT_TRANSLATE_NOOP("ListColumn", "Groups"),
                 QStringLiteral("(SELECT ") + dialect.groupConcat(QStringLiteral("g.name"), NewLine)
                     + qs(" FROM memberships ms JOIN chat_groups g ON g.id = ms.group_id"
                          " WHERE ms.member_id = m.id AND ms.left_at IS NULL)"),
                 Kind::TextList, false);
    s.columns = {
        name,
        roles,
        tags,
        source,
        referrer,
        groups,
        column(QStringLiteral("first_seen"), QT_TRANSLATE_NOOP("ListColumn", "First seen"),
               QStringLiteral("m.first_seen"), Kind::DateTime),
        // When they last left a group (they are not back in it): former members stay visible
        // with their date. Read only: sorting would aggregate every member's memberships.
        column(QStringLiteral("last_left"), QT_TRANSLATE_NOOP("ListColumn", "Last left"),
               qs("(SELECT MAX(ms.left_at) FROM memberships ms WHERE ms.member_id = m.id)"),
               Kind::DateTime, false),
        column(QStringLiteral("order_count"), QT_TRANSLATE_NOOP("ListColumn", "Orders"),
               QStringLiteral("m.order_count"), Kind::Integer),
        moneyColumn(QStringLiteral("spent"), QT_TRANSLATE_NOOP("ListColumn", "Total spent"),
                    QStringLiteral("m.spent_minor"), QStringLiteral("m.spent_currency")),
        column(QStringLiteral("last_active"), QT_TRANSLATE_NOOP("ListColumn", "Last active"),
               QStringLiteral("m.last_active"), Kind::DateTime),
        // Summing every member's ledger to sort would read the whole points ledger: read only.
        column(QStringLiteral("points"), QT_TRANSLATE_NOOP("ListColumn", "Points"),
               qs("(SELECT COALESCE(SUM(p.points), 0) FROM points_ledger p"
                  " WHERE p.member_id = m.id)"),
               Kind::Integer, false),
        // The tier follows from points and spend under the workspace's tiers (MemberListModel).
        column(QStringLiteral("tier"), QT_TRANSLATE_NOOP("ListColumn", "Tier"),
               QStringLiteral("NULL"), Kind::Text, false),
    };
    s.filters = {
        // Id sets, not EXISTS per member: counting 20,000 members of a group walks the membership
        // index of that group instead of probing 200,000 members.
        { Group,
          qs("m.id IN (SELECT ms.member_id FROM memberships ms WHERE ms.group_id = ?"
             " AND ms.left_at IS NULL)") },
        // One membership row per (group, member): left_at set means out of that group now.
        { FormerGroup,
          qs("m.id IN (SELECT ms.member_id FROM memberships ms WHERE ms.group_id = ?"
             " AND ms.left_at IS NOT NULL)") },
        // The bound value only switches the filter on (every filter binds one value).
        { Former,
          qs("? AND m.id IN (SELECT ms.member_id FROM memberships ms WHERE ms.left_at IS NOT NULL)"
             " AND m.id NOT IN (SELECT ms.member_id FROM memberships ms WHERE ms.left_at IS "
             "NULL)") },
        { Tag,
          qs("m.id IN (SELECT mt.member_id FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
             " WHERE t.name = ?)") },
        { Role,
          qs("m.id IN (SELECT ms.member_id FROM memberships ms WHERE ms.role = ?"
             " AND ms.left_at IS NULL)") },
        { Source, QStringLiteral("m.source_channel = ?") },
    };
    s.defaultSortKey = QStringLiteral("name");
    s.dependsOn = Table::Members | Table::Memberships | Table::Tags | Table::Orders | Table::Groups
        | Table::Messages | Table::Points;
    return s;
}

ListQuerySpec ListSpecs::products(const SqlDialect &dialect)
{
    Q_UNUSED(dialect)
    ListQuerySpec s;
    s.entity = QStringLiteral("products");
    s.from = QStringLiteral("products p");
    s.idExpression = QStringLiteral("p.id");
    s.columns = {
        column(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumn", "Name"),
               QStringLiteral("p.name"), Kind::Text, true, true),
        column(QStringLiteral("sku"), QT_TRANSLATE_NOOP("ListColumn", "SKU"),
               QStringLiteral("p.sku"), Kind::Text, true, true),
        column(QStringLiteral("category"), QT_TRANSLATE_NOOP("ListColumn", "Category"),
               QStringLiteral("p.category"), Kind::Text, true, true),
        enumColumn(QStringLiteral("role"), QT_TRANSLATE_NOOP("ListColumn", "Role"),
                   QStringLiteral("p.role"), QStringLiteral("product_role")),
        moneyColumn(QStringLiteral("price"), QT_TRANSLATE_NOOP("ListColumn", "Price"),
                    QStringLiteral("p.price_minor"), QStringLiteral("p.currency")),
        moneyColumn(QStringLiteral("cost"), QT_TRANSLATE_NOOP("ListColumn", "Cost"),
                    QStringLiteral("p.cost_minor"), QStringLiteral("p.currency")),
        column(QStringLiteral("margin"), QT_TRANSLATE_NOOP("ListColumn", "Margin"),
               qs("(CASE WHEN p.price_minor > 0 THEN (p.price_minor - p.cost_minor) * 10000 / "
                  "p.price_minor END)"),
               Kind::BasisPoints),
        column(QStringLiteral("repurchase_cycle"),
               QT_TRANSLATE_NOOP("ListColumn", "Repurchase cycle (days)"),
               QStringLiteral("p.repurchase_cycle_days"), Kind::Integer),
        column(QStringLiteral("active"), QT_TRANSLATE_NOOP("ListColumn", "Active"),
               QStringLiteral("p.active"), Kind::Bool),
    };
    s.filters = {
        { ProductRole, QStringLiteral("p.role = ?") },
        { Active, QStringLiteral("p.active = ?") },
    };
    s.defaultSortKey = QStringLiteral("name");
    s.dependsOn = Table::Products;
    return s;
}

ListQuerySpec ListSpecs::campaigns(const SqlDialect &dialect)
{
    ListQuerySpec s;
    s.entity = QStringLiteral("campaigns");
    s.from = QStringLiteral("campaigns c");
    s.idExpression = QStringLiteral("c.id");
    ListColumn schedule
        = column(QStringLiteral("schedule"), QT_TRANSLATE_NOOP("ListColumn", "Schedule"),
                 QStringLiteral("c.starts_at"), Kind::Schedule);
    schedule.extras = { QStringLiteral("c.ends_at"), QStringLiteral("c.recurrence") };
    // Draft and Cancelled are the operator's word; otherwise the dates say whether a campaign is
    // still to come, running or over, so a stored "Running" cannot outlive the campaign. A one-off
    // ends after its duration, a recurring one at its end date (or never).
    const QString now = dialect.nowSeconds();
    const QString status
        = qs("(CASE WHEN c.status IN ('draft', 'cancelled') OR c.starts_at IS NULL THEN c.status"
             " WHEN c.starts_at > ")
        + now
        + qs(" THEN 'scheduled' WHEN COALESCE(c.ends_at, CASE WHEN COALESCE(c.recurrence, '')"
             " = '' THEN c.starts_at + 60 * c.duration_minutes END) <= ")
        + now + qs(" THEN 'finished' ELSE 'running' END)");
    s.columns = {
        column(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumn", "Name"),
               QStringLiteral("c.name"), Kind::Text, true, true),
        enumColumn(QStringLiteral("type"), QT_TRANSLATE_NOOP("ListColumn", "Type"),
                   QStringLiteral("c.type"), QStringLiteral("campaign_type")),
        enumColumn(QStringLiteral("status"), QT_TRANSLATE_NOOP("ListColumn", "Status"), status,
                   QStringLiteral("campaign_status")),
        column(QStringLiteral("groups"), QT_TRANSLATE_NOOP("ListColumn", "Groups"),
               QStringLiteral("(SELECT ") + dialect.groupConcat(QStringLiteral("g.name"), NewLine)
                   + qs(" FROM campaign_groups cg JOIN chat_groups g ON g.id = cg.group_id"
                        " WHERE cg.campaign_id = c.id)"),
               Kind::TextList, false),
        column(QStringLiteral("products"), QT_TRANSLATE_NOOP("ListColumn", "Products"),
               QStringLiteral("(SELECT ") + dialect.groupConcat(QStringLiteral("p.name"), NewLine)
                   + qs(" FROM campaign_products cp JOIN products p ON p.id = cp.product_id"
                        " WHERE cp.campaign_id = c.id)"),
               Kind::TextList, false),
        schedule,
        column(
            QStringLiteral("tiers"), QT_TRANSLATE_NOOP("ListColumn", "Price tiers"),
            QStringLiteral("(SELECT ")
                + dialect.groupConcat(qs("CAST(t.min_participants AS TEXT) || '|' || "
                                         "CAST(t.unit_price_minor AS TEXT) || '|' || t.currency"),
                                      NewLine)
                + qs(" FROM campaign_price_tiers t WHERE t.campaign_id = c.id)"),
            Kind::PriceTiers, false),
    };
    s.filters = {
        { Status, status + QStringLiteral(" = ?") },
        { Type, QStringLiteral("c.type = ?") },
        { Group,
          qs("EXISTS (SELECT 1 FROM campaign_groups cg WHERE cg.campaign_id = c.id AND cg.group_id "
             "= ?)") },
    };
    s.extraSearchColumns = { QStringLiteral("c.notes") };
    s.defaultSortKey = QStringLiteral("schedule");
    s.defaultDescending = true;
    s.dependsOn = Table::Campaigns | Table::Groups | Table::Products;
    return s;
}

ListQuerySpec ListSpecs::orders(const SqlDialect &dialect)
{
    Q_UNUSED(dialect)
    ListQuerySpec s;
    s.entity = QStringLiteral("orders");
    s.from = QStringLiteral("orders o");
    s.idExpression = QStringLiteral("o.id");
    // Names come from correlated lookups, evaluated for the rows of a page only. Sorting 500,000
    // orders by a looked-up name would sort the whole table on every page: those columns do not
    // sort. Text search matches the names first (members through their search index); a page of
    // few matches collects those members'/products' orders through the orders_member/
    // orders_product indexes into one id set (an OR of two plain IN lists made SQLite scan all
    // orders), a page of many walks the time index and tests member and product (ListQuery).
    ListColumn member
        = column(QStringLiteral("member"), QT_TRANSLATE_NOOP("ListColumn", "Member"),
                 qs("(SELECT x.display_name FROM members x WHERE x.id = o.member_id)"), Kind::Text,
                 false, true);
    member.searchTable = QStringLiteral("members");
    member.searchColumns = { QStringLiteral("display_name") };
    member.searchVia = qs("o.id IN (SELECT y.id FROM orders y WHERE y.member_id IN (%1))");
    member.searchWalkVia = QStringLiteral("o.member_id IN (%1)");
    ListColumn product = column(
        QStringLiteral("product"), QT_TRANSLATE_NOOP("ListColumn", "Product"),
        qs("(SELECT x.name FROM products x WHERE x.id = o.product_id)"), Kind::Text, false, true);
    product.searchTable = QStringLiteral("products");
    product.searchColumns = { QStringLiteral("name") };
    product.searchVia = qs("o.id IN (SELECT y.id FROM orders y WHERE y.product_id IN (%1))");
    product.searchWalkVia = QStringLiteral("o.product_id IN (%1)");
    s.columns = {
        member,
        product,
        column(QStringLiteral("quantity"), QT_TRANSLATE_NOOP("ListColumn", "Quantity"),
               QStringLiteral("o.quantity"), Kind::Integer),
        moneyColumn(QStringLiteral("unit_price"), QT_TRANSLATE_NOOP("ListColumn", "Unit price"),
                    QStringLiteral("o.unit_price_minor"), QStringLiteral("o.currency")),
        moneyColumn(QStringLiteral("total"), QT_TRANSLATE_NOOP("ListColumn", "Total"),
                    QStringLiteral("o.total_minor"), QStringLiteral("o.currency")),
        column(QStringLiteral("group"), QT_TRANSLATE_NOOP("ListColumn", "Group"),
               qs("(SELECT x.name FROM chat_groups x WHERE x.id = o.group_id)"), Kind::Text, false),
        column(QStringLiteral("campaign"), QT_TRANSLATE_NOOP("ListColumn", "Campaign"),
               qs("(SELECT x.name FROM campaigns x WHERE x.id = o.campaign_id)"), Kind::Text,
               false),
        column(QStringLiteral("time"), QT_TRANSLATE_NOOP("ListColumn", "Time"),
               QStringLiteral("o.ordered_at"), Kind::DateTime),
        enumColumn(QStringLiteral("channel"), QT_TRANSLATE_NOOP("ListColumn", "Channel"),
                   QStringLiteral("o.channel"), QStringLiteral("order_channel"), Kind::Enum, false),
        enumColumn(QStringLiteral("status"), QT_TRANSLATE_NOOP("ListColumn", "Status"),
                   QStringLiteral("o.status"), QStringLiteral("order_status")),
    };
    s.filters = {
        { Group, QStringLiteral("o.group_id = ?") },
        { Member, QStringLiteral("o.member_id = ?") },
        { Status, QStringLiteral("o.status = ?") },
        { Campaign, QStringLiteral("o.campaign_id = ?") },
    };
    s.defaultSortKey = QStringLiteral("time");
    s.defaultDescending = true;
    s.dependsOn
        = Table::Orders | Table::Members | Table::Products | Table::Groups | Table::Campaigns;
    return s;
}

ListQuerySpec ListSpecs::messages(const SqlDialect &dialect)
{
    Q_UNUSED(dialect)
    ListQuerySpec s;
    s.entity = QStringLiteral("messages");
    s.from = QStringLiteral("messages msg");
    s.idExpression = QStringLiteral("msg.id");
    // Pages walk messages_group_sent (one group) or messages_sent (all groups) newest first. The
    // text is looked up in the bodies' full-text index (migration 0011) and the authors' names in
    // the members' one: a rare word yields a few ids, sorted for the page; a common word walks
    // the sort index and tests the bodies of the rows it visits, so a page of matches stops
    // early. Author and group names are looked up for the rows of a page only and do not sort.
    ListColumn author
        = column(QStringLiteral("author"), QT_TRANSLATE_NOOP("ListColumn", "Author"),
                 qs("(SELECT x.display_name FROM members x WHERE x.id = msg.member_id)"),
                 Kind::Text, false, true);
    author.searchTable = QStringLiteral("members");
    author.searchColumns = { QStringLiteral("display_name") };
    author.searchVia = QStringLiteral("msg.member_id IN (%1)");
    ListColumn text = column(QStringLiteral("text"), QT_TRANSLATE_NOOP("ListColumn", "Text"),
                             QStringLiteral("msg.body"), Kind::Text, false, true);
    text.searchTable = QStringLiteral("messages");
    text.searchColumns = { QStringLiteral("body") };
    text.searchVia = QStringLiteral("msg.id IN (%1)");
    text.searchInline = { QStringLiteral("msg.body") };
    text.searchInlineOnWalk = true;
    // Text last: it takes the width the other columns leave.
    s.columns = {
        column(QStringLiteral("time"), QT_TRANSLATE_NOOP("ListColumn", "Time"),
               QStringLiteral("msg.sent_at"), Kind::DateTime),
        column(QStringLiteral("group"), QT_TRANSLATE_NOOP("ListColumn", "Group"),
               qs("(SELECT x.name FROM chat_groups x WHERE x.id = msg.group_id)"), Kind::Text,
               false),
        author,
        enumColumn(QStringLiteral("kind"), QT_TRANSLATE_NOOP("ListColumn", "Kind"),
                   QStringLiteral("msg.kind"), QStringLiteral("message_kind"), Kind::Enum, false),
        text,
    };
    s.filters = {
        { Group, QStringLiteral("msg.group_id = ?") },
        { Member, QStringLiteral("msg.member_id = ?") },
    };
    s.searchResolvesRows = true;
    s.defaultSortKey = QStringLiteral("time");
    s.defaultDescending = true;
    s.dependsOn = Table::Messages | Table::Members | Table::Groups;
    return s;
}

} // namespace cohort
