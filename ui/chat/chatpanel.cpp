#include "ui/chat/chatpanel.h"

#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/routing/router.h"
#include "core/routing/routereply.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <limits>

namespace tiergate {

namespace {

constexpr int ConversationIdRole = Qt::UserRole + 1;

QString titleFromText(const QString &text)
{
    QString title = text.simplified();
    if (title.size() > 48)
        title = title.left(47) + QChar(0x2026);
    return title;
}

} // namespace

ChatPanel::ChatPanel(
    ConversationStore *store, Router *router, ConfigStore *config, CodeHighlighter *highlighter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_router(router)
    , m_config(config)
    , m_renderer(new MarkdownRenderer(highlighter, this))
    , m_model(new TranscriptModel(store, m_renderer, this))
{
    buildUi();

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(30);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChatPanel::rebuildTranscript);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatPanel::scheduleTranscriptRebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChatPanel::scheduleTranscriptRebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChatPanel::scheduleTranscriptRebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChatPanel::scheduleTranscriptRebuild);
    connect(m_store, &ConversationStore::conversationsChanged, this, &ChatPanel::reloadConversationList);
    connect(m_store, &ConversationStore::messageUpdated, this, [this](qint64 conversationId, qint64) {
        if (conversationId == m_conversationId)
            updateTotals();
    });
    if (m_config)
        connect(m_config, &ConfigStore::configChanged, this, [this] {
            const QString current = m_tier->currentData().toString();
            m_tier->clear();
            m_tier->addItem(tr("Profile default"), QString());
            if (const auto snapshot = m_config->snapshot())
                for (const QString &name : snapshot->tierNames())
                    m_tier->addItem(name, name);
            m_tier->setCurrentIndex(qMax(0, m_tier->findData(current)));
        });

    reloadConversationList();
    const QList<Conversation> existing = m_store->conversations();
    if (!existing.isEmpty())
        setCurrentConversation(existing.first().id);
    updateButtons();
}

ChatPanel::~ChatPanel()
{
    if (m_reply)
        m_reply->disconnect(this);
}

