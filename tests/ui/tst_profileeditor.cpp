#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/config/keyreply.h"
#include "core/config/keyresolver.h"
#include "core/config/providerkind.h"
#include "core/export/exportformat.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/profiles/modelchecker.h"
#include "ui/profiles/modelspage.h"
#include "ui/profiles/profileeditor.h"
#include "ui/profiles/profileprobe.h"
#include "ui/profiles/providerspage.h"
#include "ui/profiles/teamspage.h"
#include "ui/profiles/tierspage.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestProfileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    Transport m_transport { &m_network };
    Simulator m_sim;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<ProfileEditor> m_editor;
    int m_leaveAsked = 0;
    ProfileEditor::LeaveChoice m_leaveChoice = ProfileEditor::LeaveChoice::Stay;

    QString configPath() const { return m_dir.filePath(QStringLiteral("config.json")); }
    const ProfileConfig &production() const
    {
        const ProfileConfig *p = m_editor->workingCopy().profile(QStringLiteral("production"));
        Q_ASSERT(p);
        return *p;
    }
    QListWidgetItem *firstErrorMentioning(const QString &pathPart) const
    {
        QListWidget *problems = m_editor->problemsList();
        for (int i = 0; i < problems->count(); ++i) {
            QListWidgetItem *item = problems->item(i);
            if (item->text().contains(pathPart))
                return item;
        }
        return nullptr;
    }

    void installLeavePrompt(ProfileEditor *editor)
    {
        editor->setLeavePrompt([this] {
            ++m_leaveAsked;
            return m_leaveChoice;
        });
    }

    const ProfileConfig &profile(const QString &name) const
    {
        const ProfileConfig *p = m_editor->workingCopy().profile(name);
        Q_ASSERT(p);
        return *p;
    }

    bool hasIssueAt(const QString &path) const
    {
        for (const ValidationIssue &issue : m_editor->issues()) {
            if (issue.path == path)
                return true;
        }
        return false;
    }

    /// Every piece of text the editor's widgets show or hold, including item views and tooltips.
    QStringList allWidgetTexts() const
    {
        QStringList texts;
        const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            texts << w->toolTip() << w->windowTitle() << w->accessibleName();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                texts << e->text() << e->displayText() << e->placeholderText();
            if (auto *l = qobject_cast<QLabel *>(w))
                texts << l->text();
            if (auto *t = qobject_cast<QPlainTextEdit *>(w))
                texts << t->toPlainText();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                texts << b->text();
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i) << c->itemData(i).toString();
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
                const QAbstractItemModel *model = v->model();
                for (int r = 0; model && r < model->rowCount(); ++r) {
                    for (int col = 0; col < model->columnCount(); ++col) {
                        const QModelIndex index = model->index(r, col);
                        texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString()
                              << index.data(Qt::EditRole).toString();
                    }
                }
            }
        }
        return texts;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    }

    void init()
    {
        QFile::remove(configPath());
        m_store = std::make_unique<ConfigStore>(configPath());
        QVERIFY(m_store->load());
        QVERIFY(m_store->isUsingBuiltins());
        m_store->setSimulatorBaseUrl(m_sim.baseUrl());
        m_sim.clearFaults();
        m_sim.resetCounters();
        m_leaveAsked = 0;
        m_leaveChoice = ProfileEditor::LeaveChoice::Stay;
        m_editor = std::make_unique<ProfileEditor>(m_store.get(), &m_transport);
        installLeavePrompt(m_editor.get());
        m_editor->resize(1200, 800);
        m_editor->show();
        m_editor->selectProfile(QStringLiteral("production"));
        QCOMPARE(m_editor->currentProfileName(), QStringLiteral("production"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_store.reset();
    }

    void brokenFileOnDiskIsListedWhileTheLastGoodOneServes()
    {
        const auto before = m_store->snapshot();
        QFile bad(configPath());
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QFile sample(test::dataFile(QStringLiteral("config-bad.json")));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        bad.write(sample.readAll());
        bad.close();
        QVERIFY(!m_store->load());
        QCOMPARE(m_store->snapshot(), before); // the last good configuration keeps serving
        QListWidgetItem *item = firstErrorMentioning(QStringLiteral("profiles.main.tier"));
        QVERIFY2(item, "the file's error is listed with its JSON path");
        QVERIFY(item->text().contains(QStringLiteral("not loaded")));
        QVERIFY(m_editor->problemsList()->count() >= 2);
    }

    void listShowsProfilesAndFormShowsSelection()
    {
        const QAbstractItemModel *model = m_editor->profileList()->model();
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, 0).data().toString();
        QCOMPARE(names, m_store->document().profileNames());
        QCOMPARE(m_editor->profileList()->currentIndex().data().toString(), QStringLiteral("production"));
        QCOMPARE(m_editor->retriesSpin()->value(), production().maxRetries);
        QCOMPARE(m_editor->chainList()->count(), int(production().fallbackChain.size()));
        QVERIFY(!m_editor->hasUnsavedChanges());
    }

    void retriesEditIsUndoable()
    {
        const int before = production().maxRetries;
        const int changed = before + 2;
        m_editor->retriesSpin()->setValue(changed);
        QCOMPARE(production().maxRetries, changed);
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(m_store->document().profile(QStringLiteral("production"))->maxRetries == before);

        m_editor->undoStack()->undo();
        QCOMPARE(production().maxRetries, before);
        QCOMPARE(m_editor->retriesSpin()->value(), before);
        QVERIFY(!m_editor->hasUnsavedChanges());

        m_editor->undoStack()->redo();
        QCOMPARE(production().maxRetries, changed);
    }

    void typingIntoOneFieldIsOneUndoStep()
    {
        const int retries = production().maxRetries;
        const int base = production().backoff.baseMs;
        m_editor->retriesSpin()->setValue(retries + 1);
        m_editor->retriesSpin()->setValue(retries + 4);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(production().maxRetries, retries + 4);
        m_editor->budgetCapSpin()->setValue(123.45);
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QCOMPARE(production().budget.monthlyCapMicros, qint64(123450000));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(production().maxRetries, retries);
        QCOMPARE(production().backoff.baseMs, base);
        QVERIFY(!m_editor->hasUnsavedChanges());
    }

    void reorderChainByMovingRow()
    {
        const QStringList before = production().fallbackChain;
        QVERIFY(before.size() >= 2);
        QAbstractItemModel *model = m_editor->chainList()->model();
        // Move row 1 above row 0, as an internal drag does.
        QVERIFY(model->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        QStringList expected = before;
        expected.move(1, 0);
        QTRY_COMPARE(production().fallbackChain, expected);
        m_editor->undoStack()->undo();
        QCOMPARE(production().fallbackChain, before);
    }

    void unknownModelIsAnErrorAndSaveIsRefused()
    {
        QVERIFY(!QFile::exists(configPath()));
        m_editor->chainModelCombo()->setCurrentText(QStringLiteral("no-such-model"));
        m_editor->chainAddButton()->click();
        QCOMPARE(production().fallbackChain.last(), QStringLiteral("no-such-model"));

        const int index = int(production().fallbackChain.size()) - 1;
        const QString path = QStringLiteral("profiles.production.fallbackChain[%1]").arg(index);
        QListWidgetItem *item = firstErrorMentioning(path);
        QVERIFY2(item, qPrintable(path));
        QVERIFY(item->text().contains(QStringLiteral("no-such-model")));

        QVERIFY(!m_editor->save());
        QVERIFY(!QFile::exists(configPath()));
        QVERIFY(m_editor->statusMessage().contains(path));
        QVERIFY(m_editor->hasUnsavedChanges());

        // Clicking the problem focuses the chain and selects the offending row.
        m_editor->selectProfile(QStringLiteral("dev"));
        m_editor->problemsList()->itemClicked(item);
        QCOMPARE(m_editor->currentProfileName(), QStringLiteral("production"));
        QCOMPARE(m_editor->chainList()->currentRow(), index);
    }

    void negativeCapIsAnError()
    {
        m_editor->budgetCapSpin()->setValue(-5.0);
        QCOMPARE(production().budget.monthlyCapMicros, qint64(-5000000));
        QVERIFY(firstErrorMentioning(QStringLiteral("profiles.production.budget.monthlyCapUsd")));
        QVERIFY(!m_editor->save());
        QVERIFY(!QFile::exists(configPath()));
    }

    void validEditSaves()
    {
        m_editor->retriesSpin()->setValue(production().maxRetries + 1);
        const int expected = production().maxRetries;
        QVERIFY(m_editor->save());
        QVERIFY(QFile::exists(configPath()));
        QVERIFY(!m_editor->hasUnsavedChanges());
        QCOMPARE(m_store->document().profile(QStringLiteral("production"))->maxRetries, expected);
    }

    void newFromTemplateAppearsInList()
    {
        const builtin::ProfileTemplate t = builtin::ProfileTemplate::CustomerFacingSaas;
        const QString name = m_editor->newFromTemplate(t);
        QVERIFY(!name.isEmpty());
        QVERIFY(m_editor->workingCopy().profile(name));
        QCOMPARE(m_editor->currentProfileName(), name);
        const QAbstractItemModel *model = m_editor->profileList()->model();
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r)
            found = found || model->index(r, 0).data().toString() == name;
        QVERIFY(found);
        // A second one gets a free name.
        const QString second = m_editor->newFromTemplate(t);
        QVERIFY(second != name);
        m_editor->undoStack()->undo();
        QVERIFY(!m_editor->workingCopy().profile(second));
    }

    void duplicateRenameDelete()
    {
        const QString copy = m_editor->duplicateProfile(QStringLiteral("production"));
        QCOMPARE(copy, QStringLiteral("production-copy"));
        QCOMPARE(m_editor->workingCopy().profile(copy)->fallbackChain, production().fallbackChain);

        QVERIFY(!m_editor->renameProfile(copy, QStringLiteral("dev"))); // taken
        QVERIFY(m_editor->renameProfile(QStringLiteral("demo"), QStringLiteral("showcase")));
        QCOMPARE(m_editor->workingCopy().defaultProfile, QStringLiteral("showcase"));
        QVERIFY(!m_editor->workingCopy().profile(QStringLiteral("demo")));

        QVERIFY(m_editor->deleteProfile(copy));
        QVERIFY(!m_editor->workingCopy().profile(copy));
        QCOMPARE(m_editor->profileList()->model()->rowCount(), int(m_editor->workingCopy().profiles.size()));

        m_editor->undoStack()->undo();
        QVERIFY(m_editor->workingCopy().profile(copy));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void exportPreviewLiteLlm()
    {
        QComboBox *combo = m_editor->formatCombo();
        const int index = combo->findData(int(ExportFormat::LiteLlm));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        QVERIFY(m_editor->exportPreview()->isReadOnly());
        QVERIFY(m_editor->exportPreview()->toPlainText().contains(QStringLiteral("model_list")));
    }

    void explainMentionsFirstChainModel()
    {
        const QString first = production().fallbackChain.first();
        QVERIFY(m_editor->explainView()->toPlainText().contains(first));
    }

    void keysShowReferencesOnly()
    {
        QListWidget *keys = m_editor->keysList();
        QCOMPARE(keys->count(), int(m_editor->workingCopy().providers.size()));
        for (const ProviderConfig &p : m_editor->workingCopy().providers) {
            if (p.apiKey.toString().isEmpty())
                continue;
            bool found = false;
            for (int i = 0; i < keys->count(); ++i)
                found = found || keys->item(i)->text().contains(p.apiKey.toString());
            QVERIFY(found);
        }
    }

    void revertDropsEdits()
    {
        m_editor->retriesSpin()->setValue(production().maxRetries + 3);
        QVERIFY(m_editor->hasUnsavedChanges());
        m_editor->revert();
        QVERIFY(!m_editor->hasUnsavedChanges());
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    // --- Test profile -------------------------------------------------------------------------

    void testProfileRoutesTheUnsavedWorkingCopy()
    {
        const QString demo = QString::fromLatin1(builtin::DemoProfile);
        m_editor->selectProfile(demo);
        const QString tierModel = m_editor->workingCopy().resolveModel(profile(demo).tier, QString());
        QVERIFY(!tierModel.isEmpty());
        // Unsaved edit: the chain is now [sim-premium] only, so the fallback can only be sim-premium.
        while (m_editor->chainList()->count() > 0) {
            m_editor->chainList()->setCurrentRow(0);
            QPushButton *remove = nullptr;
            for (QPushButton *b : m_editor->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("Remove")
                    && b->parentWidget() == m_editor->chainAddButton()->parentWidget())
                    remove = b;
            QVERIFY(remove);
            remove->click();
        }
        m_editor->chainModelCombo()->setCurrentText(QStringLiteral("sim-premium"));
        m_editor->chainAddButton()->click();
        QCOMPARE(profile(demo).fallbackChain, QStringList { QStringLiteral("sim-premium") });
        QVERIFY(m_editor->hasUnsavedChanges());

        m_sim.addFault(SimFault::httpError(503).forModel(tierModel));
        QSignalSpy done(m_editor.get(), &ProfileEditor::probeFinished);
        QVERIFY(m_editor->testButton()->isEnabled());
        m_editor->testButton()->click();
        QVERIFY(done.wait(20000));

        const RouteResult &r = m_editor->probe()->result();
        QCOMPARE(r.profile, demo);
        QVERIFY2(r.isOk(), qPrintable(r.error.message));
        QCOMPARE(r.modelUsed, QStringLiteral("sim-premium"));
        QVERIFY(r.fallbackUsed);
        QVERIFY(r.ttftMs >= 0);
        QVERIFY(r.usage.totalTokens > 0);
        QVERIFY(r.costMicros > 0);
        QVERIFY(m_sim.requestCount(tierModel) >= 1);
        QCOMPARE(m_sim.requestCount(QStringLiteral("sim-premium")), 1);
        QCOMPARE(m_sim.requestCount(QStringLiteral("sim-budget")), 0); // the saved chain was not used

        // The table shows every attempt: the failed tier model with its 503, then the answer.
        QTableWidget *table = m_editor->probeAttemptsTable();
        QCOMPARE(table->rowCount(), int(r.attempts.size()));
        QVERIFY(table->rowCount() >= 2);
        QCOMPARE(table->item(0, 1)->text(), tierModel);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("simulator"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("503"));
        QVERIFY(table->item(0, 7)->text().contains(QStringLiteral("503")));
        const int last = table->rowCount() - 1;
        QCOMPARE(table->item(last, 1)->text(), QStringLiteral("sim-premium"));
        QCOMPARE(table->item(last, 3)->text(), QStringLiteral("answered"));
        const QString summary = m_editor->probeSummaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("Answered by sim-premium")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("after falling back")));
        QVERIFY(summary.contains(QStringLiteral("time to first token %1 ms").arg(r.ttftMs)));
        QVERIFY(summary.contains(QStringLiteral("= %1").arg(r.usage.totalTokens)));
        QVERIFY(summary.contains(QStringLiteral("Cost: ")));
        // The probe never saved anything.
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(!QFile::exists(configPath()));
    }

    void testProfileExplainsAnErrorInPlainWords()
    {
        m_editor->selectProfile(QString::fromLatin1(builtin::DemoProfile));
        m_sim.addFault(SimFault::unauthorized());
        QSignalSpy done(m_editor.get(), &ProfileEditor::probeFinished);
        m_editor->testButton()->click();
        QVERIFY(done.wait(20000));
        const RouteResult &r = m_editor->probe()->result();
        QVERIFY(!r.isOk());
        QCOMPARE(r.error.kind, RouteError::Kind::Auth);
        QCOMPARE(m_editor->probeAttemptsTable()->rowCount(), 1); // auth stops the chain
        QCOMPARE(m_editor->probeAttemptsTable()->item(0, 4)->text(), QStringLiteral("401"));
        const QString summary = m_editor->probeSummaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("No answer: The provider refused the key")), qPrintable(summary));
        QCOMPARE(m_editor->testButton()->text(), QStringLiteral("Test profile"));
    }

    // --- Check models -------------------------------------------------------------------------

    void checkModelsFlagsMissingAndUnservedModels()
    {
        const QString demo = QString::fromLatin1(builtin::DemoProfile);
        m_editor->selectProfile(demo);
        // A catalog entry on the Simulator that the Simulator does not serve, and one not in any catalog.
        m_editor->modelsPage()->addButton()->click();
        const int row = m_editor->modelsPage()->rowOf(QStringLiteral("new-model"));
        QVERIFY(row >= 0);
        QTableWidget *models = m_editor->modelsPage()->table();
        models->item(row, ModelsPage::ProviderColumn)->setText(QStringLiteral("simulator"));
        models->item(m_editor->modelsPage()->rowOf(QStringLiteral("new-model")), ModelsPage::IdColumn)
            ->setText(QStringLiteral("sim-ghost"));
        QVERIFY(m_editor->workingCopy().model(QStringLiteral("sim-ghost")));
        QCOMPARE(m_editor->workingCopy().model(QStringLiteral("sim-ghost"))->providerId, QStringLiteral("simulator"));
        for (const QString &model : { QStringLiteral("sim-ghost"), QStringLiteral("no-such-model") }) {
            m_editor->chainModelCombo()->setCurrentText(model);
            m_editor->chainAddButton()->click();
        }
        QCOMPARE(profile(demo).fallbackChain.size(), 3);

        QSignalSpy done(m_editor.get(), &ProfileEditor::modelCheckFinished);
        QVERIFY(m_editor->checkModelsButton()->isEnabled());
        m_editor->checkModelsButton()->click();
        QVERIFY(done.wait(10000));

        const QList<ModelCheckFinding> findings = m_editor->modelChecker()->findings();
        const auto find = [&findings](const QString &model) -> const ModelCheckFinding * {
            for (const ModelCheckFinding &f : findings)
                if (f.model == model)
                    return &f;
            return nullptr;
        };
        const ModelCheckFinding *served = find(QStringLiteral("sim-budget"));
        QVERIFY(served);
        QVERIFY(!served->isProblem());
        const ModelCheckFinding *ghost = find(QStringLiteral("sim-ghost"));
        QVERIFY(ghost);
        QVERIFY(ghost->isProblem());
        QCOMPARE(ghost->path, QStringLiteral("profiles.demo.fallbackChain[1]"));
        QVERIFY(ghost->message.contains(QStringLiteral("GET /models")));
        const ModelCheckFinding *missing = find(QStringLiteral("no-such-model"));
        QVERIFY(missing);
        QVERIFY(missing->message.contains(QStringLiteral("not in the catalog")));
        QCOMPARE(m_editor->modelChecker()->problemCount(), 2);

        // Shown in the Explain tab's list and as warnings in Problems, each focusable.
        QListWidget *list = m_editor->modelCheckList();
        QCOMPARE(list->count(), int(findings.size()));
        bool listed = false;
        for (int i = 0; i < list->count(); ++i)
            listed = listed || list->item(i)->text().contains(QStringLiteral("sim-ghost"));
        QVERIFY(listed);
        QListWidgetItem *problem = firstErrorMentioning(QStringLiteral("Check models: model 'sim-ghost'"));
        QVERIFY(problem);
        m_editor->problemsList()->itemClicked(problem);
        QCOMPARE(m_editor->chainList()->currentRow(), 1);

        // Any later edit makes the findings stale: they go.
        m_editor->retriesSpin()->setValue(profile(demo).maxRetries + 1);
        QVERIFY(!firstErrorMentioning(QStringLiteral("Check models:")));
    }

    void checkModelsReportsAProviderAnswering404()
    {
        // A provider whose base URL is not an API root: GET {base}/models answers 404.
        QTabWidget *pages = m_editor->pages();
        pages->setCurrentWidget(m_editor->providersPage());
        m_editor->providersPage()->addButton()->click();
        QCOMPARE(m_editor->providersPage()->currentProvider(), QStringLiteral("custom"));
        QUrl wrong = m_sim.baseUrl();
        wrong.setPath(QStringLiteral("/nothing-here"));
        retype(m_editor->providersPage()->baseUrlEdit(), wrong.toString());
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("custom"))->baseUrl, wrong);
        m_editor->modelsPage()->addButton()->click(); // new-model on the first provider
        QTableWidget *models = m_editor->modelsPage()->table();
        models->item(m_editor->modelsPage()->rowOf(QStringLiteral("new-model")), ModelsPage::ProviderColumn)
            ->setText(QStringLiteral("custom"));
        m_editor->chainModelCombo()->setCurrentText(QStringLiteral("new-model"));
        m_editor->chainAddButton()->click();

        QSignalSpy done(m_editor.get(), &ProfileEditor::modelCheckFinished);
        m_editor->checkModelsButton()->click();
        QVERIFY(done.wait(10000));
        bool reported = false;
        for (const ModelCheckFinding &f : m_editor->modelChecker()->findings())
            reported = reported
                || (f.model == QStringLiteral("new-model") && f.isProblem()
                    && f.message.contains(QStringLiteral("answers 404 on GET /models")));
        QVERIFY(reported);
    }

    // --- Editing ------------------------------------------------------------------------------

    void timeoutsAreEditedThroughTheWorkingCopy()
    {
        QSpinBox *connect = m_editor->timeoutSpin(QStringLiteral("connectMs"));
        QSpinBox *stall = m_editor->timeoutSpin(QStringLiteral("stallMs"));
        QVERIFY(connect && stall && m_editor->timeoutSpin(QStringLiteral("firstByteMs"))
            && m_editor->timeoutSpin(QStringLiteral("totalMs")));
        connect->setValue(2500);
        stall->setValue(9000);
        QCOMPARE(production().timeouts.connectMs, 2500);
        QCOMPARE(production().timeouts.stallMs, 9000);
        QVERIFY(m_editor->hasUnsavedChanges());
        m_editor->undoStack()->undo();
        QCOMPARE(production().timeouts.stallMs, 0);
        QCOMPARE(stall->value(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(production().timeouts.connectMs, 0);
        QVERIFY(!m_editor->hasUnsavedChanges());
    }

    void rateLimitTableAddEditRemove()
    {
        QTableWidget *table = m_editor->rateLimitTable();
        QCOMPARE(table->rowCount(), 0);
        m_editor->rateLimitAddButton()->click();
        QCOMPARE(production().rateLimits.size(), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), production().rateLimits.first().target);

        table->item(0, 2)->setText(QStringLiteral("-5"));
        QCOMPARE(production().rateLimits.first().rpm, -5);
        QVERIFY(hasIssueAt(QStringLiteral("profiles.production.rateLimits[0].rpm")));
        QVERIFY(!m_editor->save());
        table->item(0, 2)->setText(QStringLiteral("120"));
        table->item(0, 3)->setText(QStringLiteral("50000"));
        table->item(0, 4)->setText(QStringLiteral("1500"));
        QCOMPARE(production().rateLimits.first().rpm, 120);
        QCOMPARE(production().rateLimits.first().tpm, qint64(50000));
        QCOMPARE(production().rateLimits.first().maxWaitMs, 1500);
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.rateLimits[0].rpm")));

        auto *scope = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
        QVERIFY(scope);
        table->item(0, 1)->setText(QStringLiteral("gateway"));
        scope->setCurrentIndex(scope->findData(int(RateLimitConfig::Scope::Provider)));
        QCOMPARE(production().rateLimits.first().scope, RateLimitConfig::Scope::Provider);
        QCOMPARE(production().rateLimits.first().target, QStringLiteral("gateway"));

        // Not a number: refused, the stored value shows again.
        table->item(0, 2)->setText(QStringLiteral("lots"));
        QCOMPARE(production().rateLimits.first().rpm, 120);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("120"));

        table->setCurrentCell(0, 1);
        m_editor->rateLimitRemoveButton()->click();
        QVERIFY(production().rateLimits.isEmpty());
        m_editor->undoStack()->undo();
        QCOMPARE(production().rateLimits.size(), 1);
    }

    void circuitBreakerBudgetAndAlerts()
    {
        m_editor->breakerFailuresSpin()->setValue(7);
        QCOMPARE(production().circuitBreaker.failuresToOpen, 7);

        QComboBox *action = m_editor->budgetActionCombo();
        action->setCurrentIndex(action->findData(int(BudgetConfig::Action::Downgrade)));
        QCOMPARE(production().budget.action, BudgetConfig::Action::Downgrade);

        m_editor->approvalThresholdSpin()->setValue(0.25);
        QCOMPARE(production().budget.approvalThresholdMicros, qint64(250000));
        m_editor->approvalThresholdSpin()->setValue(-1.0);
        QVERIFY(hasIssueAt(QStringLiteral("profiles.production.budget.approvalThresholdUsd")));
        m_editor->approvalThresholdSpin()->setValue(0.5);
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.budget.approvalThresholdUsd")));

        retype(m_editor->budgetAlertsEdit(), QStringLiteral("0.5, 0.9"));
        QCOMPARE(production().budget.alertThresholds, (QList<double> { 0.5, 0.9 }));

        m_editor->alertP95Spin()->setValue(1200);
        m_editor->alertFallbackRateSpin()->setValue(0.3);
        m_editor->alertBudgetCapSpin()->setValue(100.0);
        QCOMPARE(production().observability.alertThresholds.latencyP95Ms, 1200);
        QCOMPARE(production().observability.alertThresholds.fallbackRate, 0.3);
        QCOMPARE(production().observability.alertThresholds.monthlyBudgetCapMicros, qint64(100000000));

        // Each field is its own undo step; undoing all returns to the stored document.
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void criticalityRoutingAndQueue()
    {
        QComboBox *critical = m_editor->criticalityCombo(QStringLiteral("critical"));
        QComboBox *background = m_editor->criticalityCombo(QStringLiteral("background"));
        QVERIFY(critical && background && m_editor->criticalityCombo(QStringLiteral("standard")));
        critical->setCurrentIndex(critical->findData(QStringLiteral("premium")));
        background->setCurrentIndex(background->findData(QStringLiteral("budget")));
        QCOMPARE(production().criticality.critical, QStringLiteral("premium"));
        QCOMPARE(production().criticality.background, QStringLiteral("budget"));
        m_editor->queueConcurrencySpin()->setValue(4);
        m_editor->queueRetryWindowSpin()->setValue(600000);
        QCOMPARE(production().criticality.backgroundQueue.maxConcurrent, 4);
        QCOMPARE(production().criticality.backgroundQueue.retryWindowMs, qint64(600000));
        // Back to "the profile's tier".
        critical->setCurrentIndex(critical->findData(QString()));
        QVERIFY(production().criticality.critical.isEmpty());
        m_editor->undoStack()->undo();
        QCOMPARE(production().criticality.critical, QStringLiteral("premium"));
        QCOMPARE(critical->currentData().toString(), QStringLiteral("premium"));
    }

    void teamsWithKeysPerTier()
    {
        TeamsPage *teams = m_editor->teamsPage();
        teams->addButton()->click();
        const TeamConfig *team = m_editor->workingCopy().team(QStringLiteral("team"));
        QVERIFY(team);
        teams->addKeyButton()->click();
        team = m_editor->workingCopy().team(QStringLiteral("team"));
        QCOMPARE(team->keys.size(), 1);
        const QString tier = team->keys.firstKey();
        QTableWidget *keys = teams->keysTable();
        QCOMPARE(keys->rowCount(), 1);
        keys->item(0, TeamsPage::KeyColumn)->setText(QStringLiteral("keychain:team-budget"));
        keys->item(0, TeamsPage::RotationColumn)->setText(QStringLiteral("2030-01-31"));
        team = m_editor->workingCopy().team(QStringLiteral("team"));
        QCOMPARE(team->keys.value(tier).key, KeyRef::keychain(QStringLiteral("team-budget")));
        QCOMPARE(team->keys.value(tier).rotationDate, QDate(2030, 1, 31));
        keys->item(0, TeamsPage::KeyColumn)->setText(QStringLiteral("plaintext-key"));
        QVERIFY(hasIssueAt(QStringLiteral("teams.team.keys.%1.key").arg(tier)));
        keys->item(0, TeamsPage::KeyColumn)->setText(QStringLiteral("env:TEAM_KEY"));
        QVERIFY(!hasIssueAt(QStringLiteral("teams.team.keys.%1.key").arg(tier)));

        // The profile may use the team: a checkable list in the profile form.
        QListWidget *allowed = m_editor->profileTeamsList();
        QCOMPARE(allowed->count(), 1);
        allowed->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(production().teams, QStringList { QStringLiteral("team") });
        m_editor->undoStack()->undo();
        QVERIFY(production().teams.isEmpty());
    }

    void providersPageEditsWithValidationAndFocus()
    {
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectProvider(QStringLiteral("gateway"));
        retype(page->baseUrlEdit(), QStringLiteral("ftp://example.com/v1"));
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->baseUrl,
            QUrl(QStringLiteral("ftp://example.com/v1")));
        QListWidgetItem *item = firstErrorMentioning(QStringLiteral("providers.gateway.baseUrl"));
        QVERIFY(item);
        QCOMPARE(m_editor->undoStack()->count(), 1); // typing is one step

        page->addHeaderButton()->click();
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->headers.size(), 1);
        page->headersTable()->item(0, 1)->setText(QStringLiteral("team-a"));
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->headers.value(QStringLiteral("X-Header")),
            QStringLiteral("team-a"));
        QComboBox *kind = page->kindCombo();
        kind->setCurrentText(QStringLiteral("vllm"));
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->kind, QStringLiteral("vllm"));
        retype(page->keyRefEdit(), QStringLiteral("keychain:gw"));
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->apiKey,
            KeyRef::keychain(QStringLiteral("gw")));

        // Clicking the problem shows the Providers page with the URL field focused.
        m_editor->pages()->setCurrentIndex(0);
        item = firstErrorMentioning(QStringLiteral("providers.gateway.baseUrl")); // the list was rebuilt
        QVERIFY(item);
        m_editor->problemsList()->itemClicked(item);
        QCOMPARE(m_editor->pages()->currentWidget(), page);
        QCOMPARE(page->currentProvider(), QStringLiteral("gateway"));
        QTRY_VERIFY(page->baseUrlEdit()->hasFocus());

        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void providerKindsAndPresetsComeFromCore()
    {
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        QComboBox *kind = page->kindCombo();
        QStringList offered;
        for (int i = 0; i < kind->count(); ++i)
            offered.append(kind->itemText(i));
        QStringList presets;
        for (const ProviderPreset &p : providerPresets())
            presets.append(p.kind);
        QCOMPARE(offered, presets);
        for (const QString &k : offered)
            QVERIFY2(providerKindNames().contains(k), qPrintable(k));
        QCOMPARE(kind->itemData(kind->findText(QStringLiteral("together")), Qt::ToolTipRole).toString(),
            QStringLiteral("Together AI"));

        // A new provider takes the picked kind's address and key variable.
        page->addButton()->click();
        kind->setCurrentIndex(kind->findText(QStringLiteral("groq")));
        // The id follows the kind while nobody chose one (see newProvidersGetIdsFromTheirKind).
        const auto provider = [&] { return *m_editor->workingCopy().provider(page->currentProvider()); };
        QCOMPARE(provider().kind, QStringLiteral("groq"));
        QCOMPARE(provider().baseUrl, QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
        QCOMPARE(provider().apiKey, KeyRef::env(QStringLiteral("GROQ_API_KEY")));
        QCOMPARE(page->baseUrlEdit()->text(), QStringLiteral("https://api.groq.com/openai/v1"));
        QCOMPARE(page->keyRefEdit()->text(), QStringLiteral("env:GROQ_API_KEY"));
        QVERIFY(!page->apiVersionEdit()->isEnabled()); // only Azure sends one

        // Azure: no common address, an API version to fill in, validated by core.
        kind->setCurrentIndex(kind->findText(QStringLiteral("azure")));
        QVERIFY(provider().baseUrl.isEmpty());
        QCOMPARE(provider().apiKey, KeyRef::env(QStringLiteral("AZURE_API_KEY")));
        QVERIFY(page->apiVersionEdit()->isEnabled());
        retype(page->apiVersionEdit(), QStringLiteral("2024-13"));
        QCOMPARE(provider().apiVersion, QStringLiteral("2024-13"));
        QVERIFY(firstErrorMentioning(QStringLiteral("providers.%1.apiVersion").arg(page->currentProvider())));
        retype(page->apiVersionEdit(), QStringLiteral("2024-10-21"));
        QCOMPARE(provider().apiVersion, QStringLiteral("2024-10-21"));
        QVERIFY(!firstErrorMentioning(QStringLiteral("providers.%1.apiVersion").arg(page->currentProvider())));

        // A URL typed by hand survives a change of kind.
        retype(page->baseUrlEdit(), QStringLiteral("https://acme.openai.azure.com/openai"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("openai")));
        QCOMPARE(provider().baseUrl, QUrl(QStringLiteral("https://acme.openai.azure.com/openai")));
        QCOMPARE(provider().apiKey, KeyRef::env(QStringLiteral("OPENAI_API_KEY")));
    }

    // Add provider gives a meaningful, unique id: the kind's name ("custom" until a kind is picked,
    // then "openai", "groq-2", ...), and the provider's models move with it.
    void newProvidersGetIdsFromTheirKind()
    {
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        QComboBox *kind = page->kindCombo();
        const TiergateConfig &doc = m_editor->workingCopy();
        QVERIFY(!doc.provider(QStringLiteral("openai")));

        page->addButton()->click();
        QCOMPARE(page->currentProvider(), QStringLiteral("custom"));
        QVERIFY(!doc.provider(QStringLiteral("provider")));
        // A model of this provider, and a per-provider rate limit naming it.
        m_editor->modelsPage()->addButton()->click();
        QTableWidget *models = m_editor->modelsPage()->table();
        models->item(m_editor->modelsPage()->rowOf(QStringLiteral("new-model")), ModelsPage::ProviderColumn)
            ->setText(QStringLiteral("custom"));
        QCOMPARE(doc.model(QStringLiteral("new-model"))->providerId, QStringLiteral("custom"));

        m_editor->pages()->setCurrentWidget(page);
        kind->setCurrentIndex(kind->findText(QStringLiteral("openai")));
        QCOMPARE(page->currentProvider(), QStringLiteral("openai"));
        QVERIFY(!doc.provider(QStringLiteral("custom")));
        QCOMPARE(doc.provider(QStringLiteral("openai"))->kind, QStringLiteral("openai"));
        QCOMPARE(page->idEdit()->text(), QStringLiteral("openai"));
        QVERIFY(!page->providerList()->findItems(QStringLiteral("openai"), Qt::MatchExactly).isEmpty());
        QCOMPARE(doc.model(QStringLiteral("new-model"))->providerId, QStringLiteral("openai"));
        // The catalog's OpenAI models are tied to "openai": now they have a provider.
        QString openAiModel;
        for (const ModelConfig &m : doc.catalog) {
            if (m.providerId == QLatin1String("openai") && openAiModel.isEmpty())
                openAiModel = m.id;
        }
        QVERIFY(!openAiModel.isEmpty());
        QCOMPARE(doc.providerForModel(openAiModel)->id, QStringLiteral("openai"));

        // A second one: "custom" again, then "openai-2"; a third picked as Groq is "groq".
        page->addButton()->click();
        QCOMPARE(page->currentProvider(), QStringLiteral("custom"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("openai")));
        QCOMPARE(page->currentProvider(), QStringLiteral("openai-2"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("groq")));
        QCOMPARE(page->currentProvider(), QStringLiteral("groq"));
        QVERIFY(doc.provider(QStringLiteral("openai"))); // the first keeps its id
        QCOMPARE(doc.model(QStringLiteral("new-model"))->providerId, QStringLiteral("openai"));

        // An id the user chose stays when the kind changes.
        page->selectProvider(QStringLiteral("groq"));
        retype(page->idEdit(), QStringLiteral("work"));
        QTest::keyClick(page->idEdit(), Qt::Key_Return);
        QCOMPARE(page->currentProvider(), QStringLiteral("work"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("mistral")));
        QCOMPARE(page->currentProvider(), QStringLiteral("work"));
        QCOMPARE(doc.provider(QStringLiteral("work"))->kind, QStringLiteral("mistral"));

        // Renaming by hand moves the models too; undo puts everything back.
        page->selectProvider(QStringLiteral("openai"));
        retype(page->idEdit(), QStringLiteral("openai-main"));
        QTest::keyClick(page->idEdit(), Qt::Key_Return);
        QCOMPARE(doc.model(QStringLiteral("new-model"))->providerId, QStringLiteral("openai-main"));
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void modelCatalogEditsOverrideTheBuiltIns()
    {
        const TiergateConfig &doc = m_editor->workingCopy();
        QString catalogOnly;
        for (const ModelConfig &m : doc.catalog) {
            bool user = false;
            for (const ModelConfig &u : doc.models)
                user = user || u.id == m.id;
            if (!user) {
                catalogOnly = m.id;
                break;
            }
        }
        QVERIFY(!catalogOnly.isEmpty());
        ModelsPage *page = m_editor->modelsPage();
        const int row = page->rowOf(catalogOnly);
        QVERIFY(row >= 0);
        const qsizetype before = doc.models.size();
        page->table()->item(row, ModelsPage::ContextColumn)->setText(QStringLiteral("4096"));
        QCOMPARE(m_editor->workingCopy().models.size(), before + 1);
        QCOMPARE(m_editor->workingCopy().model(catalogOnly)->contextWindow, qint64(4096));
        page->table()->item(page->rowOf(catalogOnly), ModelsPage::InputPriceColumn)->setText(QStringLiteral("1.25"));
        QCOMPARE(m_editor->workingCopy().model(catalogOnly)->inputPerMTokMicros, qint64(1250000));
        page->table()->item(page->rowOf(catalogOnly), ModelsPage::OutputPriceColumn)->setText(QStringLiteral("-2"));
        const int index = int(m_editor->workingCopy().models.size()) - 1;
        QVERIFY(hasIssueAt(QStringLiteral("models[%1].outputPer1M").arg(index)));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void tiersDefaultModelAndAliases()
    {
        TiersPage *page = m_editor->tiersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectTier(QStringLiteral("budget"));
        QCOMPARE(page->currentTier(), QStringLiteral("budget"));
        page->defaultModelCombo()->setCurrentText(QStringLiteral("qwen3-32b"));
        QCOMPARE(m_editor->workingCopy().tier(QStringLiteral("budget"))->defaultModel, QStringLiteral("qwen3-32b"));
        QCOMPARE(m_editor->workingCopy().resolveModel(QStringLiteral("budget"), QStringLiteral("anything")),
            QStringLiteral("qwen3-32b"));

        page->addAliasButton()->click();
        QTableWidget *aliases = page->aliasTable();
        QCOMPARE(aliases->rowCount(), int(m_editor->workingCopy().tier(QStringLiteral("budget"))->aliases.size()));
        int row = -1;
        for (int r = 0; r < aliases->rowCount(); ++r)
            if (aliases->item(r, TiersPage::RequestedColumn)->text() == QStringLiteral("requested-model"))
                row = r;
        QVERIFY(row >= 0);
        aliases->item(row, TiersPage::RequestedColumn)->setText(QStringLiteral("gpt-4o"));
        row = -1;
        for (int r = 0; r < aliases->rowCount(); ++r)
            if (aliases->item(r, TiersPage::RequestedColumn)->text() == QStringLiteral("gpt-4o"))
                row = r;
        QVERIFY(row >= 0);
        aliases->item(row, TiersPage::ModelColumn)->setText(QStringLiteral("no-such-model"));
        QCOMPARE(m_editor->workingCopy().resolveModel(QStringLiteral("budget"), QStringLiteral("gpt-4o")),
            QStringLiteral("no-such-model"));
        QListWidgetItem *item = firstErrorMentioning(QStringLiteral("tiers.budget.aliases.gpt-4o"));
        QVERIFY(item);
        m_editor->pages()->setCurrentIndex(0);
        m_editor->problemsList()->itemClicked(item);
        QCOMPARE(m_editor->pages()->currentWidget(), page);
        QCOMPARE(aliases->currentRow(), row);

        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
        QCOMPARE(
            page->defaultModelCombo()->currentText(), m_store->document().tier(QStringLiteral("budget"))->defaultModel);
    }

    // --- Removing and renaming entries of the Providers, Tiers and Teams pages ----------------

    void removeProviderStillUsedByModels()
    {
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectProvider(QStringLiteral("gateway"));
        QCOMPARE(page->currentProvider(), QStringLiteral("gateway"));
        QList<int> served; // indexes of the user models the gateway serves
        for (int i = 0; i < m_editor->workingCopy().models.size(); ++i) {
            if (m_editor->workingCopy().models.at(i).providerId == QStringLiteral("gateway"))
                served.append(i);
        }
        QVERIFY(!served.isEmpty());
        QVERIFY(!hasIssueAt(QStringLiteral("models[%1].provider").arg(served.first())));

        page->removeButton()->click();
        QVERIFY(!m_editor->workingCopy().provider(QStringLiteral("gateway")));
        QVERIFY(page->providerList()->findItems(QStringLiteral("gateway"), Qt::MatchExactly).isEmpty());
        QCOMPARE(page->providerList()->count(), int(m_editor->workingCopy().providers.size()));
        QVERIFY(m_editor->workingCopy().provider(page->currentProvider())); // another entry is shown
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Remove provider gateway"));
        // The models keep naming the provider; validation points at each of them by JSON path.
        for (int i : served) {
            const QString path = QStringLiteral("models[%1].provider").arg(i);
            QCOMPARE(m_editor->workingCopy().models.at(i).providerId, QStringLiteral("gateway"));
            QVERIFY2(hasIssueAt(path), qPrintable(path));
            QVERIFY2(firstErrorMentioning(path), qPrintable(path));
        }
        QVERIFY(!m_editor->save());

        m_editor->undoStack()->undo();
        QVERIFY(m_editor->workingCopy().provider(QStringLiteral("gateway")));
        QCOMPARE(page->providerList()->findItems(QStringLiteral("gateway"), Qt::MatchExactly).size(), 1);
        QVERIFY(!hasIssueAt(QStringLiteral("models[%1].provider").arg(served.first())));
        QVERIFY(!firstErrorMentioning(QStringLiteral("models[%1].provider").arg(served.first())));
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void removeTierLeavesProfilesPointingAtIt()
    {
        TiersPage *page = m_editor->tiersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectTier(QStringLiteral("premium"));
        QCOMPARE(production().tier, QStringLiteral("premium"));
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.tier")));

        page->removeButton()->click();
        QVERIFY(!m_editor->workingCopy().tier(QStringLiteral("premium")));
        QVERIFY(page->tierList()->findItems(QStringLiteral("premium"), Qt::MatchExactly).isEmpty());
        QCOMPARE(page->tierList()->count(), int(m_editor->workingCopy().tiers.size()));
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Remove tier premium"));
        // What the page promises: profiles using the tier stay as they are, and the validator
        // points at every place that names it.
        QCOMPARE(production().tier, QStringLiteral("premium"));
        QCOMPARE(production().criticality.critical, QStringLiteral("premium"));
        QVERIFY(firstErrorMentioning(QStringLiteral("profiles.production.tier")));
        QVERIFY(hasIssueAt(QStringLiteral("profiles.production.criticality.critical")));
        QVERIFY(hasIssueAt(QStringLiteral("profiles.dev.criticality.critical")));
        QVERIFY(!m_editor->save());

        m_editor->undoStack()->undo();
        QVERIFY(m_editor->workingCopy().tier(QStringLiteral("premium")));
        QCOMPARE(page->tierList()->findItems(QStringLiteral("premium"), Qt::MatchExactly).size(), 1);
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.tier")));
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.criticality.critical")));
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void removeTeamAlsoLeavesTheProfiles()
    {
        TeamsPage *teams = m_editor->teamsPage();
        m_editor->pages()->setCurrentWidget(teams);
        QVERIFY(!teams->removeButton()->isEnabled()); // no team yet
        teams->addButton()->click();
        teams->addKeyButton()->click();
        QVERIFY(teams->removeButton()->isEnabled());
        QListWidget *allowed = m_editor->profileTeamsList();
        QCOMPARE(allowed->count(), 1);
        allowed->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(production().teams, QStringList { QStringLiteral("team") });
        const TiergateConfig withTeam = m_editor->workingCopy();
        const int steps = m_editor->undoStack()->count();

        teams->selectTeam(QStringLiteral("team"));
        teams->removeButton()->click();
        QVERIFY(!m_editor->workingCopy().team(QStringLiteral("team")));
        QCOMPARE(teams->teamList()->count(), 0);
        QVERIFY(teams->currentTeam().isEmpty());
        QVERIFY(!teams->removeButton()->isEnabled());
        QCOMPARE(teams->keysTable()->rowCount(), 0);
        QVERIFY(production().teams.isEmpty()); // the profile no longer names the removed team
        QCOMPARE(allowed->count(), 0);
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Remove team team"));
        QVERIFY(!hasIssueAt(QStringLiteral("teams.team")));

        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), withTeam);
        QCOMPARE(teams->teamList()->count(), 1);
        QCOMPARE(teams->currentTeam(), QStringLiteral("team"));
        QCOMPARE(teams->keysTable()->rowCount(), 1);
        QCOMPARE(production().teams, QStringList { QStringLiteral("team") });
        QCOMPARE(allowed->count(), 1);
        QCOMPARE(allowed->item(0)->checkState(), Qt::Checked);
    }

    void renameProviderRewritesItsReferences()
    {
        // A provider-scoped rate limit names the provider too.
        m_editor->rateLimitAddButton()->click();
        QTableWidget *limits = m_editor->rateLimitTable();
        auto *scope = qobject_cast<QComboBox *>(limits->cellWidget(0, 0));
        QVERIFY(scope);
        scope->setCurrentIndex(scope->findData(int(RateLimitConfig::Scope::Provider)));
        limits->item(0, 1)->setText(QStringLiteral("gateway"));
        limits->item(0, 2)->setText(QStringLiteral("60"));
        QCOMPARE(production().rateLimits.first().target, QStringLiteral("gateway"));
        QVERIFY(!hasIssueAt(QStringLiteral("profiles.production.rateLimits[0].target")));
        const TiergateConfig before = m_editor->workingCopy();
        const int steps = m_editor->undoStack()->count();
        QStringList served;
        for (const ModelConfig &m : before.models) {
            if (m.providerId == QStringLiteral("gateway"))
                served.append(m.id);
        }
        QVERIFY(!served.isEmpty());

        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectProvider(QStringLiteral("gateway"));
        retype(page->idEdit(), QStringLiteral("gw"));
        // Typing alone renames nothing: the rename happens when editing ends.
        QVERIFY(m_editor->workingCopy().provider(QStringLiteral("gateway")));
        QCOMPARE(m_editor->undoStack()->count(), steps);
        QTest::keyClick(page->idEdit(), Qt::Key_Return);

        const TiergateConfig &after = m_editor->workingCopy();
        QVERIFY(!after.provider(QStringLiteral("gateway")));
        QVERIFY(after.provider(QStringLiteral("gw")));
        for (const QString &id : served)
            QCOMPARE(after.model(id)->providerId, QStringLiteral("gw"));
        QCOMPARE(production().rateLimits.first().target, QStringLiteral("gw"));
        QCOMPARE(page->currentProvider(), QStringLiteral("gw"));
        QCOMPARE(page->idEdit()->text(), QStringLiteral("gw"));
        QCOMPARE(page->providerList()->currentItem()->text(), QStringLiteral("gw"));
        QVERIFY(page->providerList()->findItems(QStringLiteral("gateway"), Qt::MatchExactly).isEmpty());
        for (const ValidationIssue &issue : m_editor->issues())
            QVERIFY2(!issue.isError(), qPrintable(issue.path));
        QCOMPARE(m_editor->undoStack()->count(), steps + 1); // one step, however many references
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Rename provider gateway"));

        // Leaving the field after Enter does not rename again.
        page->baseUrlEdit()->setFocus();
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);

        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), before);
        QCOMPARE(page->providerList()->findItems(QStringLiteral("gateway"), Qt::MatchExactly).size(), 1);
        QVERIFY(page->providerList()->findItems(QStringLiteral("gw"), Qt::MatchExactly).isEmpty());
        m_editor->undoStack()->redo();
        QCOMPARE(production().rateLimits.first().target, QStringLiteral("gw"));
    }

    void renameProviderWhenFocusLeavesTheField()
    {
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectProvider(QStringLiteral("simulator"));
        retype(page->idEdit(), QStringLiteral("local-sim"));
        QVERIFY(page->idEdit()->hasFocus());
        page->baseUrlEdit()->setFocus();
        QTRY_VERIFY(m_editor->workingCopy().provider(QStringLiteral("local-sim")));
        QVERIFY(!m_editor->workingCopy().provider(QStringLiteral("simulator")));
        for (const ModelConfig &m : m_editor->workingCopy().models)
            QVERIFY2(m.providerId != QStringLiteral("simulator"), qPrintable(m.id));
        QCOMPARE(page->currentProvider(), QStringLiteral("local-sim"));
        QCOMPARE(m_editor->undoStack()->count(), 1);

        // Clicking another provider in the list ends the edit too: the rename happens first, then
        // the clicked provider is shown.
        page->selectProvider(QStringLiteral("gateway"));
        retype(page->idEdit(), QStringLiteral("gw"));
        QListWidget *list = page->providerList();
        QListWidgetItem *other = list->findItems(QStringLiteral("local-sim"), Qt::MatchExactly).value(0);
        QVERIFY(other);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(other).center());
        QVERIFY(m_editor->workingCopy().provider(QStringLiteral("gw")));
        QVERIFY(!m_editor->workingCopy().provider(QStringLiteral("gateway")));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QCOMPARE(page->currentProvider(), QStringLiteral("local-sim"));
        QCOMPARE(page->idEdit()->text(), QStringLiteral("local-sim"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("local-sim"));

        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), m_store->document());
    }

    void renameProviderToAnEmptyOrTakenIdReverts()
    {
        ProvidersPage *page = m_editor->providersPage();
        m_editor->pages()->setCurrentWidget(page);
        page->selectProvider(QStringLiteral("gateway"));
        QLineEdit *id = page->idEdit();
        const QStringList refused { QString(), QStringLiteral("   "), QStringLiteral("simulator"),
            QStringLiteral(" gateway ") };
        for (const QString &text : refused) {
            retype(id, text);
            QTest::keyClick(id, Qt::Key_Return);
            QCOMPARE(id->text(), QStringLiteral("gateway"));
            QCOMPARE(page->currentProvider(), QStringLiteral("gateway"));
            QCOMPARE(m_editor->undoStack()->count(), 0);
            QCOMPARE(m_editor->workingCopy(), m_store->document());
            QCOMPARE(page->providerList()->count(), int(m_store->document().providers.size()));
        }
        QVERIFY(!m_editor->hasUnsavedChanges());
    }

    void renameTeamFollowsIntoProfiles()
    {
        TeamsPage *teams = m_editor->teamsPage();
        m_editor->pages()->setCurrentWidget(teams);
        teams->addButton()->click();
        m_editor->profileTeamsList()->item(0)->setCheckState(Qt::Checked);
        const TiergateConfig before = m_editor->workingCopy();
        QLineEdit *id = teams->idEdit();
        retype(id, QStringLiteral("search"));
        QTest::keyClick(id, Qt::Key_Return);
        QVERIFY(m_editor->workingCopy().team(QStringLiteral("search")));
        QVERIFY(!m_editor->workingCopy().team(QStringLiteral("team")));
        QCOMPARE(production().teams, QStringList { QStringLiteral("search") });
        QCOMPARE(teams->currentTeam(), QStringLiteral("search"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->workingCopy(), before);
    }

    void tiersPageOffersNoRename()
    {
        // A tier's name is only set when it is added: neither a field nor the list renames it, so
        // another name means add + remove, after which profiles still name the old tier.
        TiersPage *page = m_editor->tiersPage();
        const QList<QLineEdit *> edits = page->findChildren<QLineEdit *>();
        for (QLineEdit *e : edits)
            QVERIFY(e == page->defaultModelCombo()->lineEdit() || page->aliasTable()->isAncestorOf(e));
        QListWidget *list = page->tierList();
        QCOMPARE(list->count(), int(m_editor->workingCopy().tiers.size()));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!(list->item(i)->flags() & Qt::ItemIsEditable));
    }

    // --- Keys ---------------------------------------------------------------------------------

    void storedSecretNeverEchoesAndResolves()
    {
        const QString secret = QStringLiteral("sk-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString entry = QStringLiteral("editor-test-key");
        m_editor->tabs()->setCurrentWidget(m_editor->storeSecretButton()->parentWidget()->parentWidget());
        QCOMPARE(m_editor->secretEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(m_editor->secretNameEdit(), entry);
        QTest::keyClicks(m_editor->secretEdit(), secret);
        QVERIFY(m_editor->secretEdit()->displayText() != secret);
        QComboBox *use = m_editor->secretProviderCombo();
        use->setCurrentIndex(use->findData(QStringLiteral("gateway")));

        QSignalSpy stored(m_editor.get(), &ProfileEditor::secretStored);
        m_editor->storeSecretButton()->click();
        QVERIFY(m_editor->secretEdit()->text().isEmpty()); // cleared at once
        QVERIFY(stored.count() == 1 || stored.wait(5000));
        QCOMPARE(stored.first().first().toBool(), true);

        const QStringList texts = allWidgetTexts();
        for (const QString &text : texts)
            QVERIFY2(!text.contains(secret), "the secret appears in a widget");
        QVERIFY(m_editor->keyStatusLabel()->text().contains(QStringLiteral("keychain:") + entry));
        // The provider now refers to the entry (unsaved, undoable); the key list shows the reference.
        QCOMPARE(m_editor->workingCopy().provider(QStringLiteral("gateway"))->apiKey, KeyRef::keychain(entry));
        bool listed = false;
        for (int i = 0; i < m_editor->keysList()->count(); ++i)
            listed = listed || m_editor->keysList()->item(i)->text().contains(QStringLiteral("keychain:") + entry);
        QVERIFY(listed);

        // The fallback store (TIERGATE_NO_KEYCHAIN=1 here) holds it with mode 0600, and resolves it.
        const QFileInfo file(KeyResolver::fallbackStoreDir() + QLatin1Char('/') + entry);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        KeyResolver resolver;
        KeyReply *reply = resolver.resolve(KeyRef::keychain(entry));
        QSignalSpy finished(reply, &KeyReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(5000));
        QVERIFY2(reply->isOk(), qPrintable(reply->errorString()));
        QCOMPARE(reply->secret(), secret.toUtf8());
        delete reply;
    }

    void storingWithoutANameIsRefused()
    {
        QTest::keyClicks(m_editor->secretEdit(), QStringLiteral("sk-unnamed"));
        QSignalSpy stored(m_editor.get(), &ProfileEditor::secretStored);
        m_editor->storeSecretButton()->click();
        QCOMPARE(stored.count(), 0);
        QVERIFY(m_editor->keyStatusLabel()->text().contains(QStringLiteral("name")));
    }

    // --- Unsaved changes ----------------------------------------------------------------------

    void switchingTabsAsksAboutUnsavedChanges()
    {
        QTabWidget tabs;
        auto *editor = new ProfileEditor(m_store.get(), &m_transport);
        installLeavePrompt(editor);
        tabs.addTab(editor, QStringLiteral("Profiles"));
        tabs.addTab(new QWidget, QStringLiteral("Other"));
        tabs.resize(1200, 800);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));

        // Nothing to ask without edits.
        tabs.setCurrentIndex(1);
        QTest::qWait(20);
        QCOMPARE(m_leaveAsked, 0);
        tabs.setCurrentIndex(0);

        editor->retriesSpin()->setValue(editor->retriesSpin()->value() + 1);
        QVERIFY(editor->hasUnsavedChanges());
        m_leaveChoice = ProfileEditor::LeaveChoice::Stay;
        tabs.setCurrentIndex(1);
        QTRY_COMPARE(m_leaveAsked, 1);
        QTRY_COMPARE(tabs.currentIndex(), 0);
        QVERIFY(editor->hasUnsavedChanges());

        m_leaveChoice = ProfileEditor::LeaveChoice::Discard;
        tabs.setCurrentIndex(1);
        QTRY_COMPARE(m_leaveAsked, 2);
        QTest::qWait(20);
        QCOMPARE(tabs.currentIndex(), 1);
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(!QFile::exists(configPath()));
    }

    void closingAsksAndCanSave()
    {
        QTabWidget window;
        auto *editor = new ProfileEditor(m_store.get(), &m_transport);
        installLeavePrompt(editor);
        window.addTab(editor, QStringLiteral("Profiles"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->retriesSpin()->setValue(editor->retriesSpin()->value() + 2);
        const int expected = editor->retriesSpin()->value();

        m_leaveChoice = ProfileEditor::LeaveChoice::Stay;
        QVERIFY(!window.close());
        QCOMPARE(m_leaveAsked, 1);
        QVERIFY(window.isVisible());

        m_leaveChoice = ProfileEditor::LeaveChoice::Save;
        QVERIFY(window.close());
        QCOMPARE(m_leaveAsked, 2);
        QVERIFY(QFile::exists(configPath()));
        QCOMPARE(m_store->document().profile(QStringLiteral("production"))->maxRetries, expected);
    }

    void closingWithAnInvalidCopyStaysOpen()
    {
        m_editor->budgetCapSpin()->setValue(-3.0);
        m_leaveChoice = ProfileEditor::LeaveChoice::Save;
        QVERIFY(!m_editor->close()); // save refused: the editor stays, nothing lost
        QCOMPARE(m_leaveAsked, 1);
        QVERIFY(!QFile::exists(configPath()));
        QVERIFY(m_editor->hasUnsavedChanges());
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
