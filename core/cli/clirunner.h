#pragma once

#include "core/cli/clicommand.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace tiergate {

/// Runs tiergate-cli: global options (--help, --version), then one subcommand. Usable in-process
/// by tests with string-backed streams. `finished(code)` fires exactly once.
class CliRunner : public QObject, public CliContext
{
    Q_OBJECT
public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    /// `arguments` excludes the program name. Returns the exit code when the command ended
    /// synchronously, -1 when it runs on (wait for `finished`).
    int start(const QStringList &arguments);
    /// A signal (SIGINT, SIGTERM) arrived: the running command finishes what it can and ends.
    void interrupt(int signalNumber);
    int exitCode() const { return m_exitCode; }
    bool isFinished() const { return m_finished; }

    QTextStream &out() override { return m_out; }
    QTextStream &err() override { return m_err; }
    void finish(int code) override;

    QString helpText() const;

Q_SIGNALS:
    void finished(int code);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    CliCommand *m_current = nullptr;
    int m_exitCode = -1;
    bool m_finished = false;
};

} // namespace tiergate
