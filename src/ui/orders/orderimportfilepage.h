#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class OrderImportFilePage;
}

namespace cohort {

class OrderImportWizard;

/// First page of the order import: the CSV file, read at once to report its encoding, separator
/// and row count (or why it cannot be read).
class OrderImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderImportFilePage(OrderImportWizard *wizard);
    ~OrderImportFilePage() override;

    /// Sets the path as if typed, and reads the file.
    void setPath(const QString &path);
    QString statusText() const;
    bool isComplete() const override;
    /// Reads the file again: after fixing lines the user comes back here and clicks Next.
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void load();
    void updateStatus();

    std::unique_ptr<Ui::OrderImportFilePage> m_ui;
    OrderImportWizard *m_wizard;
    QString m_loadedPath;
};

} // namespace cohort
