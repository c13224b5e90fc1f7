// The keychain: path of KeyResolver against a real Secret Service (a throwaway GNOME Keyring
// started by tests/support/with-keyring.sh). Skips, saying why, when run without one.
#include "core/config/keyref.h"
#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"

#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace tiergate;

class TestSystemKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        if (qEnvironmentVariableIntValue("TIERGATE_TEST_KEYRING") != 1)
            QSKIP("no throwaway keyring: run through tests/support/with-keyring.sh (needs dbus-run-session and "
                  "gnome-keyring-daemon)");
        qunsetenv("TIERGATE_NO_KEYCHAIN");
        m_name = QStringLiteral("tiergate-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    void storesInTheKeychainNotInTheFile()
    {
        KeyResolver resolver;
        QVERIFY(resolver.isKeychainEnabled());
        KeyReply *stored = resolver.store(m_name, "keychain-held-secret");
        QSignalSpy storedSpy(stored, &KeyReply::finished);
        QVERIFY(storedSpy.wait(10000));
        QVERIFY2(stored->isOk(), qPrintable(stored->errorString()));
        // The Secret Service took it: the fallback file store was not used.
        QVERIFY(!QFile::exists(QDir(KeyResolver::fallbackStoreDir()).filePath(m_name)));

        KeyResolver fresh;
        KeyReply *read = fresh.resolve(KeyRef::keychain(m_name));
        QSignalSpy readSpy(read, &KeyReply::finished);
        QVERIFY(readSpy.wait(10000));
        QVERIFY2(read->isOk(), qPrintable(read->errorString()));
        QCOMPARE(read->secret(), QByteArray("keychain-held-secret"));
    }

    void missingEntryNamesItWithoutAValue()
    {
        KeyResolver resolver;
        const QString missing = m_name + QStringLiteral("-absent");
        KeyReply *read = resolver.resolve(KeyRef::keychain(missing));
        QSignalSpy readSpy(read, &KeyReply::finished);
        QVERIFY(readSpy.wait(10000));
        QVERIFY(!read->isOk());
        QVERIFY2(read->errorString().contains(missing), qPrintable(read->errorString()));
        QVERIFY(read->secret().isEmpty());
    }

private:
    QString m_name;
};

QTEST_GUILESS_MAIN(TestSystemKeychain)
#include "tst_systemkeychain.moc"
