#include "core/config/builtinconfig.h"
#include "core/config/tiergateconfig.h"
#include "core/cost/ledger.h"
#include "core/observability/alertmonitor.h"
#include "core/observability/recorder.h"
#include "core/observability/requestlogger.h"
#include "core/observability/rollingmetrics.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace tiergate;

namespace {

RouteResult result(qint64 latencyMs, bool fallback, qint64 costMicros, const QDateTime &at)
{
    RouteResult r;
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.profile = QStringLiteral("p");
    r.tier = QStringLiteral("standard");
    r.status = RouteResult::Status::Ok;
    r.modelUsed = fallback ? QStringLiteral("m-large") : QStringLiteral("m-small");
    r.providerId = QStringLiteral("sim");
    r.fallbackUsed = fallback;
    r.latencyMs = latencyMs;
    r.costMicros = costMicros;
    r.usage.promptTokens = 10;
    r.usage.completionTokens = 20;
    r.usage.totalTokens = 30;
    r.finishedAt = at.addSecs(-1); // before the recorder's "now"
    r.startedAt = r.finishedAt.addMSecs(-latencyMs);
    Attempt a;
    a.model = r.modelUsed;
    a.providerId = r.providerId;
    a.outcome = Attempt::Outcome::Success;
    a.latencyMs = latencyMs;
    a.costMicros = costMicros;
    a.startedAt = r.startedAt;
    r.attempts = { a };
    return r;
}

QStringList events(const QString &path)
{
    QStringList names;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return names;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            names.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("event")).toString());
    }
    return names;
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_config = std::make_shared<TiergateConfig>();
        ProfileConfig p;
        p.name = QStringLiteral("p");
        p.tier = QStringLiteral("standard");
        p.observability.enabled = true;
        p.observability.logLevel = QStringLiteral("info");
        p.observability.alertThresholds.fallbackRate = 0.15;
        p.observability.alertThresholds.latencyP95Ms = 800;
        p.observability.alertThresholds.monthlyBudgetCapMicros = 0;
        m_config->profiles = { p };
        m_ledger = std::make_unique<Ledger>(m_dir->filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(m_ledger->open());
        RequestLogger::Options o;
        o.filePath = m_dir->filePath(QStringLiteral("requests.jsonl"));
        m_logger = std::make_unique<RequestLogger>(o);
        m_now = QDateTime::currentDateTime();
        m_recorder = std::make_unique<Recorder>(
            [this] { return std::shared_ptr<const TiergateConfig>(m_config); }, m_ledger.get(), m_logger.get());
        m_recorder->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_recorder.reset();
        m_logger.reset();
        m_ledger.reset();
        m_dir.reset();
    }

    void oneRecordReachesLedgerLogAndMetrics()
    {
        const RouteResult r = result(120, false, 500, m_now);
        QSignalSpy recorded(m_recorder.get(), &Recorder::recorded);
        const qint64 row = m_recorder->record(r);
        QVERIFY(row >= 0); // 0: queued by a write-behind ledger, committed by the next read
        QCOMPARE(recorded.size(), 1);
        QVERIFY(m_ledger->findRequest(r.requestId).has_value());
        QCOMPARE(events(logPath()), QStringList { QStringLiteral("llm_request_completed") });
        QCOMPARE(m_recorder->metrics()->sampleCount(), 1);
        QCOMPARE(m_recorder->metrics(QStringLiteral("p"))->sampleCount(), 1);
        QCOMPARE(m_recorder->metrics(QStringLiteral("other"))->sampleCount(), 0);
    }

    void tokenBucketsAndPriceCheckReachTheLedger()
    {
        // Every request keeps its reasoning and cache-write tokens and the provider's cost with
        // the price check, whatever its status.
        RouteResult ok = result(120, false, 1000, m_now);
        ok.usage.reasoningTokens = 12;
        ok.usage.cacheWriteTokens = 4;
        ok.usage.providerCostMicros = 1500;
        ok.attempts.first().usage = ok.usage;
        ok.providerCostMicros = 1500;
        ok.priceCheck = true;
        RouteResult cut = result(90, false, 300, m_now);
        cut.status = RouteResult::Status::Cut;
        cut.usage.reasoningTokens = 7;
        cut.providerCostMicros = 301;
        m_recorder->record(ok);
        m_recorder->record(cut);
        const std::optional<LedgerRow> a = m_ledger->findRequest(ok.requestId);
        QVERIFY(a);
        QCOMPARE(a->reasoningTokens, 12);
        QCOMPARE(a->cacheWriteTokens, 4);
        QCOMPARE(a->providerCostMicros, 1500);
        QVERIFY(a->priceCheckFailed);
        QCOMPARE(a->attempts.first().providerCostMicros, 1500);
        const std::optional<LedgerRow> b = m_ledger->findRequest(cut.requestId);
        QVERIFY(b);
        QCOMPARE(b->status, RouteResult::Status::Cut);
        QCOMPARE(b->reasoningTokens, 7);
        QCOMPARE(b->providerCostMicros, 301);
        QVERIFY(!b->priceCheckFailed);
        QCOMPARE(m_ledger->totals().priceMismatches, 1);
    }

    void profileObservabilitySettingsApply()
    {
        m_config->profile(QStringLiteral("p"))->observability.enabled = false;
        m_recorder->record(result(100, false, 1, m_now));
        QVERIFY(events(logPath()).isEmpty());
        QVERIFY(m_ledger->totals().requests == 1); // the ledger records whatever the log settings

        m_config->profile(QStringLiteral("p"))->observability.enabled = true;
        m_config->profile(QStringLiteral("p"))->observability.logLevel = QStringLiteral("warn");
        m_recorder->record(result(100, false, 1, m_now)); // info: below warn
        QVERIFY(events(logPath()).isEmpty());
        m_recorder->record(result(100, true, 1, m_now)); // a fallback logs at warn
        QCOMPARE(events(logPath()).size(), 1);
    }

    void fallbackAlertFiresAndClearsWithHysteresis()
    {
        QSignalSpy raised(m_recorder.get(), &Recorder::alertRaised);
        QSignalSpy cleared(m_recorder.get(), &Recorder::alertCleared);
        // 20 results, 5 by a fallback: 25 % > 15 %.
        for (int i = 0; i < 20; ++i)
            m_recorder->record(result(100, i % 4 == 0, 1, m_now));
        QVERIFY(raised.wait(2000));
        QCOMPARE(raised.first().first().value<Alert>().kind, Alert::Kind::FallbackRate);
        // 14 % is under the threshold but above 12 % (threshold less the 20 % margin): still active.
        for (int i = 0; i < 16; ++i)
            m_recorder->record(result(100, false, 1, m_now));
        QTest::qWait(50);
        QCOMPARE(cleared.size(), 0);
        QVERIFY(m_recorder->alerts()->isActive(QStringLiteral("p"), Alert::Kind::FallbackRate));
        for (int i = 0; i < 10; ++i)
            m_recorder->record(result(100, false, 1, m_now));
        QVERIFY(cleared.wait(2000));
        QVERIFY(cleared.first().first().value<Alert>().cleared);
        const QStringList names = events(logPath());
        QCOMPARE(names.count(QStringLiteral("alert_triggered")), 1);
        QCOMPARE(names.count(QStringLiteral("alert_cleared")), 1);
        QCOMPARE(m_recorder->history().size(), 2);
    }

    void latencyAlertOnP95()
    {
        QSignalSpy raised(m_recorder.get(), &Recorder::alertRaised);
        for (int i = 0; i < 20; ++i)
            m_recorder->record(result(i < 18 ? 100 : 2000, false, 1, m_now));
        QVERIFY(raised.wait(2000));
        QCOMPARE(raised.first().first().value<Alert>().kind, Alert::Kind::LatencyP95);
    }

    void budgetThresholdsFireOnceEach()
    {
        ProfileConfig *p = m_config->profile(QStringLiteral("p"));
        p->budget.monthlyCapMicros = 1'000'000;
        QSignalSpy raised(m_recorder.get(), &Recorder::alertRaised);
        m_recorder->record(result(100, false, 600'000, m_now)); // 60 %
        QCOMPARE(raised.size(), 1);
        m_recorder->record(result(100, false, 10, m_now)); // still 60 %: nothing new
        QCOMPARE(raised.size(), 1);
        m_recorder->record(result(100, false, 400'000, m_now)); // 100 %: 80, 95, 100 and the cap
        QCOMPARE(raised.size(), 5);
        QList<Alert::Kind> kinds;
        for (const auto &args : raised)
            kinds.append(args.first().value<Alert>().kind);
        QCOMPARE(kinds.count(Alert::Kind::BudgetThreshold), 4);
        QCOMPARE(kinds.count(Alert::Kind::BudgetCap), 1);
    }

    void spendOfOtherWritersCounts()
    {
        // Another process wrote 0.9 USD into the same ledger this month.
        m_config->profile(QStringLiteral("p"))->budget.monthlyCapMicros = 1'000'000;
        {
            Ledger other(m_ledger->path());
            QVERIFY(other.open());
            QVERIFY(other.record(result(100, false, 900'000, m_now)) >= 0);
        } // closed: its row is committed
        QSignalSpy raised(m_recorder.get(), &Recorder::alertRaised);
        m_recorder->record(result(100, false, 1, m_now));
        QCOMPARE(raised.size(), 2); // 50 % and 80 %
    }

private:
    QString logPath() const { return m_dir->filePath(QStringLiteral("requests.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TiergateConfig> m_config;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<RequestLogger> m_logger;
    std::unique_ptr<Recorder> m_recorder;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
