#include "reports/weekly/reporthtmlrenderer.h"

#include "reports/weekly/reportchartpainter.h"
#include "reports/weekly/reportlanguage.h"
#include "reports/weekly/reporttext.h"
#include "rules/ruletitles.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cohort {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// User text (a name, a matched phrase) in its own bidi isolate: a right-to-left override in a
/// member's name must not reverse the names and dates after it.
QString user(const QString &text)
{
    return QStringLiteral("<bdi>") + esc(text) + QStringLiteral("</bdi>");
}

QString userCell(const QString &text)
{
    return QStringLiteral("<td>") + user(text) + QStringLiteral("</td>");
}

QString userList(const QStringList &names)
{
    QStringList items;
    items.reserve(names.size());
    for (const QString &name : names)
        items << user(name);
    return items.join(QStringLiteral(", "));
}

QString cell(const QString &text, bool number = false)
{
    return number
        ? QString(QStringLiteral("<td class=\"n\">") + esc(text) + QStringLiteral("</td>"))
        : QString(QStringLiteral("<td>") + esc(text) + QStringLiteral("</td>"));
}

QString headerRow(const QStringList &columns, const QList<bool> &numeric = {})
{
    QString html = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        html += numeric.value(i) ? QStringLiteral("<th class=\"n\">") : QStringLiteral("<th>");
        html += esc(columns.at(i)) + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr></thead>");
}

