#include "core/cli/loadcommand.h"

#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/cost/errorclass.h"
#include "core/cost/ledger.h"
#include "core/observability/percentile.h"
#include "core/observability/recorder.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace tiergate {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("tiergate::LoadCommand", text, nullptr, n);
}

constexpr int kDefaultRequests = 20;
constexpr int kDefaultConcurrency = 4;
constexpr int kMaxConcurrency = 1000;
constexpr int kBarWidth = 30;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

struct Distribution
{
    qint64 p50 = -1;
    qint64 p95 = -1;
    qint64 p99 = -1;
    qint64 max = -1;
    qint64 count = 0;

    static Distribution of(std::vector<qint64> values)
    {
        Distribution d;
        std::sort(values.begin(), values.end());
        d.count = qint64(values.size());
        d.p50 = Percentile::nearestRank(values, 50);
        d.p95 = Percentile::nearestRank(values, 95);
        d.p99 = Percentile::nearestRank(values, 99);
        d.max = values.empty() ? -1 : values.back();
        return d;
    }

    QJsonObject toJson() const
    {
        return { { QLatin1String("count"), count }, { QLatin1String("p50"), p50 }, { QLatin1String("p95"), p95 },
            { QLatin1String("p99"), p99 }, { QLatin1String("max"), max } };
    }

    QString toText() const
    {
        if (count == 0)
            return tr("none");
        return QStringLiteral("p50 %1  p95 %2  p99 %3  max %4").arg(p50).arg(p95).arg(p99).arg(max);
    }
};

QString formatRate(double perSecond)
{
    return QString::number(perSecond, 'f', perSecond >= 100 ? 0 : 1);
}

} // namespace

class LoadCommand::Private
{
public:
    void pump();
    void sendOne();
    void onFinished(RouteReply *reply);
    void onRecorded(qint64 rowId);
    void drawProgress(bool final);
    void finishRun();
    QJsonObject summaryJson() const;
    void printSummary() const;
    double elapsedSeconds() const;

    QObject context;
    CliContext *ctx = nullptr;
    std::unique_ptr<Runtime> runtime;
    Router *router = nullptr; ///< the runtime's
    Ledger *ledger = nullptr;
    QTimer *sendTimer = nullptr;
    QTimer *progressTimer = nullptr;

    // What to send.
    ChatRequest request;
    RouteOptions options;
    int total = kDefaultRequests;
    double rate = 0;
    int concurrency = kDefaultConcurrency;
    int maxErrors = 0;
    bool json = false;
    enum class Progress
    {
        Bar,
        Lines,
        None
    } progress
        = Progress::Lines;

    // Where the run is.
    QElapsedTimer clock;
    double nextDueMs = 0;
    qint64 lastFinishMs = 0;
    int sent = 0;
    int inFlight = 0;
    int lastDrawnDone = -1;
    bool finished = false;
    int signalNumber = 0; ///< the signal that stopped the run, 0 when none did

    // What came back: every figure of the summary is computed from these.
    std::vector<qint64> latencies;
    std::vector<qint64> ttfts;
    int done = 0;
    int ok = 0;
    int failed = 0;
    int cut = 0;
    int cancelled = 0;
    int fallbacks = 0;
    int retries = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 spendMicros = 0;
    bool estimated = false;
    QMap<QString, int> errorsByClass;
    QMap<QString, int> answeredBy;
    int ledgerRows = 0;
    int ledgerFailures = 0;
    QString ledgerError;
};

double LoadCommand::Private::elapsedSeconds() const
{
    return double(clock.isValid() ? clock.elapsed() : 0) / 1000.0;
}

