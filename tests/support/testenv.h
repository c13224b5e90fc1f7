#pragma once

// Shared test set-up: isolated standard paths (QStandardPaths test mode), no proxies, and the
// folder of golden files. Include in every test and call initTestEnvironment() from initTestCase().

#include <QNetworkProxy>
#include <QStandardPaths>
#include <QString>

namespace tiergate::test {

inline void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    qputenv("TIERGATE_NO_KEYCHAIN", "1"); // never touch the user's real keychain from tests
}

inline QString dataFile(const QString &name)
{
    return QStringLiteral(TIERGATE_TEST_DATA_DIR "/") + name;
}

} // namespace tiergate::test
