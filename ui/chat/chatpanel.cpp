#include "ui/chat/chatpanel.h"

#include "core/chat/chaterrortext.h"
#include "core/chat/chatsession.h"
#include "core/chat/conversationimport.h"
#include "core/chat/conversationstore.h"
#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"
#include "core/contract/chatrequest.h"
#include "core/cost/costcalculator.h"
#include "core/routing/routereceipt.h"
#include "core/routing/routereply.h"
#include "ui/chat/attachmentstrip.h"
#include "ui/chat/conversationdelegate.h"
#include "ui/chat/conversationexportbutton.h"
#include "ui/chat/findbar.h"
#include "ui/chat/modelpicker.h"
#include "ui/chat/responseformateditor.h"
#include "ui/chat/transcriptdelegate.h"
#include "ui/chat/transcriptview.h"
#include "ui/chat/versionswitcher.h"
#include "ui/chat/welcomeview.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/markdownrenderer.h"
#include "ui/common/statuslabel.h"
#include "ui/common/theme.h"
#include "ui/common/transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <limits>
#include <utility>

namespace tiergate {

namespace {

constexpr int ConversationIdRole = Qt::UserRole + 1;

} // namespace

ChatPanel::ChatPanel(
    ConversationStore *store, Router *router, ConfigStore *config, CodeHighlighter *highlighter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_router(router)
    , m_config(config)
    , m_renderer(new MarkdownRenderer(highlighter, this))
    , m_model(new TranscriptModel(store, m_renderer, this))
    , m_session(new ChatSession(store, router, config, this))
{
    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(150);
    connect(m_estimateTimer, &QTimer::timeout, this, &ChatPanel::updateEstimate);

    buildUi();
    if (highlighter)
        highlighter->setDark(Theme::isDark(palette()));

    connect(m_session, &ChatSession::answerFinished, this, &ChatPanel::onAnswerFinished);
    connect(m_store, &ConversationStore::conversationsChanged, this, &ChatPanel::reloadConversationList);
    connect(m_store, &ConversationStore::messageUpdated, this, [this](qint64 conversationId, qint64 messageId) {
        // Streamed chunks arrive hundreds of times a second; totals need the finished figures only.
        if (conversationId == m_conversationId && !m_store->isStreaming(messageId))
            updateTotals();
    });
    connect(m_store, &ConversationStore::messageAdded, this, [this](qint64 conversationId, qint64) {
        if (conversationId == m_conversationId)
            updateTotals();
    });
    connect(m_store, &ConversationStore::messagesRemoved, this, [this](qint64 conversationId, int) {
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
            m_estimateTimer->start();
        });
    if (m_config) {
        connect(m_config, &ConfigStore::activeProfileChanged, m_estimateTimer, qOverload<>(&QTimer::start));
        connect(m_config, &ConfigStore::activeProfileChanged, this, &ChatPanel::updateProfileLabel);
        // Conversations without a profile of their own follow the header: their line changes.
        connect(m_config, &ConfigStore::activeProfileChanged, this, &ChatPanel::reloadConversationList);
    }

    reloadConversationList();
    const QList<Conversation> existing = m_store->conversations();
    if (!existing.isEmpty())
        setCurrentConversation(existing.first().id);
    updateButtons();
    updateModelButton();
    updateProfileLabel();
    updateEstimate();
}

ChatPanel::~ChatPanel()
{
    m_session->disconnect(this);
}

void ChatPanel::buildUi()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("chatSplitter"));
    m_conversationSide = buildConversationSide();
    m_conversationSide->setObjectName(QStringLiteral("conversationSide"));
    m_settingsSide = buildSettingsSide();
    m_settingsSide->setObjectName(QStringLiteral("settingsSide"));
    splitter->addWidget(m_conversationSide);
    splitter->addWidget(buildCentre());
    splitter->addWidget(m_settingsSide);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false); // the side columns collapse, the transcript stays
    splitter->setSizes({ 220, 640, 300 }); // the transcript gets most of the width first
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connectUi();
}

