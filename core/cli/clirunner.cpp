#include "core/cli/clirunner.h"

#include "core/cli/commandregistry.h"
#include "core/version.h"

namespace tiergate {

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_commands(createCliCommands())
{ }

CliRunner::~CliRunner() = default;

QString CliRunner::helpText() const
{
    QString text = tr("Usage: tiergate-cli [--help] [--version] <command> [options]") + u"\n\n"
        + tr("Headless Tiergate: route OpenAI-compatible requests through tiers and profiles.") + u"\n\n"
        + tr("Commands:") + u'\n';
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -16).arg(command->summary());
    text += u'\n' + tr("Run 'tiergate-cli <command> --help' for the options of a command.") + u'\n'
        + tr("Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.") + u'\n';
    return text;
}

int CliRunner::start(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        finish(arguments.isEmpty() ? ExitUsage : ExitOk);
        return m_exitCode;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        m_out << applicationName() << u' ' << version() << u'\n';
        m_out.flush();
        finish(ExitOk);
        return m_exitCode;
    }
    const QString name = arguments.first();
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            m_current = command.get();
            command->start(*this, arguments.mid(1));
            return m_finished ? m_exitCode : -1;
        }
    }
    m_err << tr("tiergate-cli: unknown command '%1'. Run 'tiergate-cli --help' for the list.").arg(name) << u'\n';
    m_err.flush();
    finish(ExitUsage);
    return m_exitCode;
}

void CliRunner::interrupt(int signalNumber)
{
    if (m_finished)
        return;
    if (m_current)
        m_current->interrupt(*this, signalNumber);
    else
        finish(128 + signalNumber);
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

} // namespace tiergate
