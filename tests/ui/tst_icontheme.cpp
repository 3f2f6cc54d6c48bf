#include "storage/database.h"
#include "ui/help/userguidewindow.h"
#include "ui/languagemanager.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/mainwindow.h"
#include "ui/widgets/darkpalette.h"
#include "ui/widgets/icontheme.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace cohort;

namespace {

using IconUse = QPair<QString, QString>; // where, icon name

void collectMenu(const QMenu *menu, const QString &path, QList<IconUse> *uses, QStringList *missing)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue;
        const QString where = path + QLatin1String(" > ") + action->text();
        if (action->icon().name().isEmpty())
            *missing << where;
        else
            *uses << IconUse(where, action->icon().name());
        if (action->menu())
            collectMenu(action->menu(), where, uses, missing);
    }
}

void collectWidget(const QWidget *root, QList<IconUse> *uses, QStringList *missing)
{
    const QList<QToolBar *> bars = root->findChildren<QToolBar *>();
    for (const QToolBar *bar : bars) {
        const QList<QAction *> actions = bar->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            const QString where
                = bar->parentWidget()->objectName() + QLatin1String(" toolbar > ") + action->text();
            if (action->icon().name().isEmpty())
                *missing << where;
            else
                *uses << IconUse(where, action->icon().name());
        }
    }
    const QList<QToolButton *> buttons = root->findChildren<QToolButton *>();
    for (const QToolButton *button : buttons) {
        if (QAction *action = button->defaultAction(); action && !action->text().isEmpty()) {
            const QString where = QLatin1String("button > ") + action->text();
            if (action->icon().name().isEmpty())
                *missing << where;
            else
                *uses << IconUse(where, action->icon().name());
        }
    }
}

} // namespace

/// The bundled icon theme (resources/icons): every icon the user interface shows comes from it,
/// in both variants, on every platform.
class TestIconTheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The names the sources pass to QIcon::fromTheme() as literals, found by reading them.
    static QSet<QString> namesInSources()
    {
        QSet<QString> names;
        const QRegularExpression literal(
            QStringLiteral("fromTheme\\(\\s*QStringLiteral\\(\"([^\"]+)\"\\)"));
        QDirIterator files(QStringLiteral(COHORT_SOURCE_DIR "/src"), { QStringLiteral("*.cpp") },
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &match : literal.globalMatch(text))
                names.insert(match.captured(1));
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_icontheme"));
    }

    void variantFollowsThePalette()
    {
        QCOMPARE(IconTheme::variantFor(DarkPalette::make()), IconTheme::Variant::Dark);
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
        QCOMPARE(IconTheme::variantFor(light), IconTheme::Variant::Light);
    }

    void everyShownActionHasABundledIcon_data()
    {
        QTest::addColumn<IconTheme::Variant>("variant");
        QTest::newRow("light") << IconTheme::Variant::Light;
        QTest::newRow("dark") << IconTheme::Variant::Dark;
    }

    /// The sidebar, every menu, every toolbar and tool button of the window and its panes.
    void everyShownActionHasABundledIcon()
    {
        QFETCH(IconTheme::Variant, variant);
        IconTheme::install(variant);
        LanguageManager languages;
        MainWindow window(&languages);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        window.setWorkspace(std::move(db));
        UserGuideWindow guide(&languages);

        QList<IconUse> uses;
        QStringList missing;
        const auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 12);
        for (int i = 0; i < sidebar->count(); ++i) {
            const QListWidgetItem *item = sidebar->item(i);
            if (item->icon().name().isEmpty())
                missing << QLatin1String("sidebar > ") + item->text();
            else
                uses << IconUse(QLatin1String("sidebar > ") + item->text(), item->icon().name());
        }
        const QList<QAction *> menus = window.menuBar()->actions();
        for (const QAction *menu : menus)
            collectMenu(menu->menu(), menu->text(), &uses, &missing);
        collectWidget(&window, &uses, &missing);
        collectWidget(&guide, &uses, &missing);
        // The Ledger's actions are push buttons: the same icons as actions elsewhere.
        const QList<QPushButton *> ledgerButtons = window.ledger()->findChildren<QPushButton *>();
        QVERIFY(ledgerButtons.size() >= 9);
        for (const QPushButton *button : ledgerButtons) {
            const QString where = QLatin1String("ledger > ") + button->text();
            if (button->icon().name().isEmpty())
                missing << where;
            else
                uses << IconUse(where, button->icon().name());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n"))));
        QVERIFY2(uses.size() > 60, qPrintable(QString::number(uses.size())));

        QStringList unresolved;
        for (const IconUse &use : std::as_const(uses)) {
            if (!QIcon::hasThemeIcon(use.second))
                unresolved << use.first + QLatin1String(": ") + use.second;
        }
        QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(QLatin1String("\n"))));
    }

    void everyNameInTheSourcesIsBundled_data() { everyShownActionHasABundledIcon_data(); }

    /// Also the icons of dialogs and states the window walk above does not reach.
    void everyNameInTheSourcesIsBundled()
    {
        QFETCH(IconTheme::Variant, variant);
        IconTheme::install(variant);
        const QSet<QString> names = namesInSources();
        QVERIFY(names.size() > 30);
        for (const QString &name : names) {
            QVERIFY2(QIcon::hasThemeIcon(name), qPrintable(name));
            // The SVG is in the resources and the icon engine draws it.
            QVERIFY2(!QIcon::fromTheme(name).pixmap(16, 16).isNull(), qPrintable(name));
        }
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("no-such-icon-in-cohort")));
    }

    /// The dark variant is drawn light on dark backgrounds: its strokes are brighter.
    void darkVariantIsBrighter()
    {
        const auto brightness = [](IconTheme::Variant variant) {
            IconTheme::install(variant);
            const QImage image = QIcon::fromTheme(QStringLiteral("list-add"))
                                     .pixmap(22, 22)
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            qint64 sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() > 128) {
                        sum += pixel.lightness();
                        ++count;
                    }
                }
            }
            return count > 0 ? sum / count : -1;
        };
        const qint64 light = brightness(IconTheme::Variant::Light);
        const qint64 dark = brightness(IconTheme::Variant::Dark);
        QVERIFY(light >= 0);
        QVERIFY2(dark > light + 100, qPrintable(QStringLiteral("%1 %2").arg(light).arg(dark)));
    }
};

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"