QWidget *ChatPanel::buildConversationSide()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_searchField = new QLineEdit(left);
    m_searchField->setPlaceholderText(tr("Search conversations"));
    m_searchField->setClearButtonEnabled(true);
    m_conversationList = new QListWidget(left);
    m_conversationList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_conversationList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_conversationList->setItemDelegate(new ConversationDelegate(m_conversationList));
    m_conversationList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversationList->setTextElideMode(Qt::ElideRight);
    m_conversationList->setWordWrap(false);
    m_newButton = new QPushButton(tr("New"), left);
    m_newButton->setToolTip(tr("New conversation (Ctrl+N)"));
    m_undoButton = new QPushButton(tr("Undo delete"), left);
    m_undoButton->setVisible(false);
    leftLayout->addWidget(m_searchField);
    leftLayout->addWidget(m_conversationList, 1);
    leftLayout->addWidget(m_newButton);
    leftLayout->addWidget(m_undoButton);
    return left;
}

QWidget *ChatPanel::buildCentre()
{
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_findBar = new FindBar(centre);
    m_transcriptView = new TranscriptView(centre);
    m_transcriptView->setModel(m_model);
    m_transcriptView->transcriptDelegate()->setRenderer(m_renderer);
    m_welcome = new WelcomeView(m_model, m_config, m_transcriptView->viewport());
    connect(m_welcome, &WelcomeView::sampleChosen, this, [this](const WelcomeSample &sample) {
        setRequestedModel(sample.model);
        m_composer->setPlainText(sample.prompt);
        send();
    });
    m_statusLabel = new StatusLabel(centre);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receiptLabel = new StatusLabel(centre);
    m_receiptLabel->setObjectName(QStringLiteral("routeReceipt"));
    m_receiptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileLabel = new QLabel(centre);
    m_profileLabel->setObjectName(QStringLiteral("conversationProfile"));
    m_profileLabel->setWordWrap(true);
    m_useHeaderProfile = new QPushButton(centre);
    m_useHeaderProfile->setObjectName(QStringLiteral("useHeaderProfile"));
    m_useHeaderProfile->setVisible(false);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel, 1);
    profileRow->addWidget(m_useHeaderProfile);
    m_composer = new QPlainTextEdit(centre);
    m_composer->setPlaceholderText(tr("Message (Ctrl+Enter sends, Esc stops, Up edits the last message)"));
    m_composer->installEventFilter(this);
    // The composer grows with what is typed, from 3 lines to 8, then scrolls: the transcript keeps
    // the height it does not need.
    const auto fitComposer = [this] {
        const int lines = std::clamp(qRound(m_composer->document()->documentLayout()->documentSize().height()), 3, 8);
        const QMargins margins = m_composer->contentsMargins();
        m_composer->setFixedHeight(lines * m_composer->fontMetrics().lineSpacing()
            + qCeil(2 * m_composer->document()->documentMargin()) + margins.top() + margins.bottom());
    };
    connect(
        m_composer->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, fitComposer);
    fitComposer();
    m_attachments = new AttachmentStrip(centre);
    m_attachments->watch(m_composer);
    m_attachments->setImageCheck([this] { return imageRefusal(); });
    connect(m_attachments, &AttachmentStrip::refused, m_statusLabel, &QLabel::setText);
    m_estimateLabel = new QLabel(centre);
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelButton = new QPushButton(centre);
    m_modelButton->setFlat(true);
    m_modelButton->setToolTip(tr("Choose the model for the next messages (Ctrl+K)"));
    auto *estimateRow = new QHBoxLayout;
    estimateRow->addWidget(m_modelButton);
    estimateRow->addWidget(m_estimateLabel, 1);
    auto *buttons = new QHBoxLayout;
    m_sendButton = new QPushButton(tr("Send"), centre);
    m_stopButton = new QPushButton(tr("Stop"), centre);
    m_regenerateButton = new QPushButton(tr("Regenerate"), centre);
    m_totalsLabel = new ElidedLabel(centre);
    // Its text grows with every answer; were it to set the panel's minimum width, each change
    // could resize the whole window and repaint every panel in one event-loop pass.
    m_totalsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_versions = new VersionSwitcher(m_store, centre);
    m_exportButton = new ConversationExportButton(m_store, centre);
    connect(m_exportButton, &ConversationExportButton::exported, m_statusLabel,
        [this](const QString &path) { m_statusLabel->setText(tr("Exported to %1.").arg(path)); });
    connect(m_exportButton, &ConversationExportButton::failed, m_statusLabel, &QLabel::setText);
    buttons->addWidget(m_totalsLabel, 1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_versions);
    buttons->addWidget(m_regenerateButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_sendButton);
    centreLayout->addLayout(profileRow);
    centreLayout->addWidget(m_findBar);
    centreLayout->addWidget(m_transcriptView, 1);
    centreLayout->addWidget(m_receiptLabel);
    centreLayout->addWidget(m_statusLabel);
    centreLayout->addLayout(estimateRow);
    centreLayout->addWidget(m_attachments);
    centreLayout->addWidget(m_composer);
    centreLayout->addLayout(buttons);
    return centre;
}

