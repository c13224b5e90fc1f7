#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestExperimentCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    Result cli(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(test::binary(QStringLiteral("tiergate-cli")),
            QStringList { QStringLiteral("experiment") } + args
                + QStringList { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")) });
        if (!p.waitForFinished(60000))
            return {};
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QString writeSet(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void runWritesTheReportsAndResumesNothingWhenDone()
    {
        const QString set = writeSet(QStringLiteral("geo.jsonl"),
            "{\"set\": {\"name\": \"geo\"}}\n{\"id\": \"fr\", \"prompt\": \"Capital of France?\", \"checks\": "
            "[{\"max_length\": 100000}]}\n"
            "{\"id\": \"it\", \"prompt\": \"Capital of Italy?\"}\n");
        const Result r
            = cli({ QStringLiteral("run"), set, QStringLiteral("--column"), QStringLiteral("model:sim-budget"),
                QStringLiteral("--column"), QStringLiteral("tier:demo-standard"), QStringLiteral("--repeat"),
                QStringLiteral("2"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[8/8]")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("prompt set geo")));
        QVERIFY(r.out.contains(QStringLiteral("Verdict: ")));
        QVERIFY(r.out.contains(QStringLiteral("latency median")));
        const QStringList reports = QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files, QDir::Name);
        QCOMPARE(reports.size(), 3);
        const QString id = reports.first().chopped(4); // <id>.csv
        QVERIFY(id.startsWith(QStringLiteral("geo-")));

        const Result list = cli({ QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(id) && list.out.contains(QStringLiteral("8/8")), qPrintable(list.out));

        // A second run of the same set is compared with the first.
        const Result again = cli({ QStringLiteral("run"), set, QStringLiteral("--column"),
            QStringLiteral("model:sim-budget"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out2")) });
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Compared with %1").arg(id)), qPrintable(again.out));

        const Result resumed
            = cli({ QStringLiteral("resume"), id, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out3")) });
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QStringLiteral(": 0 runs")), qPrintable(resumed.err));
    }

    void badInputIsAUsageErrorThatSaysWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString set = m_dir.filePath(QStringLiteral("ok.jsonl"));
        QFile file(set);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
        file.close();
        QTest::newRow("missing file") << QStringList { QStringLiteral("run"),
            m_dir.filePath(QStringLiteral("nope.jsonl")), QStringLiteral("--column"),
            QStringLiteral("model:sim-budget") }
                                      << QStringLiteral("cannot read");
        QTest::newRow("no column") << QStringList { QStringLiteral("run"), set }
                                   << QStringLiteral("give 1 to 6 columns");
        QTest::newRow("bad column") << QStringList { QStringLiteral("run"), set, QStringLiteral("--column"),
            QStringLiteral("team:x") }
                                    << QStringLiteral("\"team:x\" is not a column");
        QTest::newRow("repeat too high") << QStringList { QStringLiteral("run"), set, QStringLiteral("--column"),
            QStringLiteral("model:sim-budget"), QStringLiteral("--repeat"), QStringLiteral("21") }
                                         << QStringLiteral("--repeat must be a number from 1 to 20");
        QTest::newRow("unknown experiment") << QStringList { QStringLiteral("report"), QStringLiteral("no-such") }
                                            << QStringLiteral("no saved experiment \"no-such\"");
        QTest::newRow("unknown tier") << QStringList { QStringLiteral("run"), set, QStringLiteral("--column"),
            QStringLiteral("tier:gold") }
                                      << QStringLiteral("gold");
    }
    void badInputIsAUsageErrorThatSaysWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExperimentCli)
#include "tst_experimentcli.moc"
