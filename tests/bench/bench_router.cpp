// Router overhead: the same requests, against the same Simulator, in the same run, through the bare
// Transport and through the Router. Prints per-request median and p95 in microseconds for each,
// and the Router's own overhead (difference of medians) in microseconds and as a ratio. Then the
// Recorder's cost per finished request (ledger row + attempts, JSON log line, rolling metrics,
// alerts) on the same results, into a fresh ledger and log file.

#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/ledger.h"
#include "core/observability/recorder.h"
#include "core/observability/requestlogger.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "core/transport/transportcall.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace tiergate;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    // Per-request log lines would cost more than what is measured here.
    QLoggingCategory::setFilterRules(QStringLiteral("tiergate.*.debug=false\ntiergate.*.info=false"));
    const int n
        = qEnvironmentVariableIntValue("BENCH_ROUTER_N") > 0 ? qEnvironmentVariableIntValue("BENCH_ROUTER_N") : 2000;
    const int warmup = 200;

    Simulator sim;
    SimModelSpec spec;
    spec.id = QStringLiteral("bench-model");
    spec.firstTokenLatencyMs = 0;
    spec.tokensPerSecond = 0;
    spec.answerTokens = 8;
    sim.setModels({ spec });
    if (!sim.start()) {
        QTextStream(stderr) << "cannot start the Simulator: " << sim.errorString() << '\n';
        return 1;
    }

    QNetworkAccessManager nam;
    Transport transport(&nam);

    auto config = std::make_shared<TiergateConfig>();
    ProviderConfig provider;
    provider.id = QStringLiteral("sim");
    provider.kind = QStringLiteral("simulator");
    provider.baseUrl = sim.baseUrl();
    config->providers = { provider };
    ModelConfig model;
    model.id = spec.id;
    model.providerId = provider.id;
    model.contextWindow = 32768;
    model.inputPerMTokMicros = 150000;
    model.outputPerMTokMicros = 600000;
    config->models = { model };
    TierConfig tier;
    tier.name = QStringLiteral("standard");
    tier.defaultModel = spec.id;
    config->tiers = { tier };
    ProfileConfig profile;
    profile.name = QStringLiteral("bench");
    profile.tier = tier.name;
    profile.maxRetries = 0;
    config->profiles = { profile };
    config->defaultProfile = profile.name;
    std::shared_ptr<const TiergateConfig> snapshot = config;
    Router router(&transport, Router::SnapshotProvider([snapshot] { return snapshot; }));

    Endpoint endpoint;
    endpoint.baseUrl = sim.baseUrl();
    endpoint.providerId = provider.id;

    ChatRequest request;
    request.model = spec.id;
    request.messages.append(ChatMessage::fromText(QStringLiteral("system"), QStringLiteral("Be brief.")));
    request.messages.append(
        ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Give me one short sentence about routers.")));

    QEventLoop loop;
    QElapsedTimer timer;
    auto bare = [&]() -> double {
        timer.start();
        TransportCall *call = transport.send(endpoint, request);
        QObject::connect(call, &TransportCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double us = double(timer.nsecsElapsed()) / 1000.0;
        if (!call->result().isOk())
            qFatal("bare request failed");
        delete call;
        return us;
    };
    std::vector<RouteResult> results;
    auto routed = [&]() -> double {
        timer.start();
        RouteReply *reply = router.send(request);
        QObject::connect(reply, &RouteReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double us = double(timer.nsecsElapsed()) / 1000.0;
        if (!reply->result().isOk())
            qFatal("routed request failed");
        results.push_back(reply->result());
        delete reply;
        return us;
    };

    for (int i = 0; i < warmup; ++i) {
        bare();
        routed();
    }
    std::vector<double> bareUs;
    std::vector<double> routedUs;
    bareUs.reserve(size_t(n));
    routedUs.reserve(size_t(n));
    // Interleaved, so drift (CPU frequency, other load) hits both sides alike.
    for (int i = 0; i < n; ++i) {
        if (i % 2 == 0) {
            bareUs.push_back(bare());
            routedUs.push_back(routed());
        } else {
            routedUs.push_back(routed());
            bareUs.push_back(bare());
        }
    }

    const double bareMedian = percentile(bareUs, 0.5);
    const double bareP95 = percentile(bareUs, 0.95);
    const double routedMedian = percentile(routedUs, 0.5);
    const double routedP95 = percentile(routedUs, 0.95);
    const double overhead = routedMedian - bareMedian;
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "bench_router: " << n << " requests each, Simulator on loopback, zero latency, 8-token answers\n";
    out << "  bare transport: median " << bareMedian << " us, p95 " << bareP95 << " us\n";
    out << "  through router: median " << routedMedian << " us, p95 " << routedP95 << " us\n";
    out.setRealNumberPrecision(3);
    out << "  router overhead: " << qSetRealNumberPrecision(1) << overhead << " us at the median ("
        << qSetRealNumberPrecision(3) << routedMedian / bareMedian << "x), p95 difference "
        << qSetRealNumberPrecision(1) << routedP95 - bareP95
        << " us; target < 50 us median: " << (overhead < 50.0 ? "met" : "NOT met") << '\n';

    // The Recorder, as every entry wires it: a ledger file and a request log in a fresh folder.
    QTemporaryDir dir;
    Ledger ledger(dir.filePath(QStringLiteral("ledger.sqlite")));
    if (!ledger.open())
        qFatal("cannot open the ledger");
    RequestLogger::Options logOptions;
    logOptions.filePath = dir.filePath(QStringLiteral("requests.jsonl"));
    RequestLogger logger(logOptions);
    Recorder recorder([snapshot] { return snapshot; }, &ledger, &logger);
    std::vector<double> recordUs;
    recordUs.reserve(results.size());
    for (const RouteResult &r : results) {
        timer.start();
        recorder.record(r);
        recordUs.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    timer.start();
    recorder.flush();
    const double flushUs = double(timer.nsecsElapsed()) / 1000.0;
    out << "  recorder: " << qSetRealNumberPrecision(1) << percentile(recordUs, 0.5)
        << " us per request at the median, p95 " << percentile(recordUs, 0.95) << " us (" << results.size()
        << " results; final flush " << flushUs << " us)\n";
    return 0;
}
