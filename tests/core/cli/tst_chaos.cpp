// Chaos: `tiergate-cli load` against a Simulator that injects every fault at random (resets,
// stalls, cut streams, 429 with Retry-After, 5xx, malformed chunks, garbage, an endless line, a
// slow trickle) for a few thousand requests. Exactly one result per request, every request in
// the ledger under a class that matches its status, no circuit left open once the faults stop,
// and the process's memory does not grow with the number of requests.
#include "core/config/builtinconfig.h"
#include "core/config/configjson.h"
#include "core/cost/ledger.h"
#include "core/sim/simmodelspec.h"
#include "tests/support/peakmemory.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>

using namespace tiergate;

class TestChaos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;

    struct Run
    {
        int code = -1;
        QJsonObject summary;
        QString err;
        qint64 peakRssKb = 0; ///< of all children so far
    };

    QString writeSim(const QString &name, int chaosUntil)
    {
        QJsonArray models;
        for (SimModelSpec m : SimModelSpec::defaults()) {
            m.firstTokenLatencyMs = 5;
            m.tokensPerSecond = 0;
            m.answerTokens = 20;
            m.failureRate = 0;
            models.append(m.toJson());
        }
        const QJsonObject sim { { QStringLiteral("seed"), 11 }, { QStringLiteral("models"), models },
            { QStringLiteral("chaos"),
                QJsonObject { { QStringLiteral("rate"), 0.3 }, { QStringLiteral("untilRequest"), chaosUntil },
                    { QStringLiteral("stallMs"), 300 } } } };
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(sim).toJson());
        return path;
    }

    Run load(const QString &sim, const QString &ledger, int requests)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("TIERGATE_PROFILE"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tiergate.*.debug=false;tiergate.*.info=false"));
        p.setProcessEnvironment(env);
        p.start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
            { QStringLiteral("load"), QStringLiteral("--config"), m_config, QStringLiteral("--profile"),
                QStringLiteral("demo"), QStringLiteral("--requests"), QString::number(requests),
                QStringLiteral("--concurrency"), QStringLiteral("32"), QStringLiteral("--max-errors"),
                QString::number(requests), QStringLiteral("--sim-config"), sim, QStringLiteral("--ledger"), ledger,
                QStringLiteral("--progress"), QStringLiteral("none"), QStringLiteral("--json") });
        Run r;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        rusage usage {};
        ::getrusage(RUSAGE_CHILDREN, &usage);
        r.peakRssKb = usage.ru_maxrss;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        // The demo profile, with circuits that half-open after 300 ms and a stall timeout the
        // Simulator's slow trickle (600 ms of silence) passes while its short stalls (300 ms) do not.
        TiergateConfig config = builtin::defaultConfig(QProcessEnvironment());
        ProfileConfig *demo = nullptr;
        for (ProfileConfig &p : config.profiles) {
            if (p.name == QLatin1String(builtin::DemoProfile))
                demo = &p;
        }
        QVERIFY(demo);
        demo->circuitBreaker.openMs = 300;
        demo->timeouts.stallMs = 450;
        demo->timeouts.firstByteMs = 3000;
        demo->backoff.baseMs = 20;
        demo->backoff.capMs = 200;
        m_config = m_dir.filePath(QStringLiteral("config.json"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(config));
    }

    void everyFaultAtRandom()
    {
        // A short run first: its peak memory is the baseline for the long one.
        const Run warm
            = load(writeSim(QStringLiteral("sim-warm.json"), 0), m_dir.filePath(QStringLiteral("warm.sqlite")), 600);
        QVERIFY2(warm.code == 0, qPrintable(warm.err));

        const int requests = 3000;
        const QString ledgerPath = m_dir.filePath(QStringLiteral("chaos.sqlite"));
        // Faults on the first 2,400 attempts reaching the Simulator, then a clean tail.
        const Run r = load(writeSim(QStringLiteral("sim-chaos.json"), 2400), ledgerPath, requests);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject &s = r.summary;
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), requests);
        const int ok = s.value(QStringLiteral("ok")).toInt();
        const int failed = s.value(QStringLiteral("failed")).toInt();
        const int cut = s.value(QStringLiteral("cut")).toInt();
        const int cancelled = s.value(QStringLiteral("cancelled")).toInt();
        // Exactly one result per request.
        QCOMPARE(ok + failed + cut + cancelled, requests);
        QCOMPARE(cancelled, 0);
        QVERIFY2(failed + cut > 50, QJsonDocument(s).toJson().constData()); // the faults did happen
        qInfo().noquote()
            << "chaos:" << requests << "requests," << ok << "ok," << failed << "failed," << cut << "cut; errors"
            << QJsonDocument(s.value(QStringLiteral("errorsByClass")).toObject()).toJson(QJsonDocument::Compact)
            << "; peak RSS" << warm.peakRssKb << "kB after 600," << r.peakRssKb << "kB after" << requests;

        Ledger ledger(ledgerPath);
        QVERIFY(ledger.open());
        const LedgerPage page = ledger.query(LedgerFilter(), 0, requests + 100);
        QCOMPARE(page.rows.size(), requests);
        QSet<QString> ids;
        QMap<QString, int> classes;
        static const QSet<QString> failureClasses { QStringLiteral("retryable"), QStringLiteral("malformed"),
            QStringLiteral("stream_cut"), QStringLiteral("response_too_large"), QStringLiteral("no_route") };
        for (const LedgerRow &row : page.rows) {
            ids.insert(row.requestId);
            if (row.status == RouteResult::Status::Ok) {
                QVERIFY2(row.errorClass.isEmpty(), qPrintable(row.requestId + QLatin1Char(' ') + row.errorClass));
                QVERIFY(!row.modelUsed.isEmpty());
            } else {
                QVERIFY2(failureClasses.contains(row.errorClass), qPrintable(row.errorClass));
                ++classes[row.errorClass];
                if (row.status == RouteResult::Status::Cut) // something reached the caller first
                    QVERIFY2(!row.modelUsed.isEmpty(), qPrintable(row.requestId));
            }
            QVERIFY(row.attemptCount >= 1 || row.errorClass == QLatin1String("no_route"));
        }
        QCOMPARE(ids.size(), requests);
        // The ledger's classes are the ones the run reported.
        const QJsonObject reported = s.value(QStringLiteral("errorsByClass")).toObject();
        for (auto it = classes.constBegin(); it != classes.constEnd(); ++it)
            QCOMPARE(reported.value(it.key()).toInt(), it.value());

        // No circuit stuck open: the last 300 requests started after the faults stopped are all
        // answered by the tier's own model, without a fallback.
        QList<LedgerRow> rows = page.rows;
        std::sort(
            rows.begin(), rows.end(), [](const LedgerRow &a, const LedgerRow &b) { return a.startedAt < b.startedAt; });
        for (qsizetype i = rows.size() - 300; i < rows.size(); ++i) {
            const LedgerRow &row = rows.at(i);
            QVERIFY2(row.status == RouteResult::Status::Ok && !row.fallbackUsed,
                qPrintable(QStringLiteral("row %1: %2 %3 %4")
                               .arg(i)
                               .arg(RouteResult::statusName(row.status), row.errorClass, row.modelUsed)));
        }

        // Memory flat: five times the requests, no more than a few MB more at the peak. (Not under
        // AddressSanitizer: its quarantine keeps up to 256 MB of freed memory resident.)
        if (!test::kSanitizedBuild)
            QVERIFY2(r.peakRssKb < warm.peakRssKb + 32 * 1024,
                qPrintable(QStringLiteral("%1 kB vs %2 kB").arg(r.peakRssKb).arg(warm.peakRssKb)));
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
