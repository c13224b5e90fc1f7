#include "core/cost/ledger.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tiergate;

/// The built `tiergate-cli serve` and `keys` as a user runs them: the exported native profile
/// served unchanged, SIGTERM draining an in-flight stream into the ledger, keys on the command line.
class TestServeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportedNativeProfileServesUnchanged();
    void sigtermDrainsInFlightStream();
    void keysCreateListRevoke();
    void configFileChangeApplies();
    void noAuthBeyondLoopbackIsRefused();

private:
    QProcessEnvironment environment() const;
    QString runCli(const QStringList &args, int *code, QString *err = nullptr);
    /// Starts serve; returns the base URL it printed (empty on failure).
    QUrl startServe(QProcess &process, const QStringList &extra);
    QNetworkReply *post(const QUrl &base, const QJsonObject &body, const QByteArray &key = {});

    QTemporaryDir m_dir;
    QString m_config;
    QNetworkAccessManager m_nam;
};

void TestServeCli::initTestCase()
{
    test::initTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("demo.json"));
    int code = -1;
    QString err;
    runCli({ QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--format"),
               QStringLiteral("native"), QStringLiteral("-o"), m_config },
        &code, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(QFile::exists(m_config));
    // A slow stream (about a second) so a signal can arrive in the middle of it.
    QFile sim(m_dir.filePath(QStringLiteral("sim.json")));
    QVERIFY(sim.open(QIODevice::WriteOnly));
    sim.write(R"({"models":[{"id":"sim-standard","firstTokenLatencyMs":0,"tokensPerSecond":60,"answerTokens":60}]})");
}

QProcessEnvironment TestServeCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("TIERGATE_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("TIERGATE_PROFILE"));
    return env;
}

QString TestServeCli::runCli(const QStringList &args, int *code, QString *err)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(tiergate::test::binary(QStringLiteral("tiergate-cli")), args);
    if (!p.waitForFinished(60000))
        p.kill();
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QUrl TestServeCli::startServe(QProcess &process, const QStringList &extra)
{
    process.setProcessEnvironment(environment());
    process.start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
        QStringList { QStringLiteral("serve"), QStringLiteral("--config"), m_config, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")) }
            + extra);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(500);
        out += process.readAllStandardOutput();
    }
    if (!out.contains('\n'))
        qWarning("serve printed no URL: %s", process.readAllStandardError().constData());
    return QUrl(QString::fromUtf8(out.trimmed()));
}

QNetworkReply *TestServeCli::post(const QUrl &base, const QJsonObject &body, const QByteArray &key)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/chat/completions"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key);
    return m_nam.post(req, QJsonDocument(body).toJson());
}

namespace {

QJsonObject chatBody(const QString &model, bool stream)
{
    return { { QStringLiteral("model"), model }, { QStringLiteral("stream"), stream },
        { QStringLiteral("messages"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("content"), QStringLiteral("hi") } } } } };
}

} // namespace