QWidget *ChatPanel::buildSettingsSide()
{
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
    m_format = new ResponseFormatEditor(side);
    form->addRow(tr("Response"), m_format);
    return side;
}

void ChatPanel::connectUi()
{
    connect(m_useHeaderProfile, &QPushButton::clicked, this, [this] {
        if (m_conversationId && m_config
            && m_store->setConversationProfile(m_conversationId, m_config->activeProfile())) {
            updateProfileLabel();
            m_estimateTimer->start();
        }
    });
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ChatPanel::newConversation);
    connect(m_newButton, &QPushButton::clicked, this, &ChatPanel::newConversation);
    connect(m_findBar, &FindBar::textChanged, this, &ChatPanel::runFind);
    connect(m_findBar, &FindBar::nextRequested, this, &ChatPanel::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &ChatPanel::findPrevious);
    connect(m_findBar, &FindBar::closed, m_transcriptView, qOverload<>(&QWidget::setFocus));
    connect(m_undoButton, &QPushButton::clicked, this, &ChatPanel::undoDelete);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPanel::send);
    connect(m_stopButton, &QPushButton::clicked, this, &ChatPanel::stop);
    connect(m_regenerateButton, &QPushButton::clicked, this, &ChatPanel::regenerate);
    auto *pickerShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    pickerShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pickerShortcut, &QShortcut::activated, this, &ChatPanel::openModelPicker);
    connect(m_modelButton, &QPushButton::clicked, this, &ChatPanel::openModelPicker);
    connect(m_transcriptView, &TranscriptView::linkActivated, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_transcriptView, &TranscriptView::copied, this,
        [this](const QString &text) { m_statusLabel->setText(tr("Copied %1 characters.").arg(text.size())); });
    connect(m_composer, &QPlainTextEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_maxTokens, &QSpinBox::valueChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_tier, &QComboBox::currentIndexChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_criticality, &QComboBox::currentIndexChanged, m_estimateTimer, qOverload<>(&QTimer::start));
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
    // Most changes (an answer finishing, a message moving its conversation that is already first)
    // leave the list as it is; rebuilding it anyway would cost every open panel a relayout.
    bool same = m_conversationList->count() == list.size();
    int currentRow = -1;
    for (int i = 0; same && i < list.size(); ++i) {
        const Conversation &c = list.at(i);
        const QListWidgetItem *item = m_conversationList->item(i);
        same = item->data(ConversationIdRole).toLongLong() == c.id
            && item->text() == (c.title.isEmpty() ? tr("Untitled") : c.title)
            && item->data(ConversationDelegate::ProfileRole).toString() == profileShown(c);
        if (c.id == m_conversationId)
            currentRow = i;
    }
    if (same && m_conversationList->currentRow() == currentRow)
        return;
    m_fillingList = true;
    m_conversationList->clear();
    for (const Conversation &c : list) {
        auto *item = new QListWidgetItem(c.title.isEmpty() ? tr("Untitled") : c.title, m_conversationList);
        item->setData(ConversationIdRole, c.id);
        item->setData(ConversationDelegate::ProfileRole, profileShown(c));
        item->setToolTip(tr("Routes through profile %1").arg(profileShown(c)));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (c.id == m_conversationId)
            m_conversationList->setCurrentItem(item);
    }
    m_fillingList = false;
}

QString ChatPanel::profileShown(const Conversation &c) const
{
    if (!c.profile.isEmpty())
        return c.profile;
    return m_config ? tr("%1 (the header's)").arg(m_config->activeProfile()) : tr("the header's");
}

QString ChatPanel::conversationProfileText(int row) const
{
    QListWidgetItem *item = m_conversationList->item(row);
    return item ? ConversationDelegate::profileLine(m_conversationList->model()->index(row, 0)) : QString();
}

