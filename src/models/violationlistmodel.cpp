#include "models/violationlistmodel.h"

#include "rules/ruletitles.h"
#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

namespace {

const QString RuleKey = QStringLiteral("rule");
const QString FromKey = QStringLiteral("from");
const QString ToKey = QStringLiteral("to");
const QString DismissedKey = QStringLiteral("dismissed");

ListColumn column(const QString &key, const char *title, const QString &expression,
                  ListColumn::Kind kind, bool sortable = false, bool searchable = false)
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

ListQuerySpec violationSpec()
{
    using Kind = ListColumn::Kind;
    ListQuerySpec s;
    s.entity = QStringLiteral("violations");
    s.from = QStringLiteral("rule_violations v");
    s.idExpression = QStringLiteral("v.id");
    ListColumn member
        = column(QStringLiteral("member"), QT_TRANSLATE_NOOP("ListColumn", "Member"),
                 QStringLiteral("(SELECT x.display_name FROM members x WHERE x.id = v.member_id)"),
                 Kind::Text, false, true);
    member.searchColumn = QStringLiteral("x.display_name");
    member.searchVia = QStringLiteral("v.member_id IN (SELECT x.id FROM members x WHERE %1)");
    s.columns = {
        column(QStringLiteral("time"), QT_TRANSLATE_NOOP("ListColumn", "Time"),
               QStringLiteral("v.at"), Kind::DateTime, true),
        column(QStringLiteral("group"), QT_TRANSLATE_NOOP("ListColumn", "Group"),
               QStringLiteral("(SELECT x.name FROM chat_groups x WHERE x.id = v.group_id)"),
               Kind::Text),
        member,
        column(RuleKey, QT_TRANSLATE_NOOP("ListColumn", "Rule"), QStringLiteral("v.rule"),
               Kind::Text, true),
        column(DismissedKey, QT_TRANSLATE_NOOP("ListColumn", "Dismissed"),
               QStringLiteral("v.dismissed"), Kind::Bool),
        column(QStringLiteral("member_id"), QT_TRANSLATE_NOOP("ListColumn", "Member ID"),
               QStringLiteral("v.member_id"), Kind::Integer),
        column(QStringLiteral("message_id"), QT_TRANSLATE_NOOP("ListColumn", "Message ID"),
               QStringLiteral("v.message_id"), Kind::Integer),
        column(QStringLiteral("matched"), QT_TRANSLATE_NOOP("ListColumn", "Matched text"),
               QStringLiteral("v.matched"), Kind::Text, false, true),
    };
    s.filters = {
        { ListSpecs::Group, QStringLiteral("v.group_id = ?") },
        { ListSpecs::Member, QStringLiteral("v.member_id = ?") },
        { RuleKey, QStringLiteral("v.rule = ?") },
        { FromKey, QStringLiteral("v.at >= ?") },
        { ToKey, QStringLiteral("v.at < ?") },
        { DismissedKey, QStringLiteral("v.dismissed = ?") },
    };
    s.defaultSortKey = QStringLiteral("time");
    s.defaultDescending = true;
    s.dependsOn = Table::Violations | Table::Members | Table::Groups;
    return s;
}

} // namespace

ViolationListModel::ViolationListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, violationSpec(), parent)
{
    setFilterValue(DismissedKey, 0);
}

QVariant ViolationListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == columnOf(RuleKey)
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString key = SqlPagedTableModel::data(index, RawValueRole).toString();
        return role == Qt::DisplayRole ? RuleTitles::title(key) : RuleTitles::help(key);
    }
    return SqlPagedTableModel::data(index, role);
}

QVariant ViolationListModel::rawValue(int row, const QString &key) const
{
    return SqlPagedTableModel::data(index(row, columnOf(key)), RawValueRole);
}

void ViolationListModel::setGroupFilter(qint64 groupId)
{
    setFilterValue(ListSpecs::Group, groupId > 0 ? QVariant(groupId) : QVariant());
}

void ViolationListModel::setRuleFilter(const QString &rule)
{
    setFilterValue(RuleKey, rule.isEmpty() ? QVariant() : QVariant(rule));
}

void ViolationListModel::setMemberFilter(qint64 memberId)
{
    setFilterValue(ListSpecs::Member, memberId > 0 ? QVariant(memberId) : QVariant());
}

void ViolationListModel::setTimeFilter(qint64 from, qint64 to)
{
    setFilterValue(FromKey, from > 0 ? QVariant(from) : QVariant());
    setFilterValue(ToKey, to > 0 ? QVariant(to) : QVariant());
}

void ViolationListModel::setShowDismissed(bool show)
{
    setFilterValue(DismissedKey, show ? QVariant() : QVariant(0));
}

} // namespace cohort
