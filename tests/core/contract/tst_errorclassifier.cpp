#include "core/contract/errorclassifier.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("network");
        QTest::addColumn<RouteError::Kind>("kind");
        QTest::addColumn<RouteError::Cause>("cause");
        using K = RouteError::Kind;
        using C = RouteError::Cause;
        const int none = QNetworkReply::NoError;
        const QByteArray generic = R"({"error":{"message":"boom","type":"server_error","code":null}})";
        for (int s : { 408, 409, 425, 429, 500, 502, 503, 504, 529 })
            QTest::addRow("http %d", s) << s << generic << none << K::Retryable << C::HttpStatus;
        for (int s : { 401, 403 })
            QTest::addRow("http %d", s) << s << generic << int(QNetworkReply::AuthenticationRequiredError) << K::Auth
                                        << C::HttpStatus;
        for (int s : { 400, 404, 422, 405, 413, 501 })
            QTest::addRow("http %d", s) << s << generic << none << K::BadRequest << C::HttpStatus;
        QTest::newRow("context code") << 400
                                      << QByteArray(R"({"error":{"message":"x","code":"context_length_exceeded"}})")
                                      << none << K::ContextOverflow << C::ContextWindow;
        QTest::newRow("context message openai")
            << 400 << QByteArray(R"({"error":{"message":"This model maximum context length is 8192 tokens."}})") << none
            << K::ContextOverflow << C::ContextWindow;
        QTest::newRow("context message anthropic-like")
            << 400 << QByteArray(R"({"error":{"message":"prompt is too long: 210000 tokens > 200000 maximum"}})")
            << none << K::ContextOverflow << C::ContextWindow;
        QTest::newRow("context 413") << 413 << QByteArray(R"({"error":{"message":"Too many tokens in request"}})")
                                     << none << K::ContextOverflow << C::ContextWindow;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << none << K::Retryable
                                  << C::HttpStatus;
        QTest::newRow("refused") << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError) << K::Retryable
                                 << C::ConnectRefused;
        QTest::newRow("reset") << 0 << QByteArray() << int(QNetworkReply::RemoteHostClosedError) << K::Retryable
                               << C::ConnectionReset;
        QTest::newRow("timeout") << 0 << QByteArray() << int(QNetworkReply::TimeoutError) << K::Retryable
                                 << C::ConnectTimeout;
        QTest::newRow("dns") << 0 << QByteArray() << int(QNetworkReply::HostNotFoundError) << K::Retryable
                             << C::Network;
        QTest::newRow("tls") << 0 << QByteArray() << int(QNetworkReply::SslHandshakeFailedError) << K::Retryable
                             << C::Network;
        QTest::newRow("cancelled") << 0 << QByteArray() << int(QNetworkReply::OperationCanceledError) << K::Cancelled
                                   << C::UserCancelled;
        QTest::newRow("ok") << 200 << QByteArray("{}") << none << K::None << C::None;
        QTest::newRow("status wins over network code")
            << 503 << generic << int(QNetworkReply::ServiceUnavailableError) << K::Retryable << C::HttpStatus;
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, network);
        QFETCH(RouteError::Kind, kind);
        QFETCH(RouteError::Cause, cause);
        const RouteError e = ErrorClassifier::classify(status, body, QNetworkReply::NetworkError(network));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.cause, cause);
        QCOMPARE(e.httpStatus, status >= 400 ? status : 0);
        if (kind != RouteError::Kind::None)
            QVERIFY(!e.message.isEmpty());
    }

    void providerFieldsKept()
    {
        const RouteError e = ErrorClassifier::classify(400,
            R"({"error":{"message":"bad param","type":"invalid_request_error","code":"invalid_value","param":"temperature"}})",
            QNetworkReply::ProtocolInvalidOperationError);
        QCOMPARE(e.message, QStringLiteral("bad param"));
        QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(e.code, QStringLiteral("invalid_value"));
        QCOMPARE(e.param, QStringLiteral("temperature"));
    }

    void otherErrorShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("status failure") << QByteArray(R"({"status":"failure","message":"quota used up"})")
                                        << QStringLiteral("The server answered HTTP 400: quota used up");
        QTest::newRow("detail string") << QByteArray(R"({"detail":"Model not loaded"})")
                                       << QStringLiteral("The server answered HTTP 400: Model not loaded");
        QTest::newRow("detail list") << QByteArray(
            R"({"detail":[{"loc":["body","model"],"msg":"field required","type":"missing"}]})")
                                     << QStringLiteral("The server answered HTTP 400: field required");
        QTest::newRow("message") << QByteArray(R"({"message":"Bad temperature"})")
                                 << QStringLiteral("The server answered HTTP 400: Bad temperature");
        QTest::newRow("error string") << QByteArray(R"({"error":"model busy"})") << QStringLiteral("model busy");
        QTest::newRow("plain text") << QByteArray("upstream says no\n")
                                    << QStringLiteral("The server answered HTTP 400: upstream says no");
        QTest::newRow("html") << QByteArray("<html><body>Bad</body></html>")
                              << QStringLiteral("The server answered HTTP 400.");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe", 4) << QStringLiteral("The server answered HTTP 400.");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The server answered HTTP 400.");
    }

    void otherErrorShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const RouteError e = ErrorClassifier::classify(400, body, QNetworkReply::ProtocolInvalidOperationError);
        QCOMPARE(e.kind, RouteError::Kind::BadRequest);
        QCOMPARE(e.message, message);
    }

    void otherShapeContextOverflow()
    {
        const RouteError e = ErrorClassifier::classify(
            400, R"({"detail":"prompt is too long for this model"})", QNetworkReply::ProtocolInvalidOperationError);
        QCOMPARE(e.kind, RouteError::Kind::ContextOverflow);
    }

    void redaction()
    {
        ErrorClassifier::rememberSecret("my-own-secret-value-1234");
        QCOMPARE(ErrorClassifier::redact(QStringLiteral("echo my-own-secret-value-1234 back")),
            QStringLiteral("echo [redacted] back"));
        QCOMPARE(ErrorClassifier::redact(QStringLiteral("Authorization: Bearer abcdef123456 was refused")),
            QStringLiteral("Authorization: Bearer [redacted] was refused"));
        // Written in two pieces so the source holds nothing shaped like a real key.
        QCOMPARE(
            ErrorClassifier::redact(QStringLiteral("key sk-") + QStringLiteral("proj-AbCdEf0123456789xyz is invalid")),
            QStringLiteral("key [redacted] is invalid"));
        QCOMPARE(ErrorClassifier::redact(QStringLiteral("gsk_0123456789abcdefghij and hf_abcdefghijklmnop")),
            QStringLiteral("[redacted] and [redacted]"));
        // Ordinary words stay.
        QCOMPARE(ErrorClassifier::redact(QStringLiteral("ask-me later; the task-runner failed")),
            QStringLiteral("ask-me later; the task-runner failed"));
        // Short values are not remembered (they would blank ordinary words).
        ErrorClassifier::rememberSecret("abc");
        QCOMPARE(ErrorClassifier::redact(QStringLiteral("abc")), QStringLiteral("abc"));
    }

    void decompressionErrorIsItsOwnClass()
    {
        const RouteError e = ErrorClassifier::decompressionError("gzip");
        QCOMPARE(e.kind, RouteError::Kind::Decompression);
        QVERIFY(!e.isRetryable());
        QVERIFY(e.message.contains(QStringLiteral("gzip")));
        QCOMPARE(RouteError::kindName(e.kind), QStringLiteral("decompression"));
        QCOMPARE(RouteError::kindName(RouteError::Kind::ResponseTooLarge), QStringLiteral("response_too_large"));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("spaces") << QByteArray(" 30 ") << qint64(30000);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("http date") << QByteArray("Wed, 01 Jan 2025 00:00:10 GMT") << qint64(10000);
        QTest::newRow("rfc850 date") << QByteArray("Wednesday, 01-Jan-25 00:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime date") << QByteArray("Wed Jan  1 00:00:05 2025") << qint64(5000);
        QTest::newRow("past date") << QByteArray("Tue, 31 Dec 2024 23:59:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2025, 1, 1), QTime(0, 0, 0), Qt::UTC);
        QCOMPARE(ErrorClassifier::parseRetryAfterMs(value, now), expected);
        const RouteError e = ErrorClassifier::classify(429, {}, QNetworkReply::UnknownContentError, value, now);
        QCOMPARE(e.retryAfterMs, expected);
        QCOMPARE(e.kind, RouteError::Kind::Retryable);
    }
};

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"
