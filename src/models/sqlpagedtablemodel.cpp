#include "models/sqlpagedtablemodel.h"

#include "storage/database.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace cohort {

SqlPagedTableModel::SqlPagedTableModel(Database &database, ListQuerySpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_query(database, std::move(spec))
    , m_timeZone(WorkspaceZone::of(database))
{
    connect(&database, &Database::changed, this, &SqlPagedTableModel::onChanged);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

SqlPagedTableModel::~SqlPagedTableModel() = default;

int SqlPagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlPagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(spec().columns.size());
}

QVariant SqlPagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    const QVariant &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatter()->display(row, index.column());
    case IdRole:
        return row.id;
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole: {
        switch (spec().columns.at(index.column()).kind) {
        case ListColumn::Kind::Integer:
        case ListColumn::Kind::Money:
        case ListColumn::Kind::BasisPoints:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant SqlPagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("ListColumn", spec().columns.at(section).title);
    return {};
}

bool SqlPagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or an insertion is being announced: a listener that fetched from its
    // modelReset/rowsInserted slot would insert rows before the other listeners saw the change.
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void SqlPagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ListPage page;
    try {
        page = m_query.pageAfter(m_filter, m_sort, m_cursor, PageSize);
    } catch (const QueryError &error) {
        m_atEnd = true;
        reportFailure(error);
        return;
    }
    if (page.rows.size() < PageSize)
        m_atEnd = true;
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        m_notifying = true;
        beginInsertRows({}, first, first + int(page.rows.size()) - 1);
        m_rows << page.rows;
        m_cursor = page.last;
        endInsertRows();
        m_notifying = false;
    }
    // Announced once the rows are in: a listener may fetch again, from the new cursor.
    reportSuccess();
}

void SqlPagedTableModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

void SqlPagedTableModel::sortLoadedRows(
    const std::function<bool(const ListRow &, const ListRow &)> &less)
{
    fetchAll();
    m_notifying = true;
    beginResetModel();
    m_notifying = false;
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
    endResetModel();
}

void SqlPagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const ListSort sort { column, order == Qt::DescendingOrder };
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload(0);
}

QString SqlPagedTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnCount() ? spec().columns.at(column).key : QString();
}

bool SqlPagedTableModel::isSortable(int column) const
{
    return column >= 0 && column < columnCount() && spec().columns.at(column).sortable;
}

void SqlPagedTableModel::setFilter(const ListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload(0);
}

void SqlPagedTableModel::setTextFilter(const QString &text)
{
    ListFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void SqlPagedTableModel::setFilterValue(const QString &key, const QVariant &value)
{
    ListFilter f = m_filter;
    if (value.isValid() && !value.isNull())
        f.values.insert(key, value);
    else
        f.values.remove(key);
    setFilter(f);
}

qint64 SqlPagedTableModel::totalCount() const
{
    if (!m_count) {
        try {
            m_count = m_query.count(m_filter);
        } catch (const QueryError &) {
            return -1; // the rows themselves report the failure, with Retry
        }
    }
    return *m_count;
}

qint64 SqlPagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SqlPagedTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void SqlPagedTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    resetFormatter();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DisplayRole });
}

void SqlPagedTableModel::refresh()
{
    reload(int(m_rows.size()));
}

void SqlPagedTableModel::retranslate()
{
    // The language switch set a new default locale: dates and numbers follow it.
    m_locale = QLocale();
    resetFormatter();
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DisplayRole });
}

bool SqlPagedTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void SqlPagedTableModel::onChanged(Tables tables)
{
    if (tables & spec().dependsOn)
        refresh();
}

void SqlPagedTableModel::reload(int keepRows)
{
    m_notifying = true;
    beginResetModel();
    m_notifying = false;
    m_timeZone = WorkspaceZone::of(m_database); // a change of the zone reloads every model
    resetFormatter();
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    m_count.reset();
    std::optional<QueryError> failure;
    if (keepRows > 0) {
        // One query for what was loaded, rounded up to whole pages, so the view keeps its place.
        const int limit = (keepRows + PageSize - 1) / PageSize * PageSize;
        try {
            const ListPage page = m_query.pageAfter(m_filter, m_sort, {}, limit);
            m_rows = page.rows;
            m_cursor = page.last;
            m_atEnd = page.rows.size() < limit;
        } catch (const QueryError &error) {
            m_atEnd = true;
            failure = error;
        }
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (failure)
        reportFailure(*failure);
    else if (keepRows > 0)
        reportSuccess();
}

void SqlPagedTableModel::reportFailure(const QueryError &error)
{
    m_failed = true;
    Q_EMIT queryFailed(error.message(), error.details());
}

void SqlPagedTableModel::reportSuccess()
{
    if (!m_failed)
        return;
    m_failed = false;
    Q_EMIT queryRecovered();
}

std::shared_ptr<const ListCellFormatter> SqlPagedTableModel::formatter() const
{
    if (!m_formatter)
        m_formatter = makeFormatter();
    return m_formatter;
}

std::shared_ptr<const ListCellFormatter> SqlPagedTableModel::makeFormatter() const
{
    return std::make_shared<ListCellFormatter>(spec().columns, m_locale, m_timeZone);
}

void SqlPagedTableModel::resetFormatter()
{
    m_formatter.reset();
}

} // namespace cohort
