#include "core/cli/chatcommand.h"

#include "core/chat/chatparameters.h"
#include "core/chat/chatsession.h"
#include "core/chat/storedmessage.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/observability/recorder.h"
#include "core/routing/backgroundqueue.h"
#include "core/routing/router.h"
#include "core/routing/routereceipt.h"
#include "core/routing/routereply.h"
#include "core/runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::ChatCommand", text);
}

QString describeAttempt(const Attempt &a)
{
    QString line = QStringLiteral("  #%1 %2 (%3): %4")
                       .arg(a.index + 1)
                       .arg(a.model, a.providerId, Attempt::outcomeName(a.outcome));
    if (a.error.httpStatus > 0)
        line += QStringLiteral(", HTTP %1").arg(a.error.httpStatus);
    if (a.error.isError())
        line += QStringLiteral(", %1/%2").arg(RouteError::kindName(a.error.kind), RouteError::causeName(a.error.cause));
    line += QStringLiteral(", wait %1 ms").arg(a.waitBeforeMs);
    if (a.outcome != Attempt::Outcome::Skipped)
        line += QStringLiteral(", %1 ms").arg(a.latencyMs);
    if (a.outcome == Attempt::Outcome::Skipped && !a.error.message.isEmpty())
        line += QStringLiteral(" - ") + a.error.message;
    return line;
}

} // namespace

class ChatCommand::Private
{
public:
    QObject context;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ChatSession> session;
    QPointer<RouteReply> reply;
    int signalNumber = 0; ///< the signal that stopped the request, 0 when none did
};

ChatCommand::ChatCommand()
    : d(std::make_unique<Private>())
{ }

ChatCommand::~ChatCommand() = default;

void ChatCommand::interrupt(CliContext &ctx, int signalNumber)
{
    d->signalNumber = signalNumber;
    // Cancelling finishes the reply at once: its row (tokens received billed) is recorded and
    // the ledger flushed; the finished handler then ends the command.
    if (d->runtime)
        d->runtime->shutdown();
    if (!d->reply || d->reply->isFinished())
        ctx.finish(128 + signalNumber);
}

QString ChatCommand::summary() const
{
    return tr("send a prompt through the router; answer on stdout, route and cost on stderr");
}

