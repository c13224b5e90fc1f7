#include "core/config/configstore.h"
#include "core/experiment/experimentstore.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/cannedserver.h"
#include "tests/support/judgeupstream.h"
#include "tests/support/testenv.h"
#include "ui/experiment/blindvotewidget.h"
#include "ui/experiment/decisionview.h"
#include "ui/experiment/experimentpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace tiergate;

namespace {

QByteArray judgeReply()
{
    // The answer shown first scores 8, the second 5.
    const QString content = QStringLiteral("{\"scores\": [{\"answer\": 1, \"score\": 8, \"reason\": \"clear\"}, "
                                           "{\"answer\": 2, \"score\": 5, \"reason\": \"vague\"}]}");
    return test::judgeCompletion(content, 300, 40);
}

} // namespace

class TestExperimentPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Simulator *m_sim = nullptr;
    test::CannedServer *m_judge = nullptr;
    ConfigStore *m_config = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Transport *m_transport = nullptr;
    Router *m_router = nullptr;
    ExperimentStore *m_store = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_sim = new Simulator(this);
        QList<SimModelSpec> specs = SimModelSpec::defaults();
        for (SimModelSpec &spec : specs) {
            spec.firstTokenLatencyMs = 5;
            spec.tokensPerSecond = 0;
            spec.answerTokens = 12;
        }
        m_sim->setModels(specs);
        QVERIFY(m_sim->start());
        m_judge = new test::CannedServer(this);
        m_judge->setResponse(judgeReply(), false);
        QVERIFY(m_judge->start());

        m_config = new ConfigStore(m_dir.filePath(QStringLiteral("config.json")), this);
        m_config->load();
        m_config->setSimulatorBaseUrl(m_sim->baseUrl());
        TiergateConfig doc = m_config->document();
        test::addJudgeProfile(doc, m_judge->baseUrl(), 1'000'000, 4'000'000);
        QVERIFY(m_config->setConfig(doc));
        m_config->setActiveProfile(QStringLiteral("demo"));

        m_network = new QNetworkAccessManager(this);
        m_transport = new Transport(m_network, this);
        m_router = new Router(m_transport, m_config);
        m_router->setParent(this);
        m_store = new ExperimentStore(m_dir.filePath(QStringLiteral("experiments")));
    }

    void cleanupTestCase() { delete m_store; }

    void comparesWithAnEarlierRunOfTheSameSet()
    {
        // Two runs of one prompt set a week apart (the later one slower and dearer), and one of another.
        const auto make = [](const QString &set, int day, qint64 latencyMs, qint64 costMicros) {
            Experiment e;
            e.title = set;
            e.createdAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), QTimeZone::utc());
            e.promptSet.name = set;
            e.promptSet.version = QStringLiteral("v%1").arg(day);
            PromptSetItem item;
            item.id = QStringLiteral("1");
            item.prompt.messages = { ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hi")) };
            e.promptSet.items = { item };
            CompareColumn a;
            a.target = QStringLiteral("sim-budget");
            CompareColumn b;
            b.target = QStringLiteral("sim-premium");
            e.columns = { a, b };
            e.repeat = 3;
            e.ensureShape();
            for (int c = 0; c < 2; ++c) {
                for (int n = 0; n < 3; ++n) {
                    CompareRun r;
                    r.status = QStringLiteral("ok");
                    r.latencyMs = latencyMs * (c + 1) + n;
                    r.costMicros = costMicros * (c + 1);
                    e.runs[0][c][n] = r;
                }
            }
            return e;
        };
        ExperimentStore store(m_dir.filePath(QStringLiteral("earlier-runs")));
        const QString before = store.save(make(QStringLiteral("weekly"), 1, 400, 100));
        const QString unrelated = store.save(make(QStringLiteral("other"), 2, 50, 10));
        const QString now = store.save(make(QStringLiteral("weekly"), 8, 900, 300));
        QVERIFY(!before.isEmpty() && !unrelated.isEmpty() && !now.isEmpty());

        ExperimentPanel panel(m_router, m_config, &store);
        panel.resize(1000, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.openExperiment(now));
        QComboBox *earlier = panel.earlierRunCombo();
        QListWidget *deltas = panel.deltaList();
        QCOMPARE(earlier->count(), 2); // "none" and the one earlier run of the same set
        QCOMPARE(earlier->currentData().toString(), before);
        QVERIFY(deltas->isVisible());
        QCOMPARE(deltas->count(), 3); // the heading and one line per column
        QVERIFY2(deltas->item(0)->text().contains(before), qPrintable(deltas->item(0)->text()));
        const QString budget = deltas->item(1)->text();
        QVERIFY2(budget.contains(QStringLiteral("sim-budget")), qPrintable(budget));
        QVERIFY2(budget.contains(QStringLiteral("402 → 902 ms")), qPrintable(budget)); // p95 latency moved
        QVERIFY2(budget.contains(QStringLiteral("→")), qPrintable(budget));
        QVERIFY2(deltas->item(2)->text().contains(QStringLiteral("sim-premium")), qPrintable(deltas->item(2)->text()));

        // Choosing no earlier run hides the deltas; choosing it again shows them.
        earlier->setCurrentIndex(0);
        QVERIFY(!deltas->isVisible());
        earlier->setCurrentIndex(1);
        QVERIFY(deltas->isVisible());
        QCOMPARE(deltas->count(), 3);

        // The oldest run has nothing earlier to compare with.
        QVERIFY(panel.openExperiment(before));
        QCOMPARE(earlier->count(), 1);
        QVERIFY(!earlier->isEnabled());
        QVERIFY(!deltas->isVisible());
    }

    void runVoteJudgeAndDecide()
    {
        QFile set(m_dir.filePath(QStringLiteral("set.jsonl")));
        QVERIFY(set.open(QIODevice::WriteOnly));
        set.write(
            "{\"set\": {\"name\": \"panel-set\", \"rubric\": \"Be useful.\"}}\n"
            "{\"id\": \"a\", \"prompt\": \"Explain retries.\"}\n{\"id\": \"b\", \"prompt\": \"Explain budgets.\"}\n");
        set.close();

        ExperimentPanel panel(m_router, m_config, m_store);
        panel.resize(1000, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *path = panel.findChild<QLineEdit *>(QStringLiteral("promptSetPath"));
        auto *columns = panel.findChild<QLineEdit *>(QStringLiteral("experimentColumns"));
        auto *repeat = panel.findChild<QSpinBox *>(QStringLiteral("experimentRepeat"));
        auto *judge = panel.findChild<QComboBox *>(QStringLiteral("experimentJudge"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("experimentStatus"));
        QVERIFY(path && columns && repeat && judge && status);

        // A bad column is refused with a message, nothing runs.
        path->setText(set.fileName());
        columns->setText(QStringLiteral("model:sim-budget, team:x"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runExperiment")), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("\"team:x\" is not a column")), qPrintable(status->text()));
        QVERIFY(!panel.isRunning());

        columns->setText(QStringLiteral("model:sim-budget, model:sim-standard"));
        repeat->setValue(2);
        judge->setCurrentIndex(judge->findData(QStringLiteral("judge")));
        QVERIFY(judge->currentIndex() > 0);
        QSignalSpy finished(&panel, &ExperimentPanel::experimentFinished);
        QTest::keyClick(columns, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY2(status->text().startsWith(QStringLiteral("Done: 8 runs")), qPrintable(status->text()));
        QCOMPARE(panel.experiment().judgeCalls.size(), 4);

        // Results: one row per column, judge scores as the quality.
        auto *table = panel.findChild<QTableView *>(QStringLiteral("experimentTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Judge score"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("sim-budget"));
        QCOMPARE(table->model()->index(0, 2).data().toInt(), 4);
        // One prompt's repeats: two runs per column, the judge's score for that prompt.
        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("promptFilter"));
        QCOMPARE(filter->count(), 3);
        filter->setCurrentIndex(2);
        QCOMPARE(table->model()->index(0, 2).data().toInt(), 2);
        const double shown = table->model()->index(0, 1).data().toString().toDouble();
        QVERIFY2(shown >= 5 && shown <= 8, qPrintable(table->model()->index(0, 1).data().toString()));
        filter->setCurrentIndex(0);
        QCOMPARE(table->model()->index(0, 2).data().toInt(), 4);

        // Blind vote: answers without column names; vote every pair with the keyboard.
        auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("experimentTabs"));
        auto *vote = panel.findChild<BlindVoteWidget *>();
        tabs->setCurrentWidget(vote);
        QVERIFY(vote->isEnabled());
        const QString before = panel.findChild<QLabel *>(QStringLiteral("voteProgress"))->text();
        QVERIFY2(before.startsWith(QStringLiteral("4 of 4 pairs left")), qPrintable(before));
        for (int i = 0; i < 4; ++i) {
            const VotePair pair = vote->currentPair();
            QVERIFY(pair.isValid());
            const QString a = vote->findChild<QTextBrowser *>(QStringLiteral("answerA"))->toPlainText();
            QVERIFY(!a.isEmpty());
            QVERIFY(!a.contains(QStringLiteral("sim-budget")) && !a.contains(QStringLiteral("sim-standard")));
            // Always prefer the sim-budget answer, on whichever side it is.
            vote->setFocus();
            QTest::keyClick(vote, pair.left == 0 ? Qt::Key_1 : Qt::Key_2);
        }
        QCOMPARE(panel.experiment().votes.size(), 4);
        QCOMPARE(m_store->load(panel.experiment().id)->votes.size(), 4); // saved with each vote
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("voteProgress"))
                    ->text()
                    .contains(QStringLiteral("another round")));

        // Decision: votes now rank the columns; budget wins them all at a fraction of the cost.
        auto *decision = panel.findChild<DecisionView *>();
        tabs->setCurrentWidget(decision);
        QCOMPARE(decision->frontier(), QStringList { QStringLiteral("sim-budget") });
        QVERIFY2(decision->verdict().contains(QStringLiteral("sim-budget wins 100 % of votes against sim-standard")),
            qPrintable(decision->verdict()));
        QVERIFY2(decision->verdict().contains(QStringLiteral("of its cost")), qPrintable(decision->verdict()));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Rating (95 % CI)"));

        // "Use this" as a new profile.
        decision->findChild<QComboBox *>(QStringLiteral("useColumn"))->setCurrentIndex(0);
        decision->findChild<QCheckBox *>()->setChecked(true);
        QTest::mouseClick(decision->findChild<QPushButton *>(QStringLiteral("useThis")), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("demo-sim-budget")), qPrintable(status->text()));
        QCOMPARE(m_config->activeProfile(), QStringLiteral("demo-sim-budget"));
        QVERIFY(m_config->snapshot()->profile(QStringLiteral("demo-sim-budget")));

        // The saved experiment is listed and reopens with its votes.
        auto *saved = panel.findChild<QListWidget *>(QStringLiteral("savedExperiments"));
        QCOMPARE(saved->count(), 1);
        ExperimentPanel reopened(m_router, m_config, m_store);
        QVERIFY(reopened.openExperiment(saved->item(0)->data(Qt::UserRole).toString()));
        QCOMPARE(reopened.experiment().votes.size(), 4);
        QCOMPARE(reopened.findChild<DecisionView *>()->verdict(), decision->verdict());
    }
};

QTEST_MAIN(TestExperimentPanel)
#include "tst_experimentpanel.moc"