void LoadCommand::Private::pump()
{
    while (sent < total && inFlight < concurrency) {
        if (rate > 0) {
            const double now = double(clock.elapsed());
            if (now < nextDueMs) {
                sendTimer->start(int(std::ceil(nextDueMs - now)));
                return;
            }
            const double interval = 1000.0 / rate;
            // Behind schedule by more than a step (concurrency was the limit): restart the pacing
            // from now instead of bursting to catch up, so no stretch runs faster than the rate.
            nextDueMs = now - nextDueMs > interval ? now + interval : nextDueMs + interval;
        }
        sendOne();
    }
}

void LoadCommand::Private::sendOne()
{
    ++sent;
    ++inFlight;
    RouteReply *reply = router->send(request, options);
    // finished() may come synchronously for requests refused up front: handle it after send() returned.
    QObject::connect(
        reply, &RouteReply::finished, &context, [this, reply] { onFinished(reply); }, Qt::QueuedConnection);
}

void LoadCommand::Private::onFinished(RouteReply *reply)
{
    const RouteResult &r = reply->result();
    --inFlight;
    ++done;
    lastFinishMs = clock.elapsed();
    switch (r.status) {
    case RouteResult::Status::Ok:
        ++ok;
        break;
    case RouteResult::Status::Cut:
        ++cut;
        break;
    case RouteResult::Status::Cancelled:
        ++cancelled;
        break;
    case RouteResult::Status::Failed:
        ++failed;
        break;
    }
    if (r.status != RouteResult::Status::Ok) {
        const QString cls = errorClassName(r.error.kind);
        ++errorsByClass[cls.isEmpty() ? RouteResult::statusName(r.status) : cls];
    }
    if (r.status != RouteResult::Status::Cancelled)
        latencies.push_back(r.latencyMs);
    if (r.ttftMs >= 0)
        ttfts.push_back(r.ttftMs);
    if (r.fallbackUsed)
        ++fallbacks;
    retries += r.retries;
    promptTokens += r.usage.promptTokens;
    completionTokens += r.usage.completionTokens;
    estimated = estimated || r.usage.estimated || (!r.modelUsed.isEmpty() && !r.prices.known);
    spendMicros += r.costMicros;
    if (!r.modelUsed.isEmpty())
        ++answeredBy[r.modelUsed];

    reply->deleteLater();

    if (done == total) {
        finishRun();
        return;
    }
    pump();
}

void LoadCommand::Private::onRecorded(qint64 rowId)
{
    if (rowId >= 0) {
        ++ledgerRows;
        return;
    }
    ++ledgerFailures;
    if (ledgerError.isEmpty()) {
        ledgerError = runtime->recorder()->errorString();
        if (progress == Progress::Bar)
            ctx->err() << u'\n';
        ctx->err() << tr("tiergate-cli load: cannot record in the ledger: %1").arg(ledgerError) << u'\n';
        ctx->err().flush();
    }
}

void LoadCommand::Private::drawProgress(bool final)
{
    if (progress == Progress::None || done == lastDrawnDone)
        return;
    lastDrawnDone = done;
    const double seconds = elapsedSeconds();
    const double perSecond = seconds > 0 ? double(done) / seconds : 0;
    const int errors = failed + cut + cancelled;
    QTextStream &err = ctx->err();
    if (progress == Progress::Bar) {
        const int filled = total > 0 ? int(qint64(kBarWidth) * done / total) : kBarWidth;
        QString line = QStringLiteral("\r[") + QString(filled, u'#') + QString(kBarWidth - filled, u'.')
            + QStringLiteral("] %1/%2").arg(done).arg(total);
        line += QStringLiteral("  ")
            + tr("ok %1  err %2  fallback %3  %4 req/s").arg(ok).arg(errors).arg(fallbacks).arg(formatRate(perSecond));
        if (!final && perSecond > 0)
            line += QStringLiteral("  ") + tr("ETA %1 s").arg(qint64(std::ceil(double(total - done) / perSecond)));
        err << line << QStringLiteral("\x1b[K");
        if (final)
            err << u'\n';
    } else {
        err << tr("load: %1/%2 done, %3 ok, %4 failed, %5 fallbacks, %6 req/s")
                   .arg(done)
                   .arg(total)
                   .arg(ok)
                   .arg(errors)
                   .arg(fallbacks)
                   .arg(formatRate(perSecond))
            << u'\n';
    }
    err.flush();
}

