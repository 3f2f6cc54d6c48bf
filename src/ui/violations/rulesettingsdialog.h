#pragma once

#include "rules/phraselists.h"
#include "rules/ruleset.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cohort {

class Database;

/// A group's rule settings beyond the dialog's check boxes (docs/rules.md): keyword rules,
/// flooding thresholds, the strike policy and the approved promoters (chosen from the group's
/// members), plus the workspace's ad and soliciting phrase lists.
class RuleSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Reads the group's rules and members (throws QueryError when that fails).
    RuleSettingsDialog(Database &database, qint64 groupId, const QString &groupName,
                       QWidget *parent = nullptr);

    /// What the form holds now (built-ins, policy and admins as read).
    rules::RuleSet ruleSet() const;
    rules::PhraseLists phraseLists() const;
    /// Writes both; false with a message shown when it fails.
    bool save();

    QTableWidget *keywordTable() const { return m_keywords; }
    QListWidget *promoterList() const { return m_promoters; }
    QSpinBox *floodMessagesBox() const { return m_floodMessages; }
    QSpinBox *strikeThresholdBox() const { return m_strikeThreshold; }
    QPlainTextEdit *adsEdit() const { return m_ads; }

private:
    void addKeywordRow(const rules::KeywordRule &rule);

    Database &m_database;
    qint64 m_groupId;
    QString m_groupName;
    rules::RuleSet m_loaded;
    rules::PhraseLists m_loadedPhrases;
    QTableWidget *m_keywords = nullptr;
    QSpinBox *m_floodMessages = nullptr;
    QSpinBox *m_floodSeconds = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QSpinBox *m_repeatMinutes = nullptr;
    QSpinBox *m_quietMinutes = nullptr;
    QSpinBox *m_strikeThreshold = nullptr;
    QSpinBox *m_strikeDays = nullptr;
    QListWidget *m_promoters = nullptr;
    QPlainTextEdit *m_ads = nullptr;
    QPlainTextEdit *m_soliciting = nullptr;
};

} // namespace cohort
