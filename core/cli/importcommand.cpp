#include "core/cli/importcommand.h"

#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/export/litellmimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import-litellm");
}

QString ImportCommand::summary() const
{
    return tr("import a LiteLLM config.yaml as providers, models and a profile");
}

void ImportCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption nameOpt(
        QStringLiteral("profile-name"), tr("Name of the new profile."), QStringLiteral("N"), QStringLiteral("litellm"));
    const QCommandLineOption configOpt(
        QStringLiteral("config"), tr("Configuration to merge into."), QStringLiteral("FILE"));
    const QCommandLineOption outOpt(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("Output file."), QStringLiteral("FILE"));
    parser.addOptions({ help, nameOpt, configOpt, outOpt });
    auto usageError = [&](const QString &message) {
        ctx.err() << QStringLiteral("tiergate-cli import-litellm: ") << message << u'\n'
                  << tr("Run 'tiergate-cli import-litellm --help' for the options.") << u'\n';
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli import-litellm") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        ctx.out() << tr("Usage: tiergate-cli import-litellm FILE [--profile-name N] [--config FILE] [-o FILE]\n"
                        "\n"
                        "Reads a LiteLLM proxy config.yaml: model_list becomes providers and models,\n"
                        "router_settings (fallbacks, num_retries, timeout, allowed_fails, cooldown_time,\n"
                        "model_group_alias) a tier and a profile named N (default 'litellm').\n"
                        "Keys written as os.environ/NAME become env:NAME references; a literal key in the file\n"
                        "is not imported (move it to an environment variable).\n"
                        "The result is merged into -o FILE when it exists, else into --config FILE, else into an\n"
                        "empty document, and written to -o FILE (or stdout). Entries with the same id are\n"
                        "replaced. Everything without an equivalent is printed to stderr as a warning.\n"
                        "\n"
                        "Exit codes: 0 written, 1 output file not writable, 2 usage error, unreadable or\n"
                        "unusable input, or a merged document with errors (nothing is written then).\n");
        ctx.finish(ExitOk);
        return;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected exactly one LiteLLM config FILE."));
    const QString inputPath = parser.positionalArguments().first();
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("tiergate-cli import-litellm: cannot read %1: %2").arg(inputPath, input.errorString()) << u'\n';
        ctx.finish(ExitUsage);
        return;
    }
    const LiteLlmImport imported = LiteLlmImporter::import(input.readAll(), parser.value(nameOpt));
    if (!imported.ok()) {
        ctx.err() << tr("tiergate-cli import-litellm: %1: %2").arg(inputPath, imported.error) << u'\n';
        ctx.finish(ExitUsage);
        return;
    }

    // The document to merge into.
    TiergateConfig target;
    const QString outPath = parser.value(outOpt);
    QString basePath;
    if (!outPath.isEmpty() && QFileInfo::exists(outPath))
        basePath = outPath;
    else if (parser.isSet(configOpt))
        basePath = parser.value(configOpt);
    if (!basePath.isEmpty()) {
        QFile base(basePath);
        if (!base.open(QIODevice::ReadOnly)) {
            ctx.err() << tr("tiergate-cli import-litellm: cannot read %1: %2").arg(basePath, base.errorString())
                      << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
        const ConfigReadResult read = ConfigJson::read(base.readAll(), builtin::catalog());
        if (!read.ok()) {
            ctx.err() << tr("tiergate-cli import-litellm: %1 is not a usable Tiergate document:").arg(basePath)
                      << u'\n';
            for (const ValidationIssue &i : read.issues)
                ctx.err() << QStringLiteral("  ") << i.toString() << u'\n';
            ctx.finish(ExitUsage);
            return;
        }
        target = read.config;
    } else {
        target.catalog = builtin::catalog();
    }

    ExportWarnings warnings = imported.warnings;
    warnings += LiteLlmImporter::merge(target, imported);
    for (const ExportWarning &w : std::as_const(warnings))
        ctx.err() << QStringLiteral("warning: ") << w.toString() << u'\n';

    const QList<ValidationIssue> issues = ConfigValidator::validate(target);
    int warningCount = static_cast<int>(warnings.size());
    for (const ValidationIssue &i : issues) {
        ctx.err() << i.toString() << u'\n';
        if (!i.isError())
            ++warningCount;
    }
    if (hasErrors(issues)) {
        ctx.err() << tr("tiergate-cli import-litellm: the merged document has errors; nothing was written.") << u'\n';
        ctx.finish(ExitUsage);
        return;
    }
    const QByteArray document = ConfigJson::write(target);
    if (outPath.isEmpty()) {
        ctx.out() << QString::fromUtf8(document);
    } else {
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(document) < 0 || !out.commit()) {
            ctx.err() << tr("tiergate-cli import-litellm: cannot write %1: %2; check that the folder exists and is "
                            "writable.")
                             .arg(outPath, out.errorString())
                      << u'\n';
            ctx.finish(ExitFailure);
            return;
        }
        ctx.err() << tr("wrote %1 with profile '%2' (%3 warning(s))")
                         .arg(QFileInfo(outPath).absoluteFilePath(), imported.profileName)
                         .arg(warningCount)
                  << u'\n';
    }
    ctx.finish(ExitOk);
}

} // namespace tiergate
