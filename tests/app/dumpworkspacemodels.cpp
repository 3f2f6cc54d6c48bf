// Not a test: prints what the list models of a workspace show (every display cell of the groups,
// members, products, campaigns, orders, messages, import history and commission ledger), one
// line per row, for tst_machinezone to compare between runs under different computer zones:
//   dump_workspace_models WORKSPACE.cohort
#include "models/campaignlistmodel.h"
#include "models/grouplistmodel.h"
#include "models/importhistorymodel.h"
#include "models/ledgerentriesmodel.h"
#include "models/ledgertotalsmodel.h"
#include "models/memberlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/orderlistmodel.h"
#include "models/productlistmodel.h"
#include "storage/database.h"
#include "storage/workspacezone.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace cohort;

namespace {

void dump(QTextStream &out, const QString &title, QAbstractItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    out << "## " << title << " (" << model.rowCount() << ")\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        out << cells.join(QLatin1String(" | ")) << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: dump_workspace_models WORKSPACE.cohort\n", stderr);
        return 2;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Database database;
    const WorkspaceError error = database.open(args.at(1), Database::OpenMode::ReadOnly);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QTextStream out(stdout);
    GroupListModel groups(database);
    dump(out, QStringLiteral("groups"), groups);
    MemberListModel members(database);
    dump(out, QStringLiteral("members"), members);
    ProductListModel products(database);
    dump(out, QStringLiteral("products"), products);
    CampaignListModel campaigns(database);
    dump(out, QStringLiteral("campaigns"), campaigns);
    OrderListModel orders(database);
    dump(out, QStringLiteral("orders"), orders);
    MessageListModel messages(database);
    dump(out, QStringLiteral("messages"), messages);
    ImportHistoryModel history(database);
    dump(out, QStringLiteral("import history"), history);
    // The ledger of March 2026 as the Ledger pane asks for it: whole days of the workspace zone.
    const QTimeZone zone = WorkspaceZone::of(database);
    const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), zone);
    const QDateTime to(QDate(2026, 4, 1), QTime(0, 0), zone);
    LedgerTotalsModel totals(database);
    totals.setPeriod(from, to);
    dump(out, QStringLiteral("ledger totals"), totals);
    LedgerEntriesModel entries(database);
    entries.setPeriod(from, to);
    for (int row = 0; row < totals.rowCount(); ++row) {
        entries.setBeneficiary(
            totals.index(row, 0).data(LedgerTotalsModel::BeneficiaryIdRole).toLongLong());
        dump(out, QStringLiteral("ledger entries"), entries);
    }
    out.flush();
    return 0;
}