void LoadCommand::Private::finishRun()
{
    if (finished)
        return;
    finished = true;
    progressTimer->stop();
    sendTimer->stop();
    drawProgress(true);
    if (json) {
        ctx->out() << QString::fromUtf8(QJsonDocument(summaryJson()).toJson(QJsonDocument::Indented));
    } else {
        printSummary();
    }
    ctx->out().flush();
    const int errors = failed + cut + cancelled;
    int code = ExitOk;
    if (errors > maxErrors) {
        ctx->err()
            << tr("tiergate-cli load: %1 of %2 requests failed (allowed: %3).").arg(errors).arg(done).arg(maxErrors)
            << u'\n';
        code = ExitFailure;
    }
    if (ledgerFailures > 0)
        code = ExitFailure;
    if (signalNumber > 0)
        code = 128 + signalNumber;
    ctx->err().flush();
    ctx->finish(code);
}

QJsonObject LoadCommand::Private::summaryJson() const
{
    const double seconds = double(lastFinishMs) / 1000.0;
    QJsonObject errors;
    for (auto it = errorsByClass.constBegin(); it != errorsByClass.constEnd(); ++it)
        errors.insert(it.key(), it.value());
    QJsonObject models;
    for (auto it = answeredBy.constBegin(); it != answeredBy.constEnd(); ++it)
        models.insert(it.key(), it.value());
    return {
        { QLatin1String("profile"), options.profile },
        { QLatin1String("requests"), done },
        { QLatin1String("ok"), ok },
        { QLatin1String("failed"), failed },
        { QLatin1String("cut"), cut },
        { QLatin1String("cancelled"), cancelled },
        { QLatin1String("errorsByClass"), errors },
        { QLatin1String("fallbacks"), fallbacks },
        { QLatin1String("retries"), retries },
        { QLatin1String("latencyMs"), Distribution::of(latencies).toJson() },
        { QLatin1String("ttftMs"), Distribution::of(ttfts).toJson() },
        { QLatin1String("durationMs"), lastFinishMs },
        { QLatin1String("achievedRate"), seconds > 0 ? double(done) / seconds : 0.0 },
        { QLatin1String("targetRate"), rate },
        { QLatin1String("concurrency"), concurrency },
        { QLatin1String("promptTokens"), promptTokens },
        { QLatin1String("completionTokens"), completionTokens },
        { QLatin1String("spendMicros"), spendMicros },
        { QLatin1String("spend"), CostCalculator::formatMoney(spendMicros) },
        { QLatin1String("estimated"), estimated },
        { QLatin1String("models"), models },
        { QLatin1String("ledger"), ledger->path() },
        { QLatin1String("ledgerRows"), ledgerRows },
    };
}

