#include "core/cli/modelscommand.h"

#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelsCommand", text);
}

QString dollars(qint64 micros)
{
    if (micros < 0)
        return QStringLiteral("-");
    return QString::number(ConfigJson::microsToUsd(micros), 'f', micros % 10000 == 0 ? 2 : 4);
}

} // namespace

QString ModelsCommand::name() const
{
    return QStringLiteral("models");
}

QString ModelsCommand::summary() const
{
    return tr("list the model catalog with context windows and prices");
}

void ModelsCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QString configPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            ctx.out() << tr("Usage: tiergate-cli models [--config FILE]\n"
                            "\n"
                            "Lists the model catalog: the built-in dated catalog, overridden by the models of\n"
                            "FILE (or of the built-in configuration). Prices are US dollars per 1M tokens.\n"
                            "\n"
                            "Exit codes: 0 listed, 2 bad arguments or a configuration file with errors.\n");
            ctx.out().flush();
            ctx.finish(ExitOk);
            return;
        }
        if (a == QLatin1String("--config") && i + 1 < arguments.size()) {
            configPath = arguments.at(++i);
            continue;
        }
        ctx.err() << tr("tiergate-cli models: unexpected argument '%1' (see tiergate-cli models --help)").arg(a)
                  << '\n';
        ctx.err().flush();
        ctx.finish(ExitUsage);
        return;
    }

    TiergateConfig config;
    if (configPath.isEmpty()) {
        config = builtin::defaultConfig();
    } else {
        QFile file(configPath);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err() << tr("tiergate-cli models: cannot read %1: %2").arg(configPath, file.errorString()) << '\n';
            ctx.err().flush();
            ctx.finish(ExitUsage);
            return;
        }
        const ConfigReadResult read = ConfigJson::read(file.readAll(), builtin::catalog());
        if (!read.ok()) {
            for (const ValidationIssue &i : read.issues)
                ctx.err() << i.toString() << '\n';
            ctx.err() << tr("tiergate-cli models: %1 has errors (run tiergate-cli validate %1)").arg(configPath)
                      << '\n';
            ctx.err().flush();
            ctx.finish(ExitUsage);
            return;
        }
        config = read.config;
    }

    const QList<ModelConfig> models = config.effectiveModels();
    QTextStream &out = ctx.out();
    out << qSetFieldWidth(32) << Qt::left << tr("MODEL") << qSetFieldWidth(12) << tr("PROVIDER") << qSetFieldWidth(10)
        << Qt::right << tr("WINDOW") << tr("IN $/1M") << tr("OUT $/1M") << tr("CACHED") << tr("CACHE WR")
        << qSetFieldWidth(0) << Qt::left << QStringLiteral("  ") << tr("AS OF") << '\n';
    for (const ModelConfig &m : models) {
        out << qSetFieldWidth(32) << Qt::left << m.id << qSetFieldWidth(12) << m.providerId << qSetFieldWidth(10)
            << Qt::right << QString::number(m.contextWindow) << dollars(m.inputPerMTokMicros)
            << dollars(m.outputPerMTokMicros) << dollars(m.cachedInputPerMTokMicros)
            << dollars(m.cacheWritePerMTokMicros) << qSetFieldWidth(0) << Qt::left << QStringLiteral("  ")
            << (m.pricesAsOf.isValid() ? m.pricesAsOf.toString(Qt::ISODate) : QStringLiteral("-"));
        if (m.simulated)
            out << QStringLiteral("  ") << tr("(simulated)");
        out << '\n';
    }
    out.flush();
    ctx.err() << tr("%1 model(s); built-in catalog prices as of %2")
                     .arg(models.size())
                     .arg(builtin::catalogPricesAsOf().toString(Qt::ISODate))
              << '\n';
    ctx.err().flush();
    ctx.finish(ExitOk);
}

} // namespace tiergate
