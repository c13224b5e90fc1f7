// tiergate: the GUI entry and composition root. It builds the core services once and hands
// them to the window; nothing below it reaches for globals.
#include "core/resources.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tiergate"));
    QApplication::setApplicationDisplayName(tiergate::applicationName());
    QApplication::setOrganizationName(QStringLiteral("Tiergate"));
    QApplication::setApplicationVersion(tiergate::version());
    QApplication::setDesktopFileName(QStringLiteral("io.github.tiergate.Tiergate"));
    tiergate::initUiResources();
    QApplication::setWindowIcon(tiergate::applicationIcon());

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tiergate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench and gateway for OpenAI-compatible LLM APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and quit."), QStringLiteral("file"));
    QCommandLineOption panel(QStringLiteral("panel"),
        QApplication::translate("main", "Open on panel <name> (chat, compare, profiles, chart, costs)."),
        QStringLiteral("name"));
    parser.addOption(screenshot);
    parser.addOption(panel);
    parser.process(app);

    tiergate::MainWindow window;
    const QString panelName = parser.value(panel).toLower();
    const QStringList names { QStringLiteral("chat"), QStringLiteral("compare"), QStringLiteral("profiles"),
        QStringLiteral("chart"), QStringLiteral("costs") };
    if (const auto i = names.indexOf(panelName); i >= 0)
        window.showPanel(static_cast<tiergate::MainWindow::Panel>(i));
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
