#pragma once

#include <QLineEdit>

class QCompleter;

namespace cohort {

class Database;
class MemberListModel;

/// Picks one member out of hundreds of thousands: typing searches in SQL and a completion popup
/// offers the matches; the chosen member's id is memberId().
class MemberPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit MemberPicker(QWidget *parent = nullptr);

    /// Must be called before use (forms create the widget without a workspace).
    void setDatabase(Database &database);
    qint64 memberId() const { return m_memberId; }
    /// Shows `id` (0 = nobody) under `name`.
    void setMember(qint64 id, const QString &name);
    /// Members that cannot be chosen (e.g. the member being edited as their own referrer).
    void setExcludedId(qint64 id) { m_excludedId = id; }

Q_SIGNALS:
    void memberChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void search(const QString &text);
    void pick(const QModelIndex &index);

    MemberListModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    qint64 m_memberId = 0;
    qint64 m_excludedId = 0;
};

} // namespace cohort
