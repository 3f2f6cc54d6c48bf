#include "ui/campaigns/campaignresultspanel.h"

#include "storage/campaignrepository.h"
#include "storage/campaignresultsrepository.h"
#include "storage/database.h"
#include "storage/queryerror.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimeZone>

namespace cohort {

namespace {
enum Figure { Orders, Participants, Revenue, Tier, NewMembers, Goal, Figures };
} // namespace

CampaignResultsPanel::CampaignResultsPanel(Database &database, QWidget *parent)
    : QGroupBox(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("campaignResults"));
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < Figures; ++i) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        // Three figures per row keep the panel low under the table.
        grid->addWidget(name, i / 3, (i % 3) * 2);
        grid->addWidget(value, i / 3, (i % 3) * 2 + 1);
        m_names << name;
        m_values << value;
    }
    for (int col = 1; col < 6; col += 2)
        grid->setColumnStretch(col, 1);
    m_goalBar = new QProgressBar(this);
    m_goalBar->setRange(0, 100);
    m_goalBar->setTextVisible(true);
    grid->addWidget(m_goalBar, 2, 0, 1, 6);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    grid->addWidget(m_hint, 3, 0, 1, 6);
    connect(&m_database, &Database::changed, this, &CampaignResultsPanel::databaseChanged);
    refresh();
}

void CampaignResultsPanel::setCampaign(qint64 id)
{
    m_campaignId = id;
    refresh();
}

void CampaignResultsPanel::databaseChanged(Tables tables)
{
    if (m_campaignId > 0
        && (tables & (Table::Orders | Table::Campaigns | Table::Memberships | Table::Members)))
        refresh();
}

void CampaignResultsPanel::refresh()
{
    setTitle(tr("Results of the selected campaign"));
    m_names.at(Orders)->setText(tr("Orders:"));
    m_names.at(Participants)->setText(tr("Participants:"));
    m_names.at(Revenue)->setText(tr("Revenue:"));
    m_names.at(Tier)->setText(tr("Tier reached:"));
    m_names.at(NewMembers)->setText(tr("New members:"));
    m_names.at(Goal)->setText(tr("Goal:"));
    std::optional<Campaign> campaign;
    std::optional<CampaignResults> r;
    QString failure;
    try {
        if (m_campaignId > 0)
            campaign = CampaignRepository(m_database).find(m_campaignId);
        if (campaign)
            r = CampaignResultsRepository(m_database).results(*campaign);
    } catch (const QueryError &error) {
        failure = error.message();
    }
    for (QLabel *value : std::as_const(m_values))
        value->setText(QStringLiteral("–"));
    m_goalBar->setVisible(false);
    if (!failure.isEmpty()) {
        // Dashes and a reason, never zeros: a campaign whose orders cannot be read did not sell 0.
        m_hint->setText(tr("The results could not be read: %1").arg(failure));
        return;
    }
    if (!campaign) {
        m_hint->setText(tr("Select a campaign to see its orders, participants, revenue and new "
                           "members."));
        return;
    }
    const QLocale locale;
    m_values.at(Orders)->setText(locale.toString(r->orders));
    m_values.at(Participants)->setText(locale.toString(r->participants));
    QString revenue
        = r->revenue.currency().isEmpty() ? locale.toString(0) : r->revenue.toDisplayString(locale);
    if (r->otherCurrencyOrders > 0)
        revenue
            += tr(" (and %n order(s) in other currencies)", nullptr, int(r->otherCurrencyOrders));
    m_values.at(Revenue)->setText(revenue);
    if (campaign->priceTiers.isEmpty())
        m_values.at(Tier)->setText(tr("no price tiers"));
    else if (!r->tierReached)
        m_values.at(Tier)->setText(tr("none yet"));
    else
        m_values.at(Tier)->setText(tr("%1 people: %2 each")
                                       .arg(locale.toString(r->tierReached->minParticipants),
                                            r->tierReached->unitPrice.toDisplayString(locale)));
    m_values.at(NewMembers)
        ->setText(tr("%1 (%2 referred)")
                      .arg(locale.toString(r->newMembers), locale.toString(r->referredNewMembers)));
    const std::optional<int> percent = r->goalPercent();
    if (!percent) {
        m_values.at(Goal)->setText(tr("no goal set"));
    } else {
        QString goal;
        QString actual;
        if (r->goalKind == QLatin1String("revenue")) {
            const QString currency = r->revenue.currency().isEmpty() ? Money::defaultCurrency()
                                                                     : r->revenue.currency();
            goal = Money(r->goalValue, currency).toDisplayString(locale);
            actual = Money(r->goalActual(), currency).toDisplayString(locale);
        } else {
            goal = locale.toString(r->goalValue);
            actual = locale.toString(r->goalActual());
        }
        const QString kind = r->goalKind == QLatin1String("revenue") ? tr("revenue")
            : r->goalKind == QLatin1String("new_members")            ? tr("new members")
                                                                     : tr("orders");
        m_values.at(Goal)->setText(
            tr("%1 of %2 %3 (%4%)").arg(actual, goal, kind, locale.toString(*percent)));
        m_goalBar->setValue(std::min(*percent, 100));
        m_goalBar->setFormat(tr("%1% of the goal").arg(locale.toString(*percent)));
        m_goalBar->setAccessibleName(tr("Goal reached"));
        m_goalBar->setVisible(true);
    }
    m_hint->setText(tr("Window %1 – %2: orders linked to the campaign (refunds left out); new "
                       "members joined its groups in the window.")
                        .arg(locale.toString(r->windowStart.toTimeZone(
                                                 QTimeZone(m_database.timeZoneId().toUtf8())),
                                             QLocale::ShortFormat),
                             locale.toString(r->windowEnd.toTimeZone(
                                                 QTimeZone(m_database.timeZoneId().toUtf8())),
                                             QLocale::ShortFormat)));
}

QString CampaignResultsPanel::summary() const
{
    QStringList lines;
    for (int i = 0; i < Figures; ++i)
        lines << m_names.at(i)->text() + QLatin1Char(' ') + m_values.at(i)->text();
    return lines.join(QLatin1Char('\n'));
}

void CampaignResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

} // namespace cohort
