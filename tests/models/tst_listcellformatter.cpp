#include "models/listcellformatter.h"

#include <QTest>

using namespace cohort;

/// List cells show user text as written, isolated when it could reorder what is shown with it.
class TestListCellFormatter : public QObject
{
    Q_OBJECT

private:
    static ListCellFormatter formatter()
    {
        ListColumn text;
        text.key = QStringLiteral("name");
        text.kind = ListColumn::Kind::Text;
        ListColumn list;
        list.key = QStringLiteral("groups");
        list.kind = ListColumn::Kind::TextList;
        return ListCellFormatter({ text, list }, QLocale(QLocale::English), QTimeZone::utc());
    }

private Q_SLOTS:
    void textIsIsolatedOnlyWhenItMustBe()
    {
        const ListCellFormatter f = formatter();
        QCOMPARE(f.displayValue(0, QStringLiteral("王小明 Zoë")), QStringLiteral("王小明 Zoë"));
        QCOMPARE(f.displayValue(0, QStringLiteral("Eve\u202Egnp.exe")),
                 QStringLiteral("\u2068Eve\u202Egnp.exe\u2069"));
    }

    void eachNameOfAListIsIsolated()
    {
        // Joined into one cell, an override in one name would reverse the names after it.
        const ListCellFormatter f = formatter();
        QCOMPARE(f.displayValue(1, QStringLiteral("b\u202Ex\nalpha\nc")),
                 QStringLiteral("alpha, \u2068b\u202Ex\u2069, c"));
    }
};

QTEST_GUILESS_MAIN(TestListCellFormatter)
#include "tst_listcellformatter.moc"
