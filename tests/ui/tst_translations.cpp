// The shipped catalogs are complete and well-formed, and loading them turns the GUI and the CLI
// into German or Chinese (in process and in the built executables, from LANG).
#include "core/cli/clirunner.h"
#include "core/translations.h"
#include "tests/support/testenv.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace tiergate;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList translations; // one text, or the numerus forms
    qint64 line = 0;
};

struct Catalog
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalog.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inTranslation) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    inTranslation = true;
                } else {
                    message.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            else if (xml.name() == QLatin1String("message"))
                catalog.messages << message;
        }
    }
    if (xml.hasError())
        catalog.error = xml.errorString();
    return catalog;
}

QString catalogPath(const QString &language)
{
    return test::dataDir() + QStringLiteral("/../../translations/tiergate_") + language + QStringLiteral(".ts");
}

// %1…%99 and %n, each counted once: a translation may repeat or reorder them, never drop or add one.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QStringList markup(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("<[A-Za-z/][^<>]*>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?=[\\p{L}\\p{N}])"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString runProgram(const QString &program, const QStringList &arguments, const QString &lang)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(test::binary(program), arguments);
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)); }

    void catalogIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("German") << QStringLiteral("de") << 2;
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << 1;
    }

    void catalogIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        const Catalog catalog = readCatalog(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.language, language);
        QVERIFY(catalog.messages.size() > 1000);

        QStringList problems;
        for (const Message &m : catalog.messages) {
            const QString where = QStringLiteral("line %1 (%2) \"%3\": ").arg(m.line).arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral("marked %1").arg(m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != numerusForms) {
                problems << where
                        + QStringLiteral("%1 plural forms, %2 expected").arg(m.translations.size()).arg(numerusForms);
                continue;
            }
            if (!m.numerus && m.translations.size() != 1) {
                problems << where + QStringLiteral("no translation");
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral("empty translation");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(t);
                else if (markup(t) != markup(m.source))
                    problems << where + QStringLiteral("tags differ in \"%1\"").arg(t);
                else if (accelerators(t) != accelerators(m.source))
                    problems << where + QStringLiteral("accelerator (&) differs in \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.mid(0, 30).join(u'\n')));
    }

    void catalogsHoldTheSameStrings()
    {
        const auto keys = [](const Catalog &catalog) {
            QSet<QString> set;
            for (const Message &m : catalog.messages)
                set.insert(m.context + u'\x1f' + m.source);
            return set;
        };
        const QSet<QString> german = keys(readCatalog(catalogPath(QStringLiteral("de"))));
        const QSet<QString> chinese = keys(readCatalog(catalogPath(QStringLiteral("zh_CN"))));
        QVERIFY(!german.isEmpty());
        QCOMPARE(german - chinese, QSet<QString>());
        QCOMPARE(chinese - german, QSet<QString>());
    }

    void germanWindow()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("panels"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(int(MainWindow::Panel::Compare)), QStringLiteral("Vergleich"));
        QCOMPARE(tabs->tabText(int(MainWindow::Panel::Costs)), QStringLiteral("Kosten"));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u' ')));
    }

    void chineseWindow()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::Chinese, QLocale::China)));
        MainWindow window;
        QCOMPARE(MainWindow::panelTitle(MainWindow::Panel::Compare), QStringLiteral("对比"));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(u' ')));
    }

    void qtOwnStringsFollow()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German catalog is not installed (qt6-translations-l10n)");
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void germanCliHelpInProcess()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliRunner runner(outStream, errStream);
        QCOMPARE(runner.start({ QStringLiteral("--help") }), 0);
        QVERIFY2(out.contains(QStringLiteral("Befehle:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Aufruf: tiergate-cli")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Commands:")), qPrintable(out));
        // Summaries that the commands ask for under another context than lupdate's.
        QVERIFY2(out.contains(QStringLiteral("eine Konfigurationsdatei prüfen")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("ein Profil für einen Server exportieren")), qPrintable(out));
    }

    void stringsAskedUnderAnotherContext()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        // The exporters' shared helper asks under "Export"; lupdate files these by class.
        QCOMPARE(QCoreApplication::translate("Export", "profile '%1' does not exist. Available profiles: %2."),
            QStringLiteral("Profil „%1“ existiert nicht. Verfügbare Profile: %2."));
        QCOMPARE(
            QCoreApplication::translate("BuiltinConfig", "Customer-facing SaaS"), QStringLiteral("SaaS für Endkunden"));
        // Qt's own contexts are left to Qt's catalog.
        QCOMPARE(QCoreApplication::translate("QNotTiergate", "Customer-facing SaaS"),
            QStringLiteral("Customer-facing SaaS"));
    }

    void englishNeedsNoCatalog()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(MainWindow::panelTitle(MainWindow::Panel::Compare), QStringLiteral("Vergleich"));
        // Switching back removes the German catalog again.
        QVERIFY(!installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(MainWindow::panelTitle(MainWindow::Panel::Compare), QStringLiteral("Compare"));
    }

    void executablesFollowLang_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cli de") << QStringLiteral("tiergate-cli") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("Befehle:");
        QTest::newRow("cli zh_CN") << QStringLiteral("tiergate-cli") << QStringLiteral("zh_CN.UTF-8")
                                   << QStringLiteral("命令：");
        QTest::newRow("cli C") << QStringLiteral("tiergate-cli") << QStringLiteral("C") << QStringLiteral("Commands:");
        QTest::newRow("gui de") << QStringLiteral("tiergate") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("Farbschema");
        QTest::newRow("gui zh_CN") << QStringLiteral("tiergate") << QStringLiteral("zh_CN.UTF-8")
                                   << QStringLiteral("配色主题");
    }

    void executablesFollowLang()
    {
        QFETCH(QString, program);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QString out = runProgram(program, { QStringLiteral("--help") }, lang);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