void LoadCommand::Private::printSummary() const
{
    QTextStream &out = ctx->out();
    const double seconds = double(lastFinishMs) / 1000.0;
    const int errors = failed + cut + cancelled;
    const auto row = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("  ") << label.leftJustified(14) << value << u'\n';
    };
    out << tr("Load run: profile %1, concurrency %2, rate %3")
               .arg(options.profile)
               .arg(concurrency)
               .arg(rate > 0 ? tr("%1 req/s").arg(rate) : tr("unlimited"))
        << u'\n';
    row(tr("requests"),
        tr("%1 in %2 s (%3 req/s achieved)")
            .arg(done)
            .arg(seconds, 0, 'f', 2)
            .arg(formatRate(seconds > 0 ? done / seconds : 0)));
    row(tr("ok"), QString::number(ok));
    QStringList classes;
    for (auto it = errorsByClass.constBegin(); it != errorsByClass.constEnd(); ++it)
        classes << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    row(tr("errors"),
        classes.isEmpty() ? QStringLiteral("0")
                          : QStringLiteral("%1 (%2)").arg(errors).arg(classes.join(QStringLiteral(", "))));
    row(tr("fallbacks"), QString::number(fallbacks));
    row(tr("retries"), QString::number(retries));
    row(tr("latency ms"), Distribution::of(latencies).toText());
    row(tr("TTFT ms"), Distribution::of(ttfts).toText());
    row(tr("tokens"), tr("%1 prompt + %2 completion").arg(promptTokens).arg(completionTokens));
    row(tr("spend"), (estimated ? QStringLiteral("~") : QString()) + CostCalculator::formatMoney(spendMicros));
    QStringList models;
    for (auto it = answeredBy.constBegin(); it != answeredBy.constEnd(); ++it)
        models << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    row(tr("answered by"), models.isEmpty() ? tr("none") : models.join(QStringLiteral(", ")));
    row(tr("ledger"), tr("%1 (%2 rows written)").arg(QDir::toNativeSeparators(ledger->path())).arg(ledgerRows));
}

LoadCommand::LoadCommand()
    : d(std::make_unique<Private>())
{ }

LoadCommand::~LoadCommand() = default;

void LoadCommand::interrupt(CliContext &ctx, int signalNumber)
{
    if (!d->runtime || d->finished) {
        ctx.finish(128 + signalNumber);
        return;
    }
    // Send nothing more; the requests in flight finish as cancelled (recorded, tokens billed), then
    // the summary of what ran is printed.
    d->signalNumber = signalNumber;
    d->total = d->sent;
    d->runtime->shutdown();
    if (d->inFlight == 0)
        d->finishRun();
}

QString LoadCommand::summary() const
{
    return tr("send N requests at a set rate and concurrency; progress on stderr, summary on stdout");
}

