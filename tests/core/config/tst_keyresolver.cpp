#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

QString writeKeyFile(const QString &path, const QByteArray &content, QFileDevice::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    f.close();
    f.setPermissions(perms);
    return path;
}

const QFileDevice::Permissions Mode0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions Mode0644 = Mode0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

class TestKeyResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void envKeys()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MY_KEY"), QStringLiteral("secret-value-1"));
        const ResolvedKey ok = KeyResolver::resolveNow(KeyRef::env(QStringLiteral("MY_KEY")), env);
        QVERIFY(ok.ok());
        QCOMPARE(ok.secret, QByteArray("secret-value-1"));
        const ResolvedKey missing = KeyResolver::resolveNow(KeyRef::env(QStringLiteral("OTHER_KEY")), env);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QLatin1String("OTHER_KEY")));
        QVERIFY(missing.secret.isEmpty());
        const ResolvedKey none = KeyResolver::resolveNow(KeyRef(), env);
        QVERIFY(none.ok());
        QVERIFY(none.secret.isEmpty());
        QVERIFY(!KeyResolver::resolveNow(KeyRef::parse(QStringLiteral("sk-live-123456789")), env).ok());
        QVERIFY(!KeyResolver::resolveNow(KeyRef::parse(QStringLiteral("sk-live-123456789")), env)
                     .error.contains(QLatin1String("123456789")));
    }

    void fileKeys()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = writeKeyFile(dir.filePath(QStringLiteral("good")), "file-secret\n", Mode0600);
        const ResolvedKey ok = KeyResolver::resolveNow(KeyRef::file(good), {});
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.secret, QByteArray("file-secret"));

        const QString open = writeKeyFile(dir.filePath(QStringLiteral("open")), "leaky-secret", Mode0644);
        const ResolvedKey refused = KeyResolver::resolveNow(KeyRef::file(open), {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.secret.isEmpty());
        QVERIFY(refused.error.contains(QLatin1String("chmod 600")));
        QVERIFY(!refused.error.contains(QLatin1String("leaky-secret")));

        const ResolvedKey absent = KeyResolver::resolveNow(KeyRef::file(dir.filePath(QStringLiteral("nope"))), {});
        QVERIFY(!absent.ok());
        QVERIFY(absent.error.contains(QLatin1String("does not exist")));
    }

    void asyncReplyAndKeychainDisabled()
    {
        KeyResolver resolver;
        QProcessEnvironment env;
        env.insert(QStringLiteral("A_KEY"), QStringLiteral("async-secret"));
        env.insert(QStringLiteral("TIERGATE_NO_KEYCHAIN"), QStringLiteral("1"));
        resolver.setEnvironment(env);
        QVERIFY(!resolver.isKeychainEnabled());

        KeyReply *reply = resolver.resolve(KeyRef::env(QStringLiteral("A_KEY")));
        QVERIFY(!reply->isFinished()); // never finishes inside the call
        QSignalSpy spy(reply, &KeyReply::finished);
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(reply->isOk());
        QCOMPARE(reply->secret(), QByteArray("async-secret"));
        delete reply;

        KeyReply *kc = resolver.resolve(KeyRef::keychain(QStringLiteral("absent-entry")));
        QSignalSpy kcSpy(kc, &KeyReply::finished);
        QVERIFY(kcSpy.wait(1000));
        QVERIFY(!kc->isOk());
        QVERIFY(kc->errorString().contains(QLatin1String("TIERGATE_NO_KEYCHAIN")));
        QVERIFY(kc->errorString().contains(QLatin1String("absent-entry")));
        delete kc;
    }

    void fallbackStore()
    {
        KeyResolver resolver;
        QProcessEnvironment env;
        env.insert(QStringLiteral("TIERGATE_NO_KEYCHAIN"), QStringLiteral("1"));
        resolver.setEnvironment(env);
        KeyReply *stored = resolver.store(QStringLiteral("team-a"), "stored-secret");
        QSignalSpy spy(stored, &KeyReply::finished);
        QVERIFY(spy.wait(1000));
        QVERIFY2(stored->isOk(), qPrintable(stored->errorString()));
        const QString path = KeyResolver::fallbackStoreDir() + QStringLiteral("/team-a");
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), Mode0600);

        KeyReply *read = resolver.resolve(KeyRef::keychain(QStringLiteral("team-a")));
        QSignalSpy readSpy(read, &KeyReply::finished);
        QVERIFY(readSpy.wait(1000));
        QVERIFY2(read->isOk(), qPrintable(read->errorString()));
        QCOMPARE(read->secret(), QByteArray("stored-secret"));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestKeyResolver)
#include "tst_keyresolver.moc"
