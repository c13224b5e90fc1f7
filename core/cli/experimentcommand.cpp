#include "core/cli/experimentcommand.h"

#include "core/cost/costcalculator.h"
#include "core/experiment/experimentreport.h"
#include "core/experiment/experimentrun.h"
#include "core/experiment/experimentstore.h"
#include "core/experiment/experimentsummary.h"
#include "core/observability/recorder.h"
#include "core/routing/routeoptions.h"
#include "core/runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QTimer>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ExperimentCommand", text);
}

} // namespace

class ExperimentCommand::Private
{
public:
    QObject context;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ExperimentStore> store;
    ExperimentRun *run = nullptr;
    QString outDir;
    int signalNumber = 0;

    void printSummary(CliContext &ctx, const Experiment &e);
    bool writeReports(CliContext &ctx, const Experiment &e);
    void startRun(CliContext &ctx, Experiment experiment, int concurrency);
};

ExperimentCommand::ExperimentCommand()
    : d(std::make_unique<Private>())
{ }

ExperimentCommand::~ExperimentCommand() = default;

QString ExperimentCommand::summary() const
{
    return tr("run a prompt set against columns N times, with statistics, a judge and report files");
}

void ExperimentCommand::interrupt(CliContext &ctx, int signalNumber)
{
    d->signalNumber = signalNumber;
    if (d->run && d->run->isRunning()) {
        ctx.err() << tr("Stopping: the runs in flight are cancelled; resume with: tiergate-cli experiment resume %1")
                         .arg(d->run->experiment().id)
                  << u'\n';
        d->run->pause(); // paused() then ends the command
        return;
    }
    ctx.finish(128 + signalNumber);
}

void ExperimentCommand::Private::printSummary(CliContext &ctx, const Experiment &e)
{
    const ExperimentSummary s = ExperimentSummary::compute(e);
    QTextStream &out = ctx.out();
    out << tr("Experiment %1: prompt set %2 (version %3), %4 prompts × %5 columns × %6 repeats")
               .arg(e.id, e.promptSet.name, e.promptSet.version)
               .arg(e.promptCount())
               .arg(e.columnCount())
               .arg(e.repeat)
        << u'\n';
    for (const ColumnSummary &c : s.columns) {
        out << QStringLiteral("  %1\n").arg(c.label);
        out << tr("    runs %1, errors %2 %, fallbacks %3 %")
                   .arg(c.runs)
                   .arg(qRound(c.errorRate * 100))
                   .arg(qRound(c.fallbackRate * 100))
            << u'\n';
        out << tr("    TTFT median %1 ms (95 % CI %2–%3), latency median %4 ms (95 % CI %5–%6), p95 %7 ms")
                   .arg(qRound(c.ttftMs.median))
                   .arg(qRound(c.ttftMs.low))
                   .arg(qRound(c.ttftMs.high))
                   .arg(qRound(c.latencyMs.median))
                   .arg(qRound(c.latencyMs.low))
                   .arg(qRound(c.latencyMs.high))
                   .arg(qRound(c.latencyMs.p95))
            << u'\n';
        out << tr("    %1 tokens/s, cost per answer %2, per 1,000 answers %3")
                   .arg(c.tokensPerSecond.median, 0, 'f', 1)
                   .arg(CostCalculator::formatMoney(qint64(c.costMicros.median)),
                       CostCalculator::formatMoney(c.costPer1000Micros))
            << u'\n';
        if (c.checksPassRate >= 0)
            out << tr("    checks passed %1 %").arg(qRound(c.checksPassRate * 100)) << u'\n';
        if (c.judgeScore >= 0)
            out << tr("    judge score %1").arg(c.judgeScore, 0, 'f', 1) << u'\n';
    }
    for (const QString &line : s.notDistinguishable)
        out << QStringLiteral("  ") << line << u'\n';
    qint64 judgeCost = 0;
    int judgeProblems = 0;
    for (const JudgeCall &call : e.judgeCalls) {
        judgeCost += call.costMicros;
        judgeProblems += call.status == QLatin1String("ok") ? 0 : 1;
    }
    if (!e.judgeCalls.isEmpty()) {
        out << tr("  judge: %1 calls, %2 without scores, cost %3")
                   .arg(e.judgeCalls.size())
                   .arg(judgeProblems)
                   .arg(CostCalculator::formatMoney(judgeCost))
            << u'\n';
    }
    out << tr("Verdict: %1").arg(s.verdict) << u'\n';
    out.flush();
}