void ChatPanel::buildUi()
{
    // Left: conversations.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_searchField = new QLineEdit(left);
    m_searchField->setPlaceholderText(tr("Search conversations"));
    m_searchField->setClearButtonEnabled(true);
    m_conversationList = new QListWidget(left);
    m_conversationList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_conversationList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_newButton = new QPushButton(tr("New"), left);
    m_newButton->setToolTip(tr("New conversation (Ctrl+N)"));
    m_undoButton = new QPushButton(tr("Undo delete"), left);
    m_undoButton->setVisible(false);
    leftLayout->addWidget(m_searchField);
    leftLayout->addWidget(m_conversationList, 1);
    leftLayout->addWidget(m_newButton);
    leftLayout->addWidget(m_undoButton);

    // Centre: transcript and composer.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_transcriptView = new QTextBrowser(centre);
    m_transcriptView->setOpenLinks(false);
    m_transcriptView->viewport()->installEventFilter(this);
    m_statusLabel = new QLabel(centre);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_composer = new QPlainTextEdit(centre);
    m_composer->setPlaceholderText(tr("Message (Ctrl+Enter sends, Esc stops, Up edits the last message)"));
    m_composer->setMaximumHeight(140);
    m_composer->installEventFilter(this);
    auto *buttons = new QHBoxLayout;
    m_sendButton = new QPushButton(tr("Send"), centre);
    m_stopButton = new QPushButton(tr("Stop"), centre);
    m_regenerateButton = new QPushButton(tr("Regenerate"), centre);
    m_totalsLabel = new QLabel(centre);
    buttons->addWidget(m_totalsLabel, 1);
    buttons->addWidget(m_regenerateButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_sendButton);
    centreLayout->addWidget(m_transcriptView, 1);
    centreLayout->addWidget(m_statusLabel);
    centreLayout->addWidget(m_composer);
    centreLayout->addLayout(buttons);

    // Right: request settings of the conversation.
    auto *side = new QWidget(this);
    auto *form = new QFormLayout(side);
    m_systemPrompt = new QPlainTextEdit(side);
    m_systemPrompt->setPlaceholderText(tr("System prompt"));
    m_temperature = new QDoubleSpinBox(side);
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("default"));
    m_temperature->setValue(-0.1);
    m_topP = new QDoubleSpinBox(side);
    m_topP->setRange(-0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setSpecialValueText(tr("default"));
    m_topP->setValue(-0.05);
    m_maxTokens = new QSpinBox(side);
    m_maxTokens->setRange(0, 1000000);
    m_maxTokens->setSpecialValueText(tr("default"));
    m_seed = new QSpinBox(side);
    m_seed->setRange(-1, std::numeric_limits<int>::max());
    m_seed->setSpecialValueText(tr("none"));
    m_seed->setValue(-1);
    m_tier = new QComboBox(side);
    m_tier->addItem(tr("Profile default"), QString());
    if (m_config)
        if (const auto snapshot = m_config->snapshot())
            for (const QString &name : snapshot->tierNames())
                m_tier->addItem(name, name);
    m_criticality = new QComboBox(side);
    for (const Criticality c : { Criticality::Critical, Criticality::Standard, Criticality::Background })
        m_criticality->addItem(criticalityName(c), criticalityName(c));
    m_criticality->setCurrentIndex(1);
    form->addRow(tr("System prompt"), m_systemPrompt);
    form->addRow(tr("Temperature"), m_temperature);
    form->addRow(tr("Top p"), m_topP);
    form->addRow(tr("Max tokens"), m_maxTokens);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Criticality"), m_criticality);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ChatPanel::newConversation);
    connect(m_newButton, &QPushButton::clicked, this, &ChatPanel::newConversation);
    connect(m_undoButton, &QPushButton::clicked, this, &ChatPanel::undoDelete);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPanel::send);
    connect(m_stopButton, &QPushButton::clicked, this, &ChatPanel::stop);
    connect(m_regenerateButton, &QPushButton::clicked, this, &ChatPanel::regenerate);
    connect(m_transcriptView, &QTextBrowser::anchorClicked, this, &ChatPanel::onAnchorClicked);
    connect(m_searchField, &QLineEdit::textChanged, this, &ChatPanel::reloadConversationList);
    connect(m_conversationList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_fillingList && item)
            setCurrentConversation(item->data(ConversationIdRole).toLongLong());
    });
    connect(m_conversationList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_fillingList)
            return;
        const QString title = item->text().trimmed();
        if (!title.isEmpty())
            m_store->renameConversation(item->data(ConversationIdRole).toLongLong(), title);
    });
    connect(m_conversationList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_conversationList->itemAt(pos);
        if (!item)
            return;
        m_conversationList->setCurrentItem(item);
        QMenu menu(this);
        menu.addAction(tr("Rename"), this, &ChatPanel::renameCurrent);
        menu.addAction(tr("Delete"), this, &ChatPanel::deleteCurrent);
        menu.exec(m_conversationList->viewport()->mapToGlobal(pos));
    });
    m_conversationList->installEventFilter(this);
}

void ChatPanel::reloadConversationList()
{
    const QString filter = m_searchField->text().trimmed();
    const QList<Conversation> list = filter.isEmpty() ? m_store->conversations() : m_store->search(filter);
    m_fillingList = true;
    m_conversationList->clear();
    for (const Conversation &c : list) {
        auto *item = new QListWidgetItem(c.title.isEmpty() ? tr("Untitled") : c.title, m_conversationList);
        item->setData(ConversationIdRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (c.id == m_conversationId)
            m_conversationList->setCurrentItem(item);
    }
    m_fillingList = false;
}

void ChatPanel::setCurrentConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (m_conversationId)
        saveSettings();
    m_conversationId = conversationId;
    m_editingMessageId = 0;
    m_model->setConversationId(conversationId);
    m_statusLabel->clear();
    loadSettings();
    m_fillingList = true;
    for (int i = 0; i < m_conversationList->count(); ++i) {
        QListWidgetItem *item = m_conversationList->item(i);
        if (item->data(ConversationIdRole).toLongLong() == conversationId)
            m_conversationList->setCurrentItem(item);
    }
    m_fillingList = false;
    updateTotals();
    updateButtons();
    scheduleTranscriptRebuild();
}

void ChatPanel::newConversation()
{
    QString profile;
    if (m_config)
        profile = m_config->activeProfile();
    const qint64 id = m_store->createConversation(tr("New conversation"), profile);
    if (id <= 0) {
        m_statusLabel->setText(tr("The conversation could not be created: %1").arg(m_store->errorString()));
        return;
    }
    setCurrentConversation(id);
    m_composer->setFocus();
}

