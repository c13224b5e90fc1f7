#include "core/cost/ledger.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

// Durability: a child process records requests and reports each committed request id; it is
// SIGKILLed mid-load. The database must open, pass integrity_check, and hold every reported id.
class TestLedgerKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void killMidLoad_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::addColumn<bool>("restart");
        QTest::newRow("early") << 20 << false;
        QTest::newRow("mid") << 400 << false;
        QTest::newRow("killed-twice") << 150 << true;
    }

    void killMidLoad()
    {
        QFETCH(int, killAfter);
        QFETCH(bool, restart);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("ledger.sqlite"));
        const QString helper
            = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ledger_kill_helper"));
        QVERIFY2(QFile::exists(helper), qPrintable(helper));

        QSet<QString> committed;
        for (int round = 0; round < (restart ? 2 : 1); ++round) {
            QProcess child;
            child.start(helper, { db, QStringLiteral("round%1-").arg(round) });
            QVERIFY(child.waitForStarted());
            QByteArray pending;
            int seenThisRound = 0;
            const auto drain = [&] {
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    committed.insert(QString::fromLatin1(pending.left(nl)));
                    pending.remove(0, nl + 1);
                    ++seenThisRound;
                }
            };
            while (seenThisRound < killAfter) {
                QVERIFY2(child.waitForReadyRead(20000) || child.state() == QProcess::Running,
                    child.readAllStandardError().constData());
                QCOMPARE(child.state(), QProcess::Running);
                drain();
            }
            child.kill(); // SIGKILL: no destructor, no clean close
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            drain(); // ids printed before the kill are committed too; a torn last line is ignored
        }

        // A plain connection first: the file must open and be intact.
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
            conn.setDatabaseName(db);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<QString> stored;
            QVERIFY(q.exec(QStringLiteral("SELECT request_id FROM requests")));
            while (q.next())
                stored.insert(q.value(0).toString());
            const QSet<QString> missing = committed - stored;
            QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(u' ')));
            QVERIFY(stored.size() >= committed.size());
            // Every request row has its attempts: the two inserts commit together.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM requests r WHERE attempt_count <>"
                                          " (SELECT COUNT(*) FROM attempts a WHERE a.request_row = r.id)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // The per-day rollup commits with the rows: its sums match them exactly after the kill.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(cost_micros), SUM(prompt_tokens), SUM(latency_ms),"
                                          " SUM(fallback_used) FROM requests")));
            QVERIFY(q.next());
            const QList<qint64> raw { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toLongLong() };
            QVERIFY(q.exec(QStringLiteral("SELECT SUM(requests), SUM(cost_micros), SUM(prompt_tokens),"
                                          " SUM(latency_ms), SUM(fallbacks) FROM rollup_daily")));
            QVERIFY(q.next());
            const QList<qint64> rolled { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toLongLong() };
            QCOMPARE(rolled, raw);
            QVERIFY(raw.at(0) >= committed.size());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));

        Ledger ledger(db, QTimeZone::utc());
        QVERIFY2(ledger.open(), qPrintable(ledger.errorString()));
        QVERIFY(ledger.totals().requests >= committed.size());
    }
};

QTEST_GUILESS_MAIN(TestLedgerKill)
#include "tst_ledgerkill.moc"
