#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cohort {
class Database;
}

namespace cohort::rules {

/// One stored violation with the names a list shows.
struct Violation
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    qint64 memberId = 0; ///< 0 = unknown author
    QString memberName;
    qint64 messageId = 0;
    QString rule;
    qint64 at = 0; ///< Unix seconds
    QString matched;
    bool dismissed = false;
};

/// A violation as re-scans find it again: its message and rule (row ids change on re-scan).
struct ViolationKey
{
    qint64 messageId = 0;
    QString rule;
    bool operator==(const ViolationKey &) const = default;
};

/// One message of a conversation around a violation.
struct ContextMessage
{
    qint64 messageId = 0;
    qint64 at = 0;
    QString author; ///< empty for system lines and unknown authors
    QString body;
};

/// Which violations: every field is optional (empty / 0 = any).
struct ViolationFilter
{
    QList<qint64> groupIds;
    QStringList rules;
    qint64 memberId = 0;
    qint64 from = 0; ///< Unix seconds, inclusive
    qint64 to = 0; ///< Unix seconds, exclusive
    bool includeDismissed = false;
};

/// A member's strikes (violations not dismissed) in one group over a window.
struct Strikes
{
    qint64 groupId = 0;
    QString groupName;
    qint64 memberId = 0;
    QString memberName;
    int strikes = 0;
    qint64 lastAt = 0;
    int threshold = 0; ///< the group's "N strikes" (StrikePolicy)
    bool overThreshold() const { return threshold > 0 && strikes >= threshold; }
};

/// Reads rule_violations and marks them dismissed. Reads throw QueryError.
class ViolationRepository final
{
public:
    explicit ViolationRepository(const Database &database)
        : m_database(database)
    {
    }

    /// Ordered by time, then id; `limit` < 0: all.
    QList<Violation> list(const ViolationFilter &filter, int limit = -1, int offset = 0) const;
    qint64 count(const ViolationFilter &filter) const;
    /// Rule key -> violations.
    QMap<QString, qint64> countsByRule(const ViolationFilter &filter) const;
    /// Strikes per (group, member) in the filter's window, most strikes first. The window's
    /// start is `filter.from`, or each group's StrikePolicy::windowDays before `now` when 0.
    QList<Strikes> strikes(const ViolationFilter &filter, qint64 now) const;
    /// `around` messages of the same group before and after `messageId`, and that message, in
    /// time order.
    QList<ContextMessage> context(qint64 messageId, int around) const;
    /// Whether these violations are dismissed; false with lastError() when the write fails.
    bool setDismissed(const QList<ViolationKey> &keys, bool dismissed);
    const QString &lastError() const { return m_error; }

private:
    QString where(const ViolationFilter &filter, QVariantList &values) const;

    const Database &m_database;
    QString m_error;
};

} // namespace cohort::rules
