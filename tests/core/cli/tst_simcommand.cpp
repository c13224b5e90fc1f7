// `tiergate-cli sim` as a person runs it: a real process that prints its base URL, answers HTTP,
// and exits cleanly (code 0, port released) on SIGINT (Ctrl+C) and on SIGTERM.
#include "tests/support/testenv.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/types.h>

class TestSimCommand : public QObject
{
    Q_OBJECT

private:
    static QString cliPath() { return tiergate::test::binary(QStringLiteral("tiergate-cli")); }

    /// Starts `tiergate-cli sim --port 0`, returns its base URL (empty on failure).
    static QUrl startSim(QProcess &process)
    {
        process.setProgram(cliPath());
        process.setArguments({ QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0") });
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        QByteArray line;
        QElapsedTimer clock;
        clock.start();
        while (!line.contains('\n') && clock.elapsed() < 15000) {
            process.waitForReadyRead(500);
            line += process.readAllStandardOutput();
        }
        return QUrl(QString::fromUtf8(line.trimmed()));
    }

    static QByteArray get(quint16 port, const QByteArray &path)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray response;
        while (socket.waitForReadyRead(5000))
            response += socket.readAll();
        return response + socket.readAll();
    }

    void stopsCleanlyOn(int signal)
    {
        QProcess process;
        const QUrl url = startSim(process);
        QVERIFY2(url.isValid() && url.scheme() == QLatin1String("http") && url.path() == QLatin1String("/v1"),
            qPrintable(url.toString() + QString::fromUtf8(process.readAllStandardError())));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const quint16 port = quint16(url.port());
        QVERIFY(port > 0);

        const QByteArray models = get(port, "/v1/models");
        QVERIFY2(models.startsWith("HTTP/1.1 200"), models.left(200).constData());
        QVERIFY(models.contains("\"sim-standard\""));

        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY2(process.waitForFinished(10000), "the simulator did not stop");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("stopped"));

        // The port is free again: nothing answers, and it can be listened on.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, port), qPrintable(again.errorString()));
    }

private Q_SLOTS:
    void initTestCase() { tiergate::test::initTestEnvironment(); }

    void sigint() { stopsCleanlyOn(SIGINT); }
    void sigterm() { stopsCleanlyOn(SIGTERM); }

    void helpIsPlainText()
    {
        QProcess process;
        process.start(cliPath(), { QStringLiteral("sim"), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(out.startsWith(QStringLiteral("Usage: tiergate-cli sim")));
        // Blank lines between the parts, not a pointer value where a newline was meant.
        QVERIFY2(!out.contains(QRegularExpression(QStringLiteral("0x[0-9a-f]{6,}"))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[--seed N]\n\nRuns the Simulator")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("\n\nOptions:\n")));
    }

    void busyPortIsAnError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QProcess process;
        process.start(
            cliPath(), { QStringLiteral("sim"), QStringLiteral("--port"), QString::number(taken.serverPort()) });
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimCommand)
#include "tst_simcommand.moc"
