#pragma once

#include "domain/group.h"
#include "domain/product.h"

#include <QList>
#include <QStringList>

namespace cohort {

/// The fixed word lists and templates the demo generator draws from: people's names, tags, group
/// positioning, the product catalogue and message texts. Kept apart so the generator reads as
/// logic and the lists can grow without touching it.
class DemoVocabulary final
{
public:
    static const QStringList &chineseSurnames();
    static const QStringList &chineseGivenNames();
    static const QStringList &englishFirstNames();
    static const QStringList &englishLastNames();
    static const QStringList &tags();
    /// Twelve groups with complete positioning (platform, goals, portrait, rules, capacity).
    static QList<Group> groupTemplates();
    /// About forty products over the four roles; consumables carry a repurchase cycle.
    static QList<Product> productCatalogue();
    static const QStringList &chatLines();
    static const QStringList &mediaLines();
    static const QStringList &linkLines();
};

} // namespace cohort
