#include "core/config/configjson.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace tiergate;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

/// Runs the built tiergate-cli over good and bad inputs: exit codes, messages, files.
class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("EXAMPLE_API_KEY"), QString::fromLatin1(test::plantedKeyValue()));
        env.insert(QStringLiteral("LLM_GATEWAY_API_KEY"), QString::fromLatin1(test::plantedKeyValue()));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(test::plantedKeyValue()));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tiergate.*.debug=false"));
        p.setProcessEnvironment(env);
        p.start(tiergate::test::binary(QStringLiteral("tiergate-cli")), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        // No key value ever, on either stream.
        if (r.out.contains(QString::fromLatin1(test::plantedKeyValue()))
            || r.err.contains(QString::fromLatin1(test::plantedKeyValue())))
            r.code = 99;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(QStringLiteral("config.json"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(test::exportFixture()));
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("export") << QStringLiteral("export");
        QTest::newRow("import") << QStringLiteral("import-litellm");
    }

    void help()
    {
        QFETCH(QString, command);
        const Run r = run({ command, QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: tiergate-cli ") + command));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        const Run top = run({ QStringLiteral("--help") });
        QVERIFY(top.out.contains(command));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "native", "litellm", "portkey", "typescript", "env" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void exportEveryFormat()
    {
        QFETCH(QString, format);
        const Run r = run({ QStringLiteral("export"), QStringLiteral("--config"), m_config, QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--format"), format });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(
            format == QLatin1String("env") ? QStringLiteral("EXAMPLE_API_KEY=") : QStringLiteral("alpha-8b")));
        QVERIFY(r.err.contains(QStringLiteral("warning: profiles.prod.")) || format == QLatin1String("env")
            || format == QLatin1String("native"));
        if (format == QLatin1String("litellm")) {
            const YAML::Node root = YAML::Load(r.out.toStdString());
            QVERIFY(root["model_list"].IsSequence());
            QVERIFY(!root["router_settings"]["num_retries"]); // 2 is Tiergate's default: not written
        } else if (format == QLatin1String("portkey") || format == QLatin1String("native")) {
            QJsonParseError e;
            QJsonDocument::fromJson(r.out.toUtf8(), &e);
            QCOMPARE(e.error, QJsonParseError::NoError);
        }
    }

    void exportToFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.yaml"));
        const Run r = run({ QStringLiteral("export"), QStringLiteral("--config"), m_config, QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--format"), QStringLiteral("litellm"), QStringLiteral("-o"), out });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("wrote ")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("model_list:"));
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString cfg = m_dir.filePath(QStringLiteral("config.json"));
        QTest::newRow("unknown profile") << QStringList { QStringLiteral("--config"), cfg, QStringLiteral("--profile"),
            QStringLiteral("nope"), QStringLiteral("--format"), QStringLiteral("env") }
                                         << 2 << QStringLiteral("Available profiles: dev, prod");
        QTest::newRow("missing profile") << QStringList { QStringLiteral("--config"), cfg, QStringLiteral("--format"),
            QStringLiteral("env") } << 2 << QStringLiteral("dev, prod");
        QTest::newRow("missing format") << QStringList { QStringLiteral("--config"), cfg, QStringLiteral("--profile"),
            QStringLiteral("prod") } << 2
                                        << QStringLiteral("native, litellm, portkey, typescript, env");
        QTest::newRow("bad format") << QStringList { QStringLiteral("--profile"), QStringLiteral("prod"),
            QStringLiteral("--format"), QStringLiteral("xml") }
                                    << 2 << QStringLiteral("unknown format 'xml'");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << 2 << QStringLiteral("--help");
        QTest::newRow("missing config") << QStringList { QStringLiteral("--config"),
            QStringLiteral("/nonexistent/c.json"), QStringLiteral("--profile"), QStringLiteral("prod"),
            QStringLiteral("--format"), QStringLiteral("env") }
                                        << 2 << QStringLiteral("/nonexistent/c.json");
        QTest::newRow("unwritable output") << QStringList { QStringLiteral("--config"), cfg,
            QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--format"), QStringLiteral("env"),
            QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/out.env") }
                                           << 1 << QStringLiteral("/nonexistent-dir/out.env");
    }

    void exportErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(QStringList { QStringLiteral("export") } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void exportRefusesAnInvalidConfig()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        TiergateConfig c = test::exportFixture();
        c.profile(QStringLiteral("prod"))->tier = QStringLiteral("no-such-tier");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigJson::write(c));
        f.close();
        const Run r = run({ QStringLiteral("export"), QStringLiteral("--config"), bad, QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--format"), QStringLiteral("native") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("profiles.prod.tier")));
    }

    void exportWithTheBuiltIns()
    {
        const Run r = run({ QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("production"),
            QStringLiteral("--format"), QStringLiteral("env") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\nLLM_GATEWAY_API_KEY=\n")));
    }

    void importToFileThenExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("imported.json"));
        QFile::remove(out);
        const Run r = run({ QStringLiteral("import-litellm"), test::dataFile(QStringLiteral("litellm-basic.yaml")),
            QStringLiteral("--profile-name"), QStringLiteral("lite"), QStringLiteral("-o"), out });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("wrote ")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ConfigReadResult read = ConfigJson::read(f.readAll());
        QVERIFY(read.ok());
        QVERIFY(read.config.profile(QStringLiteral("lite")));
        QCOMPARE(read.config.defaultProfile, QStringLiteral("lite"));
        // A second import merges into the existing file.
        const Run again = run({ QStringLiteral("import-litellm"), test::dataFile(QStringLiteral("litellm-basic.yaml")),
            QStringLiteral("--profile-name"), QStringLiteral("lite2"), QStringLiteral("-o"), out });
        QCOMPARE(again.code, 0);
        QFile f2(out);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        const ConfigReadResult read2 = ConfigJson::read(f2.readAll());
        QVERIFY(read2.config.profile(QStringLiteral("lite")));
        QVERIFY(read2.config.profile(QStringLiteral("lite2")));
        const Run exported
            = run({ QStringLiteral("export"), QStringLiteral("--config"), out, QStringLiteral("--profile"),
                QStringLiteral("lite2"), QStringLiteral("--format"), QStringLiteral("litellm") });
        QCOMPARE(exported.code, 0);
        QVERIFY(exported.out.contains(QStringLiteral("os.environ/OPENAI_API_KEY")));
    }

    void importOddFileWarnsAndNeverRepeatsTheLiteralKey()
    {
        const Run r = run({ QStringLiteral("import-litellm"), test::dataFile(QStringLiteral("litellm-odd.yaml")) });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("warning: model_list[0].litellm_params.api_key")));
        QVERIFY(!r.err.contains(QStringLiteral("sk-literal-KEY")));
        QVERIFY(!r.out.contains(QStringLiteral("sk-literal-KEY")));
        QVERIFY(!r.out.contains(QStringLiteral("sk-1234-literal-master")));
        QVERIFY(r.out.contains(QStringLiteral("\"version\": 1")));
    }

    void importErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent/config.yaml") }
                                      << QStringLiteral("cannot read /nonexistent/config.yaml");
        QTest::newRow("not litellm") << QStringList { test::dataFile(QStringLiteral("litellm-not-litellm.yaml")) }
                                     << QStringLiteral("model_list");
        QTest::newRow("broken yaml") << QStringList { test::dataFile(QStringLiteral("litellm-broken.yaml")) }
                                     << QStringLiteral("not valid YAML");
        QTest::newRow("no file") << QStringList {} << QStringLiteral("exactly one");
    }

    void importErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList { QStringLiteral("import-litellm") } + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