void ChatCommand::start(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption configOpt(QStringLiteral("config"), tr("Configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile to route with."), QStringLiteral("P"));
    const QCommandLineOption tierOpt(QStringLiteral("tier"), tr("Tier instead of the profile's."), QStringLiteral("T"));
    const QCommandLineOption modelOpt(QStringLiteral("model"),
        tr("Model to send to, as it is (pinned); the profile's fallback chain follows it."), QStringLiteral("M"));
    const QCommandLineOption critOpt(
        QStringLiteral("criticality"), tr("critical, standard or background."), QStringLiteral("C"));
    const QCommandLineOption noStreamOpt(QStringLiteral("no-stream"), tr("Ask for the whole answer at once."));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        tr("Folder of the ledger and the background queue (default: the one the app uses)."), QStringLiteral("DIR"));
    const QCommandLineOption noLedgerOpt(QStringLiteral("no-ledger"),
        tr("Do not record the request in the ledger (the budget cap is then not checked)."));
    parser.addOptions(
        { help, configOpt, profileOpt, tierOpt, modelOpt, critOpt, noStreamOpt, dataDirOpt, noLedgerOpt });
    parser.addPositionalArgument(QStringLiteral("PROMPT"), tr("The prompt."));

    auto usage = [&ctx, &parser](const QString &message) {
        if (!message.isEmpty())
            ctx.err() << QStringLiteral("tiergate-cli chat: ") << message << u'\n';
        ctx.err() << parser.helpText().replace(
            QCoreApplication::applicationFilePath(), QStringLiteral("tiergate-cli chat"));
        ctx.finish(ExitUsage);
    };
    if (!parser.parse(QStringList { QStringLiteral("tiergate-cli chat") } + arguments)) {
        usage(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        ctx.out() << tr("Usage: tiergate-cli chat [--config FILE] [--profile P] [--tier T] [--model M] "
                        "[--criticality C] [--no-stream] [--data-dir DIR] [--no-ledger] PROMPT")
                  << u'\n' << summary() << u'\n'
                  << tr("Without --config and --profile: the built-in demo profile over an in-process Simulator.")
                  << u'\n'
                  << tr("Every request is recorded in the ledger the app reads, and the profile's budget cap is "
                        "checked against it before sending.")
                  << u'\n'
                  << tr("--criticality background puts the request in the persisted background queue; when it "
                        "fails for a retryable reason it stays queued and runs again with the next run.")
                  << u'\n'
                  << tr("Exit codes: 0 answered, 1 every route failed (or the request stays queued), 2 usage or "
                        "configuration error.")
                  << u'\n';
        ctx.finish(ExitOk);
        return;
    }
    const QString prompt = parser.positionalArguments().join(u' ').trimmed();
    if (prompt.isEmpty()) {
        usage(tr("a prompt is required."));
        return;
    }
    Criticality criticality = Criticality::Standard;
    if (parser.isSet(critOpt)) {
        const QString c = parser.value(critOpt).trimmed().toLower();
        if (c != QLatin1String("critical") && c != QLatin1String("standard") && c != QLatin1String("background")) {
            usage(tr("--criticality must be critical, standard or background."));
            return;
        }
        criticality = criticalityFromName(c);
    }
    // The user's --model is pinned: sent as it is, the profile's fallback chain after it.
    RouteOptions options
        = ChatSession::routeOptions(QString(), parser.value(tierOpt), criticality, parser.value(modelOpt));

    RuntimeOptions runtimeOptions;
    runtimeOptions.configPath = parser.value(configOpt);
    runtimeOptions.configRequired = parser.isSet(configOpt);
    runtimeOptions.profile = parser.value(profileOpt);
    runtimeOptions.demoProfileByDefault = true;
    runtimeOptions.dataDir = parser.value(dataDirOpt);
    runtimeOptions.useLedger = !parser.isSet(noLedgerOpt);
    runtimeOptions.alertStream = &ctx.err();
    d->runtime = std::make_unique<Runtime>(runtimeOptions);
    Runtime *runtime = d->runtime.get();
    if (runtime->open()) {
        options.profile = runtime->profile();
        runtime->prepareRoute(options);
    }
    if (runtime->failure() != Runtime::Failure::None) {
        for (const QString &e : runtime->errors())
            ctx.err() << QStringLiteral("tiergate-cli chat: ") << e << u'\n';
        if (!runtime->ledgerError().isEmpty())
            ctx.err() << tr("Use --no-ledger to send without recording; the budget cap is then not checked.") << u'\n';
        ctx.finish(runtime->failure() == Runtime::Failure::Usage ? ExitUsage : ExitFailure);
        return;
    }

    d->session = std::make_unique<ChatSession>(nullptr, runtime->router(), runtime->config());
    ChatRequest request = ChatSession::buildRequest(QString(), {}, ChatParameters(), options.requestedModel, prompt);
    request.stream = !parser.isSet(noStreamOpt);
    const RequestEstimate estimate = d->session->estimate(request, options.profile, options.tier, options.criticality);

    RouteReply *reply = d->session->send(request, options);
    d->reply = reply;
    CliContext *context = &ctx;
    ctx.err() << tr("route (profile %1):").arg(options.profile) << u'\n';
    if (estimate.valid)
        ctx.err() << u"  " << estimate.text() << u'\n';
    ctx.err().flush();
    QObject::connect(reply, &RouteReply::queued, reply, [context, queue = runtime->backgroundQueue(), reply] {
        context->err() << tr("queued as background request %1 in %2").arg(reply->requestId(), queue->path()) << u'\n';
        context->err().flush();
    });
    QObject::connect(runtime->backgroundQueue(), &BackgroundQueue::itemRescheduled, reply,
        [context, reply](const QString &id, const QDateTime &notBefore) {
            if (id != reply->requestId())
                return;
            context->err() << tr("The background request failed for a retryable reason; it stays queued and runs "
                                 "again after %1 with the next tiergate or tiergate-cli run.")
                                  .arg(notBefore.toLocalTime().toString(Qt::ISODate))
                           << u'\n';
            reply->deleteLater();
            context->finish(ExitFailure);
        });
    QObject::connect(reply, &RouteReply::contentDelta, reply, [context](const QString &text) {
        context->out() << text;
        context->out().flush();
    });
    QObject::connect(reply, &RouteReply::attemptFinished, reply, [context](const Attempt &a) {
        context->err() << describeAttempt(a) << u'\n';
        context->err().flush();
    });
    QObject::connect(reply, &RouteReply::finished, reply, [context, reply, this] {
        const RouteResult &r = reply->result();
        if (r.status == RouteResult::Status::Ok || r.status == RouteResult::Status::Cut) {
            if (!r.content.endsWith(u'\n'))
                context->out() << u'\n';
        }
        QTextStream &err = context->err();
        if (!r.modelUsed.isEmpty()) {
            const QString mark = r.usage.estimated ? QStringLiteral("~") : QString();
            err << tr("model %1 (%2), tier %3%4")
                       .arg(r.modelUsed, r.providerId, r.tier, r.fallbackUsed ? tr(", fallback") : QString())
                << u'\n';
            err << tr("latency %1 ms, TTFT %2 ms, retries %3").arg(r.latencyMs).arg(r.ttftMs).arg(r.retries) << u'\n';
            const QString cached = r.usage.cachedTokens > 0 || r.usage.cacheWriteTokens > 0
                ? (r.usage.cacheWriteTokens > 0 ? tr(" (%1 cached, %2 written to the cache)")
                                                      .arg(r.usage.cachedTokens)
                                                      .arg(r.usage.cacheWriteTokens)
                                                : tr(" (%1 cached)").arg(r.usage.cachedTokens))
                : QString();
            const QString reasoning
                = r.usage.reasoningTokens > 0 ? tr(" (%1 reasoning)").arg(r.usage.reasoningTokens) : QString();
            err << tr("usage %1%2 prompt%6 + %1%3 completion%7 = %1%4 tokens%5")
                       .arg(mark)
                       .arg(r.usage.promptTokens)
                       .arg(r.usage.completionTokens)
                       .arg(r.usage.totalTokens)
                       .arg(r.usage.estimated ? tr(" (~ estimated: the server sent no usage)") : QString(), cached,
                           reasoning)
                << u'\n';
            err << tr("cost %1%2").arg(mark, CostCalculator::formatMoney(r.costMicros))
                << (r.prices.known ? QString() : tr(" (no catalog price: flat estimate)"));
            if (r.providerCostMicros >= 0) {
                err << tr(", provider reported %1").arg(CostCalculator::formatMoney(r.providerCostMicros));
                if (r.priceCheck)
                    err << tr(" (price check: the catalog price differs by more than 1 %)");
            }
            err << u'\n';
        } else {
            err << tr("latency %1 ms").arg(r.latencyMs) << u'\n';
        }
        err << tr("receipt: %1").arg(RouteReceipt::summary(r)) << u'\n';
        if (!r.budgetAction.isEmpty())
            err << tr("budget cap reached: %1").arg(r.budgetAction) << u'\n';
        int code = ExitOk;
        switch (r.status) {
        case RouteResult::Status::Ok:
            break;
        case RouteResult::Status::Cut:
            err << tr("The answer was cut after it began: %1").arg(r.error.message) << u'\n';
            code = ExitFailure;
            break;
        case RouteResult::Status::Cancelled:
            err << tr("The request was cancelled.") << u'\n';
            code = d->signalNumber > 0 ? 128 + d->signalNumber : ExitFailure;
            break;
        case RouteResult::Status::Failed:
            err << tr("Every route failed: %1").arg(r.error.message) << u'\n';
            code = r.error.kind == RouteError::Kind::Config ? ExitUsage : ExitFailure;
            break;
        }
        reply->deleteLater();
        // The row is recorded (Router::requestFinished runs after this handler): flush once it is.
        QTimer::singleShot(0, &d->context, [context, code, runtime = d->runtime.get()] {
            if (runtime->recorder())
                runtime->recorder()->flush();
            context->finish(code);
        });
    });
}

} // namespace tiergate
