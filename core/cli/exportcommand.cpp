#include "core/cli/exportcommand.h"

#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configstore.h"
#include "core/config/configvalidator.h"
#include "core/export/exportformat.h"
#include "core/export/profileexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

QStringList formatIds()
{
    QStringList ids;
    for (ExportFormat f : exportFormats())
        ids.append(exportFormatId(f));
    return ids;
}

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("export a profile for a server (native, litellm, portkey, typescript, env)");
}

void ExportCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile to export."), QStringLiteral("P"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("Output format."), QStringLiteral("F"));
    const QCommandLineOption configOpt(QStringLiteral("config"), tr("Configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption outOpt(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("Output file."), QStringLiteral("FILE"));
    parser.addOptions({ help, profileOpt, formatOpt, configOpt, outOpt });
    auto usageError = [&](const QString &message) {
        ctx.err() << QStringLiteral("tiergate-cli export: ") << message << u'\n'
                  << tr("Run 'tiergate-cli export --help' for the options.") << u'\n';
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli export") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        ctx.out() << tr(
            "Usage: tiergate-cli export --profile P --format FORMAT [--config FILE] [-o FILE]\n"
            "\n"
            "Writes profile P for a server, without any key value (only variable names):\n"
            "  native      Tiergate JSON for the headless mode (the profile and what it uses)\n"
            "  litellm     LiteLLM proxy config.yaml\n"
            "  portkey     Portkey gateway config JSON (x-portkey-config), plus with -o the runner\n"
            "              P.portkey-runner.mjs that fills the keys from the environment\n"
            "  typescript  the GatewayConfig TypeScript module\n"
            "  env         .env with the variable names to fill in\n"
            "What a format cannot express is printed to stderr as 'warning: OPTION: SENTENCE'\n"
            "(and written as comments where the format has them).\n"
            "Without --config the user's configuration is read (built-in defaults when there is none).\n"
            "\n"
            "Exit codes: 0 written, 1 output file not writable, 2 usage, configuration or profile error.\n");
        ctx.finish(ExitOk);
        return;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(formatOpt))
        return usageError(tr("--format is missing; choose one of: %1.").arg(formatIds().join(QStringLiteral(", "))));
    const std::optional<ExportFormat> format = exportFormatFromId(parser.value(formatOpt));
    if (!format)
        return usageError(tr("unknown format '%1'; choose one of: %2.")
                              .arg(parser.value(formatOpt), formatIds().join(QStringLiteral(", "))));

    TiergateConfig config;
    QList<ValidationIssue> issues;
    QString source;
    if (parser.isSet(configOpt)) {
        source = parser.value(configOpt);
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err() << tr("tiergate-cli export: cannot read the configuration %1: %2").arg(source, file.errorString())
                      << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
        const ConfigReadResult read = ConfigJson::read(file.readAll(), builtin::catalog());
        config = read.config;
        issues = read.issues;
        if (read.ok())
            issues += ConfigValidator::validate(config);
    } else {
        ConfigStore store;
        store.load();
        source = store.isUsingBuiltins() ? tr("the built-in configuration") : store.path();
        config = store.document();
        issues = store.issues();
    }
    if (hasErrors(issues)) {
        ctx.err() << tr("tiergate-cli export: %1 has errors; fix them first (tiergate-cli validate lists them "
                        "all):")
                         .arg(source)
                  << u'\n';
        for (const ValidationIssue &i : std::as_const(issues)) {
            if (i.isError())
                ctx.err() << QStringLiteral("  ") << i.toString() << u'\n';
        }
        ctx.finish(ExitUsage);
        return;
    }
    if (!parser.isSet(profileOpt))
        return usageError(tr("--profile is missing; profiles in %1: %2.")
                              .arg(source, config.profileNames().join(QStringLiteral(", "))));

    const ExportResult result = ProfileExporter::exportProfile(config, parser.value(profileOpt), *format);
    if (!result.ok()) {
        ctx.err() << QStringLiteral("tiergate-cli export: ") << result.error << u'\n';
        ctx.finish(ExitUsage);
        return;
    }
    for (const ExportWarning &w : result.warnings)
        ctx.err() << QStringLiteral("warning: ") << w.toString() << u'\n';

    if (parser.isSet(outOpt)) {
        const QString path = parser.value(outOpt);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(result.text.toUtf8()) < 0 || !out.commit()) {
            ctx.err() << tr("tiergate-cli export: cannot write %1: %2; check that the folder exists and is "
                            "writable.")
                             .arg(path, out.errorString())
                      << u'\n';
            ctx.finish(ExitFailure);
            return;
        }
        ctx.err() << tr("wrote %1 (%2, profile '%3', %4 warning(s))")
                         .arg(QFileInfo(path).absoluteFilePath(), exportFormatId(*format), parser.value(profileOpt))
                         .arg(result.warnings.size())
                  << u'\n';
        // Companion files (the Portkey runner) go next to the main file.
        for (auto it = result.companions.cbegin(); it != result.companions.cend(); ++it) {
            const QString companion = QFileInfo(path).absoluteDir().filePath(it.key());
            QSaveFile file(companion);
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toUtf8()) < 0 || !file.commit()) {
                ctx.err() << tr("tiergate-cli export: cannot write %1: %2").arg(companion, file.errorString()) << u'\n';
                ctx.finish(ExitFailure);
                return;
            }
            ctx.err() << tr("wrote %1").arg(companion) << u'\n';
        }
    } else {
        ctx.out() << result.text;
        for (auto it = result.companions.cbegin(); it != result.companions.cend(); ++it)
            ctx.err()
                << tr("note: the export also has %1; write it with -o FILE (it is written next to FILE).").arg(it.key())
                << u'\n';
    }
    ctx.finish(ExitOk);
}

} // namespace tiergate
