#include "ui/orders/orderimportmappingpage.h"

#include "storage/orderimportprofilerepository.h"
#include "ui/orders/orderimportwizard.h"

#include "ui_orderimportmappingpage.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSignalBlocker>

namespace cohort {

using import::OrderColumnMapping;
using import::OrderField;
using import::OrderFields;

namespace {
constexpr int PreviewRows = 5;
constexpr int SampleValues = 3;
enum MappingColumn { ColumnName, FieldColumn, SampleColumn };
} // namespace

OrderImportMappingPage::OrderImportMappingPage(OrderImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::OrderImportMappingPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(ColumnName,
                                                                 QHeaderView::ResizeToContents);
    // Sized to the combo boxes in fitFieldColumn(): cell widgets do not count for contents.
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Fixed);
    m_ui->previewTable->setMaximumHeight(m_ui->previewTable->fontMetrics().height() * 9);
    // Rows as tall as a combo box, all alike: rows sized to contents vary with the cell widgets.
    QComboBox probe;
    m_ui->mappingTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->mappingTable->verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 2);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &OrderImportMappingPage::profileChosen);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this,
            &OrderImportMappingPage::askSaveProfile);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this,
            &OrderImportMappingPage::deleteProfile);
    retranslate();
}

OrderImportMappingPage::~OrderImportMappingPage() = default;

void OrderImportMappingPage::fillFieldCombo(QComboBox *combo) const
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(OrderFields::displayName(OrderField::Ignore), int(OrderField::Ignore));
    const QList<OrderField> fields = OrderFields::all();
    for (const OrderField field : fields)
        combo->addItem(OrderFields::displayName(field), int(field));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void OrderImportMappingPage::initializePage()
{
    const import::OrderCsvFile &file = m_wizard->file();
    const QStringList &headers = file.headers();
    m_combos.clear();
    m_ui->mappingTable->clearContents();
    m_ui->mappingTable->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        auto *name = new QTableWidgetItem(headers.at(c).isEmpty() ? tr("(column %1)").arg(c + 1)
                                                                  : headers.at(c));
        m_ui->mappingTable->setItem(c, ColumnName, name);
        auto *combo = new QComboBox(m_ui->mappingTable);
        combo->setAccessibleName(tr("Field of column “%1”").arg(headers.at(c)));
        fillFieldCombo(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &OrderImportMappingPage::mappingChanged);
        m_ui->mappingTable->setCellWidget(c, FieldColumn, combo);
        m_combos << combo;
        QStringList samples;
        for (int r = 0; r < file.rows().size() && samples.size() < SampleValues; ++r) {
            const QString value = file.rows().at(r).fields.value(c).trimmed();
            if (!value.isEmpty())
                samples << value;
        }
        // User data: the item shows it as plain text (items never interpret markup).
        m_ui->mappingTable->setItem(c, SampleColumn,
                                    new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
    }

    const int previewRows = int(qMin<qsizetype>(PreviewRows, file.rows().size()));
    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(int(headers.size()));
    m_ui->previewTable->setRowCount(previewRows);
    QStringList lineLabels;
    for (int r = 0; r < previewRows; ++r) {
        const import::OrderCsvFile::Row &row = file.rows().at(r);
        lineLabels << QString::number(row.line);
        for (int c = 0; c < headers.size(); ++c)
            m_ui->previewTable->setItem(r, c, new QTableWidgetItem(row.fields.value(c)));
    }
    m_ui->previewTable->setVerticalHeaderLabels(lineLabels);

    fillProfiles(m_ui->profileCombo->currentData().toString());
    if (m_ui->profileCombo->currentIndex() <= 0)
        applyMapping(OrderColumnMapping::guess(headers));
    else
        profileChosen();
    m_ui->previewTable->resizeColumnsToContents();
    fitFieldColumn();
}

void OrderImportMappingPage::fitFieldColumn()
{
    const QHeaderView *header = m_ui->mappingTable->horizontalHeader();
    int width = header->fontMetrics().horizontalAdvance(
                    m_ui->mappingTable->horizontalHeaderItem(FieldColumn)
                        ? m_ui->mappingTable->horizontalHeaderItem(FieldColumn)->text()
                        : QString())
        + 16;
    for (const QComboBox *combo : std::as_const(m_combos))
        width = qMax(width, combo->sizeHint().width());
    m_ui->mappingTable->horizontalHeader()->resizeSection(FieldColumn, width + 4);
}

void OrderImportMappingPage::applyMapping(const OrderColumnMapping &mapping)
{
    m_applying = true;
    const QStringList &headers = m_wizard->file().headers();
    const QHash<OrderField, int> resolved = mapping.resolve(headers);
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
    for (auto it = resolved.cbegin(); it != resolved.cend(); ++it) {
        if (QComboBox *combo = m_combos.value(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(int(it.key()))));
    }
    m_applying = false;
    mappingChanged();
}

