#include "core/chat/answerversions.h"
#include "core/chat/chatparameters.h"
#include "core/routing/routeresult.h"

#include <QJsonArray>
#include <QTest>

using namespace tiergate;

namespace {

StoredMessage answer(const QString &text, const QString &model, qint64 cost)
{
    StoredMessage m;
    m.id = 9;
    m.role = StoredMessage::Role::Assistant;
    m.content = text;
    m.modelUsed = model;
    m.providerId = QStringLiteral("simulator");
    m.latencyMs = 400;
    m.ttftMs = 90;
    m.promptTokens = 30;
    m.completionTokens = 12;
    m.costMicros = cost;
    Attempt failed;
    failed.index = 0;
    failed.model = QStringLiteral("sim-flaky");
    failed.providerId = QStringLiteral("simulator");
    failed.outcome = Attempt::Outcome::Failed;
    failed.error.kind = RouteError::Kind::Retryable;
    failed.error.httpStatus = 503;
    failed.error.message = QStringLiteral("busy");
    failed.latencyMs = 20;
    Attempt ok;
    ok.index = 1;
    ok.model = model;
    ok.providerId = QStringLiteral("simulator");
    ok.outcome = Attempt::Outcome::Success;
    ok.latencyMs = 380;
    ok.ttftMs = 90;
    ok.waitBeforeMs = 10;
    ok.costMicros = cost;
    m.attempts = StoredMessage::attemptsToJson({ failed, ok });
    m.fallbackUsed = true;
    return m;
}

} // namespace

class TestAnswerVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryVersionAndWhichIsShown()
    {
        AnswerVersions v;
        QCOMPARE(v.current(5), -1);
        v.append(5, AnswerVersion::fromMessage(answer(QStringLiteral("first"), QStringLiteral("sim-budget"), 100)));
        v.append(5, AnswerVersion::fromMessage(answer(QStringLiteral("second"), QStringLiteral("sim-premium"), 900)));
        QCOMPARE(v.count(5), 2);
        QCOMPARE(v.current(5), 1);
        QVERIFY(v.setCurrent(5, 0));
        QVERIFY(!v.setCurrent(5, 2));
        QVERIFY(!v.setCurrent(6, 0));
        QCOMPARE(v.current(5), 0);
        QCOMPARE(v.versions(5).at(1).costMicros, 900);
        QCOMPARE(v.versions(5).at(1).modelUsed, QStringLiteral("sim-premium"));
    }

    void livesInTheConversationParameters()
    {
        AnswerVersions v;
        v.append(5, AnswerVersion::fromMessage(answer(QStringLiteral("first"), QStringLiteral("sim-budget"), 100)));
        v.append(5, AnswerVersion::fromMessage(answer(QStringLiteral("second"), QStringLiteral("sim-premium"), 900)));
        v.append(8, AnswerVersion::fromMessage(answer(QStringLiteral("other"), QStringLiteral("sim-budget"), 50)));
        QVERIFY(v.setCurrent(5, 0));
        ChatParameters p;
        p.temperature = 0.3;
        v.storeIn(&p);
        // Through the stored JSON object and back, next to the sampling parameters.
        const ChatParameters back = ChatParameters::fromJson(p.toJson());
        QCOMPARE(back, p);
        QCOMPARE(back.temperature, std::optional<double>(0.3));
        const AnswerVersions read = AnswerVersions::fromParameters(back);
        QCOMPARE(read, v);
        QCOMPARE(read.current(5), 0);
        QCOMPARE(read.count(8), 1);
        AnswerVersions none;
        none.storeIn(&p);
        QVERIFY(!p.toJson().contains(QLatin1String(AnswerVersions::kParameterKey)));
    }

    void versionBecomesTheMessageAgain()
    {
        const StoredMessage m = answer(QStringLiteral("text"), QStringLiteral("sim-budget"), 123);
        const RouteResult r = AnswerVersion::fromMessage(m).toResult();
        QCOMPARE(r.status, RouteResult::Status::Ok);
        QCOMPARE(r.content, m.content);
        QCOMPARE(r.modelUsed, m.modelUsed);
        QCOMPARE(r.costMicros, 123);
        QCOMPARE(r.usage.promptTokens, 30);
        QCOMPARE(r.latencyMs, 400);
        QVERIFY(r.fallbackUsed);
        QCOMPARE(StoredMessage::attemptsToJson(r.attempts), m.attempts);
        StoredMessage cut = m;
        cut.state = StoredMessage::State::Cut;
        cut.error = QStringLiteral("The stream was cut.");
        const RouteResult c = AnswerVersion::fromMessage(cut).toResult();
        QCOMPARE(c.status, RouteResult::Status::Cut);
        QCOMPARE(c.error.message, cut.error);
    }
};

QTEST_GUILESS_MAIN(TestAnswerVersions)
#include "tst_answerversions.moc"
