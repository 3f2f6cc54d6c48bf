#pragma once

#include "storage/listqueryspec.h"

namespace cohort {

class SqlDialect;

/// The list specs of the five panes (columns of issue 2, their SQL, filters and indexes used).
class ListSpecs final
{
public:
    // Structured filter keys (ListFilter::values).
    static inline const QString Group = QStringLiteral("group"); ///< group id
    /// Members: who left this group (id) and are not back in it.
    static inline const QString FormerGroup = QStringLiteral("former_group");
    /// Members: true = those in no group any more who were in one.
    static inline const QString Former = QStringLiteral("former");
    static inline const QString Tag = QStringLiteral("tag"); ///< tag name
    static inline const QString Role = QStringLiteral("role"); ///< MemberRole key
    static inline const QString Source = QStringLiteral("source"); ///< SourceChannel key
    static inline const QString Member = QStringLiteral("member"); ///< member id
    static inline const QString Status = QStringLiteral("status"); ///< status key of the entity
    static inline const QString Campaign = QStringLiteral("campaign"); ///< campaign id
    static inline const QString Platform = QStringLiteral("platform"); ///< Platform key
    static inline const QString ProductRole = QStringLiteral("product_role"); ///< ProductRole key
    static inline const QString Active = QStringLiteral("active"); ///< bool
    static inline const QString Type = QStringLiteral("type"); ///< CampaignType key

    static ListQuerySpec groups(const SqlDialect &dialect);
    static ListQuerySpec members(const SqlDialect &dialect);
    static ListQuerySpec products(const SqlDialect &dialect);
    static ListQuerySpec campaigns(const SqlDialect &dialect);
    static ListQuerySpec orders(const SqlDialect &dialect);
    /// Imported chat messages, newest first (the Messages view).
    static ListQuerySpec messages(const SqlDialect &dialect);
};

} // namespace cohort
