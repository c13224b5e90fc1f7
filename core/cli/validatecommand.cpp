#include "core/cli/validatecommand.h"

#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ValidateCommand", text);
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("check a configuration file and list every problem");
}

void ValidateCommand::start(CliContext &ctx, const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        ctx.out() << tr("Usage: tiergate-cli validate FILE\n"
                        "\n"
                        "Checks a Tiergate configuration file (JSON, \"version\": 1) and prints every problem,\n"
                        "one per line: 'error: PATH: SENTENCE' or 'warning: PATH: SENTENCE'.\n"
                        "\n"
                        "Exit codes: 0 no errors (warnings may be listed), 2 errors or unreadable file.\n");
        ctx.out().flush();
        ctx.finish(ExitOk);
        return;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        ctx.err() << tr("tiergate-cli validate: expected exactly one FILE (see tiergate-cli validate --help)") << '\n';
        ctx.err().flush();
        ctx.finish(ExitUsage);
        return;
    }
    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("tiergate-cli validate: cannot read %1: %2").arg(path, file.errorString()) << '\n';
        ctx.err().flush();
        ctx.finish(ExitUsage);
        return;
    }
    const ConfigReadResult read = ConfigJson::read(file.readAll(), builtin::catalog());
    QList<ValidationIssue> issues = read.issues;
    const bool documentBroken = std::any_of(
        issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.path.isEmpty() && i.isError(); });
    if (!documentBroken) {
        // Type errors leave defaults in place; checking the rest still finds the other problems.
        const QList<ValidationIssue> semantic = ConfigValidator::validate(read.config);
        for (const ValidationIssue &i : semantic) {
            if (!issues.contains(i))
                issues.append(i);
        }
    }
    int errors = 0;
    int warnings = 0;
    for (const ValidationIssue &i : issues) {
        ctx.out() << i.toString() << '\n';
        if (i.isError())
            ++errors;
        else
            ++warnings;
    }
    ctx.out().flush();
    if (errors > 0)
        ctx.err() << tr("%1: %2 error(s), %3 warning(s)").arg(path).arg(errors).arg(warnings) << '\n';
    else if (warnings > 0)
        ctx.err() << tr("%1: valid, %2 warning(s)").arg(path).arg(warnings) << '\n';
    else
        ctx.err() << tr("%1: valid").arg(path) << '\n';
    ctx.err().flush();
    ctx.finish(errors > 0 ? ExitUsage : ExitOk);
}

} // namespace tiergate
