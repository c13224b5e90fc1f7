#include "core/observability/alert.h"
#include "core/observability/requestlogger.h"
#include "tests/core/cost/ledgertestdata.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace tiergate;
using test::utc;

namespace {

RouteResult sample(RouteResult::Status status = RouteResult::Status::Ok, bool fallback = true)
{
    return test::makeResult(
        { utc("2026-11-20T10:00:02.5Z"), QStringLiteral("production"), QStringLiteral("premium"),
            QStringLiteral("qwen3-32b"), QStringLiteral("team-blue"), status, 1200, 300, 4321, fallback, 812 },
        QStringLiteral("req-7"));
}

QList<QJsonObject> parseLines(const QByteArray &data)
{
    QList<QJsonObject> out;
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A key-shaped value built at run time, so no key-like literal sits in the source.
QString fakeKey()
{
    return QStringLiteral("sk") + u'-' + QStringLiteral("tiergateFAKE") + QString(16, u'Q') + QStringLiteral("x9");
}

} // namespace

class TestRequestLogger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void requestFields()
    {
        QString mirrored;
        QTextStream mirror(&mirrored);
        RequestLogger logger(
            { m_dir.filePath(QStringLiteral("fields.jsonl")), 1 << 20, 3, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        RouteResult r = sample();
        r.prices.known = false;
        r.usage.estimated = true;
        QVERIFY(logger.logRequest(r));

        const QList<QJsonObject> lines = parseLines(readAll(logger.options().filePath));
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = lines.at(0);
        QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("llm_request_completed"));
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("premium"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3-32b"));
        QCOMPARE(o.value(QStringLiteral("latency_ms")).toInteger(), 812);
        QCOMPARE(o.value(QStringLiteral("tokens")).toInteger(), 1500);
        QCOMPARE(o.value(QStringLiteral("prompt_tokens")).toInteger(), 1200);
        QCOMPARE(o.value(QStringLiteral("completion_tokens")).toInteger(), 300);
        QCOMPARE(o.value(QStringLiteral("estimated_cost")).toDouble(), 0.004321);
        QCOMPARE(o.value(QStringLiteral("cost_micros")).toInteger(), 4321);
        QCOMPARE(o.value(QStringLiteral("price_estimated")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("tokens_estimated")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("fallback_triggered")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-20T10:00:02.500Z"));
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("production"));
        QCOMPARE(o.value(QStringLiteral("request_id")).toString(), QStringLiteral("req-7"));
        QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("ttft_ms")).toInteger(), 203);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("warn")); // fallback → warn
        const QJsonArray trail = o.value(QStringLiteral("attempt_trail")).toArray();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("retryable"));
        QCOMPARE(trail.at(0).toObject().value(QStringLiteral("http_status")).toInt(), 503);
        QCOMPARE(trail.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));

        // The mirror gets the same line.
        QCOMPARE(mirrored.toUtf8(), readAll(logger.options().filePath));
    }

    void failedRequest()
    {
        QString out;
        QTextStream mirror(&out);
        RequestLogger logger({ QString(), 1 << 20, 1, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        RouteResult r = sample(RouteResult::Status::Failed, false);
        r.ttftMs = -1;
        QVERIFY(logger.logRequest(r));
        const QJsonObject o = parseLines(out.toUtf8()).at(0);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("retryable"));
        QCOMPARE(o.value(QStringLiteral("error_cause")).toString(), QStringLiteral("http_status"));
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 502);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3-32b")); // last model tried
        QVERIFY(o.value(QStringLiteral("ttft_ms")).isNull());
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    }

    void levelsPerProfile_data()
    {
        QTest::addColumn<QString>("profileLevel");
        QTest::addColumn<bool>("okWritten");
        QTest::addColumn<bool>("fallbackWritten");
        QTest::addColumn<bool>("failedWritten");
        QTest::newRow("debug") << QStringLiteral("debug") << true << true << true;
        QTest::newRow("info") << QStringLiteral("info") << true << true << true;
        QTest::newRow("warn") << QStringLiteral("warn") << false << true << true;
        QTest::newRow("error") << QStringLiteral("error") << false << false << true;
        QTest::newRow("off") << QStringLiteral("off") << false << false << false;
    }

    void levelsPerProfile()
    {
        QFETCH(QString, profileLevel);
        QString out;
        QTextStream mirror(&out);
        RequestLogger logger({ QString(), 1 << 20, 1, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        logger.setProfileLevel(QStringLiteral("production"), RequestLogger::levelFromName(profileLevel));
        QTEST(logger.logRequest(sample(RouteResult::Status::Ok, false)), "okWritten");
        QTEST(logger.logRequest(sample(RouteResult::Status::Ok, true)), "fallbackWritten");
        QTEST(logger.logRequest(sample(RouteResult::Status::Failed, false)), "failedWritten");
        // Other profiles keep the default level.
        RouteResult dev = sample(RouteResult::Status::Ok, false);
        dev.profile = QStringLiteral("dev");
        QVERIFY(logger.logRequest(dev));
        // A call site may raise an event's level.
        QCOMPARE(logger.logRequest(sample(RouteResult::Status::Ok, false), RequestLogger::Level::Error),
            profileLevel != QLatin1String("off"));
    }

    void rotation()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotate/tiergate.jsonl"));
        RequestLogger logger({ path, 4096, 3, RequestLogger::Level::Info });
        for (int i = 0; i < 60; ++i) {
            RouteResult r = sample(RouteResult::Status::Ok, false);
            r.requestId = QStringLiteral("rot-%1").arg(i);
            r.attempts.clear();
            QVERIFY(logger.logRequest(r));
        }
        const QStringList files = logger.files();
        QCOMPARE(files, (QStringList { path, path + QStringLiteral(".1"), path + QStringLiteral(".2") }));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        QList<int> ids;
        for (auto it = files.crbegin(); it != files.crend(); ++it) {
            const QByteArray data = readAll(*it);
            QVERIFY2(data.size() <= 4096, qPrintable(*it));
            QVERIFY(data.endsWith('\n'));
            for (const QJsonObject &o : parseLines(data))
                ids << o.value(QStringLiteral("request_id")).toString().mid(4).toInt();
        }
        // Oldest file first: the newest lines, contiguous, ending with the last one written.
        QVERIFY(!ids.isEmpty());
        QCOMPARE(ids.constLast(), 59);
        for (int i = 1; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), ids.at(i - 1) + 1);
        QVERIFY(ids.constFirst() > 0); // the oldest lines were rotated away
    }

    void keyValueNeverWritten()
    {
        const QString key = fakeKey();
        const QString path = m_dir.filePath(QStringLiteral("secrets.jsonl"));
        QString mirrored;
        QTextStream mirror(&mirrored);
        RequestLogger logger({ path, 1 << 20, 2, RequestLogger::Level::Debug });
        logger.setMirror(&mirror);
        logger.setSecrets({ key, QStringLiteral("ab") });

        // Simulated leaks from careless callers: in an error message, a team id, a circuit reason.
        RouteResult r = sample(RouteResult::Status::Failed, false);
        r.error.message = QStringLiteral("upstream said: invalid key ") + key;
        r.teamId = key;
        QVERIFY(logger.logRequest(r));
        QVERIFY(logger.logCircuitOpened(QStringLiteral("production"), QStringLiteral("gpt-4o"),
            QStringLiteral("openai"), 30000, QStringLiteral("auth failed for ") + key));
        QVERIFY(logger.logEvent(QStringLiteral("production"), RequestLogger::Level::Info,
            QJsonObject { { QStringLiteral("event"), QStringLiteral("custom") },
                { QStringLiteral("header"), QString(QStringLiteral("Bearer ") + key) } }));

        const QByteArray file = readAll(path);
        QCOMPARE(parseLines(file).size(), 3);
        QVERIFY(!file.contains(key.toUtf8()));
        QVERIFY(!file.contains(key.mid(3).toUtf8())); // not even the key without its prefix
        QVERIFY(!mirrored.contains(key));
        QCOMPARE(file.count("[redacted]"), 4);
        // Short strings are not treated as secrets (they would shred ordinary words).
        QVERIFY(file.contains("\"tier\":\"premium\""));
    }

    void alertAndCircuitEvents()
    {
        QString out;
        QTextStream mirror(&out);
        RequestLogger logger({ QString(), 1 << 20, 1, RequestLogger::Level::Info });
        logger.setMirror(&mirror);
        logger.setClock([] { return utc("2026-11-21T08:00:00Z"); });
        Alert a;
        a.kind = Alert::Kind::LatencyP95;
        a.profile = QStringLiteral("production");
        a.value = 950;
        a.threshold = 800;
        a.samples = 40;
        a.message = QStringLiteral("p95 high");
        a.at = utc("2026-11-21T07:59:00Z");
        QVERIFY(logger.logAlertTriggered(a));
        QVERIFY(logger.logAlertCleared(a));
        QVERIFY(logger.logCircuitOpened(QStringLiteral("production"), QStringLiteral("gpt-4o"),
            QStringLiteral("openai"), 30000, QStringLiteral("5 failures")));
        QVERIFY(
            logger.logCircuitClosed(QStringLiteral("production"), QStringLiteral("gpt-4o"), QStringLiteral("openai")));
        const QList<QJsonObject> lines = parseLines(out.toUtf8());
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).value(QStringLiteral("event")).toString(), QStringLiteral("alert_triggered"));
        QCOMPARE(lines.at(0).value(QStringLiteral("alert")).toString(), QStringLiteral("latency_p95"));
        QCOMPARE(lines.at(0).value(QStringLiteral("value")).toDouble(), 950.0);
        QCOMPARE(lines.at(0).value(QStringLiteral("threshold")).toDouble(), 800.0);
        QCOMPARE(lines.at(0).value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(lines.at(0).value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-21T07:59:00.000Z"));
        QCOMPARE(lines.at(1).value(QStringLiteral("event")).toString(), QStringLiteral("alert_cleared"));
        QCOMPARE(lines.at(2).value(QStringLiteral("event")).toString(), QStringLiteral("circuit_opened"));
        QCOMPARE(lines.at(2).value(QStringLiteral("open_for_ms")).toInteger(), 30000);
        QCOMPARE(lines.at(2).value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-21T08:00:00.000Z"));
        QCOMPARE(lines.at(3).value(QStringLiteral("event")).toString(), QStringLiteral("circuit_closed"));
        QCOMPARE(lines.at(3).value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLogger)
#include "tst_requestlogger.moc"