void TestServeCli::exportedNativeProfileServesUnchanged()
{
    QProcess serve;
    const QUrl base = startServe(serve, { QStringLiteral("--no-auth") });
    QVERIFY(base.isValid() && base.port() > 0);
    // The profile by name, the model a tier alias names, and the profile's default tier.
    for (const QString &model : { QStringLiteral("profile/demo"), QStringLiteral("sim-standard") }) {
        QNetworkReply *reply = post(base, chatBody(model, false));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->rawHeader("x-tiergate-model").isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QString::fromUtf8(reply->rawHeader("x-tiergate-model")));
        reply->deleteLater();
    }
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestServeCli::sigtermDrainsInFlightStream()
{
    QProcess serve;
    const QUrl base = startServe(serve,
        { QStringLiteral("--no-auth"), QStringLiteral("--sim-config"), m_dir.filePath(QStringLiteral("sim.json")),
            QStringLiteral("--drain-timeout"), QStringLiteral("20000") });
    QVERIFY(base.port() > 0);
    Ledger before(m_dir.filePath(QStringLiteral("data/ledger.sqlite")));
    QVERIFY(before.open());
    const qint64 rowsBefore = before.totals().requests;
    before.close();

    QNetworkReply *reply = post(base, chatBody(QStringLiteral("sim-standard"), true));
    QSignalSpy readable(reply, &QNetworkReply::readyRead);
    QVERIFY(readable.wait(30000)); // the stream has started
    ::kill(pid_t(serve.processId()), SIGTERM);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(reply->readAll().contains("data: [DONE]")); // finished, not cut
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    QVERIFY(serve.readAllStandardError().contains("draining 1"));

    Ledger after(m_dir.filePath(QStringLiteral("data/ledger.sqlite")));
    QVERIFY(after.open());
    QCOMPARE(after.totals().requests, rowsBefore + 1);
    QFile log(m_dir.filePath(QStringLiteral("data/logs/requests.jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("llm_request_completed"));
    reply->deleteLater();
}

void TestServeCli::keysCreateListRevoke()
{
    const QString data = m_dir.filePath(QStringLiteral("keysdata"));
    int code = -1;
    QString err;
    const QString key = runCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--team"),
                                   QStringLiteral("web"), QStringLiteral("--profile"), QStringLiteral("demo"),
                                   QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"), data },
        &code, &err)
                            .trimmed();
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(key.startsWith(QLatin1String("tg-")));
    // Stored hashed: the key itself is nowhere in the file.
    QFile file(data + QStringLiteral("/gateway-keys.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toLatin1()));

    QProcess serve;
    QUrl base;
    {
        serve.setProcessEnvironment(environment());
        serve.start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
            { QStringLiteral("serve"), QStringLiteral("--config"), m_config, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), data });
        QVERIFY(serve.waitForReadyRead(30000));
        base = QUrl(QString::fromUtf8(serve.readAllStandardOutput().trimmed()));
    }
    const auto status = [this, &base](const QByteArray &k) {
        QNetworkReply *reply = post(base, chatBody(QStringLiteral("sim-standard"), false), k);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const int s = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return s;
    };
    QCOMPARE(status(QByteArray()), 401);
    QCOMPARE(status(key.toLatin1()), 200);

    const QString list
        = runCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--data-dir"), data }, &code);
    QCOMPARE(code, 0);
    QVERIFY(list.contains(QLatin1String("team=web")));
    QVERIFY(!list.contains(key));
    const QString id = list.section(u' ', 0, 0);
    runCli({ QStringLiteral("keys"), QStringLiteral("revoke"), id, QStringLiteral("--data-dir"), data }, &code, &err);
    QVERIFY2(code == 0, qPrintable(err));
    // The running server sees the revocation (the key file is re-read when it changed).
    QTRY_COMPARE_WITH_TIMEOUT(status(key.toLatin1()), 401, 10000);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(30000));
}

void TestServeCli::configFileChangeApplies()
{
    const QString path = m_dir.filePath(QStringLiteral("reload.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_config, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess serve;
    serve.setProcessEnvironment(environment());
    serve.start(tiergate::test::binary(QStringLiteral("tiergate-cli")),
        { QStringLiteral("serve"), QStringLiteral("--config"), path, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-auth"), QStringLiteral("--data-dir"),
            m_dir.filePath(QStringLiteral("data")) });
    QVERIFY(serve.waitForReadyRead(30000));
    const QUrl base(QString::fromUtf8(serve.readAllStandardOutput().trimmed()));
    const auto modelIds = [this, &base] {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(base.toString() + QStringLiteral("/models"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        QStringList ids;
        const QJsonArray data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : data)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        reply->deleteLater();
        return ids;
    };
    QVERIFY(!modelIds().contains(QStringLiteral("tier/extra")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject tiers = doc.value(QStringLiteral("tiers")).toObject();
    tiers.insert(
        QStringLiteral("extra"), QJsonObject { { QStringLiteral("default"), QStringLiteral("sim-standard") } });
    doc.insert(QStringLiteral("tiers"), tiers);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(doc).toJson());
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(modelIds().contains(QStringLiteral("tier/extra")), 15000);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestServeCli::noAuthBeyondLoopbackIsRefused()
{
    int code = -1;
    QString err;
    runCli({ QStringLiteral("serve"), QStringLiteral("--config"), m_config, QStringLiteral("--listen"),
               QStringLiteral("0.0.0.0:0"), QStringLiteral("--no-auth") },
        &code, &err);
    QCOMPARE(code, 2);
    QVERIFY(err.contains(QLatin1String("loopback")));
}

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_servecli.moc"
