#include "ui/mainwindow.h"

#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/version.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/conversationexportbutton.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/alertbanner.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/settingsdialog.h"
#include "ui/costs/spendlabel.h"
#include "ui/profiles/connectproviderdialog.h"
#include "ui/profiles/profileeditor.h"
#include "ui/uiresources.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tiergate {

namespace {

constexpr MainWindow::Panel allPanels[] = {
    MainWindow::Panel::Chat,
    MainWindow::Panel::Compare,
    MainWindow::Panel::Profiles,
    MainWindow::Panel::LiveChart,
    MainWindow::Panel::Costs,
    MainWindow::Panel::Experiments,
};

QWidget *placeholder(const QString &title)
{
    auto *label = new QLabel(MainWindow::tr("%1 — not configured in this window").arg(title));
    label->setAlignment(Qt::AlignCenter);
    label->setObjectName(QStringLiteral("placeholder"));
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(applicationName());
    setWindowIcon(applicationIcon());
    m_tabs->setObjectName(QStringLiteral("panels"));
    m_tabs->setDocumentMode(true);
    for (Panel panel : allPanels) {
        QWidget *w = placeholder(panelTitle(panel));
        m_tabs->addTab(w, panelTitle(panel));
    }
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new AlertBanner(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const auto panel = static_cast<Panel>(index);
        if (m_panelsPending.contains(panel))
            QTimer::singleShot(0, this, [this, panel] {
                if (m_panelsPending.contains(panel))
                    restorePanelSplitters(panel);
            });
    });
    buildHeader();
    buildMenus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QString MainWindow::panelTitle(Panel panel)
{
    switch (panel) {
    case Panel::Chat:
        return tr("Chat");
    case Panel::Compare:
        return tr("Compare");
    case Panel::Profiles:
        return tr("Profiles");
    case Panel::LiveChart:
        return tr("Live chart");
    case Panel::Costs:
        return tr("Costs");
    case Panel::Experiments:
        return tr("Experiments");
    }
    return {};
}

void MainWindow::setPanelWidget(Panel panel, QWidget *widget)
{
    const int index = static_cast<int>(panel);
    QWidget *old = m_tabs->widget(index);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, widget, panelTitle(panel));
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    delete old;
}

QWidget *MainWindow::panelWidget(Panel panel) const
{
    return m_tabs->widget(static_cast<int>(panel));
}

void MainWindow::showPanel(Panel panel)
{
    m_tabs->setCurrentIndex(static_cast<int>(panel));
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return static_cast<Panel>(m_tabs->currentIndex());
}

void MainWindow::buildHeader()
{
    auto *bar = new QToolBar(tr("Routing"), this);
    bar->setObjectName(QStringLiteral("headerBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Profile:")));
    m_profilePicker = new QComboBox(bar);
    m_profilePicker->setObjectName(QStringLiteral("profilePicker"));
    m_profilePicker->setMinimumContentsLength(14);
    m_profilePicker->setToolTip(tr("Routing profile used by new requests"));
    bar->addWidget(m_profilePicker);
    bar->addSeparator();
    // Long provider names and URLs are elided (whole in the tooltip) so the header fits 1024 px.
    m_providerStatus = new ElidedLabel(bar, Qt::ElideMiddle);
    m_providerStatus->setText(tr("No provider"));
    m_providerStatus->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_providerStatus->setObjectName(QStringLiteral("providerStatus"));
    m_providerStatus->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_providerStatus);
    m_localServers = new QToolButton(bar);
    m_localServers->setObjectName(QStringLiteral("localServersButton"));
    m_localServers->setPopupMode(QToolButton::InstantPopup);
    m_localServers->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_localServers->setMenu(new QMenu(m_localServers));
    m_localServerAction = bar->addWidget(m_localServers);
    m_localServerAction->setVisible(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_spend = new SpendLabel(bar);
    m_spend->setObjectName(QStringLiteral("spendLabel"));
    m_spend->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_spend);
    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::setLocalServerOffers(const QList<LocalServer> &servers)
{
    m_localOffers = servers;
    QMenu *menu = m_localServers->menu();
    menu->clear();
    const auto modelCount = [](const LocalServer &server) {
        return server.models.size() == 1 ? tr("1 model") : tr("%1 models").arg(server.models.size());
    };
    for (const LocalServer &server : servers) {
        const QString where = server.candidate.baseUrl.toString(QUrl::RemovePath);
        QAction *add = menu->addAction(
            tr("Add %1 at %2 (%3) as a provider and profile").arg(server.candidate.name, where, modelCount(server)));
        add->setToolTip(server.models.join(QStringLiteral(", ")));
        connect(add, &QAction::triggered, this, [this, server] { Q_EMIT addLocalServerRequested(server); });
    }
    if (servers.size() == 1)
        m_localServers->setText(tr("Found %1 (%2)").arg(servers.first().candidate.name, modelCount(servers.first())));
    else
        m_localServers->setText(tr("Found %1 local servers").arg(servers.size()));
    m_localServers->setToolTip(tr("OpenAI-compatible servers answering on this machine; add one to route to it."));
    m_localServerAction->setVisible(!servers.isEmpty());
}

