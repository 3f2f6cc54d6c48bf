#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cohort {

class Database;

/// Fills an empty workspace with deterministic, realistic demo data (DOMAIN.md): groups with
/// positioning, members with identities, tags, referral chains and memberships, products,
/// campaigns, orders, messages with their membership events and activity roll-ups. The output
/// depends only on the seed and the scale, never on the clock: everything happens between
/// 2026-05-01 and 2026-10-31 (Asia/Shanghai). One transaction; safe to run off the GUI thread
/// (the Database gives each thread its own connection).
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Scale {
        Small, ///< ~12 groups, ~3,000 members, ~40 products, ~25 campaigns, ~8,000 orders
        Large, ///< 200,000 members and 500,000 orders, for benchmarks
    };
    struct Counts
    {
        qint64 groups = 0;
        qint64 members = 0;
        qint64 memberships = 0;
        qint64 identities = 0;
        qint64 products = 0;
        qint64 campaigns = 0;
        qint64 orders = 0;
        qint64 messages = 0;
        qint64 membershipEvents = 0;
        qint64 violations = 0; ///< found by the groups' rules
    };
    /// percent 0..100 and a translated description of the current step.
    using ProgressCallback = std::function<void(int percent, const QString &step)>;
    /// Polled between batches; returning true rolls everything back.
    using CancelFlag = std::function<bool()>;

    explicit DemoGenerator(const Database &database);
    ~DemoGenerator();

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(CancelFlag flag) { m_cancel = std::move(flag); }

    static std::optional<Scale> scaleFromKey(const QString &key);
    /// First and last instant of the demo period (UTC).
    static QDateTime periodStart();
    static QDateTime periodEnd();

    /// Generates into the workspace, which must hold no groups, members or products.
    bool generate(quint32 seed, Scale scale);
    bool wasCancelled() const { return m_cancelled; }
    const Counts &counts() const { return m_counts; }
    const WorkspaceError &lastError() const { return m_error; }

    /// The state of one generate() call (demogeneratorrun.h, private to the generator's files).
    struct Run;

private:
    bool step(int percent, const QString &text);
    bool makeGroupsAndProducts(Run &run);
    void makeMembers(Run &run);
    void makeMemberships(Run &run);
    bool makeCampaigns(Run &run);
    void makeMessages(Run &run);
    void makeOrders(Run &run);
    bool writeMembers(Run &run);
    bool writeActivity(Run &run);
    bool writeOrders(Run &run);
    /// Rebate and points rules and tiers, then the ledger of the paid orders and the points.
    bool writeLedger(Run &run);
    /// Runs every group's rules over its conversations (the demo's Violations).
    bool scanRules(const Run &run);
    bool fail(const WorkspaceError &error);

    const Database &m_database;
    ProgressCallback m_progress;
    CancelFlag m_cancel;
    Counts m_counts;
    WorkspaceError m_error;
    bool m_cancelled = false;
};

} // namespace cohort
