#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace cohort {

/// Shows that data could not be read, in place of the data: an icon, the message, a Retry
/// button and the technical details (statement, driver message) on request. A pane shows it
/// instead of an empty table or chart, so a broken workspace never reads as "no data".
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows the banner with `message` (for the user) and `details` (for a bug report).
    void showError(const QString &message, const QString &details = QString());
    QString message() const;

Q_SIGNALS:
    /// The user pressed Retry; the banner stays until the pane hides it after a good load.
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggleDetails();

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace cohort
