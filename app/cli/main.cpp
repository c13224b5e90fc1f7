// tiergate-cli: the headless entry. All commands live in core/cli (testable in-process).
#include "core/cli/clirunner.h"
#include "core/resources.h"
#include "core/runtime/signalwatcher.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Subsystem logs stay at info and above unless TIERGATE_DEBUG=1 (they never carry keys).
    if (qEnvironmentVariableIntValue("TIERGATE_DEBUG") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("tiergate.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("tiergate"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tiergate"));
    QCoreApplication::setApplicationVersion(tiergate::version());
    tiergate::initCoreResources();
    // Messages and help in the user's language (LANG / LC_MESSAGES), from the catalogs in :/i18n.
    tiergate::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    tiergate::CliRunner runner(out, err);
    QObject::connect(
        &runner, &tiergate::CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    // SIGINT / SIGTERM: the command records what is in flight and flushes the ledger, then exits.
    tiergate::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &tiergate::SignalWatcher::signalled, &runner, &tiergate::CliRunner::interrupt);
    const int immediate = runner.start(app.arguments().mid(1));
    if (immediate >= 0)
        return immediate;
    return app.exec();
}
