#include "core/chat/chatsession.h"
#include "core/compare/batchrun.h"
#include "core/compare/comparisonsession.h"
#include "core/compare/comparisonstore.h"
#include "core/config/configstore.h"
#include "core/contract/chatrequest.h"
#include "core/experiment/experiment.h"
#include "core/experiment/experimentsummary.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/compare/batchresultsmodel.h"
#include "ui/compare/comparepanel.h"
#include "ui/experiment/experimentsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>
#include <memory>
#include <optional>

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

    std::unique_ptr<Fixture> makeFixture(const QString &storeFolder = QString())
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
            if (spec.id == QStringLiteral("sim-flaky"))
                spec.failureRate = 1.0; // every request fails over to the fallback chain
        }
        f->sim.setModels(specs);
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->panel = std::make_unique<ComparePanel>(f->router.get(), f->config.get(), nullptr, nullptr);
        f->panel->setStoreFolder(
            storeFolder.isEmpty() ? m_dir.filePath(QStringLiteral("store-%1").arg(m_counter)) : storeFolder);
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

    void columnsShowTheChatEstimateBeforeRunning()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ComparePanel *panel = f->panel.get();
        selectTarget(panel, 0, QStringLiteral("Model"), QStringLiteral("sim-premium"));
        selectTarget(panel, 1, QStringLiteral("Tier"), QStringLiteral("demo-budget"));
        QVERIFY(panel->estimateText(0).isEmpty()); // no prompt, nothing to estimate
        panel->promptEdit()->setPlainText(QStringLiteral("Explain circuit breakers in two sentences."));
        panel->columnMaxTokensSpin(0)->setValue(300);

        // The same estimate Chat makes for the same request and route.
        ChatSession chat(nullptr, f->router.get(), f->config.get());
        const QList<CompareColumn> columns = panel->columns();
        for (int i = 0; i < 2; ++i) {
            const RouteOptions options = columns.at(i).routeOptions(f->config->activeProfile());
            const RequestEstimate expected = chat.estimate(
                columns.at(i).request(panel->promptEdit()->toPlainText(), QString(), std::nullopt, std::nullopt),
                options.profile, options.tier, options.criticality);
            QVERIFY2(expected.valid, qPrintable(expected.problem));
            const RequestEstimate shown = panel->columnEstimate(i);
            QCOMPARE(shown.model, expected.model);
            QCOMPARE(shown.costMicros, expected.costMicros);
            QCOMPARE(shown.completionTokens, expected.completionTokens);
            QTRY_VERIFY2(panel->statsText(i).contains(expected.text()), qPrintable(panel->statsText(i)));
        }
        QCOMPARE(panel->columnEstimate(0).model, QStringLiteral("sim-premium")); // pinned
        QCOMPARE(panel->columnEstimate(0).completionTokens, 300); // the column's own max tokens
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
        panel->systemPromptEdit()->setText(QStringLiteral("Be brief."));
        panel->temperatureSpin()->setValue(0.2);

        // Column 2 overrides the shared parameters.
        QVERIFY(!panel->columnTemperatureSpin(1)->isVisible());
        panel->parametersButton(1)->click();
        QVERIFY(panel->columnTemperatureSpin(1)->isVisible());
        panel->columnTemperatureSpin(1)->setValue(0.7);
        panel->columnMaxTokensSpin(1)->setValue(5);
        panel->columnSystemEdit(1)->setText(QStringLiteral("Answer like a pirate."));
        QVERIFY(panel->parametersButton(1)->text().contains(QStringLiteral("3")));
        QCOMPARE(panel->columns().at(1).temperature, std::optional<double>(0.7));
        QCOMPARE(panel->columns().at(1).maxTokens, std::optional<qint64>(5));
        QVERIFY(!panel->columns().at(0).temperature);

        // What each model received.
        QHash<QString, QJsonObject> received;
        connect(&f->sim, &Simulator::requestReceived, this,
            [&received, &f](const QString &model, int) { received.insert(model, f->sim.lastRequest()); });

        panel->promptEdit()->setFocus();
        QTest::keyClicks(panel->promptEdit(), QStringLiteral("Explain circuit breakers briefly."));
        QVERIFY(panel->runButton()->isEnabled());
        QSignalSpy finished(panel->session(), &ComparisonSession::finished);
        QSignalSpy deltas(panel->session(), &ComparisonSession::columnDelta);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(panel->session()->isRunning());
        QVERIFY(!panel->runButton()->isEnabled());
        QVERIFY(panel->stopAllButton()->isEnabled());
        QVERIFY(!panel->continueButton(0)->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(deltas.count() > 0);
        QVERIFY(panel->runButton()->isEnabled());
        QVERIFY(!panel->stopAllButton()->isEnabled());

        const Comparison comparison = panel->session()->comparison();
        QCOMPARE(comparison.columns.size(), 3);
        QCOMPARE(comparison.runsPerColumn, 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(comparison.runs.at(i).size(), 2);
            const CompareRun &last = comparison.runs.at(i).constLast();
            QVERIFY(last.isOk());
            QCOMPARE(panel->paneText(i), last.content);
            QVERIFY(!panel->paneHtml(i).isEmpty());
            QVERIFY(panel->statsText(i).contains(last.modelUsed));
            QVERIFY2(panel->statsText(i).contains(QStringLiteral("sim-")), qPrintable(panel->statsText(i)));
            QVERIFY(panel->statsText(i).contains(QStringLiteral("TTFT")));
            QVERIFY(panel->statsText(i).contains(QStringLiteral("$")));
            QVERIFY(panel->continueButton(i)->isEnabled());
        }
        QCOMPARE(comparison.runs.at(0).constLast().modelUsed, QStringLiteral("sim-budget"));
        QCOMPARE(comparison.runs.at(1).constLast().modelUsed, QStringLiteral("sim-standard"));
        QVERIFY(panel->paneText(0).size() > 10);

        // The flaky column failed over: the answer came from the fallback and the trail says so.
        const CompareRun &flaky = comparison.runs.at(2).constLast();
        QVERIFY(flaky.fallbackUsed);
        QCOMPARE(flaky.modelUsed, QStringLiteral("sim-budget"));
        QVERIFY(flaky.trail.first().startsWith(QStringLiteral("sim-flaky")));
        QVERIFY2(
            panel->statsText(2).contains(QStringLiteral("Fallback trail: sim-flaky")), qPrintable(panel->statsText(2)));
        QVERIFY(!panel->statsText(0).contains(QStringLiteral("Fallback trail")));

        // The override reached the model of column 2, and only that one.
        const QJsonObject standard = received.value(QStringLiteral("sim-standard"));
        QCOMPARE(standard.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(standard.value(QStringLiteral("max_tokens")).toInt(), 5);
        QVERIFY(standard.value(QStringLiteral("messages"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
            == QStringLiteral("Answer like a pirate."));
        QVERIFY(comparison.runs.at(1).constLast().completionTokens <= 5);
        const QJsonObject budget = received.value(QStringLiteral("sim-budget"));
        QCOMPARE(budget.value(QStringLiteral("temperature")).toDouble(), 0.2);
        QVERIFY(!budget.contains(QStringLiteral("max_tokens")));
        QCOMPARE(budget.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")),
            QJsonValue(QStringLiteral("Be brief.")));
        QVERIFY(comparison.runs.at(0).constLast().completionTokens > 5);

        // Summary marks.
        const CompareSummary summary = panel->session()->summary();
        QVERIFY(summary.cheapest >= 0);
        QVERIFY(summary.cheapest != 1); // the standard model costs more than the budget one
        const QString cheapestLabel = comparison.columns.at(summary.cheapest).label();
        QVERIFY2(panel->summaryText().contains(
                     QStringLiteral("Cheapest: column %1 (%2)").arg(summary.cheapest + 1).arg(cheapestLabel)),
            qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(
            QStringLiteral("Fastest first token: column %1").arg(summary.fastestFirstToken + 1)));
        QVERIFY(panel->summaryText().contains(
            QStringLiteral("Fastest overall: column %1").arg(summary.fastestOverall + 1)));
        QVERIFY(panel->summaryText().contains(QStringLiteral("Cost relative to the cheapest")));
        QVERIFY(summary.costRatio.at(1) > 1.0);

        // Word diff between columns 1 and 2.
        QVERIFY(!panel->diffView()->isVisible());
        QVERIFY(panel->diffSegments().isEmpty());
        panel->setDiffColumns(0, 1);
        panel->diffCheckBox()->click();
        QVERIFY(panel->diffView()->isVisible());
        const QList<WordDiff::Segment> segments = panel->diffSegments();
        QCOMPARE(segments,
            WordDiff::compute(comparison.runs.at(0).constLast().content, comparison.runs.at(1).constLast().content));
        QVERIFY(std::any_of(segments.cbegin(), segments.cend(),
            [](const WordDiff::Segment &s) { return s.op != WordDiff::Op::Equal; }));
        QVERIFY(panel->diffView()->toHtml().contains(QStringLiteral("line-through")));
        QString fromText;
        for (const WordDiff::Segment &s : segments) {
            if (s.op != WordDiff::Op::Insert)
                fromText += s.text;
        }
        QCOMPARE(fromText, comparison.runs.at(0).constLast().content);
        panel->diffCheckBox()->click();
        QVERIFY(!panel->diffView()->isVisible());

        // Continue in Chat hands over the column's routing, parameters and conversation.
        std::optional<ChatHandoff> handoff;
        connect(panel, &ComparePanel::continueInChatRequested, this, [&handoff](const ChatHandoff &h) { handoff = h; });
        QTest::mouseClick(panel->continueButton(1), Qt::LeftButton);
        QVERIFY(handoff);
        QCOMPARE(handoff->route.requestedModel, QStringLiteral("sim-standard"));
        QCOMPARE(handoff->route.profile, comparison.baseProfile);
        QCOMPARE(handoff->model, QStringLiteral("sim-standard"));
        QCOMPARE(handoff->temperature, std::optional<double>(0.7));
        QCOMPARE(handoff->maxTokens, std::optional<qint64>(5));
        QCOMPARE(handoff->messages.size(), 3);
        QCOMPARE(handoff->messages.at(0).role, QStringLiteral("system"));
        QCOMPARE(handoff->messages.at(0).text(), QStringLiteral("Answer like a pirate."));
        QCOMPARE(handoff->messages.at(1).text(), QStringLiteral("Explain circuit breakers briefly."));
        QCOMPARE(handoff->messages.at(2).role, QStringLiteral("assistant"));
        QCOMPARE(handoff->messages.at(2).text(), comparison.runs.at(1).constLast().content);

        // Exports use the core formats.
        const QString md = m_dir.filePath(QStringLiteral("out.md"));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(panel->exportMarkdown(md));
        QVERIFY(panel->exportCsv(csv));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(mdFile.readAll());
        QCOMPARE(mdText, comparison.toMarkdown());
        QVERIFY(mdText.contains(QStringLiteral("sim-flaky")));
        QVERIFY(mdText.contains(comparison.runs.at(0).constLast().content.left(30)));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QCOMPARE(csvText, comparison.toCsv());
        QCOMPARE(csvText.count(QStringLiteral("\r\n")), 1 + 3 * 2);
        QVERIFY(csvText.contains(QStringLiteral("sim-flaky: ")));

        // Save, then reopen from the menu of saved comparisons in a fresh panel.
        const QString id = panel->save();
        QVERIFY(!id.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("store-%1").arg(m_counter));
        const ComparisonStore store(folder);
        const std::optional<Comparison> loaded = store.load(id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->runs.size(), 3);
        QCOMPARE(loaded->prompt, QStringLiteral("Explain circuit breakers briefly."));
        QVERIFY(panel->saveColumnSet(QStringLiteral("three tiers")));
        const QStringList stats { panel->statsText(0), panel->statsText(1), panel->statsText(2) };
        const QString summaryBefore = panel->summaryText();
        f->panel.reset();

        f->panel = std::make_unique<ComparePanel>(f->router.get(), f->config.get(), nullptr, nullptr);
        f->panel->setStoreFolder(folder);
        f->panel->resize(1200, 800);
        f->panel->show();
        panel = f->panel.get();
        QCOMPARE(panel->columnCount(), 2);
        Q_EMIT panel->savedMenu()->aboutToShow();
        const QList<QAction *> actions = panel->savedMenu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(actions.first()->text().contains(QStringLiteral("Explain circuit breakers briefly.")));
        actions.first()->trigger();
        QCOMPARE(panel->columnCount(), 3);
        QCOMPARE(panel->columns(), comparison.columns);
        QCOMPARE(panel->promptEdit()->toPlainText(), comparison.prompt);
        QCOMPARE(panel->systemPromptEdit()->text(), QStringLiteral("Be brief."));
        QCOMPARE(panel->runsSpin()->value(), 2);
        QTRY_VERIFY(panel->columnTemperatureSpin(1)->isVisible()); // overrides shown when present
        QVERIFY(!panel->columnTemperatureSpin(0)->isVisible());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(panel->paneText(i), comparison.runs.at(i).constLast().content);
            QCOMPARE(panel->statsText(i), stats.at(i));
        }
        QCOMPARE(panel->summaryText(), summaryBefore);
        QVERIFY(panel->statusText().contains(QStringLiteral("Opened")));
        QVERIFY(panel->continueButton(2)->isEnabled());
        const QString reexport = m_dir.filePath(QStringLiteral("reopened.csv"));
        QVERIFY(panel->exportCsv(reexport));
        QFile reFile(reexport);
        QVERIFY(reFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(reFile.readAll()), csvText);

        // The column set came back with its overrides.
        panel->setColumns({});
        QCOMPARE(panel->columnSetCombo()->findText(QStringLiteral("three tiers")), 0);
        QVERIFY(panel->loadColumnSet(QStringLiteral("three tiers")));
        QCOMPARE(panel->columns(), comparison.columns);
        QVERIFY(!panel->loadColumnSet(QStringLiteral("missing")));
    }

    void repeatShowsStatisticsWithIntervals()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ComparePanel *panel = f->panel.get();
        selectTarget(panel, 0, QStringLiteral("Model"), QStringLiteral("sim-budget"));
        selectTarget(panel, 1, QStringLiteral("Model"), QStringLiteral("sim-flaky"));
        QCOMPARE(panel->runsSpin()->maximum(), 20);
        QVERIFY(!panel->statisticsTable()->isVisible());

        // One run: no statistics.
        panel->promptEdit()->setPlainText(QStringLiteral("Say hi."));
        QSignalSpy finished(panel->session(), &ComparisonSession::finished);
        QVERIFY(panel->run());
        QVERIFY(finished.wait(20000));
        QVERIFY(!panel->statisticsTable()->isVisible());

        // Five runs per column: a row per column with medians, intervals, p95, rates and costs.
        panel->runsSpin()->setValue(5);
        QVERIFY(panel->run());
        QVERIFY(finished.wait(30000));
        QVERIFY(panel->statisticsTable()->isVisible());
        // Answers, statistics and summaries shown, the panel still fits a window 700 px high: the tab
        // scrolls up and down (the panel asked for 693 px and made the window 772 px high).
        QVERIFY2(
            panel->minimumSizeHint().height() <= 560, qPrintable(QString::number(panel->minimumSizeHint().height())));
        ExperimentSummaryModel *model = panel->statisticsModel();
        QAbstractItemModelTester tester(model);
        QCOMPARE(model->rowCount(), 2);
        const ExperimentSummary expected
            = ExperimentSummary::compute(Experiment::fromComparison(panel->session()->comparison()));
        QCOMPARE(model->summary().columns.size(), 2);
        QCOMPARE(model->summary().columns.at(0).runs, 5);
        QCOMPARE(model->summary().columns.at(0).latencyMs.median, expected.columns.at(0).latencyMs.median);
        QCOMPARE(model->summary().columns.at(0).latencyMs.low, expected.columns.at(0).latencyMs.low);
        const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ExperimentSummaryModel::Runs), QStringLiteral("5"));
        QVERIFY2(cell(0, ExperimentSummaryModel::Latency).contains(u'('),
            qPrintable(cell(0, ExperimentSummaryModel::Latency)));
        QVERIFY(!cell(0, ExperimentSummaryModel::LatencyP95).isEmpty());
        QVERIFY(!cell(0, ExperimentSummaryModel::CostPer1000).isEmpty());
        // sim-flaky fails every time and falls back: its fallback rate says so.
        QCOMPARE(model->summary().columns.at(1).fallbackRate, 1.0);
        QVERIFY(panel->statisticsTable()->isColumnHidden(ExperimentSummaryModel::Quality));

        // Two columns whose runs overlap are "not distinguishable"; a separated one is not named.
        Comparison c;
        c.id = QStringLiteral("repeat-1");
        c.title = QStringLiteral("Repeat");
        c.createdAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
        c.prompt = QStringLiteral("Say hi.");
        c.runsPerColumn = 6;
        CompareColumn a;
        a.target = QStringLiteral("sim-budget");
        CompareColumn b;
        b.target = QStringLiteral("sim-standard");
        CompareColumn d;
        d.target = QStringLiteral("sim-premium");
        c.columns = { a, b, d };
        c.runs.resize(3);
        for (int i = 0; i < 6; ++i) {
            CompareRun run;
            run.status = QStringLiteral("ok");
            run.latencyMs = 200 + 10 * i;
            run.ttftMs = 50;
            run.costMicros = 100;
            c.runs[0].append(run);
            run.latencyMs = 205 + 10 * i;
            c.runs[1].append(run);
            run.latencyMs = 5000 + 10 * i;
            c.runs[2].append(run);
        }
        ComparisonStore(m_dir.filePath(QStringLiteral("store-%1").arg(m_counter))).save(c);
        QVERIFY(panel->openSaved(c.id));
        QVERIFY(panel->statisticsTable()->isVisible());
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(panel->distinguishLabel()->isVisible());
        const QString text = panel->distinguishLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("not distinguishable")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sim-budget")) && text.contains(QStringLiteral("sim-standard")),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("sim-premium")), qPrintable(text));
    }

    void rendersMarkdownWithCode()
    {
        auto f = makeFixture();
        QVERIFY(f);
        Comparison c;
        c.id = QStringLiteral("markdown-1");
        c.title = QStringLiteral("Markdown");
        c.createdAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
        c.prompt = QStringLiteral("Show code");
        CompareColumn a;
        a.target = QStringLiteral("sim-budget");
        CompareColumn b;
        b.target = QStringLiteral("sim-premium");
        c.columns = { a, b };
        CompareRun run;
        run.status = QStringLiteral("ok");
        run.modelUsed = QStringLiteral("sim-budget");
        run.content = QStringLiteral("# Retry\n\nUse **backoff**:\n\n```python\ndef retry():\n    pass\n```\n");
        CompareRun other = run;
        other.content = QStringLiteral("Plain *answer* with `code`.");
        c.runs = { { run }, { other } };
        ComparisonStore(m_dir.filePath(QStringLiteral("store-%1").arg(m_counter))).save(c);
        ComparePanel *panel = f->panel.get();
        QVERIFY(panel->openSaved(c.id));
        const QString html = panel->paneHtml(0);
        QVERIFY2(!html.contains(QStringLiteral("**")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("```")));
        QVERIFY(html.contains(QStringLiteral("copy:0:0"))); // the code block's copy link
        QVERIFY(html.contains(QStringLiteral("def retry")));
        QVERIFY(html.contains(QStringLiteral("font-weight")));
        QVERIFY(!panel->paneHtml(1).contains(QStringLiteral("*answer*")));
        QVERIFY(!panel->openSaved(QStringLiteral("nope")));
    }

    void batchRunsWithProgressAndResumes()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch-store"));
        auto f = makeFixture(folder);
        QVERIFY(f);
        ComparePanel *panel = f->panel.get();
        panel->addColumnButton()->click();
        selectTarget(panel, 0, QStringLiteral("Model"), QStringLiteral("sim-budget"));
        selectTarget(panel, 1, QStringLiteral("Model"), QStringLiteral("sim-standard"));
        selectTarget(panel, 2, QStringLiteral("Model"), QStringLiteral("sim-flaky"));
        panel->tabs()->setCurrentIndex(1);
        QAbstractItemModelTester tester(panel->batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A broken list does not start.
        panel->batchPromptsEdit()->setPlainText(QStringLiteral("ok\n{\"prompt\": "));
        QVERIFY(!panel->startBatch());
        QVERIFY(panel->batchStatusText().contains(QStringLiteral("line 2")));

        // Slow answers, one at a time, so the run can be interrupted midway.
        QList<SimModelSpec> specs = f->sim.models();
        for (SimModelSpec &spec : specs)
            spec.firstTokenLatencyMs = 80;
        f->sim.setModels(specs);
        panel->batchRun()->setConcurrency(1);
        panel->batchPromptsEdit()->setPlainText(
            QStringLiteral("First prompt\n{\"prompt\": \"Second, JSONL\"}\n"
                           "{\"messages\": [{\"role\": \"user\", \"content\": \"Third, as messages\"}]}\n"));
        QVERIFY(panel->batchStartButton()->isEnabled());
        QTest::mouseClick(panel->batchStartButton(), Qt::LeftButton);
        QVERIFY(panel->batchRun()->isRunning());
        QVERIFY(!panel->batchStartButton()->isEnabled());
        QVERIFY(panel->batchPauseButton()->isEnabled());
        QCOMPARE(panel->batchModel()->rowCount(), 9);
        QCOMPARE(panel->batchProgress()->maximum(), 9);
        QTRY_VERIFY_WITH_TIMEOUT(panel->batchProgress()->value() >= 2, 10000);
        const QString id = panel->batchRun()->batch().id;
        const int doneBefore = panel->batchRun()->doneCells();
        QVERIFY(doneBefore < 9);

        // Restart: the panel (and its run) go away midway, a new one resumes from the saved cells.
        f->panel.reset();
        const int standardBefore = f->sim.requestCount(QStringLiteral("sim-standard"));
        const std::optional<Batch> saved = ComparisonStore(folder).loadBatch(id);
        QVERIFY(saved);
        QCOMPARE(saved->doneCells(), doneBefore);
        int pendingStandard = 0;
        for (int p = 0; p < 3; ++p)
            pendingStandard += saved->cell(p, 1) ? 0 : 1;
        f->panel = std::make_unique<ComparePanel>(f->router.get(), f->config.get(), nullptr, nullptr);
        f->panel->setStoreFolder(folder);
        f->panel->resize(1200, 800);
        f->panel->show();
        panel = f->panel.get();
        QAbstractItemModelTester tester2(panel->batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(panel->batchRun(), &BatchRun::finished);
        QSignalSpy cells(panel->batchRun(), &BatchRun::cellFinished);
        Q_EMIT panel->batchResumeButton()->menu()->aboutToShow();
        const QList<QAction *> actions = panel->batchResumeButton()->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY2(actions.first()->text().contains(QStringLiteral("%1 of 9 done").arg(doneBefore)),
            qPrintable(actions.first()->text()));
        actions.first()->trigger();
        QVERIFY(panel->batchRun()->isRunning());
        QCOMPARE(panel->batchRun()->batch().id, id);
        QCOMPARE(panel->columnCount(), 3); // the batch's columns are shown
        QCOMPARE(BatchPrompt::parse(panel->batchPromptsEdit()->toPlainText()).prompts, saved->prompts);
        QCOMPARE(panel->batchProgress()->value(), doneBefore);
        QVERIFY(finished.wait(20000));
        QCOMPARE(cells.count(), 9 - doneBefore);
        QCOMPARE(f->sim.requestCount(QStringLiteral("sim-standard")) - standardBefore, pendingStandard);
        QCOMPARE(panel->batchProgress()->value(), 9);
        QVERIFY(panel->batchStatusText().contains(QStringLiteral("Finished")));

        // The results table: per prompt × column, with the fallback marked.
        QAbstractItemModel *model = panel->batchModel();
        QCOMPARE(model->rowCount(), 9);
        for (int row = 0; row < 9; ++row) {
            const QString status = model->index(row, BatchResultsModel::StatusColumn).data().toString();
            QVERIFY2(status.startsWith(QStringLiteral("ok")), qPrintable(status));
            QVERIFY(model->index(row, BatchResultsModel::CostColumn).data().toString().contains(QLatin1Char('$')));
            QVERIFY(
                model->index(row, BatchResultsModel::LatencyColumn).data().toString().contains(QStringLiteral("ms")));
        }
        QVERIFY(
            model->index(2, BatchResultsModel::StatusColumn).data().toString().contains(QStringLiteral("fallback")));
        QVERIFY(model->index(7, BatchResultsModel::PromptColumn).data().toString().contains(QStringLiteral("Third")));

        const QString csvPath = m_dir.filePath(QStringLiteral("batch.csv"));
        QVERIFY(panel->exportBatchCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QCOMPARE(csvText, panel->batchRun()->batch().toCsv());
        QCOMPARE(csvText.count(QStringLiteral("\r\n")), 10);
        QVERIFY(csvText.contains(QStringLiteral("\"Second, JSONL\"")));
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
