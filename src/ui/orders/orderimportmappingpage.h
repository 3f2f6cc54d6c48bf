#pragma once

#include "import/orders/ordercolumnmapping.h"

#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class OrderImportMappingPage;
}

namespace cohort {

class OrderImportWizard;

/// Second page of the order import: one field per file column (guessed from the headers or
/// taken from a saved profile), a preview of the first rows and the mapping's problems.
class OrderImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderImportMappingPage(OrderImportWizard *wizard);
    ~OrderImportMappingPage() override;

    /// The mapping the combo boxes show.
    import::OrderColumnMapping mapping() const;
    /// Sets column `column`'s field, as the user would.
    void setField(int column, import::OrderField field);
    /// The field combo of file column `column` (tests, accessibility checks).
    QComboBox *fieldCombo(int column) const;
    /// Selects the saved profile `name` and applies it; false when there is none.
    bool selectProfile(const QString &name);
    /// Saves the current mapping as profile `name` in the workspace.
    bool saveProfile(const QString &name);
    QString problemText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFieldCombo(QComboBox *combo) const;
    void fitFieldColumn();
    void applyMapping(const import::OrderColumnMapping &mapping);
    void fillProfiles(const QString &current);
    void profileChosen();
    void askSaveProfile();
    void deleteProfile();
    void mappingChanged();
    void retranslate();

    std::unique_ptr<Ui::OrderImportMappingPage> m_ui;
    OrderImportWizard *m_wizard;
    QList<QComboBox *> m_combos;
    bool m_applying = false;
};

} // namespace cohort