void ChatPanel::showFind()
{
    m_findBar->open();
    runFind();
}

void ChatPanel::runFind()
{
    const QString text = m_findBar->text();
    m_findMatches
        = text.isEmpty() || !m_conversationId ? QList<qint64>() : m_store->findInConversation(m_conversationId, text);
    m_findIndex = m_findMatches.isEmpty() ? -1 : 0;
    showFindMatch();
}

void ChatPanel::findNext()
{
    if (m_findMatches.isEmpty())
        return;
    m_findIndex = int((m_findIndex + 1) % m_findMatches.size());
    showFindMatch();
}

void ChatPanel::findPrevious()
{
    if (m_findMatches.isEmpty())
        return;
    m_findIndex = int((m_findIndex - 1 + m_findMatches.size()) % m_findMatches.size());
    showFindMatch();
}

void ChatPanel::showFindMatch()
{
    m_findBar->setMatches(m_findIndex + 1, int(m_findMatches.size()));
    if (m_findIndex < 0)
        return;
    const int row = m_model->rowOfMessage(m_findMatches.at(m_findIndex));
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_transcriptView->scrollTo(index, QAbstractItemView::PositionAtTop);
    m_transcriptView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

bool ChatPanel::importConversation(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 id = ConversationImport::fromJson(*m_store, file.readAll(), error);
    if (id <= 0)
        return false;
    reloadConversationList();
    setCurrentConversation(id);
    return true;
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
    m_receiptLabel->clear();
    m_versions->setConversation(conversationId);
    m_exportButton->setConversation(conversationId);
    if (m_findBar->isVisible())
        runFind();
    updateTotals();
    updateButtons();
    updateModelButton();
    updateProfileLabel();
    m_estimateTimer->start();
}

void ChatPanel::updateProfileLabel()
{
    const QString header = m_config ? m_config->activeProfile() : QString();
    const Conversation c = m_store->conversation(m_conversationId);
    if (!c.isValid()) {
        m_profileLabel->setText(tr("Profile: %1 (from the header; a new conversation keeps it)").arg(header));
        m_useHeaderProfile->setVisible(false);
        return;
    }
    const QString own = c.profile.isEmpty() ? header : c.profile;
    const bool differs = !header.isEmpty() && own != header;
    m_profileLabel->setText(differs ? tr("Profile: %1. This conversation routes through %1; the header's %2 applies "
                                         "to new conversations.")
                                          .arg(own, header)
                                    : tr("Profile: %1").arg(own));
    m_useHeaderProfile->setText(tr("Use %1 here").arg(header));
    m_useHeaderProfile->setVisible(differs);
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
    m_format->setParameters(p);
    const int tierIndex = m_tier->findData(c.tier);
    m_tier->setCurrentIndex(tierIndex >= 0 ? tierIndex : 0);
    if (c.isValid())
        m_requestedModel = c.model;
}

void ChatPanel::saveSettings()
{
    Conversation c = m_store->conversation(m_conversationId);
    if (!c.isValid())
        return;
    c.systemPrompt = m_systemPrompt->toPlainText();
    c.parameters = parametersFromFields();
    c.tier = m_tier->currentData().toString();
    c.model = m_requestedModel;
    const Conversation stored = m_store->conversation(m_conversationId);
    if (stored.systemPrompt != c.systemPrompt || !(stored.parameters == c.parameters) || stored.tier != c.tier
        || stored.model != c.model)
        m_store->updateSettings(c);
}

void ChatPanel::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || isBusy())
        return;
    if (const QString problem = m_format->problem(); !problem.isEmpty()) {
        m_statusLabel->setText(tr("Not sent. %1").arg(problem));
        return;
    }
    if (const QString refusal = m_attachments->count() ? imageRefusal() : QString(); !refusal.isEmpty()) {
        m_statusLabel->setText(tr("Not sent. %1").arg(refusal));
        return;
    }
    // Asked before anything is saved: a refused request leaves the text in the composer.
    const int keptRows = m_editingMessageId ? m_model->rowOfMessage(m_editingMessageId) : m_model->rowCount();
    if (!approve(requestFromTranscript(keptRows < 0 ? m_model->rowCount() : keptRows, text)))
        return;
    if (m_conversationId)
        saveSettings();
    const qint64 editing = std::exchange(m_editingMessageId, 0);
    const QString model = m_requestedModel;
    // The images are kept with the message: the transcript shows them, later requests send them again.
    const qint64 id = m_session->commitUserMessage(m_conversationId, text, editing, model, m_attachments->dataUrls());
    if (id <= 0) {
        m_statusLabel->setText(m_session->errorString());
        return;
    }
    if (id != m_conversationId) {
        setCurrentConversation(id);
        m_requestedModel = model;
        saveSettings();
    }
    if (editing)
        m_versions->forget(editing);
    m_composer->clear();
    m_attachments->clear();
    startRequest(m_session->sendConversation(m_conversationId, m_tier->currentData().toString(), currentCriticality()));
}

