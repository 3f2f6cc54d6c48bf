#pragma once

#include "domain/enums.h"

#include <QComboBox>

namespace cohort {

/// Fills a combo box with every value of a domain enum (display name, storage key as data) and
/// re-translates the names in place, keeping the selection.
template<typename E> void fillEnumCombo(QComboBox *combo)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QList<E> values = EnumTraits<E>::all();
    for (const E value : values)
        combo->addItem(enumDisplayName(value), enumKey(value));
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

template<typename E> void setEnumComboValue(QComboBox *combo, E value)
{
    const int index = combo->findData(enumKey(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template<typename E> E enumComboValue(const QComboBox *combo, E fallback)
{
    return enumFromKey(combo->currentData().toString(), fallback);
}

} // namespace cohort
