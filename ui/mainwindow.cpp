#include "ui/mainwindow.h"

#include "core/config/configstore.h"
#include "core/version.h"
#include "ui/common/alertbanner.h"
#include "ui/costs/spendlabel.h"
#include "ui/profiles/connectproviderdialog.h"
#include "ui/uiresources.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
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
    m_providerStatus = new QLabel(tr("No provider"), bar);
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

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (Panel panel : allPanels) {
        QAction *a = view->addAction(panelTitle(panel), this, [this, panel] { showPanel(panel); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        ++n;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tiergate"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Tiergate"));
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setText(QStringLiteral("<h3>%1 %2</h3>").arg(applicationName(), version()));
    box->setInformativeText(
        tr("A workbench and gateway for OpenAI-compatible LLM APIs: tiers, profiles, retries, fallback chains, "
           "circuit breakers and budgets, with the cost of every request."));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace tiergate
