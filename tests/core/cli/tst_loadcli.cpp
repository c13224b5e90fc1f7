#include "core/cost/ledger.h"
#include "core/sim/simfault.h"
#include "core/sim/simmodelspec.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    qint64 wallMs = 0;
};

} // namespace

/// Runs the built `tiergate-cli load` against its in-process Simulator: counts in the summary and
/// in the ledger, fallbacks and errors by class, exit codes, the pacing of --rate, bad options.
class TestLoadCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fastSim;
    QString m_faultSim;
    int m_ledgers = 0;

    QString newLedger() { return m_dir.filePath(QStringLiteral("ledgers/l%1.sqlite").arg(++m_ledgers)); }

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("TIERGATE_PROFILE"));
        env.remove(QStringLiteral("LLM_GATEWAY_URL"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tiergate.*.debug=false"));
        p.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        p.start(tiergate::test::binary(QStringLiteral("tiergate-cli")), QStringList { QStringLiteral("load") } + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.wallMs = wall.elapsed();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QJsonObject summaryOf(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning().noquote() << "not JSON:" << r.out << r.err;
        return doc.object();
    }

    bool writeSimConfig(const QString &path, const QJsonArray &faults)
    {
        // The default models, made fast (the test measures counts, not the models' speed).
        QJsonArray models;
        for (SimModelSpec m : SimModelSpec::defaults()) {
            m.firstTokenLatencyMs = 5;
            m.tokensPerSecond = 0;
            m.answerTokens = 20;
            models.append(m.toJson());
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QJsonObject config { { QStringLiteral("seed"), 7 }, { QStringLiteral("models"), models },
            { QStringLiteral("faults"), faults } };
        return f.write(QJsonDocument(config).toJson()) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_fastSim = m_dir.filePath(QStringLiteral("sim-fast.json"));
        QVERIFY(writeSimConfig(m_fastSim, {}));
        // The third request to sim-budget is refused (401): a non-retryable "auth" error.
        m_faultSim = m_dir.filePath(QStringLiteral("sim-fault.json"));
        QVERIFY(writeSimConfig(m_faultSim,
            QJsonArray { SimFault::unauthorized().forModel(QStringLiteral("sim-budget")).onRequest(3).toJson() }));
    }

    void help()
    {
        const Run r = run({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        for (const char *text : { "--requests", "--rate", "--concurrency", "--prompt", "--ledger", "--data-dir",
                 "--json", "--max-errors", "Exit codes" })
            QVERIFY2(r.out.contains(QLatin1String(text)), text);
    }

    void flakyModelFallsBack()
    {
        // sim-flaky first (it fails about a third of its requests), sim-budget as the demo fallback.
        const QString ledgerPath = newLedger();
        const Run r = run({ QStringLiteral("--model"), QStringLiteral("sim-flaky"), QStringLiteral("--requests"),
            QStringLiteral("30"), QStringLiteral("--concurrency"), QStringLiteral("5"), QStringLiteral("--ledger"),
            ledgerPath, QStringLiteral("--sim-config"), m_fastSim, QStringLiteral("--json"),
            QStringLiteral("--progress"), QStringLiteral("lines") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = summaryOf(r);
        QCOMPARE(s.value(QStringLiteral("profile")).toString(), QStringLiteral("demo"));
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 30);
        QCOMPARE(s.value(QStringLiteral("ok")).toInt(), 30);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("errorsByClass")).toObject().isEmpty());
        const int fallbacks = s.value(QStringLiteral("fallbacks")).toInt();
        QVERIFY2(fallbacks > 0 && fallbacks < 30, qPrintable(r.out));
        // Every fallback was answered by sim-budget, every other request by sim-flaky.
        const QJsonObject models = s.value(QStringLiteral("models")).toObject();
        QCOMPARE(models.value(QStringLiteral("sim-budget")).toInt(), fallbacks);
        QCOMPARE(models.value(QStringLiteral("sim-flaky")).toInt(), 30 - fallbacks);
        const QJsonObject latency = s.value(QStringLiteral("latencyMs")).toObject();
        QCOMPARE(latency.value(QStringLiteral("count")).toInt(), 30);
        QVERIFY(latency.value(QStringLiteral("p50")).toInteger() <= latency.value(QStringLiteral("p95")).toInteger());
        QVERIFY(latency.value(QStringLiteral("p95")).toInteger() <= latency.value(QStringLiteral("p99")).toInteger());
        QVERIFY(latency.value(QStringLiteral("p99")).toInteger() <= latency.value(QStringLiteral("max")).toInteger());
        QCOMPARE(s.value(QStringLiteral("ttftMs")).toObject().value(QStringLiteral("count")).toInt(), 30);
        QCOMPARE(s.value(QStringLiteral("ledgerRows")).toInt(), 30);
        // Not a terminal: plain progress lines (the last one at the end), never a redrawn bar.
        QVERIFY2(r.err.contains(QStringLiteral("load: 30/30 done, 30 ok, 0 failed")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1Char('\r')));

        // The ledger holds the same run: 30 rows, the same fallbacks and the same spend.
        Ledger ledger(ledgerPath);
        QVERIFY(ledger.open());
        const LedgerAggregate totals = ledger.totals();
        QCOMPARE(totals.requests, qint64(30));
        QCOMPARE(totals.fallbacks, qint64(fallbacks));
        QCOMPARE(totals.errors, qint64(0));
        QCOMPARE(totals.costMicros, s.value(QStringLiteral("spendMicros")).toInteger());
        QVERIFY(totals.costMicros > 0);
        QCOMPARE(totals.retries, qint64(s.value(QStringLiteral("retries")).toInt()));
    }

    void errorsByClassAndExitCode()
    {
        const QString ledgerPath = newLedger();
        const QStringList common { QStringLiteral("--model"), QStringLiteral("sim-budget"),
            QStringLiteral("--requests"), QStringLiteral("6"), QStringLiteral("--concurrency"), QStringLiteral("1"),
            QStringLiteral("--ledger"), ledgerPath, QStringLiteral("--sim-config"), m_faultSim,
            QStringLiteral("--progress"), QStringLiteral("none") };
        const Run r = run(common);
        // One request failed and none is allowed to: exit code 1, said on stderr.
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 of 6 requests failed")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("errors")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 (auth 1)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("6 in ")));
        QVERIFY(r.out.contains(QStringLiteral("sim-budget 5")));
        QVERIFY(r.out.contains(QStringLiteral("$")));
        QVERIFY(r.out.contains(QStringLiteral("6 rows written")));

        const Run allowed = run(
            common + QStringList { QStringLiteral("--max-errors"), QStringLiteral("1"), QStringLiteral("--json") });
        QCOMPARE(allowed.code, 0);
        const QJsonObject s = summaryOf(allowed);
        QCOMPARE(s.value(QStringLiteral("ok")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("errorsByClass")).toObject(), QJsonObject({ { QStringLiteral("auth"), 1 } }));
        // The failed request has no first token: TTFT covers the five answers, latency all six.
        QCOMPARE(s.value(QStringLiteral("ttftMs")).toObject().value(QStringLiteral("count")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("latencyMs")).toObject().value(QStringLiteral("count")).toInt(), 6);

        Ledger ledger(ledgerPath);
        QVERIFY(ledger.open());
        const LedgerAggregate totals = ledger.totals();
        QCOMPARE(totals.requests, qint64(12));
        QCOMPARE(totals.errors, qint64(2));
        LedgerFilter failedOnly;
        failedOnly.errorsOnly = true;
        const LedgerPage page = ledger.query(failedOnly, 0, 10);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows.first().errorClass, QStringLiteral("auth"));
    }

    void responseTooLargeIsRecordedWithItsPartialAnswer()
    {
        // A hostile upstream: three chunks, then a data line that never ends. The provider's line
        // bound (1 MiB by default) ends the request as response_too_large, not retried, billed for
        // the part that arrived, and in the ledger.
        const QString sim = m_dir.filePath(QStringLiteral("sim-endless.json"));
        QVERIFY(writeSimConfig(sim,
            QJsonArray { SimFault::endlessLine(qint64(64) * 1024 * 1024, 3)
                             .forModel(QStringLiteral("sim-budget"))
                             .onRequest(1)
                             .toJson() }));
        const QString ledgerPath = newLedger();
        const Run r = run({ QStringLiteral("--model"), QStringLiteral("sim-budget"), QStringLiteral("--requests"),
            QStringLiteral("1"), QStringLiteral("--ledger"), ledgerPath, QStringLiteral("--sim-config"), sim,
            QStringLiteral("--max-errors"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject s = summaryOf(r);
        QCOMPARE(s.value(QStringLiteral("errorsByClass")).toObject(),
            QJsonObject({ { QStringLiteral("response_too_large"), 1 } }));
        Ledger ledger(ledgerPath);
        QVERIFY(ledger.open());
        const LedgerPage page = ledger.query(LedgerFilter(), 0, 10);
        QCOMPARE(page.rows.size(), 1);
        const LedgerRow &row = page.rows.first();
        QCOMPARE(row.errorClass, QStringLiteral("response_too_large"));
        QCOMPARE(row.status, RouteResult::Status::Cut);
        QCOMPARE(row.attemptCount, 1); // not retried, no fallback
        QCOMPARE(row.modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(row.completionTokens > 0); // the partial answer is billed
    }

    void rateIsRespected()
    {
        // 8 requests at 10/s: the last may not start before 700 ms, whatever the concurrency.
        const Run r = run({ QStringLiteral("--requests"), QStringLiteral("8"), QStringLiteral("--rate"),
            QStringLiteral("10"), QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--ledger"),
            newLedger(), QStringLiteral("--sim-config"), m_fastSim, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = summaryOf(r);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 8);
        QCOMPARE(s.value(QStringLiteral("targetRate")).toDouble(), 10.0);
        QVERIFY2(s.value(QStringLiteral("durationMs")).toInteger() >= 690, qPrintable(r.out));
        const double achieved = s.value(QStringLiteral("achievedRate")).toDouble();
        QVERIFY2(achieved > 0 && achieved <= 10.0 * 1.2, qPrintable(r.out));
    }

    void defaultLedgerIsTheGuis()
    {
        // No --ledger / --data-dir: the GUI's default ledger in the user's data folder.
        const Run r = run({ QStringLiteral("--requests"), QStringLiteral("3"), QStringLiteral("--sim-config"),
            m_fastSim, QStringLiteral("--progress"), QStringLiteral("none") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString path = m_dir.filePath(QStringLiteral("xdg-data/Tiergate/tiergate/ledger.sqlite"));
        QVERIFY2(QFile::exists(path), qPrintable(r.out));
        Ledger ledger(path);
        QVERIFY(ledger.open());
        QCOMPARE(ledger.totals().requests, qint64(3));

        // --data-dir DIR writes DIR/ledger.sqlite, as the GUI's --data-dir reads it.
        const QString dir = m_dir.filePath(QStringLiteral("data-dir"));
        const Run d = run({ QStringLiteral("--requests"), QStringLiteral("2"), QStringLiteral("--data-dir"), dir,
            QStringLiteral("--sim-config"), m_fastSim, QStringLiteral("--progress"), QStringLiteral("none") });
        QVERIFY2(d.code == 0, qPrintable(d.err));
        Ledger second(dir + QStringLiteral("/ledger.sqlite"));
        QVERIFY(second.open());
        QCOMPARE(second.totals().requests, qint64(2));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString r = QStringLiteral("--requests");
        QTest::newRow("requests 0") << QStringList { r, QStringLiteral("0") } << QStringLiteral("--requests");
        QTest::newRow("requests text") << QStringList { r, QStringLiteral("many") } << QStringLiteral("--requests");
        QTest::newRow("negative rate") << QStringList { QStringLiteral("--rate"), QStringLiteral("-1") }
                                       << QStringLiteral("--rate");
        QTest::newRow("rate text") << QStringList { QStringLiteral("--rate"), QStringLiteral("fast") }
                                   << QStringLiteral("--rate");
        QTest::newRow("concurrency 0") << QStringList { QStringLiteral("--concurrency"), QStringLiteral("0") }
                                       << QStringLiteral("--concurrency");
        QTest::newRow("criticality") << QStringList { QStringLiteral("--criticality"), QStringLiteral("urgent") }
                                     << QStringLiteral("--criticality");
        QTest::newRow("progress") << QStringList { QStringLiteral("--progress"), QStringLiteral("spinner") }
                                  << QStringLiteral("--progress");
        QTest::newRow("positional") << QStringList { QStringLiteral("hello") } << QStringLiteral("--prompt");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
        QTest::newRow("both ledgers") << QStringList { QStringLiteral("--ledger"), QStringLiteral("a.sqlite"),
            QStringLiteral("--data-dir"), QStringLiteral("d") }
                                      << QStringLiteral("not both");
        QTest::newRow("unknown profile") << QStringList { QStringLiteral("--profile"), QStringLiteral("nope") }
                                         << QStringLiteral("'nope'");
        QTest::newRow("unknown tier") << QStringList { QStringLiteral("--tier"), QStringLiteral("gold") }
                                      << QStringLiteral("'gold'");
        QTest::newRow("missing config") << QStringList { QStringLiteral("--config"),
            QStringLiteral("/nonexistent.json") }
                                        << QStringLiteral("does not exist");
        QTest::newRow("missing sim config")
            << QStringList { QStringLiteral("--sim-config"), QStringLiteral("/nonexistent-sim.json") }
            << QStringLiteral("Simulator");
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tiergate-cli load")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoadCli)
#include "tst_loadcli.moc"
