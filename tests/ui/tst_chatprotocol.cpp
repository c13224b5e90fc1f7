// The Chat panel's side of the late-2026 protocol: reasoning, tool calls, response formats.

#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/routing/router.h"
#include "core/sim/simmodelspec.h"
#include "core/sim/simulator.h"
#include "core/transport/transport.h"
#include "tests/support/testenv.h"
#include "ui/chat/attachmentstrip.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/conversationexportbutton.h"
#include "ui/chat/messageparts.h"
#include "ui/chat/responseformateditor.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/chat/versionswitcher.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/transcriptmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace tiergate;

class TestChatProtocol : public QObject
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

    /// Every simulated model reasons first (`reasoning_content`, 60 tokens) at 60 tokens/s.
    std::unique_ptr<Fixture> makeFixture(const QString &dbPath = QString())
    {
        auto f = std::make_unique<Fixture>();
        QList<SimModelSpec> models = SimModelSpec::defaults();
        for (SimModelSpec &m : models) {
            m.reasoningField = QStringLiteral("reasoning_content");
            m.reasoningTokens = 60;
            m.tokensPerSecond = 60;
            m.answerTokens = 30;
            m.failureRate = 0;
        }
        f->sim.setModels(models);
        if (!f->sim.start())
            return nullptr;
        ++m_counter;
        f->config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("none-%1.json").arg(m_counter)));
        f->config->load();
        f->config->setSimulatorBaseUrl(f->sim.baseUrl());
        f->transport = std::make_unique<Transport>(&f->network);
        f->router = std::make_unique<Router>(f->transport.get(), f->config.get());
        f->store = std::make_unique<ConversationStore>(
            dbPath.isEmpty() ? m_dir.filePath(QStringLiteral("chat-%1.sqlite").arg(m_counter)) : dbPath);
        if (!f->store->open())
            return nullptr;
        f->panel
            = std::make_unique<ChatPanel>(f->store.get(), f->router.get(), f->config.get(), &f->highlighter, nullptr);
        f->panel->resize(1100, 800);
        f->panel->show();
        return f;
    }

    /// Marks `modelId` in the configuration as taking `modalities` (the catalog's field).
    static void setModalities(ConfigStore *config, const QString &modelId, const QStringList &modalities)
    {
        TiergateConfig doc = config->document();
        ModelConfig *entry = nullptr;
        for (ModelConfig &m : doc.models) {
            if (m.id == modelId)
                entry = &m;
        }
        if (!entry) {
            const ModelConfig *known = config->snapshot()->model(modelId);
            QVERIFY(known);
            doc.models.append(*known);
            entry = &doc.models.last();
        }
        entry->extra.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(modalities));
        QVERIFY(config->setConfig(doc));
        QCOMPARE(config->snapshot()->model(modelId)->acceptsImages(),
            std::optional<bool>(modalities.contains(QStringLiteral("image"))));
    }

    /// Every text the transcript lays out for `row` (header, Thinking block, text, tool calls, meta line).
    static QString rowText(TranscriptView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        return view->transcriptDelegate()->plainText(index, view->viewport()->width(), view->font(), view->palette());
    }

    /// Clicks the first link of `row` whose target starts with `prefix`; false when there is none.
    static bool clickAnchor(TranscriptView *view, int row, const QString &prefix)
    {
        view->scrollTo(view->model()->index(row, 0));
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        for (int y = rect.top() + 1; y < rect.bottom(); y += 2) {
            for (int x = rect.left() + 1; x < rect.right(); x += 4) {
                if (view->anchorAt(QPoint(x, y)).startsWith(prefix)) {
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                    return true;
                }
            }
        }
        return false;
    }

    static void typeAndSend(ChatPanel *panel, const QString &text)
    {
        panel->composer()->setFocus();
        QTest::keyClicks(panel->composer(), text);
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void thinkingBlockStreamsAndCollapses()
    {
        const QString db = m_dir.filePath(QStringLiteral("thinking.sqlite"));
        qint64 conversationId = 0;
        QString reasoning;
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            ChatPanel *panel = f->panel.get();
            TranscriptModel *model = panel->transcriptModel();
            TranscriptView *view = panel->transcriptView();
            const auto answer = [&] { return model->index(1); };
            typeAndSend(panel, QStringLiteral("Why is the sky blue?"));

            // While the reasoning streams the answer's own block is open and growing, its count estimated.
            QTRY_VERIFY_WITH_TIMEOUT(
                model->rowCount() == 2 && !answer().data(TranscriptModel::ReasoningRole).toString().isEmpty(), 10000);
            QCOMPARE(answer().data(TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Streaming));
            QVERIFY(answer().data(TranscriptModel::ContentRole).toString().isEmpty());
            QVERIFY(view->transcriptDelegate()->isThinkingExpanded(answer()));
            const QString early = answer().data(TranscriptModel::ReasoningRole).toString();
            QString shown = rowText(view, 1);
            QVERIFY2(shown.contains(QStringLiteral("Thinking\u2026 \u00b7 ~")), qPrintable(shown));
            QVERIFY2(shown.contains(early.left(20)), qPrintable(shown));
            QTRY_VERIFY_WITH_TIMEOUT(
                answer().data(TranscriptModel::ReasoningRole).toString().size() > early.size(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                rowText(view, 1).contains(answer().data(TranscriptModel::ReasoningRole).toString().right(10)), 10000);

            // The answer's first token closes it; the provider's count replaces the estimate at the end.
            QTRY_VERIFY_WITH_TIMEOUT(!answer().data(TranscriptModel::ContentRole).toString().isEmpty(), 20000);
            QVERIFY(!view->transcriptDelegate()->isThinkingExpanded(answer()));
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
            reasoning = answer().data(TranscriptModel::ReasoningRole).toString();
            QCOMPARE(answer().data(TranscriptModel::ReasoningTokensRole).toLongLong(), 60);
            shown = rowText(view, 1);
            QVERIFY2(shown.contains(QStringLiteral("Thinking \u00b7 60 tokens")), qPrintable(shown));
            QVERIFY2(!shown.contains(reasoning.left(30)), qPrintable(shown));
            // The reasoning is not part of the answer's text.
            QVERIFY(!answer().data(TranscriptModel::ContentRole).toString().contains(reasoning.left(30)));

            // A click on its header opens it again, at that message.
            QVERIFY(clickAnchor(view, 1, QStringLiteral("thinking:")));
            QVERIFY(view->transcriptDelegate()->isThinkingExpanded(answer()));
            QVERIFY2(rowText(view, 1).contains(reasoning.left(30)), qPrintable(rowText(view, 1)));
            QVERIFY(clickAnchor(view, 1, QStringLiteral("thinking:")));
            QVERIFY(!rowText(view, 1).contains(reasoning.left(30)));

            // A second question: each answer keeps its own block.
            typeAndSend(panel, QStringLiteral("And at sunset?"));
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 4, 20000);
            QCOMPARE(model->index(1).data(TranscriptModel::ReasoningRole).toString(), reasoning);
            QVERIFY(!model->index(3).data(TranscriptModel::ReasoningRole).toString().isEmpty());
            QVERIFY(rowText(view, 3).contains(QStringLiteral("Thinking \u00b7 60 tokens")));
            conversationId = panel->currentConversationId();
        }
        // Reopened, each answer shows its own block, collapsed, with its count.
        auto again = makeFixture(db);
        QVERIFY(again);
        again->panel->setCurrentConversation(conversationId);
        TranscriptModel *model = again->panel->transcriptModel();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(1).data(TranscriptModel::ReasoningRole).toString(), reasoning);
        TranscriptView *view = again->panel->transcriptView();
        QTRY_VERIFY(rowText(view, 1).contains(QStringLiteral("Thinking \u00b7 60 tokens")));
        QVERIFY(!rowText(view, 1).contains(reasoning.left(30)));
        QVERIFY(clickAnchor(view, 1, QStringLiteral("thinking:")));
        QVERIFY(rowText(view, 1).contains(reasoning.left(30)));
    }

    void toolCallAnswerRenders()
    {
        const QString db = m_dir.filePath(QStringLiteral("tools.sqlite"));
        qint64 conversationId = 0;
        QString arguments;
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            ChatPanel *panel = f->panel.get();
            panel->newConversation();
            ResponseFormatEditor *format = panel->responseFormatEditor();
            format->toolsEdit()->setPlainText(QStringLiteral(
                R"([{"type": "function", "function": {"name": "get_weather", "description": "Weather of a city",)"
                R"( "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}])"));
            QVERIFY(format->problemLabel()->isHidden());
            TranscriptModel *model = panel->transcriptModel();
            TranscriptView *view = panel->transcriptView();

            // While it streams, the call is shown with its arguments growing piece by piece.
            QList<qsizetype> seen;
            connect(model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &) {
                if (from.data(TranscriptModel::StateRole).toInt() != int(StoredMessage::State::Streaming))
                    return;
                const QJsonArray calls = from.data(TranscriptModel::ToolCallsRole).toJsonArray();
                if (calls.isEmpty())
                    return;
                const qsizetype size = calls.first()
                                           .toObject()
                                           .value(QStringLiteral("function"))
                                           .toObject()
                                           .value(QStringLiteral("arguments"))
                                           .toString()
                                           .size();
                if (seen.isEmpty() || seen.constLast() != size) {
                    seen.append(size);
                    const QString shown = rowText(view, from.row());
                    QVERIFY2(shown.contains(QStringLiteral("get_weather(call_")), qPrintable(shown));
                }
            });
            typeAndSend(panel, QStringLiteral("Weather in Paris?"));
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
            QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
            QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
            const QJsonArray sentTools = f->sim.lastRequest().value(QStringLiteral("tools")).toArray();
            QCOMPARE(sentTools.size(), 1);

            // Done: the block at the answer, indented arguments.
            QCOMPARE(model->rowCount(), 2);
            const QJsonArray calls = model->index(1).data(TranscriptModel::ToolCallsRole).toJsonArray();
            QCOMPARE(calls.size(), 1);
            arguments = calls.first()
                            .toObject()
                            .value(QStringLiteral("function"))
                            .toObject()
                            .value(QStringLiteral("arguments"))
                            .toString();
            QCOMPARE(seen.constLast(), arguments.size());
            QVERIFY(QJsonDocument::fromJson(arguments.toUtf8()).object().contains(QStringLiteral("city")));
            const QString shown = rowText(view, 1);
            QVERIFY2(shown.contains(QStringLiteral("The model called 1 tool")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("get_weather(call_")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("\n    \"city\": ")), qPrintable(shown)); // indented

            // The tools are kept with the conversation.
            const Conversation c = f->store->conversation(panel->currentConversationId());
            QCOMPARE(c.parameters.tools, sentTools);
            conversationId = panel->currentConversationId();
        }
        // Reopened: the call is still there, at its answer.
        auto again = makeFixture(db);
        QVERIFY(again);
        again->panel->setCurrentConversation(conversationId);
        TranscriptModel *model = again->panel->transcriptModel();
        QCOMPARE(model->rowCount(), 2);
        const QJsonArray calls = model->index(1).data(TranscriptModel::ToolCallsRole).toJsonArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first()
                     .toObject()
                     .value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("arguments"))
                     .toString(),
            arguments);
        const QString shown = rowText(again->panel->transcriptView(), 1);
        QVERIFY2(shown.contains(QStringLiteral("get_weather(call_")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\"city\"")), qPrintable(shown));
    }

    void imageReachesTheSimulatorAsAContentPart()
    {
        auto f = makeFixture();
        QVERIFY(f);
        setModalities(f->config.get(), QStringLiteral("sim-budget"), { QStringLiteral("text") });
        setModalities(
            f->config.get(), QStringLiteral("sim-standard"), { QStringLiteral("text"), QStringLiteral("image") });
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        AttachmentStrip *strip = panel->attachments();
        QVERIFY(strip->attachButton()->isVisible());
        QImage image(8, 6, QImage::Format_ARGB32);
        image.fill(QColor(200, 30, 40));
        QApplication::clipboard()->setImage(image);

        // A text-only model refuses it, saying so.
        panel->setRequestedModel(QStringLiteral("sim-budget"));
        panel->composer()->setFocus();
        QTest::keyClick(panel->composer(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(strip->count(), 0);
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("takes text only")),
            qPrintable(panel->statusLabel()->text()));

        // A model that reads images takes it: a thumbnail, then an image_url part of the message.
        panel->setRequestedModel(QStringLiteral("sim-standard"));
        QTest::keyClick(panel->composer(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(strip->count(), 1);
        QVERIFY(strip->thumbnail(0)->isVisible());
        QVERIFY(!strip->thumbnail(0)->icon().isNull());
        QVERIFY(panel->composer()->toPlainText().isEmpty()); // the image is not pasted as text
        typeAndSend(panel, QStringLiteral("What colour is this?"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        QCOMPARE(strip->count(), 0);
        const QJsonObject sent = f->sim.lastRequest();
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("sim-standard"));
        const QJsonArray messages = sent.value(QStringLiteral("messages")).toArray();
        const QJsonArray parts = messages.last().toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(
            parts.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("What colour is this?"));
        const QJsonObject imagePart = parts.at(1).toObject();
        QCOMPARE(imagePart.value(QStringLiteral("type")).toString(), QStringLiteral("image_url"));
        const QString url
            = imagePart.value(QStringLiteral("image_url")).toObject().value(QStringLiteral("url")).toString();
        QVERIFY(url.startsWith(QStringLiteral("data:image/png;base64,")));
        const QImage back = QImage::fromData(QByteArray::fromBase64(url.section(u',', 1).toLatin1()));
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.pixelColor(3, 3), QColor(200, 30, 40));
        const TranscriptModel *model = panel->transcriptModel();
        QCOMPARE(model->data(model->index(1), TranscriptModel::StateRole).toInt(), int(StoredMessage::State::Done));
        // The image stays with the message and is shown in it, as a thumbnail.
        QCOMPARE(model->data(model->index(0), TranscriptModel::ImagesRole).toStringList(), QStringList { url });
        const qint64 userId = model->data(model->index(0), TranscriptModel::IdRole).toLongLong();
        QTextDocument *doc = panel->transcriptView()->documentForRow(0);
        QVERIFY(doc->toHtml().contains(MessageParts::imageResourceUrl(userId, 0).toString()));
        const QImage shown
            = doc->resource(QTextDocument::ImageResource, MessageParts::imageResourceUrl(userId, 0)).value<QImage>();
        QCOMPARE(shown.size(), image.size());
        QCOMPARE(shown.pixelColor(3, 3), QColor(200, 30, 40));

        // Attached for a vision model, then the model changed to a text-only one: not sent.
        QTest::keyClick(panel->composer(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(strip->count(), 1);
        panel->setRequestedModel(QStringLiteral("sim-budget"));
        const int before = f->sim.requestCount();
        typeAndSend(panel, QStringLiteral("And this?"));
        QVERIFY(panel->statusLabel()->text().startsWith(QStringLiteral("Not sent.")));
        QCOMPARE(f->sim.requestCount(), before);
        QCOMPARE(strip->count(), 1);
    }

    void regenerateKeepsVersionsWithTheirOwnCost()
    {
        const QString db = m_dir.filePath(QStringLiteral("versions.sqlite"));
        qint64 conversationId = 0;
        qint64 firstCost = 0;
        qint64 secondCost = 0;
        {
            auto f = makeFixture(db);
            QVERIFY(f);
            ChatPanel *panel = f->panel.get();
            VersionSwitcher *switcher = panel->versionSwitcher();
            TranscriptModel *model = panel->transcriptModel();
            const auto answer = [&](int role) { return model->data(model->index(1), role); };
            panel->setRequestedModel(QStringLiteral("sim-budget"));
            typeAndSend(panel, QStringLiteral("Name a colour."));
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 2, 20000);
            QVERIFY(!switcher->isVisible());
            conversationId = panel->currentConversationId();
            const QString firstText = answer(TranscriptModel::ContentRole).toString();
            firstCost = answer(TranscriptModel::CostRole).toLongLong();
            QVERIFY(firstCost > 0);

            // Regenerated on a dearer model: a second version with its own route and cost.
            panel->setRequestedModel(QStringLiteral("sim-premium"));
            panel->regenerate();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
            QCOMPARE(model->rowCount(), 2);
            QVERIFY(switcher->isVisible());
            QCOMPARE(switcher->label()->text(), QStringLiteral("2/2"));
            QCOMPARE(answer(TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-premium"));
            secondCost = answer(TranscriptModel::CostRole).toLongLong();
            QVERIFY(secondCost > firstCost);
            panel->regenerate();
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
            QCOMPARE(switcher->label()->text(), QStringLiteral("3/3"));
            QVERIFY(!switcher->nextButton()->isEnabled());

            // ‹ goes back through them; the answer, its meta line and its cost follow.
            QTest::mouseClick(switcher->previousButton(), Qt::LeftButton);
            QCOMPARE(switcher->label()->text(), QStringLiteral("2/3"));
            QCOMPARE(answer(TranscriptModel::CostRole).toLongLong(), secondCost);
            QVERIFY(panel->metaText(1).contains(QStringLiteral("sim-premium")));
            QTest::mouseClick(switcher->previousButton(), Qt::LeftButton);
            QCOMPARE(switcher->label()->text(), QStringLiteral("1/3"));
            QVERIFY(!switcher->previousButton()->isEnabled());
            QCOMPARE(answer(TranscriptModel::ContentRole).toString(), firstText);
            QCOMPARE(answer(TranscriptModel::CostRole).toLongLong(), firstCost);
            QCOMPARE(answer(TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-budget"));
            QVERIFY(panel->metaText(1).contains(QStringLiteral("sim-budget")));
            // The totals count the version shown.
            QCOMPARE(f->store->totals(conversationId).costMicros, firstCost);
        }
        // The versions and the choice survive a restart.
        auto again = makeFixture(db);
        QVERIFY(again);
        again->panel->setCurrentConversation(conversationId);
        QVERIFY(again->panel->versionSwitcher()->isVisible());
        QCOMPARE(again->panel->versionSwitcher()->label()->text(), QStringLiteral("1/3"));
        TranscriptModel *model = again->panel->transcriptModel();
        QCOMPARE(model->index(1).data(TranscriptModel::CostRole).toLongLong(), firstCost);
        QCOMPARE(model->index(1).data(TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-budget"));
        QTest::mouseClick(again->panel->versionSwitcher()->nextButton(), Qt::LeftButton);
        QCOMPARE(again->panel->versionSwitcher()->label()->text(), QStringLiteral("2/3"));
        QCOMPARE(model->index(1).data(TranscriptModel::CostRole).toLongLong(), secondCost);
        QCOMPARE(model->index(1).data(TranscriptModel::ModelUsedRole).toString(), QStringLiteral("sim-premium"));
        QVERIFY(again->panel->metaText(1).contains(QStringLiteral("sim-premium")));
        QCOMPARE(again->store->totals(conversationId).costMicros, secondCost);
        // Kept as rows of their own, not in the conversation's parameters.
        QCOMPARE(again->store->answerVersions(conversationId)
                     .count(model->index(0).data(TranscriptModel::IdRole).toLongLong()),
            3);
        QVERIFY(!again->store->conversation(conversationId)
                     .parameters.extra.contains(QLatin1String(AnswerVersions::kParameterKey)));
        // A new question starts without versions.
        typeAndSend(again->panel.get(), QStringLiteral("Another one."));
        QTRY_VERIFY_WITH_TIMEOUT(!again->panel->isBusy(), 20000);
        QVERIFY(!again->panel->versionSwitcher()->isVisible());
    }

    void conversationExportsToMarkdownAndJson()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        ConversationExportButton *button = panel->exportButton();
        QVERIFY(!button->isEnabled());
        typeAndSend(panel, QStringLiteral("Export me"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        QVERIFY(button->isEnabled());
        const QString modelUsed = panel->transcriptModel()
                                      ->data(panel->transcriptModel()->index(1), TranscriptModel::ModelUsedRole)
                                      .toString();

        QString asked;
        button->setFileChooser([&](const QString &suggested, ConversationExport::Format format) {
            asked = suggested;
            return m_dir.filePath(QStringLiteral("export.") + ConversationExport::suffix(format));
        });
        button->markdownAction()->trigger();
        QCOMPARE(asked, QStringLiteral("Export-me.md"));
        QFile md(m_dir.filePath(QStringLiteral("export.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Export me")));
        QVERIFY(text.contains(QStringLiteral("## You\n\nExport me")));
        QVERIFY(text.contains(QStringLiteral("`") + modelUsed + QStringLiteral("`")));
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Exported to")));

        button->jsonAction()->trigger();
        QFile json(m_dir.filePath(QStringLiteral("export.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Export me"));
        QCOMPARE(messages.at(1)
                     .toObject()
                     .value(QStringLiteral("route"))
                     .toObject()
                     .value(QStringLiteral("model_used"))
                     .toString(),
            modelUsed);

        // Cancelling the file choice writes nothing.
        button->setFileChooser([](const QString &, ConversationExport::Format) { return QString(); });
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("export.md"))));
        button->markdownAction()->trigger();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("export.md"))));
    }

    void jsonModeAndSchemaReachTheRequest()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ChatPanel *panel = f->panel.get();
        panel->newConversation();
        ResponseFormatEditor *format = panel->responseFormatEditor();
        QComboBox *mode = format->modeBox();
        QVERIFY(format->schemaEdit()->isHidden());

        mode->setCurrentIndex(mode->findData(int(ChatParameters::ResponseMode::JsonObject)));
        typeAndSend(panel, QStringLiteral("A JSON object, please"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && f->sim.requestCount() == 1, 20000);
        QCOMPARE(f->sim.lastRequest().value(QStringLiteral("response_format")).toObject(),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("json_object") } }));

        // A schema that is not JSON is refused before anything is sent, and the text stays.
        mode->setCurrentIndex(mode->findData(int(ChatParameters::ResponseMode::JsonSchema)));
        QVERIFY(format->schemaEdit()->isVisible());
        format->schemaEdit()->setPlainText(QStringLiteral("{\n  \"type\": obj"));
        QVERIFY(format->problemLabel()->isVisible());
        QVERIFY2(format->problemLabel()->text().contains(QStringLiteral("line 2")),
            qPrintable(format->problemLabel()->text()));
        typeAndSend(panel, QStringLiteral("Again"));
        QVERIFY(panel->statusLabel()->text().startsWith(QStringLiteral("Not sent.")));
        QCOMPARE(panel->composer()->toPlainText(), QStringLiteral("Again"));
        QCOMPARE(f->sim.requestCount(), 1);
        QCOMPARE(panel->transcriptModel()->rowCount(), 2);

        // Fixed, it goes out as json_schema.
        format->schemaNameEdit()->setText(QStringLiteral("answer"));
        format->schemaEdit()->setPlainText(
            QStringLiteral(R"({"type": "object", "properties": {"text": {"type": "string"}}})"));
        QVERIFY(format->problemLabel()->isHidden());
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && f->sim.requestCount() == 2, 20000);
        const QJsonObject sent = f->sim.lastRequest().value(QStringLiteral("response_format")).toObject();
        QCOMPARE(sent.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject schema = sent.value(QStringLiteral("json_schema")).toObject();
        QCOMPARE(schema.value(QStringLiteral("name")).toString(), QStringLiteral("answer"));
        QCOMPARE(schema.value(QStringLiteral("schema")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("object"));

        // Reopening the conversation shows its format again.
        const qint64 id = panel->currentConversationId();
        panel->newConversation();
        QCOMPARE(mode->currentData().toInt(), int(ChatParameters::ResponseMode::Text));
        panel->setCurrentConversation(id);
        QCOMPARE(mode->currentData().toInt(), int(ChatParameters::ResponseMode::JsonSchema));
        QVERIFY(format->schemaEdit()->toPlainText().contains(QStringLiteral("\"text\"")));
    }
};

QTEST_MAIN(TestChatProtocol)
#include "tst_chatprotocol.moc"
