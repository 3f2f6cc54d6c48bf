#include "ui/calendar/calendargrid.h"

#include "ui/calendar/campaigntypecolors.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int OccurrenceRole = Qt::UserRole + 1;
constexpr int MoreRole = Qt::UserRole + 2; // true on a day's "+K more" entry
} // namespace

CalendarGrid::CalendarGrid(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    for (int day = 1; day <= 7; ++day) {
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(label, 0, day - 1);
        m_weekdayLabels << label;
    }
    retranslate();
}

void CalendarGrid::retranslate()
{
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_weekdayLabels.at(day - 1)->setText(locale.dayName(day, QLocale::ShortFormat));
    for (int i = 0; i < m_dayLabels.size(); ++i) {
        const QDate date = m_firstDay.addDays(i);
        // The first day of each month names the month, so a month boundary inside a row reads.
        const QString text = date.day() == 1 || i == 0
            ? locale.toString(date, tr("MMM d", "date format of a day that starts a month"))
            : QString::number(date.day());
        m_dayLabels.at(i)->setText(text);
        m_lists.at(i)->setAccessibleName(locale.toString(date, QLocale::LongFormat));
    }
}

void CalendarGrid::setDays(const QDate &firstDay, int weeks, const QDate &month, const QDate &today)
{
    const bool sameShape = weeks == m_weeks && !m_lists.isEmpty();
    m_firstDay = firstDay;
    m_weeks = weeks;
    m_month = month;
    m_today = today;
    if (!sameShape)
        rebuild();
    const QPalette pal = palette();
    for (int i = 0; i < m_dayLabels.size(); ++i) {
        const QDate date = firstDay.addDays(i);
        QLabel *label = m_dayLabels.at(i);
        QFont font = label->font();
        font.setBold(date == today);
        label->setFont(font);
        const bool outside = month.isValid() && date.month() != month.month();
        label->setForegroundRole(outside ? QPalette::PlaceholderText : QPalette::WindowText);
        auto *frame = qobject_cast<QFrame *>(label->parentWidget());
        if (frame) {
            // Today's frame is drawn in the highlight colour, which every palette keeps visible.
            frame->setFrameShadow(date == today ? QFrame::Plain : QFrame::Sunken);
            QPalette framePalette = pal;
            if (date == today)
                framePalette.setColor(QPalette::WindowText, pal.color(QPalette::Highlight));
            frame->setPalette(framePalette);
            frame->setLineWidth(date == today ? 2 : 1);
        }
    }
    retranslate();
}

void CalendarGrid::rebuild()
{
    for (QListWidget *list : std::as_const(m_lists))
        delete list->parentWidget();
    m_lists.clear();
    m_dayLabels.clear();
    for (int i = 0; i < m_weeks * 7; ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(3, 2, 3, 3);
        column->setSpacing(1);
        auto *label = new QLabel(frame);
        label->setTextFormat(Qt::PlainText);
        column->addWidget(label);
        auto *list = new QListWidget(frame);
        list->setFrameShape(QFrame::NoFrame);
        // A week's tall cells wrap long names; a month's show one line an entry (the tooltip has
        // the rest), so a busy day shows several before its "+K more".
        list->setWordWrap(m_weeks == 1);
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // A scroll bar would take a third of a month cell: fitEntries() shows "+K more" instead.
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->viewport()->installEventFilter(this);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setObjectName(QStringLiteral("day%1").arg(i));
        column->addWidget(list, 1);
        // Selection, not the current item: a list that merely gets the focus makes its first
        // entry current without the user choosing it.
        const auto more = [this, list](QListWidgetItem *item) {
            if (isMoreItem(item))
                showAllEntries(list);
        };
        connect(list, &QListWidget::itemClicked, this, more);
        connect(list, &QListWidget::itemActivated, this, more);
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            const QList<QListWidgetItem *> selected = list->selectedItems();
            if (!selected.isEmpty())
                currentChanged(list, selected.first());
        });
        m_layout->addWidget(frame, 1 + i / 7, i % 7);
        m_dayLabels << label;
        m_lists << list;
    }
    for (int row = 1; row <= 6; ++row)
        m_layout->setRowStretch(row, row <= m_weeks ? 1 : 0);
    for (int col = 0; col < 7; ++col)
        m_layout->setColumnStretch(col, 1);
}

