#include "core/experiment/jsonschemacheck.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tiergate;

namespace {

// A schema that needs something other than local references: a remote $ref or an `id` base.
bool needsRemote(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("id")) && o.value(QStringLiteral("id")).isString())
            return true;
        const QString ref = o.value(QStringLiteral("$ref")).toString();
        if (!ref.isEmpty() && !ref.startsWith(QLatin1Char('#')))
            return true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (needsRemote(it.value()))
                return true;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (needsRemote(v))
                return true;
        }
    }
    return false;
}

} // namespace

class TestJsonSchemaCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Every case of the official JSON Schema Test Suite files kept in tests/data.
    void officialTestSuite_data()
    {
        QTest::addColumn<QJsonValue>("schema");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<bool>("valid");
        const QDir dir(test::dataFile(QStringLiteral("json-schema-test-suite")));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        int cases = 0;
        int skipped = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).array();
            QVERIFY2(!groups.isEmpty(), qPrintable(name));
            for (const QJsonValue &g : groups) {
                const QJsonObject group = g.toObject();
                const QJsonValue schema = group.value(QStringLiteral("schema"));
                const QJsonArray tests = group.value(QStringLiteral("tests")).toArray();
                if (needsRemote(schema)) {
                    skipped += int(tests.size());
                    continue;
                }
                for (const QJsonValue &t : tests) {
                    const QJsonObject c = t.toObject();
                    QTest::addRow("%s: %s: %s", qPrintable(name),
                        qPrintable(group.value(QStringLiteral("description")).toString()),
                        qPrintable(c.value(QStringLiteral("description")).toString()))
                        << schema << c.value(QStringLiteral("data")) << c.value(QStringLiteral("valid")).toBool();
                    ++cases;
                }
            }
        }
        qInfo(
            "%d cases from %lld files; %d cases skipped (remote references)", cases, qlonglong(files.size()), skipped);
        QVERIFY(cases > 250);
    }
    void officialTestSuite()
    {
        QFETCH(QJsonValue, schema);
        QFETCH(QJsonValue, data);
        QFETCH(bool, valid);
        JsonSchemaCheck check(schema);
        QCOMPARE(check.validate(data), valid);
        QCOMPARE(check.errors().isEmpty(), valid);
    }

    void structuredOutputSchema()
    {
        // The shape providers' structured outputs use: $defs, nested required, no extra members.
        const QJsonObject schema = QJsonDocument::fromJson(
            "{\n"
            "            \"type\": \"object\", \"additionalProperties\": false, \"required\": [\"city\", \"facts\"],\n"
            "            \"properties\": {\n"
            "              \"city\": {\"type\": \"string\", \"minLength\": 1},\n"
            "              \"facts\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/fact\"}, \"minItems\": 1}\n"
            "            },\n"
            "            \"$defs\": {\"fact\": {\"type\": \"object\", \"required\": [\"text\"], "
            "\"additionalProperties\": false,\n"
            "                                \"properties\": {\"text\": {\"type\": \"string\"}, \"year\": {\"type\": "
            "[\"integer\", \"null\"]}}}}\n"
            "        }")
                                       .object();
        JsonSchemaCheck check(schema);
        QVERIFY(check.validate(
            QJsonDocument::fromJson("{\"city\": \"Paris\", \"facts\": [{\"text\": \"capital\", \"year\": null}]}")
                .object()));
        QVERIFY(!check.validate(
            QJsonDocument::fromJson("{\"city\": \"Paris\", \"facts\": [{\"text\": 3, \"note\": \"x\"}]}").object()));
        QCOMPARE(check.errors().size(), 2);
        QVERIFY2(check.errors().at(0).startsWith(QStringLiteral("/facts/0")), qPrintable(check.errors().join(u'|')));
    }

    void remoteReferenceIsAnErrorNotAPass()
    {
        JsonSchemaCheck check(QJsonObject { { QStringLiteral("$ref"), QStringLiteral("http://example.com/schema") } });
        QVERIFY(!check.validate(QJsonValue(1)));
        QVERIFY(check.errors().first().contains(QStringLiteral("only local references")));
    }

    void selfReferenceStops()
    {
        JsonSchemaCheck check(QJsonObject { { QStringLiteral("$ref"), QStringLiteral("#") } });
        QVERIFY(!check.validate(QJsonValue(1)));
        QVERIFY(check.errors().first().contains(QStringLiteral("too deeply")));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaCheck)
#include "tst_jsonschemacheck.moc"
