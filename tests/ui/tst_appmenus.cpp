#include "core/chat/conversationstore.h"
#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/routing/routeresult.h"
#include "tests/support/testenv.h"
#include "tests/support/windowfixture.h"
#include "ui/chat/conversationexportbutton.h"
#include "ui/chat/findbar.h"
#include "ui/common/settingsdialog.h"
#include "ui/common/theme.h"
#include "ui/common/wheelguard.h"
#include "ui/uiresources.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

using namespace tiergate;

// The menus and the Settings dialog of the whole window: each action does what it says.
class TestAppMenus : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fixture;

    static void wheel(QWidget *w, int steps)
    {
        const QPointF pos(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    }

    qint64 conversationWithAnswer(const QString &question, const QString &answer)
    {
        ConversationStore &store = *m_fixture.conversations;
        const qint64 id = store.createConversation(question.left(20), QStringLiteral("demo"));
        store.appendUserMessage(id, question);
        const qint64 a = store.beginAssistantMessage(id);
        RouteResult result;
        result.status = RouteResult::Status::Ok;
        result.content = answer;
        result.modelUsed = QStringLiteral("sim-standard");
        store.finishAssistantMessage(a, result);
        store.flush();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        WheelGuard::install();
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.runtime->errors().join(u'\n')));
    }

    void cleanupTestCase() { m_fixture.runtime->shutdown(); }

    void settingsApplyAtOnceAndPersist()
    {
        const QString path = m_fixture.dir.filePath(QStringLiteral("settings-dialog.ini"));
        AppSettings settings(path);
        ConfigStore *config = m_fixture.runtime->config();
        auto window = m_fixture.composeWindow();
        window->setAppSettings(&settings, config);
        window->setPaths({ m_fixture.dir.path(), config->path(), path, QStringLiteral("/keys/here"), false });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QAction *open = window->action(QStringLiteral("actionSettings"));
        QVERIFY(open && open->isEnabled());
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        open->trigger();
        auto *dialog = window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Theme: live.
        QVERIFY(!Theme::isDark(QApplication::palette()));
        dialog->themeCombo()->setCurrentIndex(dialog->themeCombo()->findData(QStringLiteral("dark")));
        QTRY_VERIFY(Theme::isDark(QApplication::palette()));
        QVERIFY(window->action(QStringLiteral("actionTheme-dark"))->isChecked());
        // Language: from the next start, and the dialog says so.
        QVERIFY(dialog->languageNote()->text().isEmpty());
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("de")));
        QVERIFY(dialog->languageNote()->text().contains(QLatin1String("restarts")));
        // Default profile and its approval threshold (written to the configuration file).
        dialog->profileCombo()->setCurrentIndex(dialog->profileCombo()->findData(QStringLiteral("staging")));
        QVERIFY(dialog->approvalLabel()->text().contains(QLatin1String("staging")));
        dialog->approvalSpin()->setValue(0.5);
        QCOMPARE(config->snapshot()->profile(QStringLiteral("staging"))->budget.approvalThresholdMicros, 500'000);
        {
            ConfigStore reread(config->path());
            QVERIFY(reread.load());
            QCOMPARE(reread.snapshot()->profile(QStringLiteral("staging"))->budget.approvalThresholdMicros, 500'000);
        }
        dialog->notificationsCheck()->setChecked(false);
        dialog->gatewayPortSpin()->setValue(9191);
        // The data folder opens; the key storage is named with its folder.
        QCOMPARE(dialog->dataFolderEdit()->text(), m_fixture.dir.path());
        QString opened;
        dialog->setFolderOpener([&opened](const QString &folder) { opened = folder; });
        dialog->openDataFolderButton()->click();
        QCOMPARE(opened, m_fixture.dir.path());
        QVERIFY(dialog->keyStorageLabel()->text().contains(QLatin1String("0600")));
        QVERIFY(dialog->keyStorageLabel()->text().contains(QLatin1String("/keys/here")));
        QVERIFY(dialog->keyStorageLabel()->text().contains(QLatin1String("TIERGATE_NO_KEYCHAIN")));
        // The wheel over an unfocused field changes nothing here either.
        dialog->activateWindow();
        const int port = dialog->gatewayPortSpin()->value();
        const int profileIndex = dialog->profileCombo()->currentIndex();
        dialog->setFocus();
        wheel(dialog->gatewayPortSpin(), 3);
        wheel(dialog->profileCombo(), 1);
        QCOMPARE(dialog->gatewayPortSpin()->value(), port);
        QCOMPARE(dialog->profileCombo()->currentIndex(), profileIndex);
        QVERIFY(dialog->problemLabel()->isHidden());
        dialog->close();

        QVERIFY(settings.sync());
        AppSettings again(path);
        QCOMPARE(again.theme(), AppSettings::Theme::Dark);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.defaultProfile(), QStringLiteral("staging"));
        QVERIFY(!again.notificationsEnabled());
        QCOMPARE(again.gatewayPort(), quint16(9191));

        // The View menu switches back, live as well.
        window->action(QStringLiteral("actionTheme-light"))->trigger();
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
        QTRY_VERIFY(!Theme::isDark(QApplication::palette()));
    }

    void conversationExportAndImport()
    {
        auto window = m_fixture.composeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *chat = qobject_cast<ChatPanel *>(window->panelWidget(MainWindow::Panel::Chat));
        const qint64 id = conversationWithAnswer(QStringLiteral("What is a circuit breaker?"),
            QStringLiteral("It stops calls to a failing service for a while."));
        chat->setCurrentConversation(id);
        const QString file = m_fixture.dir.filePath(QStringLiteral("exported.json"));
        chat->exportButton()->setFileChooser([file](const QString &, ConversationExport::Format) { return file; });
        window->action(QStringLiteral("actionExportConversationJson"))->trigger();
        QVERIFY(QFile::exists(file));

        const int before = int(m_fixture.conversations->conversations().size());
        window->setOpenFileChooser([file](const QString &, const QString &) { return file; });
        window->showPanel(MainWindow::Panel::Costs);
        window->action(QStringLiteral("actionImportConversation"))->trigger();
        QCOMPARE(window->currentPanel(), MainWindow::Panel::Chat);
        QCOMPARE(int(m_fixture.conversations->conversations().size()), before + 1);
        QVERIFY(chat->currentConversationId() != id);
        const QList<StoredMessage> messages = m_fixture.conversations->messages(chat->currentConversationId());
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).content, QStringLiteral("It stops calls to a failing service for a while."));

        // New chat: a new, empty conversation in Chat.
        window->showPanel(MainWindow::Panel::Costs);
        window->action(QStringLiteral("actionNewChat"))->trigger();
        QCOMPARE(window->currentPanel(), MainWindow::Panel::Chat);
        QVERIFY(m_fixture.conversations->messages(chat->currentConversationId()).isEmpty());
    }

    void findAndCopy()
    {
        auto window = m_fixture.composeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *chat = qobject_cast<ChatPanel *>(window->panelWidget(MainWindow::Panel::Chat));
        const qint64 id = conversationWithAnswer(
            QStringLiteral("Tell me about backoff"), QStringLiteral("Exponential backoff doubles the wait."));
        chat->setCurrentConversation(id);
        QAction *find = window->action(QStringLiteral("actionFind"));
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        QVERIFY(chat->findBar()->isVisible());
        QTest::keyClicks(chat->findBar()->field(), QStringLiteral("backoff"));
        QCOMPARE(chat->findMatches().size(), 2); // the question and the answer
        QCOMPARE(chat->findBar()->matchLabel()->text(), QStringLiteral("1 of 2"));
        QTest::keyClick(chat->findBar()->field(), Qt::Key_Return);
        QCOMPARE(chat->currentFindMatch(), 1);
        QCOMPARE(chat->findBar()->matchLabel()->text(), QStringLiteral("2 of 2"));
        QTest::keyClick(chat->findBar()->field(), Qt::Key_Escape);
        QVERIFY(!chat->findBar()->isVisible());

        // Copy: the focused field's selection.
        chat->searchField()->setText(QStringLiteral("copy me"));
        chat->searchField()->setFocus();
        chat->searchField()->selectAll();
        QTRY_VERIFY(chat->searchField()->hasFocus());
        QApplication::clipboard()->clear();
        window->action(QStringLiteral("actionCopy"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copy me"));
    }

    void liteLlmImportAndProfileExport()
    {
        auto window = m_fixture.composeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setOpenFileChooser(
            [](const QString &, const QString &) { return test::dataFile(QStringLiteral("litellm-basic.yaml")); });
        window->action(QStringLiteral("actionImportLiteLlm"))->trigger();
        QCOMPARE(window->currentPanel(), MainWindow::Panel::Profiles);
        auto *editor = qobject_cast<ProfileEditor *>(window->panelWidget(MainWindow::Panel::Profiles));
        QStringList names;
        for (int i = 0; i < editor->profileList()->model()->rowCount(); ++i)
            names.append(editor->profileList()->model()->index(i, 0).data().toString());
        QVERIFY2(names.contains(QStringLiteral("litellm-basic")), qPrintable(names.join(u',')));
        QVERIFY(editor->hasUnsavedChanges());
        QVERIFY(window->action(QStringLiteral("actionExportProfile")));
    }

    // View: Chat's side columns collapse and come back.
    void sideColumnsCollapse()
    {
        auto window = m_fixture.composeWindow();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("chatSplitter"));
        QVERIFY(splitter);
        const int transcript = splitter->sizes().at(1);
        QVERIFY(splitter->sizes().at(0) > 0 && splitter->sizes().at(2) > 0);
        QAction *list = window->action(QStringLiteral("actionToggleConversations"));
        QAction *side = window->action(QStringLiteral("actionToggleRequestSettings"));
        list->setChecked(false);
        side->setChecked(false);
        QCOMPARE(splitter->sizes().at(0), 0);
        QCOMPARE(splitter->sizes().at(2), 0);
        QVERIFY(splitter->sizes().at(1) > transcript); // the transcript takes the width
        list->setChecked(true);
        QVERIFY(splitter->sizes().at(0) > 0);
        QCOMPARE(splitter->sizes().at(2), 0);
    }

    void helpMenu()
    {
        auto window = m_fixture.composeWindow();
        window->setPaths({ QStringLiteral("/data/folder"), QStringLiteral("/config/tiergate.json"),
            QStringLiteral("/config/settings.ini"), QStringLiteral("/data/folder/keys"), true });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->action(QStringLiteral("actionShortcuts"))->trigger();
        auto *shortcuts = window->findChild<QMessageBox *>(QStringLiteral("shortcutsBox"));
        QVERIFY(shortcuts);
        QVERIFY(shortcuts->text().contains(QLatin1String("Ctrl+F")));
        shortcuts->close();
        window->action(QStringLiteral("actionDocumentation"))->trigger();
        auto *docs = window->findChild<QTextBrowser *>(QStringLiteral("documentationText"));
        QVERIFY(docs);
        QVERIFY(docs->toPlainText().contains(QLatin1String("Quick start")));
        window->action(QStringLiteral("actionAbout"))->trigger();
        auto *about = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        for (const char *expected : { "/data/folder", "/config/tiergate.json", "/config/settings.ini", "Qt 6" })
            QVERIFY2(about->informativeText().contains(QLatin1String(expected)), expected);
        const QStringList menus { QStringLiteral("menuFile"), QStringLiteral("menuEdit"), QStringLiteral("menuView"),
            QStringLiteral("menuHelp") };
        for (const QString &name : menus)
            QVERIFY2(window->findChild<QMenu *>(name), qPrintable(name));
    }
};

QTEST_MAIN(TestAppMenus)
#include "tst_appmenus.moc"