void CalendarGrid::setOccurrences(const QList<CampaignOccurrence> &occurrences,
                                  const QTimeZone &zone, bool merged)
{
    m_selecting = true;
    for (QListWidget *list : std::as_const(m_lists))
        list->clear();
    const QLocale locale;
    const QPalette pal = palette();
    for (int i = 0; i < occurrences.size(); ++i) {
        const int first = i;
        const CampaignOccurrence &o = occurrences.at(i);
        // Occurrences are sorted by start, then campaign: one campaign's groups are adjacent.
        QStringList groups { o.groupName };
        while (merged && i + 1 < occurrences.size()
               && occurrences.at(i + 1).campaignId == o.campaignId
               && occurrences.at(i + 1).startUtc == o.startUtc) {
            groups << occurrences.at(i + 1).groupName;
            ++i;
        }
        const qint64 offset = m_firstDay.daysTo(o.localDate);
        if (offset < 0 || offset >= m_lists.size())
            continue;
        const QDateTime start = o.startUtc.toTimeZone(zone);
        const QDateTime end = o.endUtc.toTimeZone(zone);
        // A merged entry always stands for two groups or more.
        const QString where = groups.size() == 1
            ? o.groupName
            : tr("%1 groups").arg(locale.toString(int(groups.size())));
        auto *item = new QListWidgetItem(locale.toString(start.time(), QLocale::ShortFormat)
                                         + QLatin1Char(' ') + o.campaignName + QStringLiteral(" · ")
                                         + where);
        item->setData(OccurrenceRole, first);
        item->setIcon(CampaignTypeColors::icon(o.type));
        item->setBackground(CampaignTypeColors::tint(o.type, pal));
        item->setForeground(pal.color(QPalette::Text));
        // Tooltips are rich text: names are escaped so a name cannot inject markup.
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3 – %4<br>%5")
                             .arg(o.campaignName.toHtmlEscaped(),
                                  groups.join(tr(", ")).toHtmlEscaped(),
                                  locale.toString(start, QLocale::ShortFormat).toHtmlEscaped(),
                                  locale.toString(end, QLocale::ShortFormat).toHtmlEscaped(),
                                  enumDisplayName(o.type).toHtmlEscaped()));
        m_lists.at(offset)->addItem(item);
    }
    for (QListWidget *list : std::as_const(m_lists)) {
        fitEntries(list);
        list->setCurrentRow(-1);
    }
    m_selecting = false;
}

bool CalendarGrid::isMoreItem(const QListWidgetItem *item)
{
    return item && item->data(MoreRole).toBool();
}

