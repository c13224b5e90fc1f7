#include "core/config/appsettings.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void defaults()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.defaultProfile(), QString());
        QVERIFY(s.notificationsEnabled());
        QCOMPARE(s.gatewayPort(), AppSettings::DefaultGatewayPort);
        QVERIFY(s.windowGeometry().isEmpty());
        QCOMPARE(s.lastPanel(), QString());
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings s(path);
            s.setTheme(AppSettings::Theme::Dark);
            QVERIFY(s.setLanguage(QStringLiteral("de")));
            s.setDefaultProfile(QStringLiteral("staging"));
            s.setNotificationsEnabled(false);
            QVERIFY(s.setGatewayPort(9090));
            s.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            s.setSplitterState(QStringLiteral("chat/sidebar"), QByteArray("\x00\xff", 2));
            s.setLastPanel(QStringLiteral("costs"));
            QVERIFY(s.sync());
        }
        AppSettings s(path);
        QCOMPARE(s.theme(), AppSettings::Theme::Dark);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.defaultProfile(), QStringLiteral("staging"));
        QVERIFY(!s.notificationsEnabled());
        QCOMPARE(s.gatewayPort(), quint16(9090));
        QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(s.splitterState(QStringLiteral("chat/sidebar")), QByteArray("\x00\xff", 2));
        QCOMPARE(s.lastPanel(), QStringLiteral("costs"));
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("privileged") << 80 << false;
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("too large") << 70000 << false;
        QTest::newRow("lowest") << 1024 << true;
        QTest::newRow("highest") << 65535 << true;
    }
    void refusesInvalidValues()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.setGatewayPort(port), valid);
        QCOMPARE(s.gatewayPort(), valid ? quint16(port) : AppSettings::DefaultGatewayPort);
        QVERIFY(!s.setLanguage(QStringLiteral("xx")));
        QCOMPARE(s.language(), QString());
    }

    void readsHandEditedFileDefensively()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[appearance]\ntheme=purple\nlanguage=klingon\n[gateway]\nport=22\n");
        file.close();
        AppSettings s(path);
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.gatewayPort(), AppSettings::DefaultGatewayPort);
    }

    void signalsChanges()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("settings.ini")));
        QSignalSpy theme(&s, &AppSettings::themeChanged);
        QSignalSpy changed(&s, &AppSettings::changed);
        s.setTheme(AppSettings::Theme::Light);
        s.setTheme(AppSettings::Theme::Light); // unchanged: no second signal
        QCOMPARE(theme.size(), 1);
        QCOMPARE(theme.first().first().value<AppSettings::Theme>(), AppSettings::Theme::Light);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(AppSettings::themeFromName(QStringLiteral("Dark")), AppSettings::Theme::Dark);
        QVERIFY(!AppSettings::themeFromName(QStringLiteral("x")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
