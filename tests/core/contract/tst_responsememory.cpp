// A whole (non-streamed) response body given up to the parser: the long-answer path gives the same
// response and errors as the QJsonDocument path for every shape, and a long answer is decoded inside
// the body's own buffer, so it costs its text in UTF-16, not the body and the text and their copies.
#include "core/contract/contractparser.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonValue>
#include <QTest>

using namespace tiergate;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

/// A value of /proc/self/status in bytes ("VmHWM", "VmRSS"), or -1.
qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

/// Starts a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

QByteArray responseWith(const QByteArray &contentJson, const QByteArray &tail = QByteArray())
{
    return "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"created\": 1700000000, \"model\": \"m\", "
           "\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
        + contentJson + "}, \"finish_reason\": \"stop\"}]" + tail
        + ", \"usage\": {\"prompt_tokens\": 3, \"completion_tokens\": 5, \"total_tokens\": 8}}";
}

/// A JSON string of about `bytes` bytes of answer text, with the escapes real answers have.
QByteArray longText(qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 64);
    out += '"';
    static const QByteArray line = "The quick brown fox jumps over the lazy dog. \\\"Quoted\\\"\\n";
    while (out.size() < bytes)
        out += line;
    out += '"';
    return out;
}

} // namespace

class TestResponseMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void sameAsTheDocumentPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray text = longText(2000);
        QTest::newRow("plain") << responseWith(text);
        QTest::newRow("ascii without escapes") << responseWith("\"" + QByteArray(3000, 'a') + "\"");
        QTest::newRow("utf-8") << responseWith(
            "\"" + QByteArray("gr\xc3\xbc\xc3\x9f dich \xe2\x9c\x93 ").repeated(200) + "\"");
        QTest::newRow("unicode escapes") << responseWith("\"" + QByteArray("\\u00fc\\u4e2d ").repeated(300) + "\"");
        QTest::newRow("surrogate pair escape")
            << responseWith("\"" + QByteArray("\\ud83d\\ude00").repeated(300) + "\"");
        QTest::newRow("lone surrogate escape") << responseWith("\"" + QByteArray(2000, 'x') + "\\ud800\"");
        QTest::newRow("invalid utf-8") << responseWith("\"" + QByteArray(2000, 'x') + "\xc3\x28\"");
        QTest::newRow("control character") << responseWith("\"" + QByteArray(2000, 'x') + "\x01\"");
        QTest::newRow("bad escape") << responseWith("\"" + QByteArray(2000, 'x') + "\\q\"");
        QTest::newRow("null content") << responseWith("null");
        QTest::newRow("content parts") << responseWith("[{\"type\": \"text\", \"text\": " + text + "}]");
        QTest::newRow("second choice") << responseWith(text, ", \"extra\": [{\"message\": {\"content\": \"no\"}}]");
        QTest::newRow("duplicate content key")
            << QByteArray("{\"choices\": [{\"message\": {\"content\": " + text + ", \"content\": \"b\"}}]}");
        QTest::newRow("escaped key") << QByteArray("{\"choices\": [{\"message\": {\"cont\\u0065nt\": " + text + "}}]}");
        QTest::newRow("deep unknown field")
            << responseWith(text, ", \"x\": " + QByteArray(100, '[') + QByteArray(100, ']'));
        QTest::newRow("trailing garbage") << responseWith(text) + " garbage";
        QTest::newRow("broken after the text") << responseWith(text).replace("\"usage\":", "\"usage\" ");
        QTest::newRow("cut in the text") << responseWith(text).left(1000);
        QTest::newRow("not an object") << QByteArray("[" + text + "]");
        QTest::newRow("choices not an array")
            << QByteArray("{\"choices\": {\"message\": {\"content\": " + text + "}}}");
        QTest::newRow("message without role")
            << QByteArray("{\"choices\": [{\"message\": {\"content\": " + text + "}}]}");
        QTest::newRow("utf-8 of four bytes")
            << responseWith("\"" + QByteArray("smile \xf0\x9f\x98\x80 \xe4\xb8\xad ").repeated(200) + "\"");
        QTest::newRow("escapes only") << responseWith("\"" + QByteArray("\\n\\t\\\"\\/").repeated(500) + "\"");
        QTest::newRow("text near the start") << QByteArray("{\"choices\":[{\"message\":{\"content\":" + text + "}}]}");
        QTest::newRow("long field before the text") << QByteArray(
            "{\"x\": \"" + QByteArray(9000, 'y') + "\", \"choices\":[{\"message\":{\"content\":" + text + "}}]}");
        QTest::newRow("broken literal before the text")
            << QByteArray("{\"x\": tru, \"choices\":[{\"message\":{\"content\":" + text + "}}]}");
        QTest::newRow("broken literal after the text")
            << QByteArray("{\"choices\":[{\"message\":{\"content\":" + text + ", \"y\": nul}}]}");
        QTest::newRow("numbers and literals")
            << responseWith(text, ", \"a\": [-1.5e3, 0, true, false, null, {\"b\": 2E-2}]");
    }

    void sameAsTheDocumentPath()
    {
        QFETCH(QByteArray, body);
        const ContractResult<ChatResponse> expected = ContractParser::parseResponse(body);
        // 0: every answer text is decoded in place; the default: these short ones go the document way.
        for (const qsizetype directTextBytes : { qsizetype(0), qsizetype(64 * 1024) }) {
            QString text;
            ResponseBuffer given;
            given.append(body);
            const ContractResult<ChatResponse> direct
                = ContractParser::parseResponse(std::move(given), &text, directTextBytes);
            QVERIFY(given.isEmpty()); // given up
            QCOMPARE(direct.isOk(), expected.isOk());
            if (expected.isOk()) {
                QCOMPARE(text, expected.value().content());
                // The text is the caller's alone: the response keeps an empty string in its place.
                ChatResponse withText = direct.value();
                if (expected.value().choices.value(0).message.content.isString()) {
                    QCOMPARE(withText.choices.first().message.content, QJsonValue(QString()));
                    withText.choices.first().message.content = text;
                }
                QVERIFY(withText == expected.value());
            } else {
                QCOMPARE(direct.error().kind, expected.error().kind);
                QCOMPARE(direct.error().cause, expected.error().cause);
                QCOMPARE(direct.error().message, expected.error().message);
            }
        }
    }

    void longAnswerPeaksAtItsTextNotAtFiveTimesTheBody()
    {
        if (kAddressSanitizer)
            QSKIP("Resident memory under AddressSanitizer includes its quarantine and shadow memory");
        constexpr qsizetype kBody = 48 * 1024 * 1024;
        ResponseBuffer body;
        {
            const QByteArray bytes = responseWith(longText(kBody));
            body.reserve(bytes.size());
            body.append(bytes);
        }
        const qsizetype size = body.size();
        if (!resetPeak() || statusBytes("VmHWM") < 0)
            QSKIP("This system cannot reset the peak of resident memory (/proc/self/clear_refs)");
        // The body is resident (written above) before the measurement starts.
        const qint64 before = statusBytes("VmRSS");
        QString text;
        const ContractResult<ChatResponse> parsed = ContractParser::parseResponse(std::move(body), &text);
        const qint64 grown = statusBytes("VmHWM") - before;
        QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
        QVERIFY(text.size() > kBody * 9 / 10);
        QVERIFY(text.endsWith(QLatin1String("\"Quoted\"\n")));
        QCOMPARE(parsed.value().choices.first().message.content, QJsonValue(QString()));
        // The text in UTF-16 is twice the body and is decoded inside the body's own buffer, so the
        // peak grows by the body once more. Decoding into a string of its own (while the body was
        // still held) and the response's copy of the text took 2 times the body and more.
        const double ratio = double(grown) / double(size);
        qInfo("body %lld bytes, peak resident memory grew by %lld bytes (%.2f times the body)", qint64(size), grown,
            ratio);
        QVERIFY2(ratio < 1.5, qPrintable(QStringLiteral("grew by %1 times the body").arg(ratio)));
    }
};

QTEST_GUILESS_MAIN(TestResponseMemory)
#include "tst_responsememory.moc"
