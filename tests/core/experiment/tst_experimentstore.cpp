// Which saved experiments an experiment can be compared with.

#include "core/experiment/experimentstore.h"
#include "tests/support/testenv.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tiergate;

class TestExperimentStore : public QObject
{
    Q_OBJECT
private:
    static Experiment experiment(const QString &set, int day, const QString &version = QStringLiteral("v1"))
    {
        Experiment e;
        e.title = set + QString::number(day);
        e.createdAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), QTimeZone::utc());
        e.promptSet.name = set;
        e.promptSet.version = version;
        PromptSetItem item;
        item.id = QStringLiteral("1");
        item.prompt.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hi")) };
        e.promptSet.items = { item };
        CompareColumn c;
        c.target = QStringLiteral("sim-budget");
        e.columns = { c };
        e.ensureShape();
        return e;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void earlierRunsOfTheSameSetNewestFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExperimentStore store(dir.path());
        const QString first = store.save(experiment(QStringLiteral("alpha"), 1));
        const QString second = store.save(experiment(QStringLiteral("alpha"), 2, QStringLiteral("v2")));
        const QString other = store.save(experiment(QStringLiteral("beta"), 2));
        Experiment third = experiment(QStringLiteral("alpha"), 3);
        third.id = store.save(third);
        const QString later = store.save(experiment(QStringLiteral("alpha"), 4));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty() && !third.id.isEmpty() && !later.isEmpty());

        const QList<ExperimentStore::Entry> earlier = store.earlierRunsOf(third);
        QCOMPARE(earlier.size(), 2);
        QCOMPARE(earlier.at(0).id, second);
        QCOMPARE(earlier.at(0).promptSet, QStringLiteral("alpha@v2"));
        QCOMPARE(earlier.at(1).id, first);
        QCOMPARE(store.previousOf(third)->id, second);

        const std::optional<Experiment> oldest = store.load(first);
        QVERIFY(oldest);
        QVERIFY(store.earlierRunsOf(*oldest).isEmpty());
        QVERIFY(!store.previousOf(*oldest));
    }
};

QTEST_GUILESS_MAIN(TestExperimentStore)
#include "tst_experimentstore.moc"
