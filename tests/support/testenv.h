#pragma once

// Shared test set-up: isolated standard paths (QStandardPaths test mode), no proxies, and the
// folder of golden files and the build's programs. Include in every test and call initTestEnvironment() from
// initTestCase().

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

// The folder of golden files and test data (tests/data of the source tree).
QString dataDir();

inline QString dataFile(const QString &name)
{
    return dataDir() + QLatin1Char('/') + name;
}

// A program this build made (bin/ of the build tree), e.g. binary(QStringLiteral("tiergate-cli")).
QString binary(const QString &name);

} // namespace tiergate::test
