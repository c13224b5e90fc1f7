#include "ui/chat/welcomeview.h"

#include "core/config/configstore.h"
#include "core/config/tiergateconfig.h"

#include <QAbstractItemModel>
#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tiergate {

WelcomeView::WelcomeView(QAbstractItemModel *transcript, ConfigStore *config, QWidget *over)
    : QWidget(over)
    , m_transcript(transcript)
    , m_config(config)
{
    setObjectName(QStringLiteral("welcomeView"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *card = new QWidget(this);
    card->setMaximumWidth(560);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setSpacing(8);
    m_title = new QLabel(tr("Welcome to Tiergate"), card);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_source = new QLabel(card);
    m_source->setObjectName(QStringLiteral("welcomeSource"));
    m_source->setWordWrap(true);
    m_tryLabel = new QLabel(tr("Try one:"), card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_source);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_tryLabel);
    for (const WelcomeSample &sample : samples()) {
        auto *button = new QCommandLinkButton(sample.title, sample.description, card);
        button->setObjectName(QStringLiteral("sample-") + sample.id);
        button->setToolTip(sample.prompt);
        connect(button, &QCommandLinkButton::clicked, this, [this, sample] { Q_EMIT sampleChosen(sample); });
        m_sampleButtons.append(button);
        cardLayout->addWidget(button);
    }
    cardLayout->addSpacing(4);
    m_connect = new QPushButton(tr("Connect a provider…"), card);
    m_connect->setObjectName(QStringLiteral("connectProvider"));
    m_connect->setToolTip(tr("Add OpenAI, Anthropic, a local server or any OpenAI-compatible API"));
    connect(m_connect, &QPushButton::clicked, this, &WelcomeView::connectProviderRequested);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addStretch(1);
    cardLayout->addLayout(connectRow);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(card, 4);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    over->installEventFilter(this);
    setGeometry(over->rect());
    const auto follow = [this] { updateVisibility(); };
    connect(m_transcript, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_transcript, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_transcript, &QAbstractItemModel::modelReset, this, follow);
    connect(m_transcript, &QAbstractItemModel::layoutChanged, this, follow);
    if (m_config) {
        connect(m_config, &ConfigStore::configChanged, this, &WelcomeView::updateSource);
        connect(m_config, &ConfigStore::activeProfileChanged, this, &WelcomeView::updateSource);
    }
    updateSource();
    updateVisibility();
}

QList<WelcomeSample> WelcomeView::samples()
{
    // Each answer shows the thing named on the built-in demo profile: with no model named, the
    // tier chooses; sim-flaky fails and the fallback chain answers; sim-premium's long answer shows
    // what tokens cost.
    return {
        { QStringLiteral("routing"), tr("Routing"),
            tr("Name no model: the profile's tier picks sim-standard, and the receipt says why."),
            tr("In two sentences: how does a model tier pick the model that answers?"), QString() },
        { QStringLiteral("fallback"), tr("Fallback"),
            tr("Ask sim-flaky, which often fails: sim-budget answers instead, marked as a fallback."),
            tr("Why does a fallback chain make an app more reliable?"), QStringLiteral("sim-flaky") },
        { QStringLiteral("cost"), tr("Cost"),
            tr("Ask sim-premium for a long answer: the line under it shows tokens and cost."),
            tr("Compare the budget, standard and premium tiers in detail."), QStringLiteral("sim-premium") },
    };
}

void WelcomeView::updateSource()
{
    m_simulated = true;
    QString providerName;
    if (m_config) {
        const auto snapshot = m_config->snapshot();
        const QString active = m_config->activeProfile();
        const QStringList chain = snapshot ? snapshot->buildChain(active, QString()) : QStringList();
        const ProviderConfig *provider = chain.isEmpty() ? nullptr : snapshot->providerForModel(chain.first());
        if (provider && !provider->isSimulator()) {
            m_simulated = false;
            providerName = provider->displayName.isEmpty() ? provider->id : provider->displayName;
        }
    }
    if (m_simulated) {
        m_source->setText(tr("Answers come from the built-in Simulator: simulated models on this computer. "
                             "No network, no API keys, no cost."));
        m_connect->setText(tr("Connect a provider…"));
    } else {
        m_source->setText(tr("Answers come from %1 (profile %2). Type a message below.")
                              .arg(providerName, m_config->activeProfile()));
        m_connect->setText(tr("Connect another provider…"));
    }
    m_tryLabel->setVisible(m_simulated);
    for (QCommandLinkButton *button : std::as_const(m_sampleButtons))
        button->setVisible(m_simulated);
    // The button's new text gets its width now, not on the next layout pass.
    m_connect->parentWidget()->layout()->activate();
    layout()->activate();
}

void WelcomeView::updateVisibility()
{
    const bool empty = m_transcript->rowCount() == 0;
    setVisible(empty);
    if (empty)
        raise();
}

bool WelcomeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace tiergate
