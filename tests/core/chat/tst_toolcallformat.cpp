#include "core/chat/toolcallformat.h"
#include "core/contract/toolcall.h"

#include <QTest>

using namespace tiergate;

class TestToolCallFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void argumentsAreIndentedWhenTheyParse()
    {
        bool valid = false;
        const QString pretty
            = ToolCallFormat::prettyArguments(QStringLiteral("{\"city\":\"Paris\",\"days\":3}"), &valid);
        QVERIFY(valid);
        QCOMPARE(pretty, QStringLiteral("{\n    \"city\": \"Paris\",\n    \"days\": 3\n}"));
    }

    void brokenArgumentsStayAsWritten()
    {
        bool valid = true;
        const QString raw = QStringLiteral("{\"city\": \"Par");
        QCOMPARE(ToolCallFormat::prettyArguments(raw, &valid), raw);
        QVERIFY(!valid);
        QCOMPARE(ToolCallFormat::prettyArguments(QStringLiteral("42"), &valid), QStringLiteral("42"));
        QVERIFY(!valid);
    }

    void title()
    {
        ToolCall call;
        call.name = QStringLiteral("get_weather");
        QCOMPARE(ToolCallFormat::title(call), QStringLiteral("get_weather"));
        call.id = QStringLiteral("call_1");
        QCOMPARE(ToolCallFormat::title(call), QStringLiteral("get_weather(call_1)"));
    }
};

QTEST_GUILESS_MAIN(TestToolCallFormat)
#include "tst_toolcallformat.moc"
