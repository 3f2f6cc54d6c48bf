#pragma once

#include "storage/changeset.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace cohort {

/// One column of a list: how SQL computes it, how the model should format it, and what it allows.
struct ListColumn
{
    /// How the raw value is to be shown; the model formats, storage only delivers raw values.
    enum class Kind {
        Text,
        Integer,
        Money, ///< expression = minor units; extras[0] = currency code
        DateTime, ///< Unix seconds
        Bool,
        Enum, ///< a storage key of the enum named by `vocabulary`
        EnumList, ///< newline-separated keys of `vocabulary`
        TextList, ///< newline-separated free text
        BasisPoints, ///< a share in 1/100 percent
        Schedule, ///< expression = start; extras = end, recurrence rule
        PriceTiers, ///< newline-separated "minParticipants|minorUnits|currency"
    };

    QString key; ///< stable, never translated (column chooser settings, CSV headers of scripts)
    const char *title = nullptr; ///< untranslated source text in context "ListColumn"
    QString expression;
    Kind kind = Kind::Text;
    bool sortable = true;
    bool searchable = false;
    QString vocabulary; ///< Enum/EnumList: "platform", "group_status", ... (see models)
    QStringList extras; ///< further expressions the kind needs (currency, schedule end ...)
    /// For searchable columns whose match is cheaper through an index than on the expression:
    /// a condition with %1 where the contains-clause goes (e.g. "o.member_id IN (SELECT id FROM
    /// members WHERE %1)"), and the column the clause tests.
    QString searchVia;
    QString searchColumn;
    /// Searching through another table's search index: %1 of searchVia receives the dialect's
    /// containsIdSet(searchTable, searchColumns) instead of a contains-clause on searchColumn.
    QString searchTable;
    QStringList searchColumns;
    /// The same test for a page that walks its sort index (ListQuery's walk plan), with %1 as
    /// in searchVia; empty = searchVia. E.g. "o.member_id IN (%1)" rather than collecting the
    /// matching orders' ids first.
    QString searchWalkVia;
    /// On the walk plan, when the id set would scan anyway (short texts): expressions of the
    /// listed row tested with a contains-clause each, so the walk stops at a full page instead
    /// of first scanning the whole table into a set.
    QStringList searchInline;
    /// Test searchInline on the walk plan even when the id set reads an index: the walk is only
    /// chosen when many rows match, and a page of them then lies among the first rows walked,
    /// while the set of a common word would be read whole first.
    bool searchInlineOnWalk = false;
};

/// A structured filter a list understands: a condition with one bound `?`.
struct ListFilterDefinition
{
    QString key;
    QString condition;
};

/// Everything ListQuery needs to list one entity.
struct ListQuerySpec
{
    QString entity; ///< "groups", "members" ...
    QString from; ///< FROM clause (table with alias, joins)
    QString idExpression; ///< e.g. "m.id"
    QList<ListColumn> columns;
    QList<ListFilterDefinition> filters;
    QStringList extraSearchColumns; ///< matched by the text filter without being shown
    /// Match the text once into an id set ("id IN (SELECT id FROM ... WHERE match)") instead of
    /// testing every row the ORDER BY index walks: for a rare word the walk would visit all rows
    /// in index order, each a random read of the table row.
    bool searchAsIdSet = false;
    /// On a page whose text matches few rows, the probe reads the matching rows' own ids (also
    /// when an alternative's id set is large, e.g. many members whose few messages match) and the
    /// page selects exactly those rows: an OR of sets from different indexes could make the
    /// planner walk the whole sort index instead.
    bool searchResolvesRows = false;
    QString defaultSortKey;
    bool defaultDescending = false;
    Tables dependsOn; ///< models refresh when a commit touches one of these

    int columnIndex(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
};

/// What the user asked to see: a text typed in the search box plus structured filters by key.
struct ListFilter
{
    QString text;
    QVariantMap
        values; ///< key of a ListFilterDefinition -> bound value; invalid values are ignored
    bool operator==(const ListFilter &) const = default;
};

/// Sort order of a list; the row id always breaks ties in the same direction.
struct ListSort
{
    int column = -1; ///< -1 = the spec's default
    bool descending = false;
    bool operator==(const ListSort &) const = default;
};

/// Where the previous page ended, so the next page seeks instead of skipping rows (an OFFSET
/// of 400,000 rows costs as much as reading them).
struct ListCursor
{
    bool valid = false;
    QVariant sortValue;
    qint64 id = 0;
};

/// One row of a page: its id and one value per column (a QVariantList for columns with extras).
struct ListRow
{
    qint64 id = 0;
    QVariantList values;
};

struct ListPage
{
    QList<ListRow> rows;
    ListCursor last; ///< pass to the next page() call
};

} // namespace cohort
