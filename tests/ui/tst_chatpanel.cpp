#include "core/chat/chaterrortext.h"
#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/cost/costcalculator.h"
#include "core/routing/router.h"
#include "core/sim/simfault.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/conversationdelegate.h"
#include "ui/chat/modelpicker.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractItemDelegate>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace tiergate;

class TestChatPanel : public QObject
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
        std::unique_ptr<ConversationStore> store;
        CodeHighlighter highlighter;
        std::unique_ptr<ChatPanel> panel;
    };

    std::unique_ptr<Fixture> makeFixture(const QString &dbPath, RouterHooks hooks = {})
    {
        auto f = std::make_unique<Fixture>();
        if (!f->sim.start())
            return nullptr;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(++m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get(), nullptr, hooks);
        f->store = std::make_unique<ConversationStore>(dbPath);
        if (!f->store->open())
            return nullptr;
        f->panel
            = std::make_unique<ChatPanel>(f->store.get(), f->router.get(), f->config.get(), &f->highlighter, nullptr);
        f->panel->resize(1000, 700);
        f->panel->show();
        return f;
    }

    static void typeAndSend(ChatPanel *panel, const QString &text)
    {
        panel->composer()->setFocus();
        QTest::keyClicks(panel->composer(), text);
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
    }

    /// Viewport position of the middle of the first link of `row` whose href starts with `prefix`.
    static std::optional<QPoint> anchorPoint(TranscriptView *view, int row, const QString &prefix)
    {
        QTextDocument *doc = view->documentForRow(row);
        if (!doc)
            return std::nullopt;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().anchorHref().startsWith(prefix))
                    continue;
                const int position = fragment.position() - block.position() + fragment.length() / 2;
                const QTextLine line = block.layout()->lineForTextPosition(position);
                if (!line.isValid())
                    continue;
                const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
                const QPointF inDoc(
                    blockRect.left() + line.cursorToX(position), blockRect.top() + line.y() + line.height() / 2);
                const QRect rowRect = view->visualRect(view->model()->index(row, 0));
                return rowRect.topLeft()
                    + QPoint(TranscriptDelegate::kHorizontalPadding + int(inDoc.x()),
                        TranscriptDelegate::kVerticalPadding + int(inDoc.y()));
            }
        }
        return std::nullopt;
    }

    static void setApprovalThreshold(ConfigStore *config, qint64 micros)
    {
        TiergateConfig doc = config->document();
        ProfileConfig *profile = doc.profile(config->activeProfile());
        QVERIFY(profile);
        profile->budget.approvalThresholdMicros = micros;
        QVERIFY(config->setConfig(doc));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void sendStreamsAnAnswerAndPersists()
    {
        const QString db = m_dir.filePath(QStringLiteral("chat-ok.sqlite"));
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            ChatPanel *panel = f->panel.get();
            typeAndSend(panel, QStringLiteral("Hello there"));
            QVERIFY(panel->currentConversationId() > 0);
            QVERIFY(panel->composer()->toPlainText().isEmpty());
            TranscriptModel *model = panel->transcriptModel();
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
            QCOMPARE(model->data(model->index(0), TranscriptModel::RoleRole).toString(), QStringLiteral("user"));
            QCOMPARE(
                model->data(model->index(0), TranscriptModel::ContentRole).toString(), QStringLiteral("Hello there"));
            QCOMPARE(model->data(model->index(1), TranscriptModel::RoleRole).toString(), QStringLiteral("assistant"));
            QCOMPARE(model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
            QVERIFY(!model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty());
            const QString modelUsed = model->data(model->index(1), TranscriptModel::ModelUsedRole).toString();
            QVERIFY(modelUsed.startsWith(QStringLiteral("sim-")));
            QVERIFY(panel->metaText(1).contains(modelUsed));
            QTRY_VERIFY_WITH_TIMEOUT(panel->transcriptView()->plainText().contains(modelUsed), 2000);
            QVERIFY(panel->transcriptView()->plainText().contains(QStringLiteral("Hello there")));
            QCOMPARE(panel->transcriptView()->rowCount(), 2);
            QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("2 messages")));
            QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("tokens")));
            QCOMPARE(panel->conversationList()->count(), 1);
            QVERIFY(panel->sendButton()->isEnabled());
        }
        ConversationStore reopened(db);
        QVERIFY(reopened.open());
        const QList<Conversation> conversations = reopened.conversations();
        QCOMPARE(conversations.size(), 1);
        const QList<StoredMessage> messages = reopened.messages(conversations.first().id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).content, QStringLiteral("Hello there"));
        QCOMPARE(messages.at(1).state, StoredMessage::State::Done);
        QVERIFY(!messages.at(1).content.isEmpty());
        QVERIFY(!messages.at(1).modelUsed.isEmpty());

        // A new widget tree over the same database shows the history.
        auto again = makeFixture(db);
        QVERIFY(again);
        QCOMPARE(again->panel->currentConversationId(), conversations.first().id);
        QCOMPARE(again->panel->transcriptModel()->rowCount(), 2);
    }

    void failedSendKeepsTextAndShowsError()
    {
        const QString db = m_dir.filePath(QStringLiteral("chat-fail.sqlite"));
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            f->sim.addFault(SimFault::unauthorized());
            ChatPanel *panel = f->panel.get();
            typeAndSend(panel, QStringLiteral("Will this fail?"));
            TranscriptModel *model = panel->transcriptModel();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
            QCOMPARE(model->rowCount(), 2);
            QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(),
                QStringLiteral("Will this fail?"));
            QCOMPARE(
                model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Failed));
            const QString error = model->data(model->index(1), TranscriptModel::ErrorRole).toString();
            QVERIFY(!error.isEmpty());
            QVERIFY(panel->statusLabel()->text().contains(error));
            QTRY_VERIFY_WITH_TIMEOUT(panel->transcriptView()->plainText().contains(error), 2000);
            // Plain words with what to do, not just the provider's sentence.
            QVERIFY2(error.contains(QStringLiteral("refused the API key")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("Regenerate")), qPrintable(error));
        }
        ConversationStore reopened(db);
        QVERIFY(reopened.open());
        const QList<Conversation> conversations = reopened.conversations();
        QCOMPARE(conversations.size(), 1);
        const QList<StoredMessage> messages = reopened.messages(conversations.first().id);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.first().content, QStringLiteral("Will this fail?"));
    }

    void upEditsLastMessageAndRegenerateReplaces()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-edit.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("First"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QTest::keyClick(panel->composer(), Qt::Key_Up);
        QCOMPARE(panel->composer()->toPlainText(), QStringLiteral("First"));
        panel->composer()->clear();
        typeAndSend(panel, QStringLiteral("Second"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        TranscriptModel *model = panel->transcriptModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(), QStringLiteral("Second"));

        const qint64 oldAnswer = model->data(model->index(1), TranscriptModel::IdRole).toLongLong();
        QTest::mouseClick(panel->regenerateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->data(model->index(1), TranscriptModel::IdRole).toLongLong() != oldAnswer);
        QCOMPARE(model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
    }

    void escStopsAndKeepsPartialAnswer()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-stop.sqlite")));
        QVERIFY(f);
        f->sim.addFault(SimFault::stallMidStream(2, -1));
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Tell me a long story"));
        TranscriptModel *model = panel->transcriptModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty(), 10000);
        QVERIFY(panel->isBusy());
        QVERIFY(panel->stopButton()->isEnabled());
        QVERIFY(!panel->sendButton()->isEnabled());
        QTest::keyClick(panel->composer(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 5000);
        QCOMPARE(
            model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Cancelled));
        QVERIFY(!model->data(model->index(1), TranscriptModel::ContentRole).toString().isEmpty());
        QCOMPARE(model->data(model->index(0), TranscriptModel::ContentRole).toString(),
            QStringLiteral("Tell me a long story"));
    }

    void fallbackBadgeShowsTheAttemptTrail()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-fallback.sqlite")));
        QVERIFY(f);
        f->sim.addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-standard")));
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Fall back please"));
        TranscriptModel *model = panel->transcriptModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        const QModelIndex answer = model->index(1);
        QCOMPARE(answer.data(TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
        QVERIFY(answer.data(TranscriptModel::FallbackRole).toBool());
        const QString used = answer.data(TranscriptModel::ModelUsedRole).toString();
        QVERIFY(used != QStringLiteral("sim-standard"));
        QVERIFY(panel->metaText(1).contains(QStringLiteral("fallback")));
        const QString trail = panel->attemptTrail(1);
        QVERIFY2(trail.contains(QStringLiteral("sim-standard")), qPrintable(trail));
        QVERIFY2(trail.contains(used), qPrintable(trail));
        QVERIFY2(trail.contains(QStringLiteral("HTTP")), qPrintable(trail));
    }

    void deleteCanBeUndone()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-delete.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        const qint64 id = panel->currentConversationId();
        QVERIFY(id > 0);
        QCOMPARE(panel->conversationList()->count(), 1);
        panel->conversationList()->setFocus();
        QTest::keyClick(panel->conversationList(), Qt::Key_Delete);
        QCOMPARE(panel->conversationList()->count(), 0);
        QCOMPARE(panel->currentConversationId(), 0);
        QVERIFY(!f->store->conversation(id).isValid());
        QTRY_VERIFY(panel->undoButton()->isVisible());
        QTest::mouseClick(panel->undoButton(), Qt::LeftButton);
        QCOMPARE(panel->conversationList()->count(), 1);
        QCOMPARE(panel->currentConversationId(), id);
    }

    void f2RenamesTheConversation()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-rename.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        const qint64 id = panel->currentConversationId();
        QListWidget *list = panel->conversationList();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_F2);
        QWidget *editor = list->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Renamed chat"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f->store->conversation(id).title, QStringLiteral("Renamed chat"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Renamed chat"));
    }

    void searchFiltersTheList()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-search.sqlite")));
        QVERIFY(f);
        const qint64 a = f->store->createConversation(QStringLiteral("Apples"));
        f->store->createConversation(QStringLiteral("Pears"));
        f->store->appendUserMessage(a, QStringLiteral("about orchards"));
        QCOMPARE(f->panel->conversationList()->count(), 2);
        QTest::keyClicks(f->panel->searchField(), QStringLiteral("orchard"));
        QCOMPARE(f->panel->conversationList()->count(), 1);
        QCOMPARE(f->panel->conversationList()->item(0)->text(), QStringLiteral("Apples"));
    }

    void longTitlesAreElidedNotScrolled()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-elide.sqlite")));
        QVERIFY(f);
        const QString title = QStringLiteral("A very long conversation title about retries, fallbacks and the cost of "
                                             "every single request in the production profile");
        f->store->createConversation(title);
        QListWidget *list = f->panel->conversationList();
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), title);
        QCoreApplication::processEvents();
        QVERIFY(list->viewport()->width() < list->fontMetrics().horizontalAdvance(title));
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        QVERIFY(list->visualItemRect(list->item(0)).width() <= list->viewport()->width());
    }

    void growingTotalsNeverWidenThePanel()
    {
        // A longer totals line must not raise the panel's minimum width: that would resize the
        // window and repaint every panel while answers stream.
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-width.sqlite")));
        QVERIFY(f);
        const int before = f->panel->minimumSizeHint().width();
        f->panel->totalsLabel()->setText(QString(400, QLatin1Char('9')));
        QCOMPARE(f->panel->minimumSizeHint().width(), before);
    }

    void listIsKeptWhenNothingInItChanged()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-list.sqlite")));
        QVERIFY(f);
        const qint64 a = f->store->createConversation(QStringLiteral("Apples"));
        QCOMPARE(f->panel->conversationList()->count(), 1);
        QListWidgetItem *item = f->panel->conversationList()->item(0);
        // A message in the first conversation keeps the list as it is: same item, not rebuilt.
        f->store->appendUserMessage(a, QStringLiteral("about orchards"));
        QCOMPARE(f->panel->conversationList()->item(0), item);
        // A rename changes it.
        QVERIFY(f->store->renameConversation(a, QStringLiteral("Orchards")));
        QCOMPARE(f->panel->conversationList()->item(0)->text(), QStringLiteral("Orchards"));
    }

    void copyPerMessageAndLinks()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-copy.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Copy me please"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        TranscriptView *view = panel->transcriptView();
        TranscriptModel *model = panel->transcriptModel();
        QCOMPARE(view->rowCount(), model->rowCount());

        // Ctrl+C on the current message.
        QApplication::clipboard()->clear();
        view->setFocus();
        view->setCurrentIndex(model->index(1));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString answer = model->data(model->index(1), TranscriptModel::ContentRole).toString();
        QVERIFY(!answer.isEmpty());
        QCOMPARE(QApplication::clipboard()->text(), answer);

        // The "Copy" link in the header of the user's message.
        QApplication::clipboard()->clear();
        const auto copyLink = anchorPoint(view, 0, QStringLiteral("copymsg:"));
        QVERIFY(copyLink);
        QCOMPARE(view->anchorAt(*copyLink).left(8), QStringLiteral("copymsg:"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *copyLink);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Copy me please"));
    }

    void codeBlocksAreHighlightedAndCopied()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty())
            QSKIP("kate-syntax-highlighter is not installed");
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-code.sqlite")));
        QVERIFY(f);
        const qint64 conv = f->store->createConversation(QStringLiteral("Code"));
        f->store->appendUserMessage(conv, QStringLiteral("A function, please"));
        const qint64 answer = f->store->beginAssistantMessage(conv);
        f->store->appendStreamText(answer,
            QStringLiteral("Here, with a [link](https://example.org/docs):\n\n```python\ndef answer():\n    return "
                           "42\n```\n"));
        RouteResult r;
        r.status = RouteResult::Status::Ok;
        r.modelUsed = QStringLiteral("sim-standard");
        f->store->finishAssistantMessage(answer, r);
        ChatPanel *panel = f->panel.get();
        panel->setCurrentConversation(conv);
        TranscriptView *view = panel->transcriptView();
        QCOMPARE(view->rowCount(), 2);

        // Colours arrive asynchronously; then the code's fragments carry foreground colours.
        const auto colouredKeyword = [view] {
            QTextDocument *doc = view->documentForRow(1);
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextFragment fragment = it.fragment();
                    if (fragment.text().contains(QLatin1String("def"))
                        && fragment.charFormat().hasProperty(QTextFormat::ForegroundBrush))
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(colouredKeyword(), 15000);
        QSet<QRgb> colours;
        bool monospace = false;
        QTextDocument *doc = view->documentForRow(1);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!it.fragment().text().contains(QLatin1String("def"))
                    && !it.fragment().text().contains(QLatin1String("return"))
                    && !it.fragment().text().contains(QLatin1String("42")))
                    continue;
                if (format.hasProperty(QTextFormat::ForegroundBrush))
                    colours.insert(format.foreground().color().rgb());
                monospace = monospace || format.fontFixedPitch() || QFontInfo(format.font()).fixedPitch()
                    || format.fontFamilies()
                           .toStringList()
                           .join(QLatin1Char(','))
                           .contains(QLatin1String("mono"), Qt::CaseInsensitive);
            }
        }
        QVERIFY2(colours.size() >= 2, "keyword and number should differ in colour");
        QVERIFY(monospace);

        // The code block's own copy link copies the raw code.
        QApplication::clipboard()->clear();
        const auto copyCode = anchorPoint(view, 1, QStringLiteral("copy:"));
        QVERIFY(copyCode);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *copyCode);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("def answer():\n    return 42"));

        // A Markdown link is clickable and reported.
        QSignalSpy links(view, &TranscriptView::linkActivated);
        const auto link = anchorPoint(view, 1, QStringLiteral("https:"));
        QVERIFY(link);
        disconnect(view, &TranscriptView::linkActivated, panel, nullptr); // no browser in a test
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *link);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.org/docs")));
    }

    void fallbackBadgeExpandsTheTrail()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-trail.sqlite")));
        QVERIFY(f);
        f->sim.addFault(SimFault::httpError(503).forModel(QStringLiteral("sim-standard")));
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("Fall back"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        TranscriptView *view = panel->transcriptView();
        QTRY_VERIFY(view->plainText().contains(QStringLiteral("fallback")));
        QVERIFY(!view->plainText().contains(QStringLiteral("1. sim-standard")));
        const auto badge = anchorPoint(view, 1, QStringLiteral("trail:"));
        QVERIFY(badge);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *badge);
        QTRY_VERIFY(view->plainText().contains(QStringLiteral("1. sim-standard")));
        QVERIFY(view->plainText().contains(QStringLiteral("HTTP 503")));
    }

    void estimateShowsCostOnTheResolvedModel()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-estimate.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->composer()->setFocus();
        QTest::keyClicks(panel->composer(), QStringLiteral("How much will this cost?"));
        const RequestEstimate e = panel->currentEstimate();
        QTRY_VERIFY(panel->estimateLabel()->text().contains(CostCalculator::formatMoney(e.costMicros)));
        QVERIFY(panel->estimateLabel()->text().contains(QStringLiteral("sim-standard")));
        QVERIFY(e.valid);
        QCOMPARE(e.model, QStringLiteral("sim-standard"));
        QVERIFY(e.simulated);
        QVERIFY(e.promptTokens > 4);
        QCOMPARE(e.completionTokens, RequestEstimate::kTypicalCompletionTokens);
        // sim-standard: $1 in, $4 out per 1M tokens.
        QCOMPARE(e.costMicros, e.promptTokens * 1 + e.completionTokens * 4);
        QVERIFY(panel->estimateLabel()->text().contains(CostCalculator::formatMoney(e.costMicros)));
        QVERIFY(panel->estimateLabel()->text().contains(QStringLiteral("simulated")));

        // max_tokens bounds the completion.
        auto *maxTokens = panel->findChildren<QSpinBox *>().at(0);
        QVERIFY(maxTokens);
        maxTokens->setValue(2000);
        QTRY_VERIFY(panel->estimateLabel()->text().contains(QStringLiteral("max tokens")));
        QCOMPARE(panel->currentEstimate().completionTokens, 2000);
        QCOMPARE(panel->currentEstimate().costMicros, e.promptTokens + 8000);
    }

    void approvalRejectKeepsTheTextUnsent()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-approve-no.sqlite")));
        QVERIFY(f);
        setApprovalThreshold(f->config.get(), 100); // $0.0001: any real request is above it
        ChatPanel *panel = f->panel.get();
        int asked = 0;
        RequestEstimate seen;
        panel->setApprovalHandler([&](const RequestEstimate &e) {
            ++asked;
            seen = e;
            return false;
        });
        typeAndSend(panel, QStringLiteral("An expensive question"));
        QCOMPARE(asked, 1);
        QVERIFY(seen.needsApproval());
        QCOMPARE(seen.approvalThresholdMicros, 100);
        QVERIFY(seen.costMicros > 100);
        QCOMPARE(panel->composer()->toPlainText(), QStringLiteral("An expensive question"));
        QCOMPARE(panel->transcriptModel()->rowCount(), 0);
        QVERIFY(!panel->isBusy());
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Not sent")));
        QTRY_VERIFY(panel->estimateLabel()->text().contains(QStringLiteral("approval threshold")));

        // Under the threshold nothing is asked.
        setApprovalThreshold(f->config.get(), 0);
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QCOMPARE(panel->transcriptModel()->rowCount(), 2);
    }

    void approvalAcceptThroughTheDialogSends()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-approve-yes.sqlite")));
        QVERIFY(f);
        setApprovalThreshold(f->config.get(), 100);
        ChatPanel *panel = f->panel.get();
        bool sawDialog = false;
        QTimer::singleShot(0, panel, [&sawDialog] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    sawDialog = box->text().contains(QStringLiteral("approval threshold"));
                    box->button(QMessageBox::Yes)->click();
                }
            }
        });
        typeAndSend(panel, QStringLiteral("Worth it"));
        QVERIFY(sawDialog);
        QVERIFY(panel->composer()->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel->transcriptModel()->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        QCOMPARE(panel->transcriptModel()->data(panel->transcriptModel()->index(1), TranscriptModel::StateRole).toInt(),
            int(StoredMessage::State::Done));
    }

    void ctrlKPicksAModel()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-picker.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel));
        panel->composer()->setFocus();
        QTest::keyClick(panel->composer(), Qt::Key_K, Qt::ControlModifier);
        ModelPicker *picker = panel->modelPicker();
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        const int all = picker->visibleRows();
        QVERIFY(all > 4);

        QTest::keyClicks(picker->filterField(), QStringLiteral("sim-"));
        QCOMPARE(picker->visibleRows(), 4);
        for (int row = 0; row < picker->visibleRows(); ++row) {
            const QModelIndex label = picker->proxy()->index(row, 5);
            QCOMPARE(label.data().toString(), QStringLiteral("simulated"));
        }
        QTest::keyClicks(picker->filterField(), QStringLiteral("prem"));
        QCOMPARE(picker->visibleRows(), 1);
        QCOMPARE(picker->currentModelId(), QStringLiteral("sim-premium"));
        QVERIFY(!picker->proxy()->index(0, 2).data().toString().isEmpty()); // context window shown
        QTest::keyClick(picker->filterField(), Qt::Key_Return);
        QTRY_VERIFY(!panel->modelPicker());
        QCOMPARE(panel->requestedModel(), QStringLiteral("sim-premium"));
        QVERIFY(panel->modelButton()->text().contains(QStringLiteral("sim-premium")));
        QTest::keyClicks(panel->composer(), QStringLiteral("Premium answer"));
        QCOMPARE(panel->currentEstimate().model, QStringLiteral("sim-premium"));
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        TranscriptModel *model = panel->transcriptModel();
        QCOMPARE(
            model->data(model->index(1), TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-premium"));
        QCOMPARE(f->store->conversation(panel->currentConversationId()).model, QStringLiteral("sim-premium"));

        // Esc closes without changing anything; arrows move the choice.
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel));
        QTest::keyClick(panel->composer(), Qt::Key_K, Qt::ControlModifier);
        picker = panel->modelPicker();
        QVERIFY(picker);
        QCOMPARE(picker->currentModelId(), QStringLiteral("sim-premium"));
        QTest::keyClick(picker->filterField(), Qt::Key_Down);
        QVERIFY(picker->currentModelId() != QStringLiteral("sim-premium"));
        QTest::keyClick(picker->filterField(), Qt::Key_Escape);
        QTRY_VERIFY(!panel->modelPicker());
        QCOMPARE(panel->requestedModel(), QStringLiteral("sim-premium"));
    }

    void pickedModelIsPinnedAndTheReceiptSaysSo()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-pinned.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        // Not in the catalog: sent as it is (skipped), then the profile's fallback chain answers,
        // instead of the tier's default silently standing in for it.
        panel->setRequestedModel(QStringLiteral("gpt-4o"));
        typeAndSend(panel, QStringLiteral("hi"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        TranscriptModel *model = panel->transcriptModel();
        const QString used = model->data(model->index(1), TranscriptModel::ModelUsedRole).toString();
        QCOMPARE(used, QStringLiteral("sim-budget"));
        const QString receipt = panel->receiptLabel()->text();
        QVERIFY2(receipt.contains(QStringLiteral("gpt-4o (pinned)")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("sim-budget")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("fallback")), qPrintable(receipt));

        panel->setRequestedModel(QStringLiteral("sim-premium"));
        typeAndSend(panel, QStringLiteral("again"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        // The pinned model answered itself: named once, not "x → x".
        QCOMPARE(panel->receiptLabel()->text(), QStringLiteral("Route: sim-premium (pinned)"));
    }

    void conversationShowsItsProfile()
    {
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-profile.sqlite")));
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        typeAndSend(panel, QStringLiteral("hi"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        const qint64 id = panel->currentConversationId();
        const QString first = f->config->activeProfile();
        QCOMPARE(f->store->conversation(id).profile, first);
        QVERIFY(panel->profileLabel()->text().contains(first));
        QVERIFY(!panel->useHeaderProfileButton()->isVisible());
        QVERIFY(panel->conversationList()->currentItem()->toolTip().contains(first));
        // In the list itself, under the title, not only in the tooltip.
        const int row = panel->conversationList()->currentRow();
        QCOMPARE(panel->conversationProfileText(row), QStringLiteral("profile: %1").arg(first));
        QAbstractItemDelegate *delegate = panel->conversationList()->itemDelegate();
        QVERIFY(qobject_cast<ConversationDelegate *>(delegate));
        QStyleOptionViewItem option;
        option.initFrom(panel->conversationList());
        const QModelIndex index = panel->conversationList()->model()->index(row, 0);
        QVERIFY(delegate->sizeHint(option, index).height() >= 2 * option.fontMetrics.lineSpacing());

        // The header moves on: the conversation says it keeps its own, and offers to follow.
        const QString other = f->config->snapshot()->profileNames().value(
            f->config->snapshot()->profileNames().indexOf(first) == 0 ? 1 : 0);
        f->config->setActiveProfile(other);
        QVERIFY2(panel->profileLabel()->text().contains(other), qPrintable(panel->profileLabel()->text()));
        QVERIFY(panel->useHeaderProfileButton()->isVisible());
        QTest::mouseClick(panel->useHeaderProfileButton(), Qt::LeftButton);
        QCOMPARE(f->store->conversation(id).profile, other);
        QVERIFY(!panel->useHeaderProfileButton()->isVisible());
        QTRY_COMPARE(panel->conversationProfileText(panel->conversationList()->currentRow()),
            QStringLiteral("profile: %1").arg(other));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("env key") << int(RouteError::Kind::Auth) << int(RouteError::Cause::KeyMissing)
                                 << QStringLiteral(
                                        "environment variable DEEPSEEK_API_KEY is not set; set it to the API key")
                                 << QStringList { QStringLiteral("DEEPSEEK_API_KEY"), QStringLiteral("deepseek-chat"),
                                        QStringLiteral("Providers"), QStringLiteral("Regenerate") };
        QTest::newRow("keychain key")
            << int(RouteError::Kind::Auth) << int(RouteError::Cause::KeyMissing)
            << QStringLiteral("keychain entry 'deepseek' (service \"tiergate\") could not be read: not found")
            << QStringList { QStringLiteral("keychain entry 'deepseek'"), QStringLiteral("No API key") };
        QTest::newRow("budget") << int(RouteError::Kind::Budget) << int(RouteError::Cause::BudgetCap)
                                << QStringLiteral("Blocked: profile 'dev' has reached its monthly budget cap of $5.00 "
                                                  "($5.10 spent this month).")
                                << QStringList { QStringLiteral("'dev'"), QStringLiteral("$5.00"),
                                       QStringLiteral("Profiles \u2192 dev \u2192 Budget") };
        QTest::newRow("refused") << int(RouteError::Kind::Retryable) << int(RouteError::Cause::ConnectRefused)
                                 << QStringLiteral("Connection refused")
                                 << QStringList { QStringLiteral("Could not reach"), QStringLiteral("base URL") };
        QTest::newRow("context") << int(RouteError::Kind::ContextOverflow) << int(RouteError::Cause::ContextWindow)
                                 << QStringLiteral("too long")
                                 << QStringList { QStringLiteral("Ctrl+K"), QStringLiteral("Ctrl+N") };
    }

    void errorsSayWhatToDo()
    {
        QFETCH(int, kind);
        QFETCH(int, cause);
        QFETCH(QString, message);
        QFETCH(QStringList, expected);
        RouteResult r;
        r.status = RouteResult::Status::Failed;
        r.profile = QStringLiteral("dev");
        r.error.kind = RouteError::Kind(kind);
        r.error.cause = RouteError::Cause(cause);
        r.error.message = message;
        const QString text = ChatErrorText::explain(r, QStringLiteral("deepseek-chat"), QStringLiteral("deepseek"));
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(text));
        r.status = RouteResult::Status::Cancelled;
        QVERIFY(ChatErrorText::explain(r).isEmpty());
    }

    void missingKeyAndBudgetCapShownInPlainWords()
    {
        RouterHooks hooks;
        hooks.monthSpend = [](const QString &) { return qint64(10'000'000); };
        auto f = makeFixture(m_dir.filePath(QStringLiteral("chat-keys.sqlite")), hooks);
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        const QString profileName = f->config->activeProfile();

        // A provider whose key lives in an unset environment variable.
        TiergateConfig doc = f->config->document();
        ProviderConfig keyed;
        keyed.id = QStringLiteral("keyed");
        keyed.baseUrl = f->sim.baseUrl();
        keyed.apiKey = KeyRef::env(QStringLiteral("TIERGATE_TEST_UNSET_KEY_VARIABLE"));
        doc.upsertProvider(keyed);
        ModelConfig model;
        model.id = QStringLiteral("keyed-model");
        model.providerId = keyed.id;
        model.contextWindow = 8192;
        model.inputPerMTokMicros = 1'000'000;
        model.outputPerMTokMicros = 1'000'000;
        doc.upsertModel(model);
        TierConfig tier;
        tier.name = QStringLiteral("keyed-tier");
        tier.defaultModel = model.id;
        doc.upsertTier(tier);
        ProfileConfig *profile = doc.profile(profileName);
        QVERIFY(profile);
        profile->tier = tier.name;
        profile->criticality = CriticalityConfig();
        profile->fallbackChain.clear();
        QVERIFY2(f->config->setConfig(doc), "config refused");

        typeAndSend(panel, QStringLiteral("Needs a key"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        const QString keyError = panel->statusLabel()->text();
        QVERIFY2(keyError.contains(QStringLiteral("TIERGATE_TEST_UNSET_KEY_VARIABLE")), qPrintable(keyError));
        QVERIFY2(keyError.contains(QStringLiteral("keyed-model")), qPrintable(keyError));
        QVERIFY2(keyError.contains(QStringLiteral("No API key")), qPrintable(keyError));

        // Budget cap reached with action "block".
        doc = f->config->document();
        profile = doc.profile(profileName);
        profile->budget.monthlyCapMicros = 1'000'000;
        profile->budget.action = BudgetConfig::Action::Block;
        QVERIFY(f->config->setConfig(doc));
        typeAndSend(panel, QStringLiteral("Over budget"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
        const QString budgetError = panel->statusLabel()->text();
        QVERIFY2(budgetError.contains(QStringLiteral("'%1'").arg(profileName)), qPrintable(budgetError));
        QVERIFY2(budgetError.contains(CostCalculator::formatMoney(1'000'000)), qPrintable(budgetError));
        QVERIFY2(budgetError.contains(QStringLiteral("Budget")), qPrintable(budgetError));
    }
};

QTEST_MAIN(TestChatPanel)
#include "tst_chatpanel.moc"
