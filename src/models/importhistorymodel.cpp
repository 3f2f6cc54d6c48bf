#include "models/importhistorymodel.h"

#include "models/enumvocabulary.h"
#include "storage/database.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <optional>

namespace cohort {

ImportHistoryModel::ImportHistoryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_timeZone(WorkspaceZone::of(database))
{
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::ImportBatches | Table::Groups | Table::Messages))
            refresh();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatchRecord &b = m_batches.at(index.row());
    auto raw = [&]() -> QVariant {
        switch (index.column()) {
        case FileColumn:
            return b.fileName;
        case FormatColumn:
            return b.format;
        case ImportedColumn:
            return b.importedAt;
        case MessagesColumn:
            return b.messages;
        case DuplicatesColumn:
            return b.duplicates;
        case NewMembersColumn:
            return b.newMembers;
        case JoinsColumn:
            return b.joins;
        case LeavesColumn:
            return b.leaves;
        case WarningsColumn:
            return b.warnings;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return b.fileName;
        case FormatColumn:
            return EnumVocabulary::displayName(QStringLiteral("platform"), b.format);
        case ImportedColumn:
            return m_locale.toString(
                QDateTime::fromSecsSinceEpoch(b.importedAt, Qt::UTC).toTimeZone(m_timeZone),
                QLocale::ShortFormat);
        default:
            return m_locale.toString(raw().toLongLong());
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn && b.hasRange) {
            const auto when = [&](qint64 s) {
                return m_locale.toString(
                    QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toTimeZone(m_timeZone),
                    QLocale::ShortFormat);
            };
            return QString(b.fileName.toHtmlEscaped() + QStringLiteral("<br>")
                           + tr("%1 to %2").arg(when(b.firstAt), when(b.lastAt)).toHtmlEscaped());
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= MessagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case BatchIdRole:
        return b.id;
    case RawValueRole:
        return raw();
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case ImportedColumn:
        return tr("Imported");
    case MessagesColumn:
        return tr("Messages");
    case DuplicatesColumn:
        return tr("Duplicates");
    case NewMembersColumn:
        return tr("New members");
    case JoinsColumn:
        return tr("Joins");
    case LeavesColumn:
        return tr("Leaves");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

void ImportHistoryModel::setGroupId(qint64 groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    refresh();
}

void ImportHistoryModel::refresh()
{
    beginResetModel();
    m_timeZone = WorkspaceZone::of(m_database); // a change of the zone reloads every model
    std::optional<QueryError> failure;
    try {
        m_batches = m_groupId > 0 ? ImportBatchRepository(m_database).forGroup(m_groupId)
                                  : QList<ImportBatchRecord>();
    } catch (const QueryError &error) {
        m_batches.clear();
        failure = error;
    }
    endResetModel();
    m_failed = failure.has_value();
    if (failure)
        Q_EMIT loadFailed(failure->message(), failure->details());
}

bool ImportHistoryModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // the new language's default locale
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_batches.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace cohort
