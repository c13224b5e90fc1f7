// A stream that breaks while the model is still reasoning: once reasoning reached the caller the
// attempt is the answer (cut), never silently replaced by another model's.

#include "core/config/configstore.h"
#include "core/contract/chatrequest.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "core/sim/simfault.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestReasoningCut : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        Simulator sim;
        std::unique_ptr<ConfigStore> config;
        QNetworkAccessManager network;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<Router> router;
    };

    std::unique_ptr<Fixture> makeFixture()
    {
        auto f = std::make_unique<Fixture>();
        QList<SimModelSpec> models = SimModelSpec::defaults();
        for (SimModelSpec &m : models) {
            m.reasoningField = QStringLiteral("reasoning_content");
            m.reasoningTokens = 40;
            m.tokensPerSecond = 400;
            m.failureRate = 0;
        }
        f->sim.setModels(models);
        if (!f->sim.start())
            return nullptr;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(++m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        return f;
    }

    /// Sends a streamed prompt pinned to sim-standard (the demo profile falls back to sim-budget).
    static RouteResult route(Fixture *f, QStringList *reasoningPieces)
    {
        ChatRequest request;
        request.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("Think, then answer.")));
        request.stream = true;
        RouteOptions options;
        options.requestedModel = QStringLiteral("sim-standard");
        options.pinModel = true;
        RouteReply *reply = f->router->send(request, options);
        QObject::connect(reply, &RouteReply::reasoningDelta, reply,
            [reasoningPieces](const QString &piece) { reasoningPieces->append(piece); });
        QSignalSpy finished(reply, &RouteReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return RouteResult();
        const RouteResult r = reply->result();
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void cutDuringReasoningIsKeptNotFallenBack()
    {
        auto f = makeFixture();
        QVERIFY(f);
        SimFault reset = SimFault::resetMidStream(6);
        reset.model = QStringLiteral("sim-standard");
        f->sim.addFault(reset);
        QStringList pieces;
        const RouteResult r = route(f.get(), &pieces);
        QVERIFY(!pieces.isEmpty());
        QCOMPARE(r.status, RouteResult::Status::Cut);
        QCOMPARE(r.error.kind, RouteError::Kind::StreamCut);
        QCOMPARE(r.modelUsed, QStringLiteral("sim-standard"));
        QCOMPARE(r.attempts.size(), 1);
        QCOMPARE(r.attempts.first().outcome, Attempt::Outcome::Cut);
        QVERIFY(!r.fallbackUsed);
        QCOMPARE(f->sim.requestCount(QStringLiteral("sim-budget")), 0);
        QCOMPARE(f->sim.requestCount(QStringLiteral("sim-standard")), 1);
        QVERIFY(r.content.isEmpty());
        QCOMPARE(r.reasoning, pieces.join(QString()));
        // What arrived is billed, marked as estimated when the stream carried no usage.
        QVERIFY(r.usage.completionTokens > 0);
        QVERIFY(r.costMicros > 0);
    }

    void failureBeforeAnyReasoningStillFallsBack()
    {
        auto f = makeFixture();
        QVERIFY(f);
        SimFault reset = SimFault::resetMidStream(0);
        reset.model = QStringLiteral("sim-standard");
        f->sim.addFault(reset);
        QStringList pieces;
        const RouteResult r = route(f.get(), &pieces);
        QCOMPARE(r.status, RouteResult::Status::Ok);
        QCOMPARE(r.modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(r.fallbackUsed);
        QVERIFY(!r.reasoning.isEmpty());
        QVERIFY(!r.content.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReasoningCut)
#include "tst_reasoningcut.moc"