void ChatPanel::loadSettings()
{
    const Conversation c = m_store->conversation(m_conversationId);
    const ChatParameters &p = c.parameters;
    m_systemPrompt->setPlainText(c.systemPrompt);
    m_temperature->setValue(p.temperature.value_or(m_temperature->minimum()));
    m_topP->setValue(p.topP.value_or(m_topP->minimum()));
    m_maxTokens->setValue(p.maxTokens.value_or(0));
    m_seed->setValue(p.seed ? int(*p.seed) : -1);
    const int tierIndex = m_tier->findData(c.tier);
    m_tier->setCurrentIndex(tierIndex >= 0 ? tierIndex : 0);
}

void ChatPanel::saveSettings()
{
    Conversation c = m_store->conversation(m_conversationId);
    if (!c.isValid())
        return;
    c.systemPrompt = m_systemPrompt->toPlainText();
    ChatParameters p = c.parameters;
    p.temperature = m_temperature->value() > m_temperature->minimum() ? std::optional<double>(m_temperature->value())
                                                                      : std::nullopt;
    p.topP = m_topP->value() > m_topP->minimum() ? std::optional<double>(m_topP->value()) : std::nullopt;
    p.maxTokens = m_maxTokens->value() > 0 ? std::optional<int>(m_maxTokens->value()) : std::nullopt;
    p.seed = m_seed->value() >= 0 ? std::optional<qint64>(m_seed->value()) : std::nullopt;
    c.parameters = p;
    c.tier = m_tier->currentData().toString();
    const Conversation stored = m_store->conversation(m_conversationId);
    if (stored.systemPrompt != c.systemPrompt || !(stored.parameters == c.parameters) || stored.tier != c.tier)
        m_store->updateSettings(c);
}

void ChatPanel::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || isBusy())
        return;
    if (!m_conversationId) {
        QString profile;
        if (m_config)
            profile = m_config->activeProfile();
        const qint64 id = m_store->createConversation(titleFromText(text), profile);
        if (id <= 0) {
            m_statusLabel->setText(tr("The conversation could not be created: %1").arg(m_store->errorString()));
            return;
        }
        setCurrentConversation(id);
    } else if (m_model->rowCount() == 0) {
        m_store->renameConversation(m_conversationId, titleFromText(text));
    }
    saveSettings();

    if (m_editingMessageId) {
        const qint64 editing = m_editingMessageId;
        m_editingMessageId = 0;
        if (!m_store->editUserMessage(editing, text)) {
            m_statusLabel->setText(tr("Your edit could not be saved: %1").arg(m_store->errorString()));
            return;
        }
        m_store->truncateAfter(editing);
    } else if (m_store->appendUserMessage(m_conversationId, text) <= 0) {
        m_statusLabel->setText(
            tr("Your message could not be saved, so it was not sent: %1").arg(m_store->errorString()));
        return;
    }
    m_composer->clear();
    startRequest();
}

void ChatPanel::startRequest()
{
    const Conversation c = m_store->conversation(m_conversationId);
    ChatRequest request;
    if (!c.systemPrompt.trimmed().isEmpty())
        request.messages.append(ChatMessage::fromText(QStringLiteral("system"), c.systemPrompt));
    for (const StoredMessage &m : m_store->messages(m_conversationId)) {
        if (m.role == StoredMessage::Role::Assistant
            && (m.content.isEmpty() || m.state == StoredMessage::State::Failed))
            continue;
        request.messages.append(ChatMessage::fromText(StoredMessage::roleName(m.role), m.content));
    }
    request.model = c.model;
    request.stream = true;
    request.temperature = c.parameters.temperature;
    request.topP = c.parameters.topP;
    if (c.parameters.maxTokens)
        request.maxTokens = *c.parameters.maxTokens;
    request.seed = c.parameters.seed;
    request.setStopSequences(c.parameters.stop);

    RouteOptions options;
    options.profile = c.profile;
    options.tier = m_tier->currentData().toString();
    options.criticality = criticalityFromName(m_criticality->currentData().toString());

    const qint64 answerId = m_store->beginAssistantMessage(m_conversationId);
    if (answerId <= 0) {
        m_statusLabel->setText(tr("The answer could not be stored: %1").arg(m_store->errorString()));
        return;
    }
    m_answerId = answerId;
    m_statusLabel->clear();
    RouteReply *reply = m_router->send(request, options);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &RouteReply::contentDelta, this,
        [this, answerId](const QString &delta) { m_store->appendStreamText(answerId, delta); });
    connect(reply, &RouteReply::finished, this, &ChatPanel::onReplyFinished);
    updateButtons();
    if (reply->isFinished())
        onReplyFinished();
}

