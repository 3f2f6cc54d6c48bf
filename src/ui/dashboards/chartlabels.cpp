#include "ui/dashboards/chartlabels.h"

#include <QHash>
#include <QSet>

namespace cohort {

namespace {

constexpr QChar Ellipsis(0x2026);

QString elideRight(const QString &name, int maxChars)
{
    return name.size() > maxChars ? name.left(maxChars - 1) + Ellipsis : name;
}

QString elideMiddle(const QString &name, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    const int head = (maxChars - 1) / 2;
    const int tail = maxChars - 1 - head;
    return name.left(head) + Ellipsis + name.right(tail);
}

} // namespace

QStringList ChartLabels::uniqueElided(const QStringList &names, int maxChars)
{
    maxChars = std::max(maxChars, 5);
    QStringList labels;
    labels.reserve(names.size());
    QHash<QString, int> uses;
    for (const QString &name : names) {
        labels << elideRight(name, maxChars);
        ++uses[labels.last()];
    }
    // Names cut alike usually differ at their end ("… Channel A", "… Channel B").
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (uses.value(labels.at(i)) > 1 && names.at(i).size() > maxChars)
            labels[i] = elideMiddle(names.at(i), maxChars);
    }
    // Whatever still repeats (equal names, or equal heads and tails) is numbered in order.
    QSet<QString> taken;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString label = labels.at(i);
        for (int n = 2; taken.contains(label); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            label = elideRight(names.at(i), std::max(1, int(maxChars - suffix.size()))) + suffix;
        }
        taken.insert(label);
        labels[i] = label;
    }
    return labels;
}

} // namespace cohort
