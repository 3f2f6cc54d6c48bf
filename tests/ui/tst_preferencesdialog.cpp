#include "import/importlimits.h"
#include "ui/languagemanager.h"
#include "ui/settings/preferencesdialog.h"

#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;
using import::ImportLimits;

/// Preferences ▸ Largest unzipped chat (issue 17): the zip cap the import reads, settable
/// without the console; an untouched dialog writes nothing.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    static QVariant stored() { return QSettings().value(ImportLimits::maxUnzippedSettingsKey()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    }

    void init() { QSettings().clear(); }

    void untouchedDialogWritesNothing()
    {
        LanguageManager languages;
        {
            PreferencesDialog dialog(&languages);
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("unzippedSpin"));
            QVERIFY(spin);
            QCOMPARE(spin->value(), 0);
            QCOMPARE(spin->text(), QStringLiteral("Automatic"));
            dialog.show();
            dialog.close();
        }
        QVERIFY(!stored().isValid());
        QSettings().setValue(ImportLimits::maxUnzippedSettingsKey(), 3000);
        {
            PreferencesDialog dialog(&languages);
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("unzippedSpin"));
            QCOMPARE(spin->value(), 3000);
        }
        QCOMPARE(stored().toInt(), 3000);
    }

    void changedValueIsWhatTheImportUses()
    {
        LanguageManager languages;
        PreferencesDialog dialog(&languages);
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("unzippedSpin"));
        // A 1 MB archive: automatic allows 64 MB (40 times, at least 64).
        QCOMPARE(ImportLimits::unzippedLimit(1 << 20, 0), qint64(64) << 20);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("2048"));
        QCOMPARE(stored().toInt(), 2048);
        QCOMPARE(ImportLimits::unzippedLimit(1 << 20, 0), qint64(2048) << 20);
        // The console's option still wins over the preference.
        QCOMPARE(ImportLimits::unzippedLimit(1 << 20, 100), qint64(100) << 20);
        // Back to automatic: the setting is gone, not kept as 0.
        spin->setValue(0);
        QVERIFY(!stored().isValid());
        QCOMPARE(ImportLimits::unzippedLimit(1 << 20, 0), qint64(64) << 20);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
