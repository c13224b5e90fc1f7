#include "core/config/configjson.h"
#include "core/cost/costcalculator.h"
#include "core/cost/money.h"
#include "tests/support/testenv.h"

#include <QTest>

#include <limits>

using namespace tiergate;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void format_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << QStringLiteral("$0.00");
        QTest::newRow("cents") << 12300LL << QStringLiteral("$0.0123");
        // The header showed "$0.157872": three significant digits are enough for people.
        QTest::newRow("a month's spend") << 157'872LL << QStringLiteral("$0.158");
        QTest::newRow("half a dollar") << 500'000LL << QStringLiteral("$0.50");
        QTest::newRow("a cent") << 10'000LL << QStringLiteral("$0.01");
        QTest::newRow("a dime") << 100'000LL << QStringLiteral("$0.10");
        QTest::newRow("at most four decimals") << 1'234LL << QStringLiteral("$0.0012");
        QTest::newRow("rounds at the fourth decimal") << 150LL << QStringLiteral("$0.0002");
        QTest::newRow("a hundredth of a cent") << 100LL << QStringLiteral("$0.0001");
        QTest::newRow("rounds up to a dime") << 99'999LL << QStringLiteral("$0.10");
        QTest::newRow("tiny") << 99LL << QStringLiteral("< $0.0001");
        QTest::newRow("one micro") << 1LL << QStringLiteral("< $0.0001");
        QTest::newRow("just under a dollar") << 999'999LL << QStringLiteral("$1.00");
        QTest::newRow("dollar") << 1'000'000LL << QStringLiteral("$1.00");
        QTest::newRow("rounds to cents") << 1'235'000LL << QStringLiteral("$1.24");
        QTest::newRow("thousands") << 5'000'000'000LL << QStringLiteral("$5,000.00");
        QTest::newRow("just under a thousand") << 999'994'999LL << QStringLiteral("$999.99");
        QTest::newRow("millions") << 1'234'567'890'000LL << QStringLiteral("$1,234,567.89");
        QTest::newRow("negative") << -12300LL << QStringLiteral("-$0.0123");
        QTest::newRow("tiny negative") << -5LL << QStringLiteral("> -$0.0001");
        QTest::newRow("most negative") << std::numeric_limits<qint64>::min()
                                       << QStringLiteral("-$9,223,372,036,854.78");
    }

    void format()
    {
        QFETCH(qint64, micros);
        QTEST(Money::format(micros), "text");
        // The calculator's formatter is this one, not a copy.
        QTEST(CostCalculator::formatMoney(micros), "text");
    }

    void formatExact_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << QStringLiteral("$0.00");
        QTest::newRow("one micro") << 1LL << QStringLiteral("$0.000001");
        QTest::newRow("cents") << 12300LL << QStringLiteral("$0.0123");
        QTest::newRow("every digit") << 157'872LL << QStringLiteral("$0.157872");
        QTest::newRow("dollar") << 1'234'567LL << QStringLiteral("$1.23");
        QTest::newRow("negative") << -150LL << QStringLiteral("-$0.00015");
    }

    void formatExact()
    {
        QFETCH(qint64, micros);
        QTEST(Money::formatExact(micros), "text");
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("plain") << QStringLiteral("1.5") << true << 1'500'000LL;
        QTest::newRow("dollar sign") << QStringLiteral("$1.50") << true << 1'500'000LL;
        QTest::newRow("spaces") << QStringLiteral("  $ 0.0012 ") << true << 1'200LL;
        QTest::newRow("negative") << QStringLiteral("-2") << true << -2'000'000LL;
        QTest::newRow("negative dollars") << QStringLiteral("-$0.25") << true << -250'000LL;
        QTest::newRow("rounds to a micro") << QStringLiteral("0.0000015") << true << 2LL;
        QTest::newRow("empty") << QString() << false << 0LL;
        QTest::newRow("words") << QStringLiteral("ten") << false << 0LL;
        QTest::newRow("double sign") << QStringLiteral("--1") << false << 0LL;
        QTest::newRow("infinite") << QStringLiteral("inf") << false << 0LL;
        QTest::newRow("too large") << QStringLiteral("1e20") << false << 0LL;
        QTest::newRow("thousands as shown") << QStringLiteral("$5,000.00") << true << 5'000'000'000LL;
        QTest::newRow("millions as shown") << QStringLiteral("1,234,567.5") << true << 1'234'567'500'000LL;
        QTest::newRow("decimal comma") << QStringLiteral("1,5") << false << 0LL;
        QTest::newRow("misplaced comma") << QStringLiteral("12,34.00") << false << 0LL;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, micros);
        const std::optional<qint64> parsed = Money::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, micros);
    }

    void roundTripsThroughUsd()
    {
        for (const qint64 micros : { 0LL, 1LL, 12'345LL, 5'000'000'000LL, -7LL }) {
            QCOMPARE(Money::fromUsd(Money::toUsd(micros)), micros);
            QCOMPARE(*Money::parse(Money::plain(micros, 6)), micros);
            // The configuration's USD fields use the same conversion.
            QCOMPARE(ConfigJson::usdToMicros(ConfigJson::microsToUsd(micros)), micros);
        }
        QCOMPARE(Money::plain(12'300, 6), QStringLiteral("0.012300"));
        QCOMPARE(Money::plain(1'234'567, 2), QStringLiteral("1.23"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
