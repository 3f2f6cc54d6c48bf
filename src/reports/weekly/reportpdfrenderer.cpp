#include "reports/weekly/reportpdfrenderer.h"

#include "domain/biditext.h"
#include "reports/weekly/reportchartpainter.h"
#include "reports/weekly/reportlanguage.h"
#include "reports/weekly/reportpagelayout.h"
#include "reports/weekly/reporttext.h"
#include "rules/ruletitles.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace cohort {

namespace {

/// User text in its own bidi isolate: a right-to-left override in a member's name must not
/// reverse the names and dates after it in the same cell.
QString user(const QString &text)
{
    return BidiText::isolated(text);
}

QString userList(const QStringList &names)
{
    QStringList items;
    items.reserve(names.size());
    for (const QString &name : names)
        items << user(name);
    return items.join(QStringLiteral(", "));
}

} // namespace

ReportPdfRenderer::ReportPdfRenderer(const QLocale &locale)
    : ReportPdfRenderer(locale, ReportLanguage::pageSize(locale))
{
}

ReportPdfRenderer::ReportPdfRenderer(const QLocale &locale, QPageSize::PageSizeId pageSize)
    : m_locale(locale)
    , m_pageSize(pageSize)
{
}

QPageLayout ReportPdfRenderer::pageLayout() const
{
    return QPageLayout(QPageSize(m_pageSize), QPageLayout::Portrait, margins(),
                       QPageLayout::Millimeter);
}

int ReportPdfRenderer::writePdf(const WeeklyReport &report, QPdfWriter &writer) const
{
    // 600 dpi keeps glyph positions exact; the content is vector, so the file stays small.
    writer.setResolution(600);
    writer.setPageLayout(pageLayout());
    writer.setTitle(ReportText::title() + QStringLiteral(" ") + report.weekText);
    writer.setCreator(QStringLiteral("Cohort"));
    return paint(report, writer);
}

bool ReportPdfRenderer::writeFile(const WeeklyReport &report, const QString &path, QString *error,
                                  int *pageCount) const
{
    QPdfWriter writer(path);
    const int pages = writePdf(report, writer);
    if (pageCount)
        *pageCount = pages;
    if (pages == 0) {
        if (error)
            *error = tr("cannot write the PDF file");
        return false;
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("cannot write the PDF file");
        return false;
    }
    return true;
}

bool ReportPdfRenderer::write(const WeeklyReport &report, QIODevice &device, QString *error,
                              int *pageCount) const
{
    int pages = 0;
    {
        // The writer flushes the file's trailer when it is destroyed.
        QPdfWriter writer(&device);
        pages = writePdf(report, writer);
    }
    if (pageCount)
        *pageCount = pages;
    if (pages == 0) {
        if (error)
            *error = device.errorString().isEmpty() ? tr("cannot write the PDF file")
                                                    : device.errorString();
        return false;
    }
    return true;
}