void ChatPanel::startRequest(RouteReply *reply)
{
    if (!reply) {
        m_statusLabel->setText(m_session->errorString());
        return;
    }
    m_statusLabel->clear();
    // A reply that finished inside the send has already been through onAnswerFinished().
    if (!reply->isFinished())
        m_reply = reply;
    updateButtons();
}

void ChatPanel::onAnswerFinished(qint64 conversationId, const RouteResult &result, const QString &explained)
{
    m_reply = nullptr;
    if (conversationId == m_conversationId) {
        m_versions->answerFinished(m_session->lastFinishedAnswerId());
        m_receiptLabel->setText(tr("Route: %1").arg(RouteReceipt::summary(result)));
        m_receiptLabel->setToolTip(RouteReceipt::attemptLines(result).join(u'\n'));
        if (result.status == RouteResult::Status::Cut)
            m_statusLabel->setText(explained);
        else if (!explained.isEmpty())
            m_statusLabel->setText(tr("No answer. %1 Your message is saved.").arg(explained));
    }
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
    const int userRow = lastUserRow();
    if (userRow < 0 || !approve(requestFromTranscript(userRow + 1, QString())))
        return;
    saveSettings();
    m_versions->keepCurrentAnswer();
    startRequest(m_session->regenerate(m_conversationId, m_tier->currentData().toString(), currentCriticality()));
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
    return QWidget::eventFilter(watched, event);
}

QString ChatPanel::metaText(int row) const
{
    return TranscriptDelegate::metaText(m_model->index(row));
}

QString ChatPanel::attemptTrail(int row) const
{
    return TranscriptDelegate::attemptTrail(m_model->index(row));
}

void ChatPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    const bool dark = Theme::isDark(palette());
    CodeHighlighter *highlighter = m_renderer->highlighter();
    if (highlighter && highlighter->isDark() != dark)
        highlighter->setDark(dark);
    // Link and code colours are baked into the rendered HTML.
    m_renderer->clearCache();
    m_model->invalidateRendering();
}

int ChatPanel::lastUserRow() const
{
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->message(row).role == StoredMessage::Role::User)
            return row;
    }
    return -1;
}

Criticality ChatPanel::currentCriticality() const
{
    return criticalityFromName(m_criticality->currentData().toString());
}

ChatParameters ChatPanel::parametersFromFields() const
{
    ChatParameters p = m_store->conversation(m_conversationId).parameters;
    p.temperature = m_temperature->value() > m_temperature->minimum() ? std::optional<double>(m_temperature->value())
                                                                      : std::nullopt;
    p.topP = m_topP->value() > m_topP->minimum() ? std::optional<double>(m_topP->value()) : std::nullopt;
    p.maxTokens = m_maxTokens->value() > 0 ? std::optional<int>(m_maxTokens->value()) : std::nullopt;
    p.seed = m_seed->value() >= 0 ? std::optional<qint64>(m_seed->value()) : std::nullopt;
    m_format->applyTo(&p); // invalid fields keep the stored ones; send() refuses them
    return p;
}

ChatRequest ChatPanel::requestFromTranscript(int rows, const QString &extraUserText) const
{
    QList<StoredMessage> messages;
    rows = std::min(rows, m_model->rowCount());
    for (int row = 0; row < rows; ++row)
        messages.append(m_model->message(row));
    return ChatSession::buildRequest(
        m_systemPrompt->toPlainText(), messages, parametersFromFields(), m_requestedModel, extraUserText);
}

RequestEstimate ChatPanel::estimateFor(const ChatRequest &request) const
{
    if (!m_config)
        return RequestEstimate();
    return m_session->estimate(
        request, m_session->profileOf(m_conversationId), m_tier->currentData().toString(), currentCriticality());
}

