#include "ui/groups/grouptargetspanel.h"

#include "reports/scorecardtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cohort {

GroupTargetsPanel::GroupTargetsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("groupTargetsPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("targetsText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setGoals = new QPushButton(this);
    m_setGoals->setObjectName(QStringLiteral("setGoalsButton"));
    m_setGoals->hide();
    connect(m_setGoals, &QPushButton::clicked, this, &GroupTargetsPanel::setGoalsRequested);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_setGoals, 0, Qt::AlignTop);
    retranslate();
}

void GroupTargetsPanel::retranslate()
{
    m_setGoals->setText(tr("Set Goals…"));
    m_setGoals->setToolTip(tr("Open the group's goals and targets"));
}

void GroupTargetsPanel::show(const QString &groupName, const std::optional<GroupScorecard> &card,
                             const QDate &to)
{
    m_setGoals->setVisible(card && card->attainment == Attainment::NoPositioning);
    if (!card) {
        m_text->setText(groupName.isEmpty() ? tr("Targets: select one group.")
                                            : tr("Targets of “%1”: computing…").arg(groupName));
        return;
    }
    if (card->attainment == Attainment::NoPositioning) {
        m_text->setText(tr("“%1” has no positioning yet: tick its goals to judge it by its own "
                           "numbers.")
                            .arg(groupName));
        return;
    }
    //: %1 group name, %2 first day, %3 last day of the 30 days, %4 met/near/missed
    m_text->setText(tr("Targets of “%1”, %2 – %3: %4")
                        .arg(groupName, locale().toString(to.addDays(-29), QLocale::ShortFormat),
                             locale().toString(to, QLocale::ShortFormat),
                             ScorecardText::attainmentName(card->attainment).toLower())
                    + QLatin1Char('\n') + ScorecardText::details(*card, locale()));
}

} // namespace cohort
