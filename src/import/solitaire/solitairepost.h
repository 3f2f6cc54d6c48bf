#pragma once

#include <QList>
#include <QString>

namespace cohort::import {

/// One numbered line of a solitaire (接龙) list: "3. Li Na 2 boxes no coriander".
struct SolitaireEntry
{
    int position = 0; ///< the number as written
    QString name; ///< nickname as written (may hold spaces and emoji)
    int quantity = 1; ///< 1 when the line names no quantity
    bool quantityGiven = false;
    QString unit; ///< "盒", "份", "boxes"; empty for "x3" or a bare number
    QString note; ///< the rest of the line: item, remarks
    bool operator==(const SolitaireEntry &) const = default;
};

/// A message recognised as a solitaire list: header title, free text, example line and entries.
struct SolitairePost
{
    QString title; ///< header text without the 接龙 / sign-up marker
    QString description; ///< lines between header and entries, example excluded
    QString example; ///< the "例 …" / "格式 …" / "e.g. …" line, if any
    QList<SolitaireEntry> entries;
};

} // namespace cohort::import