/// An activation list: member, group (when the report covers several) and detail, and how
/// many rows the list limit left out.
QString memberTable(const QString &heading, const QList<ReportMember> &members, qsizetype total,
                    bool withGroup, const QLocale &locale)
{
    QString html = QStringLiteral("<h3>") + esc(heading) + QStringLiteral("</h3>");
    if (members.isEmpty())
        return html + QStringLiteral("<p class=\"none\">") + esc(ReportText::none())
            + QStringLiteral("</p>");
    QStringList columns { ReportText::memberColumn() };
    if (withGroup)
        columns << ReportText::groupColumn();
    columns << ReportText::detailColumn();
    html += QStringLiteral("<table>") + headerRow(columns) + QStringLiteral("<tbody>");
    for (const ReportMember &m : members) {
        html += QStringLiteral("<tr>") + userCell(m.name)
            + (withGroup ? userCell(m.group) : QString()) + cell(m.detail)
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    const QString more = ReportText::andMore(total - members.size(), locale);
    if (!more.isEmpty())
        html += QStringLiteral("<p class=\"more\">") + esc(more) + QStringLiteral("</p>");
    return html;
}

QString memberList(const QList<ReportMember> &members, qsizetype total, const QLocale &locale)
{
    if (members.isEmpty())
        return QStringLiteral("–");
    QStringList names;
    for (const ReportMember &m : members)
        names << (m.detail.isEmpty() ? user(m.name)
                                     : QString(user(m.name) + QStringLiteral(" (") + esc(m.detail)
                                               + QLatin1Char(')')));
    const QString more = ReportText::andMore(total - members.size(), locale);
    if (!more.isEmpty())
        names << esc(more);
    return names.join(QStringLiteral(", "));
}

const char *const Style = R"(
body { font-family: %1; color: #222; max-width: 60em; margin: 2em auto; padding: 0 1em; font-size: 11pt; }
header.cover { border-bottom: 3px solid #2F6DB5; padding-bottom: .8em; margin-bottom: 1em; }
header.cover h1 { margin: 0 0 .2em; font-size: 20pt; color: #2F6DB5; }
header.cover p { margin: .1em 0; color: #444; }
.anon { color: #9A5BB5; font-weight: bold; }
h2 { font-size: 14pt; color: #2F6DB5; border-bottom: 1px solid #ccd; padding-bottom: .15em; margin-top: 1.6em; }
h3 { font-size: 11.5pt; margin: 1em 0 .3em; }
p.summary { font-size: 11.5pt; line-height: 1.5; background: #F3F6FB; padding: .7em 1em; border-left: 4px solid #2F6DB5; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
th, td { padding: .25em .5em; border-bottom: 1px solid #e2e2e2; text-align: left; vertical-align: top; }
th { background: #EEF2F8; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { page-break-inside: avoid; }
.none { color: #777; font-style: italic; }
.more { color: #555; margin: .2em 0 0; }
figure { margin: .5em 0 1em; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 2em; color: #777; font-size: 9pt; border-top: 1px solid #ddd; padding-top: .5em; }
)";

} // namespace

QString ReportHtmlRenderer::chartSvg(const ReportChart &chart, const QLocale &locale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSize size(720,
                     chart.kind == ReportChart::Kind::Bars
                         ? 40 + 26 * int(std::max<qsizetype>(chart.categories.size(), 1))
                         : 260);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.title);
    {
        QPainter painter(&generator);
        ReportChartPainter(ReportLanguage::font(9), locale)
            .paint(painter, QRectF(QPointF(0, 0), size), chart);
    }
    QString svg = QString::fromUtf8(buffer.data());
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

QString ReportHtmlRenderer::render(const WeeklyReport &report, const QLocale &locale)
{
    QString fonts;
    for (const QString &family : ReportLanguage::fontFamilies())
        fonts += QLatin1Char('"') + family + QStringLiteral("\", ");
    fonts += QStringLiteral("sans-serif");

    QString h;
    h.reserve(64 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(locale.bcp47Name())
        + QStringLiteral("\">\n<head>\n")
        + QStringLiteral("<meta charset=\"utf-8\">\n")
        // Nothing may load from anywhere: the file must open identically offline and leak nothing.
        + QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                         "'none'; style-src 'unsafe-inline'\">\n")
        + QStringLiteral(
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        + QStringLiteral("<title>")
        + esc(ReportText::title() + QStringLiteral(" — ") + report.weekText)
        + QStringLiteral("</title>\n<style>") + QString::fromUtf8(Style).arg(fonts)
        + QStringLiteral("</style>\n</head>\n<body>\n");

    h += QStringLiteral("<header class=\"cover\"><h1>") + esc(ReportText::title())
        + QStringLiteral("</h1>") + QStringLiteral("<p><strong>") + user(report.workspaceName)
        + QStringLiteral("</strong> · ") + esc(report.scopeText) + QStringLiteral("</p><p>")
        + esc(ReportText::weekRange(report, locale)) + QStringLiteral("</p><p>")
        + esc(ReportText::printedOn(report, locale)) + QStringLiteral("</p>");
    if (report.anonymized)
        h += QStringLiteral("<p class=\"anon\">") + esc(ReportText::anonymizedNote())
            + QStringLiteral("</p>");
    h += QStringLiteral("</header>\n");

    h += QStringLiteral("<h2>") + esc(ReportText::summaryHeading())
        + QStringLiteral("</h2><p class=\"summary\">") + esc(report.summary)
        + QStringLiteral("</p>\n");

    h += QStringLiteral("<h2>") + esc(ReportText::kpiHeading()) + QStringLiteral("</h2><table>")
        + headerRow({ ReportText::kpiColumn(), ReportText::thisWeekColumn(),
                      ReportText::lastWeekColumn(), ReportText::changeColumn() },
                    { false, true, true, true })
        + QStringLiteral("<tbody>");
    for (const ReportKpi &kpi : report.kpis) {
        h += QStringLiteral("<tr>") + cell(kpi.label)
            + cell(ReportText::value(kpi, false, locale), true)
            + cell(ReportText::value(kpi, true, locale), true)
            + cell(ReportText::change(kpi, locale), true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>\n");

    h += QStringLiteral("<h2>") + esc(ReportText::chartsHeading()) + QStringLiteral("</h2>\n");
    for (const ReportChart *chart : { &report.dailyActivity, &report.funnel, &report.revenue })
        h += QStringLiteral("<figure>") + chartSvg(*chart, locale) + QStringLiteral("</figure>\n");

    if (report.portfolio) {
        h += QStringLiteral("<h2>") + esc(ReportText::groupsHeading())
            + QStringLiteral("</h2><table>")
            + headerRow({ ReportText::groupColumn(), ReportText::healthColumn(),
                          ReportText::healthPartsColumn(), ReportText::membersColumn(),
                          ReportText::activeColumn(), ReportText::messagesColumn(),
                          ReportText::ordersColumn(), ReportText::revenueColumn() },
                        { false, true, true, true, true, true, true, true })
            + QStringLiteral("<tbody>");
        for (const ReportGroupSection &g : report.groups) {
            h += QStringLiteral("<tr>") + userCell(g.name)
                + cell(locale.toString(g.health.score), true)
                + cell(ReportText::healthParts(g.health, locale), true)
                + cell(locale.toString(g.members), true)
                + cell(locale.toString(g.activeMembers), true)
                + cell(locale.toString(g.messages), true) + cell(locale.toString(g.orders), true)
                + cell(ReportText::money(g.revenue, locale), true) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>\n");
    } else if (!report.groups.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(ReportText::groupsHeading()) + QStringLiteral("</h2>");
    }
    // A portfolio's groups, or the one group of the report, in detail.
    for (const ReportGroupSection &g : report.groups) {
        h += QStringLiteral("<h3>") + user(g.name) + QStringLiteral(" · ")
            + esc(ReportText::healthColumn()) + QLatin1Char(' ')
            + esc(locale.toString(g.health.score)) + QStringLiteral("</h3><table><tbody>");
        h += QStringLiteral("<tr><th>") + esc(ReportText::topContributorsLabel())
            + QStringLiteral("</th><td>")
            + memberList(g.topContributors, g.topContributors.size(), locale)
            + QStringLiteral("</td></tr>");
        h += QStringLiteral("<tr><th>") + esc(ReportText::newMembersLabel())
            + QStringLiteral("</th><td>") + memberList(g.newMembers, g.newMembersTotal, locale)
            + QStringLiteral("</td></tr>");
        h += QStringLiteral("<tr><th>") + esc(ReportText::departedMembersLabel())
            + QStringLiteral("</th><td>")
            + memberList(g.departedMembers, g.departedMembersTotal, locale)
            + QStringLiteral("</td></tr></tbody></table>\n");
    }

    h += QStringLiteral("<h2>") + esc(ReportText::campaignsHeading()) + QStringLiteral("</h2><h3>")
        + esc(ReportText::campaignResultsHeading()) + QStringLiteral("</h3>");
    if (report.campaignResults.isEmpty()) {
        h += QStringLiteral("<p class=\"none\">") + esc(ReportText::none())
            + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<table>")
            + headerRow({ ReportText::campaignColumn(), ReportText::ordersColumn(),
                          ReportText::participantsColumn(), ReportText::revenueColumn() },
                        { false, true, true, true })
            + QStringLiteral("<tbody>");
        for (const ReportCampaignResult &c : report.campaignResults) {
            h += QStringLiteral("<tr>") + userCell(c.name) + cell(locale.toString(c.orders), true)
                + cell(locale.toString(c.participants), true)
                + cell(ReportText::money(c.revenue, locale), true) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>");
    }
    h += QStringLiteral("<h3>") + esc(ReportText::nextWeekHeading()) + QStringLiteral("</h3>");
    if (report.nextWeekCampaigns.isEmpty()) {
        h += QStringLiteral("<p class=\"none\">") + esc(ReportText::none())
            + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<table>")
            + headerRow({ ReportText::campaignColumn(), ReportText::typeColumn(),
                          ReportText::whenColumn(), ReportText::groupsColumn() })
            + QStringLiteral("<tbody>");
        for (const ReportScheduledCampaign &c : report.nextWeekCampaigns) {
            h += QStringLiteral("<tr>") + userCell(c.name) + cell(enumDisplayName(c.type))
                + cell(ReportText::schedule(c, locale)) + QStringLiteral("<td>")
                + userList(c.groups) + QStringLiteral("</td>") + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>");
    }
    h += QLatin1Char('\n');

    h += QStringLiteral("<h2>") + esc(ReportText::todoHeading()) + QStringLiteral("</h2>")
        + memberTable(ReportText::silentKeyMembersHeading(), report.silentKeyMembers,
                      report.silentKeyMembersTotal, report.portfolio, locale)
        + memberTable(ReportText::dueBuyersHeading(), report.dueBuyers, report.dueBuyersTotal,
                      report.portfolio, locale)
        + memberTable(ReportText::quietNewcomersHeading(), report.quietNewcomers,
                      report.quietNewcomersTotal, report.portfolio, locale)
        + QLatin1Char('\n');

    if (!report.violations.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(ReportText::violationsHeading())
            + QStringLiteral("</h2><table>")
            + headerRow({ ReportText::groupColumn(), ReportText::ruleColumn(),
                          ReportText::countColumn(), ReportText::membersColumn() },
                        { false, false, true, false })
            + QStringLiteral("<tbody>");
        for (const ReportViolation &v : report.violations) {
            h += QStringLiteral("<tr>") + userCell(v.groupName) + cell(RuleTitles::title(v.rule))
                + cell(locale.toString(v.count), true) + QStringLiteral("<td>")
                + userList(v.members) + QStringLiteral("</td>") + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    if (!report.strikeMembers.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(ReportText::strikeMembersHeading())
            + QStringLiteral("</h2><table>")
            + headerRow({ ReportText::groupColumn(), ReportText::memberColumn(),
                          ReportText::strikesColumn() },
                        { false, false, true })
            + QStringLiteral("<tbody>");
        for (const ReportStrikeMember &s : report.strikeMembers)
            h += QStringLiteral("<tr>") + userCell(s.groupName) + userCell(s.member)
                + cell(ReportText::strikesOfLimit(s.strikes, s.threshold, locale), true)
                + QStringLiteral("</tr>");
        h += QStringLiteral("</tbody></table>\n");
    }

    h += QStringLiteral("<footer>") + user(report.workspaceName) + QStringLiteral(" · ")
        + esc(report.weekText) + QStringLiteral(" · ") + esc(ReportText::printedOn(report, locale))
        + QStringLiteral("</footer>\n</body>\n</html>\n");
    return h;
}

bool ReportHtmlRenderer::writeFile(const WeeklyReport &report, const QLocale &locale,
                                   const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(render(report, locale).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cohort
