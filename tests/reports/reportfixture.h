#pragma once

#include <QDate>
#include <QString>

namespace cohort {
class Database;
}

namespace cohort::test {

/// Workspaces for the weekly report tests and benchmark, written with plain SQL inserts.
class ReportFixture final
{
public:
    /// The hand-worked fixture (Asia/Shanghai): two groups, seven members (one with a hostile
    /// name, one with a Chinese name), orders, campaigns and violations around ISO week 2026-W10.
    /// Every number the tests expect is worked out in tst_weeklyreportbuilder.cpp.
    static bool fill(Database &database);
    /// `groups` groups with a year of activity, orders and events ending on `lastDay`
    /// (deterministic from `seed`), for the benchmark.
    static bool fillLarge(Database &database, int groups, const QDate &lastDay, quint32 seed);

    static QString hostileName() { return QStringLiteral("<img src=file:///etc/passwd>"); }
    /// UTC seconds of a local time in Asia/Shanghai (UTC+8, no DST).
    static qint64 local(int month, int day, int hour = 0, int minute = 0);
};

} // namespace cohort::test