void CalendarGrid::fitEntries(QListWidget *list)
{
    for (int r = list->count() - 1; r >= 0; --r) {
        if (isMoreItem(list->item(r)))
            delete list->takeItem(r);
    }
    for (int r = 0; r < list->count(); ++r)
        list->setRowHidden(r, false);
    const int count = list->count();
    // A hidden list has no final size yet: it is fitted when shown (see eventFilter()).
    if (count == 0 || !list->isVisible())
        return;
    // Wrapped entries differ in height: measure the laid-out rows.
    list->doItemsLayout();
    const int available = list->viewport()->height();
    QList<int> heights;
    int total = 0;
    for (int r = 0; r < count; ++r) {
        heights << list->visualItemRect(list->item(r)).height() + 2 * list->spacing();
        total += heights.last();
    }
    if (total <= available)
        return;

    auto *more = new QListWidgetItem;
    more->setData(MoreRole, true);
    // Not selectable: it stands for no occurrence; clicking or Enter lists the day's entries.
    more->setFlags(Qt::ItemIsEnabled);
    QFont font = list->font();
    font.setItalic(true);
    more->setFont(font);
    list->addItem(more);
    more->setText(tr("+%n more", "entries of a calendar day that do not fit its cell", count));
    list->doItemsLayout();
    const int moreHeight = list->visualItemRect(more).height() + 2 * list->spacing();
    int shown = 0;
    int used = moreHeight;
    while (shown < count && used + heights.at(shown) <= available)
        used += heights.at(shown++);
    QStringList hidden;
    for (int r = shown; r < count; ++r) {
        list->setRowHidden(r, true);
        hidden << list->item(r)->text().toHtmlEscaped();
    }
    const int rest = count - shown;
    more->setText(tr("+%n more", "entries of a calendar day that do not fit its cell", rest));
    more->setToolTip(
        QLatin1String("<b>")
        + tr("+%n more", "entries of a calendar day that do not fit its cell", rest).toHtmlEscaped()
        + QLatin1String("</b><br>") + hidden.join(QLatin1String("<br>")));
}

void CalendarGrid::showAllEntries(QListWidget *list)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dayEntriesMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    for (int r = 0; r < list->count(); ++r) {
        const QListWidgetItem *item = list->item(r);
        if (isMoreItem(item))
            continue;
        // Plain text: "&" in a campaign name would become a mnemonic.
        QAction *action = menu->addAction(
            item->icon(), item->text().replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setToolTip(item->toolTip());
        const int index = item->data(OccurrenceRole).toInt();
        connect(action, &QAction::triggered, this, [this, index] {
            selectOccurrence(index);
            Q_EMIT occurrenceSelected(index);
        });
    }
    QListWidgetItem *more = list->item(list->count() - 1);
    const QRect rect = more ? list->visualItemRect(more) : QRect();
    menu->popup(list->viewport()->mapToGlobal(rect.bottomLeft()));
}

bool CalendarGrid::eventFilter(QObject *watched, QEvent *event)
{
    // The number of entries that fit follows the cell's height (the viewport has its new size),
    // and entries set while the grid was hidden are fitted when it shows.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        if (auto *list = qobject_cast<QListWidget *>(watched->parent());
            list && m_lists.contains(list)) {
            const bool selecting = m_selecting;
            m_selecting = true;
            fitEntries(list);
            m_selecting = selecting;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QListWidget *CalendarGrid::dayList(const QDate &date) const
{
    const qint64 offset = m_firstDay.daysTo(date);
    return offset >= 0 && offset < m_lists.size() ? m_lists.at(offset) : nullptr;
}

void CalendarGrid::selectOccurrence(int index)
{
    m_selecting = true;
    for (QListWidget *list : std::as_const(m_lists)) {
        int row = -1;
        for (int r = 0; r < list->count(); ++r) {
            if (list->item(r)->data(OccurrenceRole).toInt() == index)
                row = r;
        }
        list->setCurrentRow(row);
        if (row < 0)
            list->clearSelection();
    }
    m_selecting = false;
}

void CalendarGrid::focusFirstDay()
{
    for (QListWidget *list : std::as_const(m_lists)) {
        if (list->count() > 0) {
            list->setFocus();
            return;
        }
    }
    if (!m_lists.isEmpty())
        m_lists.first()->setFocus();
}

void CalendarGrid::currentChanged(QListWidget *list, QListWidgetItem *item)
{
    if (m_selecting || !item)
        return;
    const int index = item->data(OccurrenceRole).toInt();
    m_selecting = true;
    // One selection across the whole grid.
    for (QListWidget *other : std::as_const(m_lists)) {
        if (other != list) {
            other->setCurrentRow(-1);
            other->clearSelection();
        }
    }
    m_selecting = false;
    Q_EMIT occurrenceSelected(index);
}

void CalendarGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cohort
