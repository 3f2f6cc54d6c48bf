#include "ui/widgets/errorbanner.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cohort {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The palette's base tinted towards red stays readable in light and dark palettes.
    QPalette tinted = palette();
    QColor background = palette().color(QPalette::Base);
    const QColor alert(0xd0, 0x30, 0x30);
    background.setRgb((background.red() * 4 + alert.red()) / 5,
                      (background.green() * 4 + alert.green()) / 5,
                      (background.blue() * 4 + alert.blue()) / 5);
    tinted.setColor(QPalette::Window, background);
    setPalette(tinted);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setCheckable(true);
    m_retry = new QPushButton(this);
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setDefault(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 2, 1);
    layout->addWidget(m_message, 0, 1);
    layout->addWidget(m_detailsButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_retry, 0, 3, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorBanner::toggleDetails);
    retranslate();
    setVisible(false);
}

void ErrorBanner::showError(const QString &message, const QString &details)
{
    m_message->setText(message);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(true);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

void ErrorBanner::toggleDetails()
{
    m_details->setVisible(m_detailsButton->isChecked() && !m_details->text().isEmpty());
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("Show the statement and the database’s message"));
}

} // namespace cohort