void ChatPanel::onReplyFinished()
{
    RouteReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    const RouteResult result = reply->result();
    m_store->finishAssistantMessage(m_answerId, result);
    if (!result.isOk() && result.status != RouteResult::Status::Cancelled) {
        const QString why = result.error.message.isEmpty() ? tr("The request failed.") : result.error.message;
        m_statusLabel->setText(tr("No answer: %1 Your message is saved; press Regenerate to try again.").arg(why));
    }
    reply->deleteLater();
    updateTotals();
    updateButtons();
}

void ChatPanel::stop()
{
    if (m_reply)
        m_reply->cancel();
}

void ChatPanel::regenerate()
{
    if (isBusy() || !m_conversationId)
        return;
    const QList<StoredMessage> messages = m_store->messages(m_conversationId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == StoredMessage::Role::User) {
            m_store->truncateAfter(it->id);
            startRequest();
            return;
        }
    }
}

void ChatPanel::editLastUserMessage()
{
    if (isBusy() || !m_conversationId)
        return;
    const QList<StoredMessage> messages = m_store->messages(m_conversationId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == StoredMessage::Role::User) {
            m_editingMessageId = it->id;
            m_composer->setPlainText(it->content);
            m_composer->moveCursor(QTextCursor::End);
            m_statusLabel->setText(tr("Editing your last message; sending replaces it and what followed."));
            return;
        }
    }
}