void LoadCommand::start(CliContext &ctx, const QStringList &arguments)
{
    d->ctx = &ctx;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption configOpt(QStringLiteral("config"), tr("Configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile to route with."), QStringLiteral("P"));
    const QCommandLineOption requestsOpt(
        QStringLiteral("requests"), tr("Number of requests (default %1).").arg(kDefaultRequests), QStringLiteral("N"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"),
        tr("Requests per second at most (default 0: as fast as the concurrency allows)."), QStringLiteral("R"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"),
        tr("Requests in flight at most (default %1).").arg(kDefaultConcurrency), QStringLiteral("C"));
    const QCommandLineOption promptOpt(
        QStringLiteral("prompt"), tr("The prompt of every request."), QStringLiteral("TEXT"));
    const QCommandLineOption tierOpt(QStringLiteral("tier"), tr("Tier instead of the profile's."), QStringLiteral("T"));
    const QCommandLineOption modelOpt(QStringLiteral("model"),
        tr("Model to send to, as it is (pinned); the profile's fallback chain follows it."), QStringLiteral("M"));
    const QCommandLineOption critOpt(
        QStringLiteral("criticality"), tr("critical, standard or background."), QStringLiteral("LEVEL"));
    const QCommandLineOption teamOpt(QStringLiteral("team"), tr("Team id whose keys are used."), QStringLiteral("ID"));
    const QCommandLineOption maxTokensOpt(
        QStringLiteral("max-tokens"), tr("max_tokens of every request."), QStringLiteral("N"));
    const QCommandLineOption noStreamOpt(QStringLiteral("no-stream"), tr("Ask for whole answers instead of streams."));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        tr("Folder of the ledger (DIR/ledger.sqlite), as the GUI's --data-dir."), QStringLiteral("DIR"));
    const QCommandLineOption ledgerOpt(QStringLiteral("ledger"), tr("Ledger file."), QStringLiteral("FILE"));
    const QCommandLineOption simConfigOpt(QStringLiteral("sim-config"),
        tr("Simulator set-up (models, faults, seed) as for `tiergate-cli sim --config`."), QStringLiteral("FILE"));
    const QCommandLineOption maxErrorsOpt(QStringLiteral("max-errors"),
        tr("Failed requests allowed before the exit code is 1 (default 0)."), QStringLiteral("N"));
    const QCommandLineOption progressOpt(QStringLiteral("progress"),
        tr("auto (bar on a terminal, else lines), bar, lines or none."), QStringLiteral("MODE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the summary as one JSON object."));
    parser.addOptions({ help, configOpt, profileOpt, requestsOpt, rateOpt, concurrencyOpt, promptOpt, tierOpt, modelOpt,
        critOpt, teamOpt, maxTokensOpt, noStreamOpt, dataDirOpt, ledgerOpt, simConfigOpt, maxErrorsOpt, progressOpt,
        jsonOpt });

    auto usage = [&ctx, &parser](const QString &message) {
        if (!message.isEmpty())
            ctx.err() << QStringLiteral("tiergate-cli load: ") << message << u'\n';
        ctx.err() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli load"));
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli load") } + arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        ctx.out() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli load"))
                  << u'\n'
                  << tr("Without --config and --profile: the built-in demo profile over an in-process Simulator.")
                  << u'\n'
                  << tr("Every result is recorded in the ledger (default: the GUI's, so its live chart shows the "
                        "traffic).")
                  << u'\n'
                  << tr("Latency percentiles cover every request that was not cancelled, TTFT those that received "
                        "a first token.")
                  << u'\n'
                  << tr("Exit codes: 0 every request answered (or no more than --max-errors failed), 1 more failed "
                        "than --max-errors allows, a ledger write failed or the Simulator could not start, 2 usage "
                        "or configuration error.")
                  << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usage(tr("unexpected argument '%1' (the prompt goes in --prompt).").arg(parser.positionalArguments().first()));
        return;
    }

    const auto intOption = [&parser](const QCommandLineOption &opt, int min, int max, int *value) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const qint64 v = parser.value(opt).trimmed().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = int(v);
        return true;
    };
    if (!intOption(requestsOpt, 1, 10'000'000, &d->total)) {
        usage(tr("--requests must be a whole number from 1 to 10000000."));
        return;
    }
    if (!intOption(concurrencyOpt, 1, kMaxConcurrency, &d->concurrency)) {
        usage(tr("--concurrency must be a whole number from 1 to %1.").arg(kMaxConcurrency));
        return;
    }
    if (!intOption(maxErrorsOpt, 0, 10'000'000, &d->maxErrors)) {
        usage(tr("--max-errors must be a whole number, 0 or more."));
        return;
    }
    if (parser.isSet(rateOpt)) {
        bool ok = false;
        d->rate = parser.value(rateOpt).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d->rate) || d->rate < 0 || d->rate > 1e6) {
            usage(tr("--rate must be a number of requests per second, 0 or more (0: no limit)."));
            return;
        }
    }
    int maxTokens = 0;
    if (!intOption(maxTokensOpt, 1, 10'000'000, &maxTokens)) {
        usage(tr("--max-tokens must be a whole number, 1 or more."));
        return;
    }
    if (parser.isSet(maxTokensOpt))
        d->request.maxTokens = maxTokens;
    if (parser.isSet(critOpt)) {
        const QString c = parser.value(critOpt).trimmed().toLower();
        if (c != QLatin1String("critical") && c != QLatin1String("standard") && c != QLatin1String("background")) {
            usage(tr("--criticality must be critical, standard or background."));
            return;
        }
        d->options.criticality = criticalityFromName(c);
    }
    const QString progressMode
        = parser.isSet(progressOpt) ? parser.value(progressOpt).trimmed().toLower() : QStringLiteral("auto");
    if (progressMode == QLatin1String("auto"))
        d->progress = stderrIsTerminal() ? Private::Progress::Bar : Private::Progress::Lines;
    else if (progressMode == QLatin1String("bar"))
        d->progress = Private::Progress::Bar;
    else if (progressMode == QLatin1String("lines"))
        d->progress = Private::Progress::Lines;
    else if (progressMode == QLatin1String("none"))
        d->progress = Private::Progress::None;
    else {
        usage(tr("--progress must be auto, bar, lines or none."));
        return;
    }
    if (parser.isSet(dataDirOpt) && parser.isSet(ledgerOpt)) {
        usage(tr("give --data-dir or --ledger, not both."));
        return;
    }
    const QString prompt = parser.isSet(promptOpt)
        ? parser.value(promptOpt).trimmed()
        : QStringLiteral("Explain the trade-off between latency and cost when choosing a model tier.");
    if (prompt.isEmpty()) {
        usage(tr("--prompt must not be empty."));
        return;
    }
    d->json = parser.isSet(jsonOpt);
    d->options.tier = parser.value(tierOpt);
    d->options.requestedModel = parser.value(modelOpt);
    d->options.pinModel = !d->options.requestedModel.isEmpty(); // the user's pick is sent as it is
    d->options.teamId = parser.value(teamOpt);
    d->request.model = d->options.requestedModel;
    d->request.messages.append(ChatMessage::fromText(QStringLiteral("user"), prompt));
    d->request.stream = !parser.isSet(noStreamOpt);

    RuntimeOptions runtimeOptions;
    runtimeOptions.configPath = parser.value(configOpt);
    runtimeOptions.configRequired = parser.isSet(configOpt);
    runtimeOptions.profile = parser.value(profileOpt);
    runtimeOptions.demoProfileByDefault = true;
    runtimeOptions.dataDir = parser.value(dataDirOpt);
    runtimeOptions.ledgerPath = parser.value(ledgerOpt);
    runtimeOptions.simulatorConfig = parser.value(simConfigOpt);
    runtimeOptions.alertStream = &ctx.err();
    d->runtime = std::make_unique<Runtime>(runtimeOptions);
    Runtime *runtime = d->runtime.get();
    if (runtime->open()) {
        d->options.profile = runtime->profile();
        runtime->prepareRoute(d->options);
    }
    if (runtime->failure() != Runtime::Failure::None) {
        for (const QString &e : runtime->errors())
            ctx.err() << QStringLiteral("tiergate-cli load: ") << e << u'\n';
        ctx.finish(runtime->failure() == Runtime::Failure::Usage ? ExitUsage : ExitFailure);
        return;
    }
    d->router = runtime->router();
    d->ledger = runtime->ledger();
    QObject::connect(runtime->recorder(), &Recorder::recorded, &d->context,
        [this](const RouteResult &, qint64 rowId) { d->onRecorded(rowId); });

    d->sendTimer = new QTimer(&d->context);
    d->sendTimer->setSingleShot(true);
    d->sendTimer->setTimerType(Qt::PreciseTimer);
    QObject::connect(d->sendTimer, &QTimer::timeout, &d->context, [this] { d->pump(); });
    d->progressTimer = new QTimer(&d->context);
    d->progressTimer->setInterval(d->progress == Private::Progress::Bar ? 100 : 1000);
    QObject::connect(d->progressTimer, &QTimer::timeout, &d->context, [this] { d->drawProgress(false); });

    if (!d->json || d->progress != Private::Progress::None) {
        ctx.err() << tr("Sending %1 requests through profile %2 (concurrency %3, rate %4); ledger %5")
                         .arg(d->total)
                         .arg(d->options.profile)
                         .arg(d->concurrency)
                         .arg(d->rate > 0 ? tr("%1 req/s").arg(d->rate) : tr("unlimited"),
                             QDir::toNativeSeparators(d->ledger->path()))
                  << u'\n';
        ctx.err().flush();
    }
    d->clock.start();
    if (d->progress != Private::Progress::None)
        d->progressTimer->start();
    d->pump();
}

} // namespace tiergate
