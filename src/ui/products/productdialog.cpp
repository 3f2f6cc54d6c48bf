#include "ui/products/productdialog.h"

#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"
#include "ui/widgets/enumcombo.h"

#include "ui_productdialog.h"

#include <QEvent>
#include <QLocale>

namespace cohort {

ProductDialog::ProductDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductDialog>())
{
    m_ui->setupUi(this);
    m_ui->repurchaseSpin->setMaximum(36500);
    fillEnumCombo<ProductRole>(m_ui->roleCombo);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->priceEdit, m_ui->costEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProductDialog::validate);
    Product fresh;
    fresh.price = Money(0, Money::defaultCurrency());
    fresh.cost = Money(0, Money::defaultCurrency());
    setProduct(fresh);
}

ProductDialog::~ProductDialog() = default;

QString ProductDialog::currency() const
{
    return m_product.price.currency().isEmpty() ? Money::defaultCurrency()
                                                : m_product.price.currency();
}

void ProductDialog::setProduct(const Product &product)
{
    m_product = product;
    m_ui->nameEdit->setText(product.name);
    m_ui->skuEdit->setText(product.sku);
    m_ui->categoryEdit->setText(product.category);
    setEnumComboValue(m_ui->roleCombo, product.role);
    m_ui->priceEdit->setText(
        product.id == 0 && product.price.isZero() ? QString() : product.price.toPlainString());
    m_ui->costEdit->setText(
        product.id == 0 && product.cost.isZero() ? QString() : product.cost.toPlainString());
    m_ui->repurchaseSpin->setValue(product.repurchaseCycleDays);
    m_ui->activeCheck->setChecked(product.active);
    m_ui->notesEdit->setPlainText(product.notes);
    m_shown = formProduct();
    validate();
}

Product ProductDialog::product() const
{
    const Product now = formProduct();
    Product p = m_product;
    takeIfEdited(p.name, m_shown.name, now.name);
    takeIfEdited(p.sku, m_shown.sku, now.sku);
    takeIfEdited(p.category, m_shown.category, now.category);
    takeIfEdited(p.role, m_shown.role, now.role);
    takeIfEdited(p.price, m_shown.price, now.price);
    takeIfEdited(p.cost, m_shown.cost, now.cost);
    takeIfEdited(p.repurchaseCycleDays, m_shown.repurchaseCycleDays, now.repurchaseCycleDays);
    takeIfEdited(p.active, m_shown.active, now.active);
    takeIfEdited(p.notes, m_shown.notes, now.notes);
    return p;
}

Product ProductDialog::formProduct() const
{
    Product p = m_product;
    p.name = m_ui->nameEdit->text().trimmed();
    p.sku = m_ui->skuEdit->text().trimmed();
    p.category = m_ui->categoryEdit->text().trimmed();
    p.role = enumComboValue(m_ui->roleCombo, ProductRole::Traffic);
    p.price = Money::parse(m_ui->priceEdit->text(), currency()).value_or(Money(0, currency()));
    // An empty cost means "not known": zero, so the margin shows the whole price.
    p.cost = m_ui->costEdit->text().trimmed().isEmpty()
        ? Money(0, currency())
        : Money::parse(m_ui->costEdit->text(), currency()).value_or(Money(0, currency()));
    p.repurchaseCycleDays = m_ui->repurchaseSpin->value();
    p.active = m_ui->activeCheck->isChecked();
    p.notes = m_ui->notesEdit->toPlainText();
    return p;
}

QStringList ProductDialog::problems() const
{
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Enter a name for the product.");
    const std::optional<Money> price = Money::parse(m_ui->priceEdit->text(), currency());
    if (!price)
        problems << tr("Enter the price as an amount such as 19.90.");
    else if (price->isNegative())
        problems << tr("The price cannot be negative.");
    if (!m_ui->costEdit->text().trimmed().isEmpty()) {
        const std::optional<Money> cost = Money::parse(m_ui->costEdit->text(), currency());
        if (!cost)
            problems << tr("Enter the cost as an amount such as 8.50, or leave it empty.");
        else if (cost->isNegative())
            problems << tr("The cost cannot be negative.");
    }
    return problems;
}

void ProductDialog::validate()
{
    const std::optional<Money> price = Money::parse(m_ui->priceEdit->text(), currency());
    const QString costText = m_ui->costEdit->text().trimmed();
    const std::optional<Money> cost = costText.isEmpty()
        ? std::optional<Money>(Money(0, currency()))
        : Money::parse(costText, currency());
    if (price && cost && price->minorUnits() > 0) {
        const Money margin = *price - *cost;
        const double percent = 100.0 * double(margin.minorUnits()) / double(price->minorUnits());
        m_ui->marginValue->setText(
            tr("%1 (%2%)")
                .arg(margin.toDisplayString(QLocale()), QLocale().toString(percent, 'f', 1)));
    } else {
        m_ui->marginValue->setText(tr("—"));
    }
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void ProductDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillEnumCombo<ProductRole>(m_ui->roleCombo);
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