int ReportPdfRenderer::paint(const WeeklyReport &report, QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    ReportPageLayout layout(painter, device, m_locale);
    const QLocale &l = m_locale;

    layout.addCover(report);
    layout.addHeading(ReportText::summaryHeading());
    layout.addParagraph(report.summary, true);

    layout.addHeading(ReportText::kpiHeading());
    {
        ReportPageLayout::Table table;
        table.columns = { { ReportText::kpiColumn(), 0.40, false },
                          { ReportText::thisWeekColumn(), 0.20, true },
                          { ReportText::lastWeekColumn(), 0.20, true },
                          { ReportText::changeColumn(), 0.20, true } };
        for (const ReportKpi &kpi : report.kpis) {
            table.rows << QStringList { kpi.label, ReportText::value(kpi, false, l),
                                        ReportText::value(kpi, true, l),
                                        ReportText::change(kpi, l) };
        }
        layout.addTable(table);
    }

    layout.addHeading(ReportText::chartsHeading());
    layout.addChart(report.dailyActivity, 200);
    layout.addChart(report.funnel, 125);
    layout.addChart(report.revenue,
                    40 + 17 * double(std::max<qsizetype>(report.revenue.categories.size(), 2)));

    if (report.portfolio) {
        layout.addHeading(ReportText::groupsHeading());
        ReportPageLayout::Table table;
        table.columns = { { ReportText::groupColumn(), 0.19, false },
                          { ReportText::healthColumn(), 0.08, true },
                          { ReportText::healthPartsColumn(), 0.21, true },
                          { ReportText::membersColumn(), 0.10, true },
                          { ReportText::activeColumn(), 0.08, true },
                          { ReportText::messagesColumn(), 0.12, true },
                          { ReportText::ordersColumn(), 0.09, true },
                          { ReportText::revenueColumn(), 0.13, true } };
        for (const ReportGroupSection &g : report.groups) {
            table.rows << QStringList { user(g.name), l.toString(g.health.score),
                                        // whole points keep the row on one line
                                        ReportText::healthParts(g.health, l, 0),
                                        l.toString(g.members), l.toString(g.activeMembers),
                                        l.toString(g.messages), l.toString(g.orders),
                                        ReportText::money(g.revenue, l) };
        }
        layout.addTable(table);
    } else if (!report.groups.isEmpty()) {
        layout.addHeading(ReportText::groupsHeading());
    }

    // A portfolio's groups, or the one group of the report, in detail.
    const auto names = [&l](const QList<ReportMember> &members, qsizetype total) {
        QStringList list;
        for (const ReportMember &m : members)
            list << (m.detail.isEmpty() ? user(m.name)
                                        : QString(user(m.name) + QStringLiteral(" (") + m.detail
                                                  + QLatin1Char(')')));
        const QString more = ReportText::andMore(total - members.size(), l);
        if (!more.isEmpty())
            list << more;
        return list.isEmpty() ? QStringLiteral("–") : list.join(QStringLiteral(", "));
    };
    for (const ReportGroupSection &g : report.groups) {
        layout.addSubheading(
            QStringLiteral("%1 · %2 %3")
                .arg(user(g.name), ReportText::healthColumn(), l.toString(g.health.score)));
        ReportPageLayout::Table details;
        details.showHeader = false;
        details.columns = { { QString(), 0.24, false }, { QString(), 0.76, false } };
        details.rows << QStringList { ReportText::topContributorsLabel(),
                                      names(g.topContributors, g.topContributors.size()) }
                     << QStringList { ReportText::newMembersLabel(),
                                      names(g.newMembers, g.newMembersTotal) }
                     << QStringList { ReportText::departedMembersLabel(),
                                      names(g.departedMembers, g.departedMembersTotal) };
        details.firstColumnBold = true;
        layout.addTable(details);
    }

    layout.addHeading(ReportText::campaignsHeading());
    layout.addSubheading(ReportText::campaignResultsHeading());
    if (report.campaignResults.isEmpty()) {
        layout.addNote(ReportText::none());
    } else {
        ReportPageLayout::Table table;
        table.columns = { { ReportText::campaignColumn(), 0.46, false },
                          { ReportText::ordersColumn(), 0.16, true },
                          { ReportText::participantsColumn(), 0.18, true },
                          { ReportText::revenueColumn(), 0.20, true } };
        for (const ReportCampaignResult &c : report.campaignResults) {
            table.rows << QStringList { user(c.name), l.toString(c.orders),
                                        l.toString(c.participants),
                                        ReportText::money(c.revenue, l) };
        }
        layout.addTable(table);
    }
    layout.addSubheading(ReportText::nextWeekHeading());
    if (report.nextWeekCampaigns.isEmpty()) {
        layout.addNote(ReportText::none());
    } else {
        ReportPageLayout::Table table;
        table.columns = { { ReportText::campaignColumn(), 0.30, false },
                          { ReportText::typeColumn(), 0.18, false },
                          { ReportText::whenColumn(), 0.30, false },
                          { ReportText::groupsColumn(), 0.22, false } };
        for (const ReportScheduledCampaign &c : report.nextWeekCampaigns) {
            table.rows << QStringList { user(c.name), enumDisplayName(c.type),
                                        ReportText::schedule(c, l), userList(c.groups) };
        }
        layout.addTable(table);
    }

    layout.addHeading(ReportText::todoHeading());
    struct ActivationList
    {
        QString heading;
        const QList<ReportMember> *members;
        qsizetype total;
    };
    const ActivationList activationLists[] = {
        { ReportText::silentKeyMembersHeading(), &report.silentKeyMembers,
          report.silentKeyMembersTotal },
        { ReportText::dueBuyersHeading(), &report.dueBuyers, report.dueBuyersTotal },
        { ReportText::quietNewcomersHeading(), &report.quietNewcomers, report.quietNewcomersTotal },
    };
    for (const ActivationList &list : activationLists) {
        layout.addSubheading(list.heading);
        if (list.members->isEmpty()) {
            layout.addNote(ReportText::none());
            continue;
        }
        ReportPageLayout::Table table;
        // A portfolio names each row's group, so the operator knows where to act.
        if (report.portfolio) {
            table.columns = { { ReportText::memberColumn(), 0.30, false },
                              { ReportText::groupColumn(), 0.28, false },
                              { ReportText::detailColumn(), 0.42, false } };
            for (const ReportMember &m : *list.members)
                table.rows << QStringList { user(m.name), user(m.group), m.detail };
        } else {
            table.columns = { { ReportText::memberColumn(), 0.40, false },
                              { ReportText::detailColumn(), 0.60, false } };
            for (const ReportMember &m : *list.members)
                table.rows << QStringList { user(m.name), m.detail };
        }
        layout.addTable(table);
        const QString more = ReportText::andMore(list.total - list.members->size(), l);
        if (!more.isEmpty())
            layout.addNote(more);
    }

    if (!report.violations.isEmpty()) {
        layout.addHeading(ReportText::violationsHeading());
        ReportPageLayout::Table table;
        table.columns = { { ReportText::groupColumn(), 0.25, false },
                          { ReportText::ruleColumn(), 0.20, false },
                          { ReportText::countColumn(), 0.10, true },
                          { ReportText::membersColumn(), 0.45, false } };
        for (const ReportViolation &v : report.violations)
            table.rows << QStringList { user(v.groupName), RuleTitles::title(v.rule),
                                        l.toString(v.count), userList(v.members) };
        layout.addTable(table);
    }
    if (!report.strikeMembers.isEmpty()) {
        layout.addHeading(ReportText::strikeMembersHeading());
        ReportPageLayout::Table table;
        table.columns = { { ReportText::groupColumn(), 0.35, false },
                          { ReportText::memberColumn(), 0.40, false },
                          { ReportText::strikesColumn(), 0.25, true } };
        for (const ReportStrikeMember &s : report.strikeMembers)
            table.rows << QStringList { user(s.groupName), user(s.member),
                                        ReportText::strikesOfLimit(s.strikes, s.threshold, l) };
        layout.addTable(table);
    }

    const int pages = layout.paintPages(report);
    painter.end();
    return pages;
}

} // namespace cohort
