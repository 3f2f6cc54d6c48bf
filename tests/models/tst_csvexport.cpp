#include "models/csvexport.h"
#include "models/grouplistmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QBuffer>
#include <QTest>

using namespace cohort;

/// exportModelToCsv: what the view shows (chosen columns, display texts), every page, neutralized.
class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsAllPagesOfVisibleColumns()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        GroupRepository repo(db);
        const int n = SqlPagedTableModel::PageSize * 2 + 5;
        for (int i = 0; i < n; ++i) {
            Group g;
            g.name = i == 0 ? QStringLiteral("=HYPERLINK(\"http://x\",\"a, b\")")
                            : QStringLiteral("G%1").arg(i, 3, 10, QLatin1Char('0'));
            g.mainBusiness = i == 1 ? QStringLiteral("@SUM(1)") : QStringLiteral("零食");
            g.platform = Platform::Telegram;
            QVERIFY(repo.insert(g));
        }
        GroupListModel model(db);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), SqlPagedTableModel::PageSize);

        const int name = model.columnOf(QStringLiteral("name"));
        const int business = model.columnOf(QStringLiteral("main_business"));
        const int platform = model.columnOf(QStringLiteral("platform"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(exportModelToCsv(model, buffer, { business, name, platform }, &error));
        QCOMPARE(model.rowCount(), n);

        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(buffer.data().mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), n + 2); // header, rows, and the empty string after the last CRLF
        QCOMPARE(lines.at(0), QStringLiteral("Main business,Name,Platform"));
        // "=HYPERLINK" sorts before "G000": first row.
        QCOMPARE(lines.at(1),
                 QStringLiteral("零食,\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",")
                     + enumDisplayName(Platform::Telegram));
        QCOMPARE(lines.at(2),
                 QStringLiteral("'@SUM(1),G001,") + enumDisplayName(Platform::Telegram));
        QCOMPARE(lines.at(n),
                 QStringLiteral("零食,G%1,").arg(n - 1) + enumDisplayName(Platform::Telegram));
        QVERIFY(lines.last().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