QString MainWindow::profileChangeText(const QString &name)
{
    return tr("Profile %1 now routes new conversations, Compare columns and the demo requests; an open "
              "conversation keeps its own profile (Chat shows it and offers to switch).")
        .arg(name);
}

void MainWindow::followActiveProfile(ConfigStore *config)
{
    connect(config, &ConfigStore::activeProfileChanged, this,
        [this](const QString &name) { showStatus(profileChangeText(name)); });
}

void MainWindow::setConnectServices(ConfigStore *config, Transport *transport, KeyResolver *keys)
{
    m_config = config;
    m_transport = transport;
    m_keys = keys;
}

void MainWindow::openConnectProvider()
{
    if (!m_config || !m_transport || !m_keys) {
        showStatus(tr("Connecting a provider is not available in this window."));
        return;
    }
    if (auto *open = findChild<ConnectProviderDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ConnectProviderDialog(m_config, m_transport, m_keys, m_localOffers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectProviderDialog::connected, this, [this](const QString &, const QString &summary) {
        showStatus(summary);
        showPanel(Panel::Chat);
    });
    dialog->open();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

QString MainWindow::panelId(Panel panel)
{
    switch (panel) {
    case Panel::Chat:
        return QStringLiteral("chat");
    case Panel::Compare:
        return QStringLiteral("compare");
    case Panel::Profiles:
        return QStringLiteral("profiles");
    case Panel::LiveChart:
        return QStringLiteral("chart");
    case Panel::Costs:
        return QStringLiteral("costs");
    case Panel::Experiments:
        return QStringLiteral("experiments");
    }
    return {};
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setAppSettings(AppSettings *settings, ConfigStore *config)
{
    m_settings = settings;
    if (config)
        m_config = config;
    if (QAction *settingsAction = action(QStringLiteral("actionSettings")))
        settingsAction->setEnabled(settings != nullptr);
    if (!settings)
        return;
    const auto checkTheme = [this](AppSettings::Theme theme) {
        for (QAction *a : m_themeActions)
            a->setChecked(a->data().toString() == AppSettings::themeName(theme));
    };
    checkTheme(settings->theme());
    connect(settings, &AppSettings::themeChanged, this, checkTheme);
    // A theme picked in Settings or the View menu applies at once.
    connect(settings, &AppSettings::themeChanged, this,
        [](AppSettings::Theme theme) { applyTheme(AppSettings::themeName(theme)); });
}

QList<QSplitter *> MainWindow::panelSplitters(Panel panel) const
{
    QWidget *w = panelWidget(panel);
    return w ? w->findChildren<QSplitter *>() : QList<QSplitter *>();
}

void MainWindow::restoreWindowState()
{
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    // Splitter sizes are only meaningful at the window's final size: once it is shown.
    if (isVisible())
        restoreSplitters();
    else
        m_splittersPending = true;
    for (Panel panel : allPanels) {
        if (panelId(panel) == m_settings->lastPanel())
            showPanel(panel);
    }
}

void MainWindow::restoreSplitters()
{
    m_splittersPending = false;
    if (!m_settings)
        return;
    // A panel gets its size only when it is the current tab: each is restored then.
    m_panelsPending.clear();
    for (Panel panel : allPanels) {
        if (panel == currentPanel())
            restorePanelSplitters(panel);
        else
            m_panelsPending.append(panel);
    }
}

void MainWindow::restorePanelSplitters(Panel panel)
{
    m_panelsPending.removeAll(panel);
    if (!m_settings)
        return;
    const QList<QSplitter *> splitters = panelSplitters(panel);
    for (int i = 0; i < splitters.size(); ++i) {
        const QByteArray saved = m_settings->splitterState(panelId(panel) + QLatin1Char('/') + QString::number(i));
        if (!saved.isEmpty())
            splitters[i]->restoreState(saved);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splittersPending)
        QTimer::singleShot(0, this, [this] {
            if (m_splittersPending)
                restoreSplitters();
        });
}

void MainWindow::saveWindowState()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    for (Panel panel : allPanels) {
        if (m_splittersPending || m_panelsPending.contains(panel))
            continue; // never shown since the start: what was saved still holds
        const QList<QSplitter *> splitters = panelSplitters(panel);
        for (int i = 0; i < splitters.size(); ++i)
            m_settings->setSplitterState(
                panelId(panel) + QLatin1Char('/') + QString::number(i), splitters[i]->saveState());
    }
    m_settings->setLastPanel(panelId(currentPanel()));
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    m_chooseFile = [this](const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, QString(), filter);
    };
    const auto add = [this](QMenu *menu, const QString &text, const char *name, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // A shortcut a panel handles itself (Ctrl+N, Ctrl+C in Chat): shown in the menu, bound to the
    // menu only, so it never competes with the panel's own.
    const auto shownOnly = [](QAction *a, const QKeySequence &keys) {
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    shownOnly(add(file, tr("&New chat"), "actionNewChat", &MainWindow::newChat), QKeySequence::New);
    add(file, tr("&Connect a provider…"), "actionConnectProvider", &MainWindow::openConnectProvider);
    file->addSeparator();
    add(file, tr("&Import conversation…"), "actionImportConversation", &MainWindow::importConversation);
    QMenu *exportMenu = file->addMenu(tr("&Export conversation"));
    exportMenu->setObjectName(QStringLiteral("menuExportConversation"));
    QAction *asMarkdown = exportMenu->addAction(tr("As &Markdown…"));
    asMarkdown->setObjectName(QStringLiteral("actionExportConversationMarkdown"));
    connect(
        asMarkdown, &QAction::triggered, this, [this] { exportConversation(ConversationExport::Format::Markdown); });
    QAction *asJson = exportMenu->addAction(tr("As &JSON (can be imported)…"));
    asJson->setObjectName(QStringLiteral("actionExportConversationJson"));
    connect(asJson, &QAction::triggered, this, [this] { exportConversation(ConversationExport::Format::Json); });
    file->addSeparator();
    add(file, tr("Import &LiteLLM config…"), "actionImportLiteLlm", &MainWindow::importLiteLlmConfig);
    add(file, tr("Export &profile…"), "actionExportProfile", &MainWindow::exportProfile);
    file->addSeparator();
    QAction *settings = add(file, tr("&Settings…"), "actionSettings", &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setEnabled(false); // until setAppSettings()
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    shownOnly(add(edit, tr("&Copy"), "actionCopy", &MainWindow::copy), QKeySequence::Copy);
    QAction *findAction = add(edit, tr("&Find in conversation…"), "actionFind", &MainWindow::find);
    findAction->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    int n = 1;
    for (Panel panel : allPanels) {
        QAction *a = view->addAction(panelTitle(panel), this, [this, panel] { showPanel(panel); });
        a->setObjectName(QStringLiteral("actionPanel-") + panelId(panel));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        ++n;
    }
    view->addSeparator();
    // Chat's side columns: the conversation list and the request settings collapse to give the
    // transcript the width of a small screen.
    const auto sideToggle = [this, view](const QString &text, const char *name, bool left) {
        QAction *a = view->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, left](bool on) {
            auto *splitter = findChild<QSplitter *>(QStringLiteral("chatSplitter"));
            if (!splitter || splitter->count() < 3)
                return;
            QList<int> sizes = splitter->sizes();
            const int index = left ? 0 : 2;
            QWidget *side = splitter->widget(index);
            if (on == (sizes[index] > 0))
                return;
            const int width = on ? std::max(side->sizeHint().width(), side->minimumSizeHint().width()) : 0;
            sizes[1] = std::max(0, sizes[1] + sizes[index] - width);
            sizes[index] = width;
            splitter->setSizes(sizes);
            if (on)
                showPanel(Panel::Chat);
        });
        return a;
    };
    QAction *listToggle = sideToggle(tr("Conversation &list"), "actionToggleConversations", true);
    QAction *settingsToggle = sideToggle(tr("&Request settings"), "actionToggleRequestSettings", false);
    connect(view, &QMenu::aboutToShow, this, [this, listToggle, settingsToggle] {
        auto *splitter = findChild<QSplitter *>(QStringLiteral("chatSplitter"));
        listToggle->setEnabled(splitter);
        settingsToggle->setEnabled(splitter);
        if (!splitter || splitter->count() < 3)
            return;
        const QSignalBlocker b1(listToggle);
        const QSignalBlocker b2(settingsToggle);
        listToggle->setChecked(splitter->sizes().value(0) > 0);
        settingsToggle->setChecked(splitter->sizes().value(2) > 0);
    });
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    auto *themes = new QActionGroup(theme);
    const std::pair<AppSettings::Theme, QString> themeItems[] = {
        { AppSettings::Theme::System, tr("Follow the &system") },
        { AppSettings::Theme::Light, tr("&Light") },
        { AppSettings::Theme::Dark, tr("&Dark") },
    };
    int t = 0;
    for (const auto &[value, text] : themeItems) {
        QAction *a = theme->addAction(text);
        a->setObjectName(QStringLiteral("actionTheme-") + AppSettings::themeName(value));
        a->setCheckable(true);
        a->setData(AppSettings::themeName(value));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, value] {
            if (m_settings)
                m_settings->setTheme(value);
        });
        m_themeActions[t++] = a;
    }
    m_themeActions[0]->setChecked(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *keys = add(help, tr("&Keyboard shortcuts"), "actionShortcuts", &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *docs = add(help, tr("&Documentation"), "actionDocumentation", &MainWindow::showDocumentation);
    docs->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Tiergate"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDataFolder(m_paths.dataDir);
    dialog->setKeyStorage(m_paths.keychainEnabled, m_paths.keyStore);
    dialog->open();
}

void MainWindow::newChat()
{
    if (auto *chat = qobject_cast<ChatPanel *>(panelWidget(Panel::Chat))) {
        showPanel(Panel::Chat);
        chat->newConversation();
        chat->composer()->setFocus();
    }
}

void MainWindow::importConversation()
{
    auto *chat = qobject_cast<ChatPanel *>(panelWidget(Panel::Chat));
    if (!chat)
        return;
    const QString path = m_chooseFile(tr("Import conversation"), tr("Exported conversations (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    showPanel(Panel::Chat);
    if (chat->importConversation(path, &error))
        showStatus(tr("Imported %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(this, tr("Import conversation"), error);
}

void MainWindow::exportConversation(ConversationExport::Format format)
{
    auto *chat = qobject_cast<ChatPanel *>(panelWidget(Panel::Chat));
    if (!chat)
        return;
    showPanel(Panel::Chat);
    if (chat->currentConversationId() <= 0) {
        showStatus(tr("Open a conversation to export it."));
        return;
    }
    // The panel's own export: asks where to save, then writes.
    ConversationExportButton *button = chat->exportButton();
    (format == ConversationExport::Format::Markdown ? button->markdownAction() : button->jsonAction())->trigger();
}

void MainWindow::importLiteLlmConfig()
{
    auto *editor = qobject_cast<ProfileEditor *>(panelWidget(Panel::Profiles));
    if (!editor)
        return;
    const QString path = m_chooseFile(tr("Import LiteLLM config"), tr("LiteLLM config (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    showPanel(Panel::Profiles);
    QString report;
    if (!editor->importLiteLlm(path, &report)) {
        QMessageBox::warning(this, tr("Import LiteLLM config"), report);
        return;
    }
    showStatus(report.isEmpty() ? tr("Imported %1; review it and press Save.").arg(QFileInfo(path).fileName())
                                : tr("Imported %1 with warnings (see the Problems tab); review it and press Save.")
                                      .arg(QFileInfo(path).fileName()));
}

void MainWindow::exportProfile()
{
    if (auto *editor = qobject_cast<ProfileEditor *>(panelWidget(Panel::Profiles))) {
        showPanel(Panel::Profiles);
        editor->exportProfileInteractive();
    }
}

void MainWindow::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    if (auto *transcript = qobject_cast<TranscriptView *>(focus)) {
        transcript->copySelectionOrMessage();
        return;
    }
    // Line edits, text edits and text browsers all have a copy() slot.
    QMetaObject::invokeMethod(focus, "copy");
}

void MainWindow::find()
{
    if (auto *chat = qobject_cast<ChatPanel *>(panelWidget(Panel::Chat))) {
        showPanel(Panel::Chat);
        chat->showFind();
    }
}

void MainWindow::showShortcuts()
{
    const std::pair<QString, QString> rows[] = {
        { tr("Ctrl+1 … Ctrl+6"), tr("Show Chat, Compare, Profiles, Live chart, Costs, Experiments") },
        { tr("Ctrl+N"), tr("New conversation (Chat)") },
        { tr("Ctrl+Enter"), tr("Send (Chat), run (Compare)") },
        { tr("Esc"), tr("Stop the answer") },
        { tr("Up"), tr("Edit the last message (empty composer)") },
        { tr("Ctrl+K"), tr("Pick the model") },
        { tr("Ctrl+C"), tr("Copy the selected message or text") },
        { tr("Ctrl+F"), tr("Find in the conversation; Enter / Shift+Enter: next / previous") },
        { tr("F2"), tr("Rename the conversation") },
        { tr("Ctrl+,"), tr("Settings") },
        { tr("Ctrl+Q"), tr("Quit") },
    };
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    for (const auto &[keys, what] : rows)
        html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Keyboard shortcuts"));
    box->setTextFormat(Qt::RichText);
    box->setText(html);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::showDocumentation()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("documentationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tiergate documentation"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("documentationText"));
    browser->setOpenExternalLinks(true);
    QFile readme(QStringLiteral(":/tiergate/doc/README.md"));
    browser->setMarkdown(readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll()) : QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(std::min(900, width() - 40), std::min(700, height() - 40));
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Tiergate"));
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setText(QStringLiteral("<h3>%1 %2</h3>").arg(applicationName(), version()));
    QString info = tr("A workbench and gateway for OpenAI-compatible LLM APIs: tiers, profiles, retries, fallback "
                      "chains, circuit breakers and budgets, with the cost of every request.");
    info += QStringLiteral("<br><br>")
        + tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const std::pair<QString, QString> paths[] = {
        { tr("Data folder"), m_paths.dataDir },
        { tr("Configuration"), m_paths.configFile },
        { tr("Settings"), m_paths.settingsFile },
        { tr("Key files"), m_paths.keyStore },
    };
    for (const auto &[label, path] : paths) {
        if (!path.isEmpty())
            info += QStringLiteral("<br>%1: <tt>%2</tt>").arg(label.toHtmlEscaped(), path.toHtmlEscaped());
    }
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(info);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace tiergate