OrderColumnMapping OrderImportMappingPage::mapping() const
{
    OrderColumnMapping mapping;
    const QStringList &headers = m_wizard->file().headers();
    for (int c = 0; c < m_combos.size(); ++c) {
        const auto field = OrderField(m_combos.at(c)->currentData().toInt());
        // Columns without a header are kept by number, so the mapping still names them.
        const QString column
            = headers.value(c).isEmpty() ? QString::number(c + 1) : headers.value(c);
        if (field != OrderField::Ignore)
            mapping.set(column, field);
    }
    return mapping;
}

void OrderImportMappingPage::setField(int column, OrderField field)
{
    if (QComboBox *combo = m_combos.value(column))
        combo->setCurrentIndex(qMax(0, combo->findData(int(field))));
}

QComboBox *OrderImportMappingPage::fieldCombo(int column) const
{
    return m_combos.value(column);
}

void OrderImportMappingPage::mappingChanged()
{
    if (m_applying)
        return;
    // Preview headers say what each column becomes.
    const QStringList &headers = m_wizard->file().headers();
    QStringList labels;
    for (int c = 0; c < headers.size(); ++c) {
        const auto field
            = OrderField(m_combos.value(c) ? m_combos.at(c)->currentData().toInt() : 0);
        labels << (field == OrderField::Ignore
                       ? headers.at(c)
                       : tr("%1 → %2").arg(headers.at(c), OrderFields::displayName(field)));
    }
    m_ui->previewTable->setHorizontalHeaderLabels(labels);
    const QStringList problems = mapping().problems(headers);
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

QString OrderImportMappingPage::problemText() const
{
    return m_ui->problemLabel->text();
}

bool OrderImportMappingPage::isComplete() const
{
    return m_wizard->hasFile() && mapping().problems(m_wizard->file().headers()).isEmpty();
}

bool OrderImportMappingPage::validatePage()
{
    m_wizard->preparePlan(mapping());
    return true;
}

void OrderImportMappingPage::fillProfiles(const QString &current)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("(guessed from the headers)"), QString());
    const QStringList names = OrderImportProfileRepository(m_wizard->database()).names();
    for (const QString &name : names)
        m_ui->profileCombo->addItem(name, name);
    m_ui->profileCombo->setCurrentIndex(
        current.isEmpty() ? 0 : qMax(0, m_ui->profileCombo->findData(current)));
    m_ui->deleteProfileButton->setEnabled(m_ui->profileCombo->currentIndex() > 0);
}

void OrderImportMappingPage::profileChosen()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    m_ui->deleteProfileButton->setEnabled(!name.isEmpty());
    if (name.isEmpty()) {
        applyMapping(OrderColumnMapping::guess(m_wizard->file().headers()));
        return;
    }
    const std::optional<QString> json
        = OrderImportProfileRepository(m_wizard->database()).mapping(name);
    const std::optional<OrderColumnMapping> mapping
        = json ? OrderColumnMapping::fromJson(*json) : std::nullopt;
    if (mapping)
        applyMapping(*mapping);
}

bool OrderImportMappingPage::selectProfile(const QString &name)
{
    const int index = m_ui->profileCombo->findData(name);
    if (index <= 0)
        return false;
    m_ui->profileCombo->setCurrentIndex(index);
    return true;
}

bool OrderImportMappingPage::saveProfile(const QString &name)
{
    OrderImportProfileRepository profiles(m_wizard->database());
    if (!profiles.save(name, mapping().toJson())) {
        QMessageBox box(QMessageBox::Warning, tr("Save Profile"), profiles.lastError().message,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    fillProfiles(name.trimmed());
    return true;
}

void OrderImportMappingPage::askSaveProfile()
{
    const QString current = m_ui->profileCombo->currentData().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Profile"),
        tr("Name of the mapping profile (e.g. the shop system the file comes from):"),
        QLineEdit::Normal, current, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveProfile(name);
}

void OrderImportMappingPage::deleteProfile()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Profile"),
                    tr("Delete the mapping profile “%1”?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    OrderImportProfileRepository(m_wizard->database()).remove(name);
    fillProfiles(QString());
}

void OrderImportMappingPage::retranslate()
{
    m_ui->mappingTable->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("Imports as"), tr("First values") });
    m_ui->mappingTable->setAccessibleName(tr("Column mapping"));
    m_ui->previewTable->setAccessibleName(tr("Preview of the first rows"));
    m_ui->profileCombo->setItemText(0, tr("(guessed from the headers)"));
    for (QComboBox *combo : std::as_const(m_combos))
        fillFieldCombo(combo);
    fitFieldColumn();
}

void OrderImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_wizard->hasFile() && !m_combos.isEmpty())
            mappingChanged();
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
