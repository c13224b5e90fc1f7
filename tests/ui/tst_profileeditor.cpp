#include "core/config/builtinconfig.h"
#include "core/config/configstore.h"
#include "core/export/exportformat.h"
#include "tests/support/testenv.h"
#include "ui/profiles/profileeditor.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tiergate;

class TestProfileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<ProfileEditor> m_editor;

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

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(configPath());
        m_store = std::make_unique<ConfigStore>(configPath());
        QVERIFY(m_store->load());
        QVERIFY(m_store->isUsingBuiltins());
        m_editor = std::make_unique<ProfileEditor>(m_store.get());
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
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
