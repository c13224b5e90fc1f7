#include "core/config/tiergateconfig.h"
#include "core/gateway/gatewayserver.h"
#include "core/routing/router.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/gateway/gatewaywidget.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace tiergate;

/// The header's Gateway switch: starts the server over the app's Router, shows its URL and
/// snippets, copies them, stops again.
class TestGatewayWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchServesThroughTheAppsRouter();
    void busyPortFallsBackToAFreeOne();

private:
    Simulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    Transport *m_transport = nullptr;
    Router *m_router = nullptr;
    std::shared_ptr<const TiergateConfig> m_snapshot;
};

void TestGatewayWidget::initTestCase()
{
    test::initTestEnvironment();
    m_sim = new Simulator(this);
    SimModelSpec spec;
    spec.id = QStringLiteral("sim-a");
    spec.firstTokenLatencyMs = 0;
    spec.tokensPerSecond = 0;
    spec.answerTokens = 8;
    m_sim->setModels({ spec });
    QVERIFY(m_sim->start());
    auto config = std::make_shared<TiergateConfig>();
    ProviderConfig provider;
    provider.id = QStringLiteral("sim");
    provider.kind = QStringLiteral("simulator");
    provider.baseUrl = m_sim->baseUrl();
    config->providers = { provider };
    ModelConfig model;
    model.id = spec.id;
    model.providerId = provider.id;
    config->models = { model };
    TierConfig tier;
    tier.name = QStringLiteral("t");
    tier.defaultModel = spec.id;
    config->tiers = { tier };
    ProfileConfig profile;
    profile.name = QStringLiteral("local");
    profile.tier = tier.name;
    config->profiles = { profile };
    config->defaultProfile = profile.name;
    m_snapshot = config;
    m_nam = new QNetworkAccessManager(this);
    m_transport = new Transport(m_nam, this);
    m_router = new Router(
        m_transport, [this] { return m_snapshot; }, nullptr, {}, this);
}

void TestGatewayWidget::switchServesThroughTheAppsRouter()
{
    GatewayWidget widget(m_router);
    widget.setPreferredPort(0);
    widget.show();
    QSignalSpy running(&widget, &GatewayWidget::runningChanged);
    QVERIFY(!widget.urlButton()->isVisible());
    QTest::mouseClick(widget.switchButton(), Qt::LeftButton);
    QCOMPARE(running.size(), 1);
    QVERIFY(widget.isRunning());
    QVERIFY(widget.urlButton()->isVisible());
    const QUrl base = widget.server()->baseUrl();
    QCOMPARE(widget.urlButton()->text(), base.toString());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    // Requests through the switch go through the app's Router (what the ledger and chart follow).
    QSignalSpy routed(m_router, &Router::requestFinished);
    QNetworkRequest req(QUrl(base.toString() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(
        req, QByteArrayLiteral(R"({"model":"profile/local","messages":[{"role":"user","content":"hi"}]})"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("model")).toString(),
        QStringLiteral("sim-a"));
    reply->deleteLater();
    QTRY_COMPARE(routed.size(), 1);

    // Snippets: curl, Python, JavaScript, environment, all naming this URL; Copy fills the clipboard.
    const QStringList texts = widget.snippetTexts();
    QCOMPARE(texts.size(), 4);
    for (const QString &t : texts)
        QVERIFY2(t.contains(base.toString()), qPrintable(t));
    QVERIFY(texts.at(0).startsWith(QLatin1String("curl ")));
    QVERIFY(texts.at(1).contains(QLatin1String("from openai import OpenAI")));
    QVERIFY(texts.at(2).contains(QLatin1String("import OpenAI from 'openai'")));
    QVERIFY(texts.at(3).contains(QLatin1String("OPENAI_BASE_URL=")));
    auto *copy = widget.findChild<QPushButton *>(QStringLiteral("copy-env"));
    QVERIFY(copy);
    QSignalSpy copied(&widget, &GatewayWidget::copied);
    copy->click();
    QCOMPARE(copied.size(), 1);
    QCOMPARE(QApplication::clipboard()->text(), texts.at(3));

    QTest::mouseClick(widget.switchButton(), Qt::LeftButton);
    QVERIFY(!widget.isRunning());
    QCOMPARE(running.size(), 2);
    QVERIFY(!widget.urlButton()->isVisible());
}

void TestGatewayWidget::busyPortFallsBackToAFreeOne()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    GatewayWidget widget(m_router);
    widget.setPreferredPort(busy.serverPort());
    widget.setRunning(true);
    QVERIFY(widget.isRunning());
    QVERIFY(widget.switchButton()->isChecked());
    QVERIFY(widget.server()->port() != busy.serverPort());
    widget.setRunning(false);
    QVERIFY(!widget.switchButton()->isChecked());
}

QTEST_MAIN(TestGatewayWidget)
#include "tst_gatewaywidget.moc"
