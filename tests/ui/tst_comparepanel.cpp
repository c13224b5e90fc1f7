#include "core/compare/comparisonsession.h"
#include "core/compare/comparisonstore.h"
#include "core/config/configstore.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/compare/comparepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestComparePanel : public QObject
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
        std::unique_ptr<ComparePanel> panel;
    };

    std::unique_ptr<Fixture> makeFixture()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->sim.start())
            return nullptr;
        // Quick answers so the whole comparison takes well under a second per column.
        QList<SimModelSpec> specs = SimModelSpec::defaults();
        for (SimModelSpec &spec : specs) {
            spec.firstTokenLatencyMs = 20;
            spec.tokensPerSecond = 0;
            spec.answerTokens = 40;
        }
        f->sim.setModels(specs);
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->panel = std::make_unique<ComparePanel>(f->router.get(), f->config.get(), nullptr);
        f->panel->setStoreFolder(m_dir.filePath(QStringLiteral("store-%1").arg(m_counter)));
        f->panel->resize(1200, 800);
        f->panel->show();
        return f;
    }

    static void selectTarget(ComparePanel *panel, int column, const QString &kindText, const QString &target)
    {
        QComboBox *kind = panel->kindCombo(column);
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findText(kindText));
        QComboBox *combo = panel->targetCombo(column);
        QVERIFY(combo);
        const int index = combo->findText(target);
        QVERIFY2(index >= 0, qPrintable(target));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void columnEditorsAddAndRemove()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ComparePanel *panel = f->panel.get();
        QCOMPARE(panel->columnCount(), 2);
        for (int i = 0; i < 6; ++i)
            panel->addColumnButton()->click();
        QCOMPARE(panel->columnCount(), ComparisonSession::kMaxColumns);
        QVERIFY(!panel->addColumnButton()->isEnabled());

        // Tier and profile columns offer the configuration's tiers and profiles.
        selectTarget(panel, 1, QStringLiteral("Tier"), QStringLiteral("demo-budget"));
        QCOMPARE(panel->columns().at(1).kind, CompareColumn::Kind::Tier);
        QCOMPARE(panel->columns().at(1).target, QStringLiteral("demo-budget"));
        QComboBox *kind = panel->kindCombo(2);
        kind->setCurrentIndex(kind->findText(QStringLiteral("Profile")));
        QVERIFY(panel->targetCombo(2)->count() > 0);
        QCOMPARE(panel->columns().at(2).kind, CompareColumn::Kind::Profile);

        panel->setColumns({});
        QCOMPARE(panel->columnCount(), 2); // never fewer than two
        QVERIFY(!panel->runButton()->isEnabled()); // no prompt yet
    }

    void runsThreeColumnsAndSummarises()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ComparePanel *panel = f->panel.get();
        panel->addColumnButton()->click();
        QCOMPARE(panel->columnCount(), 3);
        selectTarget(panel, 0, QStringLiteral("Model"), QStringLiteral("sim-budget"));
        selectTarget(panel, 1, QStringLiteral("Model"), QStringLiteral("sim-standard"));
        selectTarget(panel, 2, QStringLiteral("Model"), QStringLiteral("sim-flaky"));
        panel->runsSpin()->setValue(2);

        panel->promptEdit()->setFocus();
        QTest::keyClicks(panel->promptEdit(), QStringLiteral("Explain circuit breakers briefly."));
        QVERIFY(panel->runButton()->isEnabled());
        QSignalSpy finished(panel->session(), &ComparisonSession::finished);
        QSignalSpy deltas(panel->session(), &ComparisonSession::columnDelta);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(panel->session()->isRunning());
        QVERIFY(!panel->runButton()->isEnabled());
        QVERIFY(panel->stopAllButton()->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(deltas.count() > 0);
        QVERIFY(panel->runButton()->isEnabled());
        QVERIFY(!panel->stopAllButton()->isEnabled());

        const Comparison &comparison = panel->session()->comparison();
        QCOMPARE(comparison.columns.size(), 3);
        QCOMPARE(comparison.runsPerColumn, 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(comparison.runs.at(i).size(), 2);
            const CompareRun &last = comparison.runs.at(i).constLast();
            QVERIFY2(!panel->paneText(i).isEmpty() || !panel->errorText(i).isEmpty(), qPrintable(QString::number(i)));
            if (last.isOk()) {
                QCOMPARE(panel->paneText(i), last.content);
                QVERIFY(panel->statsText(i).contains(last.modelUsed));
            } else {
                QVERIFY(!panel->errorText(i).isEmpty());
            }
            QVERIFY2(panel->statsText(i).contains(QStringLiteral("sim-")), qPrintable(panel->statsText(i)));
            QVERIFY(panel->statsText(i).contains(QStringLiteral("TTFT")));
            QVERIFY(panel->statsText(i).contains(QStringLiteral("$")));
        }
        // Budget and standard never fail in the simulator; the flaky column may fall back.
        QVERIFY(comparison.runs.at(0).constLast().isOk());
        QCOMPARE(comparison.runs.at(0).constLast().modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(comparison.runs.at(1).constLast().isOk());
        QVERIFY(panel->paneText(0).size() > 10);

        const CompareSummary summary = panel->session()->summary();
        QVERIFY(summary.cheapest >= 0);
        QVERIFY(summary.cheapest != 1); // the standard model costs more than the budget one
        const QString cheapestLabel = comparison.columns.at(summary.cheapest).label();
        QVERIFY2(panel->summaryText().contains(
                     QStringLiteral("Cheapest: column %1 (%2)").arg(summary.cheapest + 1).arg(cheapestLabel)),
            qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(QStringLiteral("Fastest first token: column")));
        QVERIFY(panel->summaryText().contains(QStringLiteral("Cost relative to the cheapest")));

        // Exports and saving use the core formats.
        const QString md = m_dir.filePath(QStringLiteral("out.md"));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(panel->exportMarkdown(md));
        QVERIFY(panel->exportCsv(csv));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(mdFile.readAll()), comparison.toMarkdown());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csvFile.readAll()), comparison.toCsv());

        const QString id = panel->save();
        QVERIFY(!id.isEmpty());
        const ComparisonStore store(m_dir.filePath(QStringLiteral("store-%1").arg(m_counter)));
        const std::optional<Comparison> loaded = store.load(id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->runs.size(), 3);
        QCOMPARE(loaded->prompt, QStringLiteral("Explain circuit breakers briefly."));
    }

    void stopAllEndsTheRun()
    {
        auto f = makeFixture();
        QVERIFY(f);
        SimModelSpec slow = *f->sim.model(QStringLiteral("sim-standard"));
        slow.firstTokenLatencyMs = 5000;
        f->sim.setModel(slow);
        ComparePanel *panel = f->panel.get();
        selectTarget(panel, 0, QStringLiteral("Model"), QStringLiteral("sim-standard"));
        selectTarget(panel, 1, QStringLiteral("Model"), QStringLiteral("sim-standard"));
        panel->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QSignalSpy finished(panel->session(), &ComparisonSession::finished);
        QVERIFY(QTest::qWaitForWindowActive(panel));
        panel->promptEdit()->setFocus();
        QTest::keyClick(panel->promptEdit(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter runs
        QVERIFY(panel->session()->isRunning());
        QCOMPARE(panel->promptEdit()->toPlainText(), QStringLiteral("Hello"));
        QVERIFY(!panel->run()); // already running
        QTest::qWait(100);
        panel->stopAllButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 4000);
        QVERIFY(!panel->session()->isRunning());
        QVERIFY(panel->runButton()->isEnabled());
        // A stopped column shows why it has no answer, apart from the answer text.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!panel->session()->comparison().runs.at(i).constLast().isOk());
            QVERIFY(panel->paneText(i).isEmpty());
            QVERIFY2(!panel->errorText(i).isEmpty(), qPrintable(panel->statsText(i)));
        }
        QVERIFY(panel->summaryText().contains(QStringLiteral("Cheapest: –")));
    }
};

QTEST_MAIN(TestComparePanel)
#include "tst_comparepanel.moc"
