#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace tiergate {

class GatewayServer;
class Router;

/// The header's "Gateway" switch: starts and stops an OpenAI-compatible GatewayServer on
/// 127.0.0.1 over the app's Router (so its requests reach the ledger, the chart and Costs like the
/// app's own), shows the URL and a popup with copyable client snippets. Runs without keys,
/// loopback only. The Router must outlive the widget.
class GatewayWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GatewayWidget(Router *router, QWidget *parent = nullptr);
    ~GatewayWidget() override;

    /// Port tried first when switched on (default 8080); a busy port falls back to a free one.
    void setPreferredPort(quint16 port) { m_preferredPort = port; }
    bool isRunning() const;
    GatewayServer *server() const { return m_server; }
    QToolButton *switchButton() const { return m_switch; }
    QToolButton *urlButton() const { return m_url; }
    /// The snippets' texts, in the popup's order (curl, Python, JavaScript, environment).
    QStringList snippetTexts() const;

    void setRunning(bool on);

Q_SIGNALS:
    void runningChanged(bool running);
    void copied(const QString &snippetId);

private:
    void rebuildSnippets();

    Router *m_router;
    GatewayServer *m_server = nullptr;
    QToolButton *m_switch;
    QToolButton *m_url;
    QWidget *m_popup;
    QTabWidget *m_snippets;
    quint16 m_preferredPort = 8080;
};

} // namespace tiergate