QString ChatPanel::imageRefusal() const
{
    const std::shared_ptr<const TiergateConfig> snapshot = m_config ? m_config->snapshot() : nullptr;
    if (!snapshot)
        return QString();
    const RequestEstimate e = currentEstimate();
    const ModelConfig *model = e.valid ? snapshot->model(e.model) : nullptr;
    if (!model || model->acceptsImages().value_or(true))
        return QString();
    return tr("%1 takes text only, so images cannot be sent to it. Pick a model that reads images (Ctrl+K).")
        .arg(model->displayName.isEmpty() ? model->id : model->displayName);
}

RequestEstimate ChatPanel::currentEstimate() const
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty()) {
        const int userRow = lastUserRow();
        return estimateFor(requestFromTranscript(userRow < 0 ? 0 : userRow + 1, QString()));
    }
    const int keptRows = m_editingMessageId ? m_model->rowOfMessage(m_editingMessageId) : m_model->rowCount();
    return estimateFor(requestFromTranscript(keptRows < 0 ? m_model->rowCount() : keptRows, text));
}

void ChatPanel::updateEstimate()
{
    m_estimateTimer->stop();
    if (!m_config) {
        m_estimateLabel->clear();
        return;
    }
    const RequestEstimate e = currentEstimate();
    m_estimateLabel->setText(e.text());
    QPalette p = m_estimateLabel->palette();
    p.setColor(QPalette::WindowText,
        e.needsApproval() ? Theme::badgeForeground(Theme::Badge::Error, Theme::isDark(palette()))
                          : palette().color(QPalette::WindowText));
    m_estimateLabel->setPalette(p);
}

void ChatPanel::setApprovalHandler(ApprovalHandler handler)
{
    m_approval = std::move(handler);
}

bool ChatPanel::approve(const ChatRequest &request)
{
    if (!m_config)
        return true;
    const ChatApproval approval = m_session->approval(
        request, m_session->profileOf(m_conversationId), m_tier->currentData().toString(), currentCriticality());
    if (!approval.needsAsking())
        return true;
    const bool ok = m_approval ? m_approval(approval.estimate)
                               : QMessageBox::question(this, tr("Confirm the cost"), approval.question(),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    if (!ok)
        m_statusLabel->setText(approval.refusal());
    return ok;
}

void ChatPanel::setRequestedModel(const QString &model)
{
    m_requestedModel = model;
    if (m_conversationId)
        saveSettings();
    updateModelButton();
    updateEstimate();
}

void ChatPanel::updateModelButton()
{
    m_modelButton->setText(m_requestedModel.isEmpty() ? tr("Model: profile default (Ctrl+K)")
                                                      : tr("Model: %1 (Ctrl+K)").arg(m_requestedModel));
}

ModelPicker *ChatPanel::modelPicker() const
{
    return m_picker;
}

void ChatPanel::openModelPicker()
{
    if (!m_config || !m_config->snapshot())
        return;
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return;
    }
    m_picker = new ModelPicker(*m_config->snapshot(), m_requestedModel, this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &ModelPicker::modelPicked, this, [this](const QString &model) {
        setRequestedModel(model);
        m_composer->setFocus();
    });
    connect(m_picker, &QDialog::finished, this, [this] { m_composer->setFocus(); });
    m_picker->show();
    m_picker->activateWindow();
    m_picker->filterField()->setFocus();
}

void ChatPanel::updateTotals()
{
    if (!m_conversationId) {
        m_totalsLabel->clear();
        m_totalsLabel->setToolTip(QString());
        return;
    }
    const ConversationTotals totals = m_store->totals(m_conversationId);
    const QString prefix = totals.estimated ? QStringLiteral("~") : QString();
    const int count = m_model->rowCount();
    const QString messages = count == 1 ? tr("1 message") : tr("%1 messages").arg(count);
    const QString text = tr("Conversation: %1, %2%3 tokens, %4")
                             .arg(messages, prefix)
                             .arg(totals.totalTokens())
                             .arg(CostCalculator::formatMoney(totals.costMicros));
    m_totalsLabel->setText(text);
    // The label does not widen the panel, so in a narrow panel the tooltip shows what is cut off.
    m_totalsLabel->setToolTip(text);
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
