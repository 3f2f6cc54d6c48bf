#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cohort;

/// The zh_CN catalogue: every entry translated (nothing unfinished or empty, placeholders kept)
/// and the compiled catalogue embedded where LanguageManager loads it.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Entry
    {
        QString context;
        QString source;
        QString translation;
        bool unfinished = false;
    };

    static QList<Entry> readCatalogue(const QString &path, QString *error)
    {
        QList<Entry> entries;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return entries;
        }
        QXmlStreamReader xml(&file);
        QString context;
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                entry = Entry { context, {}, {}, false };
            } else if (xml.name() == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                entry.unfinished = type == QLatin1String("unfinished")
                    || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                entries << entry;
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return entries;
    }

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        // LanguageManager stores the choice: keep it away from the user's settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void catalogueIsComplete()
    {
        QString error;
        const QList<Entry> entries = readCatalogue(QStringLiteral(COHORT_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 100);
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        for (const Entry &e : entries) {
            if (e.unfinished)
                problems << QStringLiteral("unfinished: [%1] %2").arg(e.context, e.source);
            else if (e.translation.trimmed().isEmpty())
                problems << QStringLiteral("empty: [%1] %2").arg(e.context, e.source);
            auto it = placeholder.globalMatch(e.source);
            while (it.hasNext()) {
                const QString ph = it.next().captured(0);
                if (!e.translation.contains(ph)) {
                    problems << QStringLiteral("lost %1: [%2] %3").arg(ph, e.context, e.source);
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void embeddedCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/cohort_zh_CN.qm")));
        QCOMPARE(translator.translate("cohort::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translator.translate("GroupStatus", "Active"), QStringLiteral("活跃"));
    }

    void managerSwitchesLanguage()
    {
        LanguageManager manager;
        manager.setPreference(QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("cohort::MainWindow", "&Edit"),
                 QStringLiteral("编辑(&E)"));
        manager.setPreference(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("cohort::MainWindow", "&Edit"),
                 QStringLiteral("&Edit"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
