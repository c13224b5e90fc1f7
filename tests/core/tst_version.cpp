#include "core/cli/clirunner.h"
#include "core/version.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void versionMatchesBuild()
    {
        QCOMPARE(version(), QStringLiteral(TIERGATE_VERSION));
        QVERIFY(version().count(u'.') == 2);
    }

    void cliVersionAndHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                                 << QStringLiteral("Tiergate " TIERGATE_VERSION) << QString();
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0 << QStringLiteral("Usage: tiergate-cli")
                              << QString();
        QTest::newRow("no args is a usage error") << QStringList {} << 2 << QStringLiteral("Commands:") << QString();
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2 << QString()
                                         << QStringLiteral("unknown command 'frobnicate'");
    }

    void cliVersionAndHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CliRunner runner(out, err);
        QCOMPARE(runner.start(args), code);
        QVERIFY2(outText.contains(stdoutContains), qPrintable(outText));
        QVERIFY2(errText.contains(stderrContains), qPrintable(errText));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