bool ChatPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (isBusy()) {
                stop();
            } else if (m_editingMessageId) {
                m_editingMessageId = 0;
                m_composer->clear();
                m_statusLabel->clear();
            }
            return true;
        }
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && m_composer->toPlainText().isEmpty()) {
            editLastUserMessage();
            return true;
        }
    }
    if (watched == m_conversationList && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteCurrent();
        return true;
    }
    if (watched == m_transcriptView->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString anchor = m_transcriptView->anchorAt(help->pos());
        if (anchor.startsWith(QLatin1String("trail:"))) {
            const int row = anchor.mid(6).toInt();
            QToolTip::showText(help->globalPos(), attemptTrail(row), m_transcriptView);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPanel::scheduleTranscriptRebuild()
{
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void ChatPanel::rebuildTranscript()
{
    QScrollBar *bar = m_transcriptView->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int oldValue = bar->value();
    const bool dark = Theme::isDark(palette());
    QString html;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const bool user = index.data(TranscriptModel::RoleRole).toString() == QLatin1String("user");
        html += QStringLiteral("<div style=\"margin-bottom:10px\"><p><b>%1</b></p>")
                    .arg(user ? tr("You").toHtmlEscaped() : tr("Assistant").toHtmlEscaped());
        html += index.data(TranscriptModel::HtmlRole).toString();
        const QString error = index.data(TranscriptModel::ErrorRole).toString();
        if (!error.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(Theme::badgeHtml(Theme::Badge::Error, tr("error"), dark), error.toHtmlEscaped());
        if (!user)
            html += metaHtml(row);
        html += QStringLiteral("</div><hr/>");
    }
    m_transcriptView->setHtml(html);
    bar->setValue(atBottom ? bar->maximum() : oldValue);
}

QString ChatPanel::metaText(int row) const
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return QString();
    QStringList parts;
    const QString model = index.data(TranscriptModel::ModelUsedRole).toString();
    if (!model.isEmpty())
        parts << model;
    if (index.data(TranscriptModel::FallbackRole).toBool())
        parts << tr("fallback");
    const qint64 latency = index.data(TranscriptModel::LatencyRole).toLongLong();
    if (latency >= 0)
        parts << tr("%1 ms").arg(latency);
    const qint64 ttft = index.data(TranscriptModel::TtftRole).toLongLong();
    if (ttft >= 0)
        parts << tr("TTFT %1 ms").arg(ttft);
    const qint64 tokens = index.data(TranscriptModel::TokensRole).toLongLong();
    if (tokens > 0) {
        const QString prefix = index.data(TranscriptModel::EstimatedRole).toBool() ? QStringLiteral("~") : QString();
        parts << tr("%1%2 tokens").arg(prefix).arg(tokens);
    }
    const int state = index.data(TranscriptModel::StateRole).toInt();
    if (state != int(StoredMessage::State::Streaming) && state != int(StoredMessage::State::Pending))
        parts << CostCalculator::formatMoney(index.data(TranscriptModel::CostRole).toLongLong());
    else
        parts << tr("streaming");
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString ChatPanel::metaHtml(int row) const
{
    const QModelIndex index = m_model->index(row);
    const bool dark = Theme::isDark(palette());
    QString text = metaText(row).toHtmlEscaped();
    if (index.data(TranscriptModel::FallbackRole).toBool()) {
        const QString badge = QStringLiteral("<a href=\"trail:%1\" style=\"text-decoration:none\">%2</a>")
                                  .arg(row)
                                  .arg(Theme::badgeHtml(Theme::Badge::Fallback, tr("fallback"), dark));
        text.replace(tr("fallback").toHtmlEscaped(), badge);
    }
    if (index.data(TranscriptModel::EstimatedRole).toBool())
        text += QStringLiteral(" ") + Theme::badgeHtml(Theme::Badge::Estimated, tr("estimated"), dark);
    return QStringLiteral("<p style=\"color:gray; font-size:small\">%1</p>").arg(text);
}

QString ChatPanel::attemptTrail(int row) const
{
    const QJsonArray attempts = m_model->index(row).data(TranscriptModel::AttemptsRole).toJsonArray();
    QStringList lines;
    for (const QJsonValue &value : attempts) {
        const QJsonObject a = value.toObject();
        QString line
            = QStringLiteral("%1. %2 \u2014 %3")
                  .arg(a.value(QStringLiteral("index")).toInt() + 1)
                  .arg(a.value(QStringLiteral("model")).toString(), a.value(QStringLiteral("outcome")).toString());
        const int status = a.value(QStringLiteral("http_status")).toInt();
        if (status > 0)
            line += tr(", HTTP %1").arg(status);
        const qint64 wait = qint64(a.value(QStringLiteral("wait_ms")).toDouble());
        if (wait > 0)
            line += tr(", waited %1 ms").arg(wait);
        const QString error = a.value(QStringLiteral("error")).toString();
        if (!error.isEmpty())
            line += QStringLiteral(": ") + error;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void ChatPanel::onAnchorClicked(const QUrl &url)
{
    if (const auto link = MarkdownRenderer::parseCopyLink(url)) {
        const int row = m_model->rowOfMessage(link->tag.toLongLong());
        if (row >= 0)
            QApplication::clipboard()->setText(m_model->codeBlock(row, link->index));
        return;
    }
    if (url.scheme() == QLatin1String("trail")) {
        const int row = url.path().toInt();
        QToolTip::showText(QCursor::pos(), attemptTrail(row), m_transcriptView);
    }
}

void ChatPanel::updateTotals()
{
    if (!m_conversationId) {
        m_totalsLabel->clear();
        return;
    }
    const ConversationTotals totals = m_store->totals(m_conversationId);
    const QString prefix = totals.estimated ? QStringLiteral("~") : QString();
    m_totalsLabel->setText(tr("Conversation: %1%2 tokens, %3")
                               .arg(prefix)
                               .arg(totals.totalTokens())
                               .arg(CostCalculator::formatMoney(totals.costMicros)));
}

void ChatPanel::updateButtons()
{
    const bool busy = isBusy();
    m_sendButton->setEnabled(!busy);
    m_stopButton->setEnabled(busy);
    m_regenerateButton->setEnabled(!busy && m_conversationId != 0);
}

void ChatPanel::renameCurrent()
{
    if (QListWidgetItem *item = m_conversationList->currentItem())
        m_conversationList->editItem(item);
}

void ChatPanel::deleteCurrent()
{
    QListWidgetItem *item = m_conversationList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(ConversationIdRole).toLongLong();
    if (id == m_conversationId && isBusy())
        stop();
    if (!m_store->deleteConversation(id))
        return;
    m_deletedId = id;
    m_undoButton->setVisible(true);
    if (id == m_conversationId) {
        const QList<Conversation> rest = m_store->conversations();
        setCurrentConversation(rest.isEmpty() ? 0 : rest.first().id);
    }
}

void ChatPanel::undoDelete()
{
    if (m_deletedId && m_store->restoreConversation(m_deletedId))
        setCurrentConversation(m_deletedId);
    m_deletedId = 0;
    m_undoButton->setVisible(false);
}

} // namespace tiergate
