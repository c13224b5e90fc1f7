#include "ui/gateway/gatewaywidget.h"

#include "core/config/tiergateconfig.h"
#include "core/gateway/gatewayserver.h"
#include "core/gateway/gatewaysnippets.h"
#include "core/routing/router.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace tiergate {

GatewayWidget::GatewayWidget(Router *router, QWidget *parent)
    : QWidget(parent)
    , m_router(router)
    , m_switch(new QToolButton(this))
    , m_url(new QToolButton(this))
    , m_popup(new QWidget)
    , m_snippets(new QTabWidget(m_popup))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_switch->setObjectName(QStringLiteral("gatewaySwitch"));
    m_switch->setText(tr("Gateway"));
    m_switch->setCheckable(true);
    m_switch->setToolTip(tr("Serve an OpenAI-compatible endpoint on 127.0.0.1 through the active profile"));
    layout->addWidget(m_switch);
    m_url->setObjectName(QStringLiteral("gatewayUrl"));
    m_url->setPopupMode(QToolButton::InstantPopup);
    m_url->setToolTip(tr("How to call the gateway"));
    m_url->setVisible(false);
    layout->addWidget(m_url);

    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->addWidget(m_snippets);
    auto *menu = new QMenu(m_url);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_popup);
    menu->addAction(action);
    m_url->setMenu(menu);

    connect(m_switch, &QToolButton::toggled, this, &GatewayWidget::setRunning);
}

GatewayWidget::~GatewayWidget() = default;

bool GatewayWidget::isRunning() const
{
    return m_server && m_server->isListening();
}

void GatewayWidget::setRunning(bool on)
{
    if (on == isRunning()) {
        m_switch->setChecked(on);
        return;
    }
    if (!on) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
        m_url->setVisible(false);
        m_switch->setChecked(false);
        Q_EMIT runningChanged(false);
        return;
    }
    GatewayOptions options;
    options.address = QHostAddress::LocalHost;
    options.requireKeys = false; // loopback only: the app's own user
    options.port = m_preferredPort;
    auto *server = new GatewayServer(m_router, nullptr, options, this);
    if (!server->listen()) {
        delete server;
        options.port = 0;
        server = new GatewayServer(m_router, nullptr, options, this);
        if (!server->listen()) {
            m_switch->setToolTip(tr("The gateway could not start: %1").arg(server->errorString()));
            delete server;
            m_switch->setChecked(false);
            return;
        }
    }
    // The app's Router already records every finished request (ledger, chart, Costs).
    m_server = server;
    m_url->setText(server->baseUrl().toString());
    m_url->setVisible(true);
    rebuildSnippets();
    m_switch->setChecked(true);
    Q_EMIT runningChanged(true);
}

QStringList GatewayWidget::snippetTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_snippets->count(); ++i) {
        if (auto *edit = m_snippets->widget(i)->findChild<QPlainTextEdit *>())
            texts.append(edit->toPlainText());
    }
    return texts;
}

void GatewayWidget::rebuildSnippets()
{
    while (m_snippets->count() > 0) {
        QWidget *page = m_snippets->widget(0);
        m_snippets->removeTab(0);
        delete page;
    }
    QString model;
    if (const auto config = m_router->snapshot()) {
        const QString profile = m_router->activeProfile(*config);
        model = profile.isEmpty() ? QString() : QStringLiteral("profile/") + profile;
    }
    const QList<GatewaySnippet> snippets = GatewaySnippet::forGateway(m_server->baseUrl(), model);
    for (const GatewaySnippet &s : snippets) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *edit = new QPlainTextEdit(s.text, page);
        edit->setObjectName(QStringLiteral("snippet-") + s.id);
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setMinimumSize(520, 150);
        layout->addWidget(edit);
        auto *copy = new QPushButton(tr("Copy"), page);
        copy->setObjectName(QStringLiteral("copy-") + s.id);
        connect(copy, &QPushButton::clicked, this, [this, text = s.text, id = s.id] {
            QApplication::clipboard()->setText(text);
            Q_EMIT copied(id);
        });
        layout->addWidget(copy, 0, Qt::AlignRight);
        m_snippets->addTab(page, s.title);
    }
}

} // namespace tiergate