bool ExperimentCommand::Private::writeReports(CliContext &ctx, const Experiment &e)
{
    const ExperimentSummary summary = ExperimentSummary::compute(e);
    QStringList comparison;
    if (const std::optional<Experiment> previous = store->previousOf(e))
        comparison = ExperimentReport::compare(summary, ExperimentSummary::compute(*previous), *previous);
    QString error;
    const QStringList paths = ExperimentReport::write(outDir, e.id, e, summary, comparison, &error);
    if (paths.isEmpty()) {
        ctx.err() << QStringLiteral("tiergate-cli experiment: ") << error << u'\n';
        return false;
    }
    for (const QString &line : comparison)
        ctx.out() << QStringLiteral("  ") << line << u'\n';
    for (const QString &path : paths)
        ctx.err() << tr("wrote %1").arg(QDir::toNativeSeparators(path)) << u'\n';
    return true;
}

void ExperimentCommand::Private::startRun(CliContext &ctx, Experiment experiment, int concurrency)
{
    run = new ExperimentRun(runtime->router(), store.get(), &context);
    run->setConcurrency(concurrency);
    CliContext *c = &ctx;
    QObject::connect(run, &ExperimentRun::saveFailed, &context,
        [c](const QString &message) { c->err() << QStringLiteral("tiergate-cli experiment: ") << message << u'\n'; });
    QObject::connect(run, &ExperimentRun::runFinished, &context, [this, c](int p, int col, int n) {
        const Experiment &e = run->experiment();
        const CompareRun r = *e.run(p, col, n);
        const int width = int(QString::number(run->total()).size());
        c->err() << QStringLiteral("[%1/%2] ").arg(run->done(), width).arg(run->total())
                 << tr("prompt %1 · %2 · #%3: %4, %5 ms, %6%7")
                        .arg(e.promptSet.items.at(p).id, e.columns.at(col).label())
                        .arg(n + 1)
                        .arg(r.status)
                        .arg(r.latencyMs)
                        .arg(CostCalculator::formatMoney(r.costMicros),
                            r.error.isEmpty() ? QString() : QStringLiteral(" (") + r.error + QLatin1Char(')'))
                 << u'\n';
        c->err().flush();
    });
    QObject::connect(run, &ExperimentRun::judged, &context, [this, c](int p, int n) {
        const Experiment &e = run->experiment();
        const JudgeCall &call = e.judgeCalls.constLast();
        c->err() << QStringLiteral("[%1/%2] ").arg(run->done()).arg(run->total())
                 << tr("judge · prompt %1 · #%2: %3, %4%5")
                        .arg(e.promptSet.items.at(p).id)
                        .arg(n + 1)
                        .arg(call.status, CostCalculator::formatMoney(call.costMicros),
                            call.error.isEmpty() ? QString() : QStringLiteral(" (") + call.error + QLatin1Char(')'))
                 << u'\n';
        c->err().flush();
    });
    const auto end = [this, c](bool complete) {
        const Experiment &e = run->experiment();
        printSummary(*c, e);
        const bool written = writeReports(*c, e);
        int ok = 0;
        for (int col = 0; col < e.columnCount(); ++col) {
            for (const CompareRun &r : e.columnRuns(col))
                ok += r.isOk() ? 1 : 0;
        }
        int code = ExitOk;
        if (!complete) {
            c->err() << tr("Interrupted with %1 of %2 runs done; resume with: tiergate-cli experiment resume %3")
                            .arg(e.doneRuns())
                            .arg(e.totalRuns())
                            .arg(e.id)
                     << u'\n';
            code = signalNumber > 0 ? 128 + signalNumber : ExitFailure;
        } else if (ok == 0 || !written) {
            code = ExitFailure;
        }
        QTimer::singleShot(0, &context, [this, c, code] {
            if (runtime->recorder())
                runtime->recorder()->flush();
            c->finish(code);
        });
    };
    QObject::connect(run, &ExperimentRun::finished, &context, [end] { end(true); });
    QObject::connect(run, &ExperimentRun::paused, &context, [end] { end(false); });
    if (!run->start(std::move(experiment))) {
        ctx.err() << tr("tiergate-cli experiment: nothing to run (no column or no prompt).") << u'\n';
        ctx.finish(ExitUsage);
        return;
    }
    ctx.err() << tr("experiment %1: %2 runs%3 (saved after each; resume with `tiergate-cli experiment resume %1`)")
                     .arg(run->experiment().id)
                     .arg(run->total() - run->done())
                     .arg(run->experiment().judgeProfile.isEmpty() ? QString() : tr(" and judge calls"))
              << u'\n';
}

void ExperimentCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption configOpt(QStringLiteral("config"), tr("Configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), tr("Profile that routes the model and tier columns."), QStringLiteral("P"));
    const QCommandLineOption columnOpt(QStringLiteral("column"),
        tr("A column: model:ID, tier:NAME or profile:NAME (repeat the option, or separate with commas)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption repeatOpt(
        QStringLiteral("repeat"), tr("Runs per prompt and column, 1 to 20 (default 1)."), QStringLiteral("N"));
    const QCommandLineOption judgeOpt(
        QStringLiteral("judge"), tr("Profile whose model scores the answers, blind."), QStringLiteral("PROFILE"));
    const QCommandLineOption concurrencyOpt(
        QStringLiteral("concurrency"), tr("Requests at once (default 4)."), QStringLiteral("N"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"), tr("Folder of the report files (default: the current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), tr("Title of the experiment."), QStringLiteral("TEXT"));
    const QCommandLineOption systemOpt(
        QStringLiteral("system"), tr("System prompt for every column."), QStringLiteral("TEXT"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        tr("Folder of the ledger and the saved experiments (default: the one the app uses)."), QStringLiteral("DIR"));
    parser.addOptions({ help, configOpt, profileOpt, columnOpt, repeatOpt, judgeOpt, concurrencyOpt, outOpt, titleOpt,
        systemOpt, dataDirOpt });
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("run SET.jsonl | resume ID | report ID | list"));

    const QString usageLine = tr("Usage: tiergate-cli experiment run SET.jsonl --column SPEC [--column SPEC ...] "
                                 "[--repeat N] [--judge PROFILE] [--profile P] [--concurrency N] [--out DIR] "
                                 "[--title TEXT] [--system TEXT] [--config FILE] [--data-dir DIR]\n"
                                 "       tiergate-cli experiment resume ID [--out DIR]\n"
                                 "       tiergate-cli experiment report ID [--out DIR]\n"
                                 "       tiergate-cli experiment list");
    auto usage = [&ctx, &usageLine](const QString &message) {
        ctx.err() << QStringLiteral("tiergate-cli experiment: ") << message << u'\n' << usageLine << u'\n';
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli experiment") } + arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        ctx.out() << usageLine << u'\n' << summary() << u'\n'
                  << parser.helpText()
                         .section(QLatin1Char('\n'), 2)
                         .replace(QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli experiment"))
                  << tr("A prompt set is a JSONL file: one {\"prompt\": ...} or {\"messages\": [...]} per line, with "
                        "optional \"id\", \"expected\", \"rubric\" and \"checks\" ([{\"contains\": ...}, "
                        "{\"regex\": ...}, {\"json_schema\": {...}}, {\"max_length\": N}]); an optional first line "
                        "{\"set\": {\"name\", \"rubric\", \"checks\"}} applies to every prompt.")
                  << u'\n'
                  << tr("Exit codes: 0 done, 1 every run failed or the run was interrupted, 2 usage or input error.")
                  << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    d->outDir = parser.isSet(outOpt) ? parser.value(outOpt) : QDir::currentPath();

    RuntimeOptions runtimeOptions;
    runtimeOptions.configPath = parser.value(configOpt);
    runtimeOptions.configRequired = parser.isSet(configOpt);
    runtimeOptions.profile = parser.value(profileOpt);
    runtimeOptions.demoProfileByDefault = true;
    runtimeOptions.dataDir = parser.value(dataDirOpt);
    runtimeOptions.alertStream = &ctx.err();
    if (action == QLatin1String("list") || action == QLatin1String("report")) {
        runtimeOptions.useLedger = false;
        runtimeOptions.useBackgroundQueue = false;
        runtimeOptions.simulator = RuntimeOptions::SimulatorStart::Never;
    }
    d->runtime = std::make_unique<Runtime>(runtimeOptions);
    Runtime *runtime = d->runtime.get();
    const auto failed = [&ctx, runtime] {
        for (const QString &e : runtime->errors())
            ctx.err() << QStringLiteral("tiergate-cli experiment: ") << e << u'\n';
        ctx.finish(runtime->failure() == Runtime::Failure::Usage ? ExitUsage : ExitFailure);
    };
    if (!runtime->open()) {
        failed();
        return;
    }
    d->store = std::make_unique<ExperimentStore>(runtime->dataDir() + QStringLiteral("/experiments"));

    if (action == QLatin1String("list")) {
        for (const ExperimentStore::Entry &entry : d->store->list()) {
            ctx.out() << QStringLiteral("%1  %2  %3  %4/%5\n")
                             .arg(entry.id, entry.createdAt.toLocalTime().toString(Qt::ISODate), entry.promptSet)
                             .arg(entry.done)
                             .arg(entry.total);
        }
        ctx.finish(ExitOk);
        return;
    }
    if (action == QLatin1String("report") || action == QLatin1String("resume")) {
        const std::optional<Experiment> loaded = d->store->load(positional.value(1));
        if (!loaded) {
            usage(tr("no saved experiment \"%1\" in %2 (see `tiergate-cli experiment list`).")
                      .arg(positional.value(1), d->store->folder()));
            return;
        }
        if (action == QLatin1String("report")) {
            d->printSummary(ctx, *loaded);
            ctx.finish(d->writeReports(ctx, *loaded) ? ExitOk : ExitFailure);
            return;
        }
        for (const CompareColumn &column : loaded->columns) {
            if (!runtime->prepareRoute(column.routeOptions(loaded->baseProfile))) {
                failed();
                return;
            }
        }
        d->startRun(ctx, *loaded, parser.isSet(concurrencyOpt) ? parser.value(concurrencyOpt).toInt() : 4);
        return;
    }
    if (action != QLatin1String("run")) {
        usage(action.isEmpty() ? tr("an action is required.") : tr("unknown action \"%1\".").arg(action));
        return;
    }
    if (positional.size() != 2) {
        usage(tr("run takes one prompt set file."));
        return;
    }
    const PromptSet::ParseResult set = PromptSet::load(positional.at(1));
    if (!set.errors.isEmpty()) {
        for (const QString &e : set.errors)
            ctx.err() << QStringLiteral("tiergate-cli experiment: %1: %2\n").arg(positional.at(1), e);
        ctx.finish(ExitUsage);
        return;
    }
    Experiment experiment;
    experiment.title = parser.value(titleOpt);
    experiment.promptSet = set.set;
    experiment.baseProfile = runtime->profile();
    experiment.systemPrompt = parser.value(systemOpt);
    experiment.judgeProfile = parser.value(judgeOpt);
    for (const QString &value : parser.values(columnOpt)) {
        for (const QString &spec : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<CompareColumn> column = Experiment::columnFromSpec(spec);
            if (!column) {
                usage(tr("\"%1\" is not a column: use model:ID, tier:NAME or profile:NAME.").arg(spec));
                return;
            }
            experiment.columns.append(*column);
        }
    }
    if (experiment.columns.isEmpty() || experiment.columns.size() > Experiment::maxColumns) {
        usage(tr("give 1 to %1 columns with --column.").arg(Experiment::maxColumns));
        return;
    }
    bool ok = true;
    experiment.repeat = parser.isSet(repeatOpt) ? parser.value(repeatOpt).toInt(&ok) : 1;
    if (!ok || experiment.repeat < 1 || experiment.repeat > Experiment::maxRepeat) {
        usage(tr("--repeat must be a number from 1 to %1.").arg(Experiment::maxRepeat));
        return;
    }
    const int concurrency = parser.isSet(concurrencyOpt) ? parser.value(concurrencyOpt).toInt(&ok) : 4;
    if (!ok || concurrency < 1 || concurrency > 64) {
        usage(tr("--concurrency must be a number from 1 to 64."));
        return;
    }
    for (const CompareColumn &column : experiment.columns) {
        if (!runtime->prepareRoute(column.routeOptions(experiment.baseProfile))) {
            failed();
            return;
        }
    }
    if (!experiment.judgeProfile.isEmpty()) {
        RouteOptions judge;
        judge.profile = experiment.judgeProfile;
        if (!runtime->prepareRoute(judge)) {
            failed();
            return;
        }
    }
    d->startRun(ctx, std::move(experiment), concurrency);
}

} // namespace tiergate
