#include "core/config/configstore.h"
#include "tests/support/testenv.h"
#include "ui/common/alertbanner.h"
#include "ui/mainwindow.h"
#include "ui/uiresources.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tiergate;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void opensWithAllPanels()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("panels"));
        QVERIFY(tabs);
        const QStringList expected { QStringLiteral("Chat"), QStringLiteral("Compare"), QStringLiteral("Profiles"),
            QStringLiteral("Live chart"), QStringLiteral("Costs"), QStringLiteral("Experiments") };
        QCOMPARE(tabs->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(tabs->tabText(i), expected.at(i));

        // Keyboard: Ctrl+3 switches to Profiles.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), MainWindow::Panel::Profiles);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800 && shot.height() >= 500);
        const QString path = QDir::temp().filePath(QStringLiteral("tiergate-mainwindow.png"));
        QVERIFY(shot.save(path));
        // The window drew something other than one flat colour (text, header bar, tabs).
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the main window rendered as a blank image");
    }

    void replacesPanelWidget()
    {
        MainWindow window;
        auto *label = new QLabel(QStringLiteral("custom"));
        window.setPanelWidget(MainWindow::Panel::Costs, label);
        QCOMPARE(window.panelWidget(MainWindow::Panel::Costs), label);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("panels"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Costs"));
    }

    void aboutShowsVersion()
    {
        MainWindow window;
        window.show();
        window.showAbout();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral(TIERGATE_VERSION)));
        box->close();
    }

    void offersLocalServers()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *button = window.localServersButton();
        QVERIFY(button);
        QVERIFY(!button->isVisible());

        LocalServer ollama;
        ollama.candidate
            = { QStringLiteral("ollama"), QStringLiteral("Ollama"), QUrl(QStringLiteral("http://127.0.0.1:11434/v1")) };
        ollama.models = { QStringLiteral("llama3.2:3b"), QStringLiteral("phi4") };
        window.setLocalServerOffers({ ollama });
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Found Ollama (2 models)"));
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(actions[0]->text().contains(QStringLiteral("127.0.0.1:11434")));
        QVERIFY(actions[0]->toolTip().contains(QStringLiteral("phi4")));

        QSignalSpy requested(&window, &MainWindow::addLocalServerRequested);
        actions[0]->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].value<LocalServer>().candidate.name, QStringLiteral("Ollama"));

        LocalServer vllm = ollama;
        vllm.candidate.name = QStringLiteral("vLLM");
        window.setLocalServerOffers({ ollama, vllm });
        QCOMPARE(button->text(), QStringLiteral("Found 2 local servers"));
        QCOMPARE(button->menu()->actions().size(), 2);

        window.setLocalServerOffers({});
        QTRY_VERIFY(!button->isVisible());
    }

    void alertsShowInTheBannerWithHistory()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AlertBanner *banner = window.alertBanner();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        Alert a;
        a.kind = Alert::Kind::FallbackRate;
        a.profile = QStringLiteral("demo");
        a.message = QStringLiteral("Profile 'demo': fallback rate 25.0 % is above 15.0 %.");
        a.at = QDateTime::currentDateTime();
        banner->addAlert(a);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), a.message);
        Alert cleared = a;
        cleared.cleared = true;
        cleared.message = QStringLiteral("Profile 'demo': fallback rate back to 5.0 % (threshold 15.0 %).");
        banner->addAlert(cleared);
        QVERIFY(!banner->isVisible()); // nothing active any more
        QCOMPARE(banner->history().size(), 2);
        banner->showHistory();
        auto *list = banner->findChild<QListWidget *>(QStringLiteral("alertHistoryList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("cleared")));
    }

    void brokenConfigurationShowsInTheBanner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        ConfigStore store(path);
        QVERIFY(store.load()); // no file yet: the built-ins
        MainWindow window;
        window.show();
        AlertBanner *banner = window.alertBanner();
        banner->followConfig(&store);
        const auto good = store.snapshot();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"version\": 1, \"profiles\": { \"p\": { \"tier\": \"gold\" } } }");
        file.close();
        QVERIFY(!store.load());
        QCOMPARE(store.snapshot(), good);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("not loaded")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("config.json")));
        QVERIFY(banner->detailsButton()->isVisible());
        QFile::remove(path);
        QVERIFY(store.load());
        QVERIFY(!banner->isVisible());
    }

    void iconLoads() { QVERIFY(!applicationIcon().pixmap(32, 32).isNull()); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
