#include "core/config/builtinconfig.h"
#include "core/export/profileexplainer.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace tiergate;

class TestProfileExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void explainsEveryErrorClassInChainOrder()
    {
        const ProfileExplanation e
            = ProfileExplainer::explain(builtin::defaultConfig(QProcessEnvironment()), QStringLiteral("staging"));
        QVERIFY(e.ok());
        QCOMPARE(e.chain, (QStringList { QStringLiteral("qwen3-32b"), QStringLiteral("deepseek-chat") }));
        QStringList classes;
        for (const auto &s : e.sections)
            classes.append(s.errorClass);
        QCOMPARE(classes,
            (QStringList { QStringLiteral("rate_limit"), QStringLiteral("server_error"), QStringLiteral("timeout"),
                QStringLiteral("context_overflow"), QStringLiteral("auth"), QStringLiteral("budget") }));
        const QString text = e.text();
        QVERIFY(text.contains(QStringLiteral("'qwen3-32b' → 'deepseek-chat'")));
        QVERIFY(text.indexOf(QStringLiteral("qwen3-32b")) < text.indexOf(QStringLiteral("deepseek-chat")));
        // staging: 2 retries, backoff 500 ms base → waits 500 ms, 1 s.
        QVERIFY2(e.sections.at(0).text.contains(QStringLiteral("500 ms, 1 s")), qPrintable(e.sections.at(0).text));
        QVERIFY(e.sections.at(4).text.contains(QStringLiteral("Not retried")));
        QVERIFY(e.sections.at(5).text.contains(QStringLiteral("5000 USD")));
        QVERIFY(e.missingFromCatalog.isEmpty());
    }

    void fastFailoverAndDowngrade()
    {
        TiergateConfig c = test::exportFixture();
        c.profile(QStringLiteral("prod"))->fastFailover = true;
        const ProfileExplanation e = ProfileExplainer::explain(c, QStringLiteral("prod"));
        QVERIFY(e.sections.at(1).text.contains(QStringLiteral("Fast failover")));
        QVERIFY(e.sections.at(1).text.contains(QStringLiteral("'deepseek-chat', is retried")));
        QVERIFY(e.sections.at(5).text.contains(QStringLiteral("tier 'budget'")));
        // Context overflow: larger windows after alpha-8b (32768): both later models.
        QVERIFY(e.sections.at(3).text.contains(QStringLiteral("llama3.1:70b (131072 tokens)")));
    }

    void flagsMissingModels()
    {
        TiergateConfig c = test::exportFixture();
        c.profile(QStringLiteral("prod"))->fallbackChain.append(QStringLiteral("ghost"));
        const ProfileExplanation e
            = ProfileExplainer::explain(c, QStringLiteral("prod"), { QStringLiteral("alpha-8b") });
        QCOMPARE(e.missingFromCatalog, QStringList { QStringLiteral("ghost") });
        QCOMPARE(e.missingOnProvider, QStringList { QStringLiteral("alpha-8b") });
        QVERIFY(e.text().contains(QStringLiteral("not in the model catalog")));
        QVERIFY(e.text().contains(QStringLiteral("GET /models")));
    }

    void unknownProfile()
    {
        const ProfileExplanation e = ProfileExplainer::explain(test::exportFixture(), QStringLiteral("x"));
        QVERIFY(!e.ok());
        QVERIFY(e.error.contains(QStringLiteral("prod, dev")));
    }

    void backoffWaits()
    {
        QCOMPARE(ProfileExplainer::backoffWaits(4, 500, 3000), (QList<qint64> { 500, 1000, 2000, 3000 }));
        QCOMPARE(ProfileExplainer::backoffWaits(0, 500, 3000), QList<qint64> {});
    }
};

QTEST_GUILESS_MAIN(TestProfileExplainer)
#include "tst_profileexplainer.moc"
