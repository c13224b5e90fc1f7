#include "ui/chat/versionswitcher.h"

#include "core/chat/answerversions.h"
#include "core/chat/conversationstore.h"
#include "core/routing/routeresult.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <utility>

namespace tiergate {

namespace {

AnswerVersions versionsOf(ConversationStore *store, qint64 conversationId)
{
    return store->answerVersions(conversationId);
}

bool save(ConversationStore *store, qint64 conversationId, const AnswerVersions &versions)
{
    return store->setAnswerVersions(conversationId, versions);
}

} // namespace

VersionSwitcher::VersionSwitcher(ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_previous(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("versionSwitcher"));
    m_previous->setObjectName(QStringLiteral("previousVersion"));
    m_previous->setText(QStringLiteral("\u2039"));
    m_previous->setToolTip(tr("Show the previous version of this answer"));
    m_previous->setAutoRaise(true);
    m_next->setObjectName(QStringLiteral("nextVersion"));
    m_next->setText(QStringLiteral("\u203a"));
    m_next->setToolTip(tr("Show the next version of this answer"));
    m_next->setAutoRaise(true);
    m_label->setObjectName(QStringLiteral("versionLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, &VersionSwitcher::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &VersionSwitcher::showNext);
    connect(m_store, &ConversationStore::messageAdded, this, [this](qint64 conversationId, qint64) {
        if (conversationId == m_conversationId)
            refresh();
    });
    connect(m_store, &ConversationStore::messagesRemoved, this, [this](qint64 conversationId, int) {
        if (conversationId == m_conversationId)
            refresh();
    });
    refresh();
}

void VersionSwitcher::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_regeneratingUserId = 0;
    refresh();
}

VersionSwitcher::Turn VersionSwitcher::lastTurn() const
{
    Turn turn;
    if (!m_conversationId)
        return turn;
    const QList<StoredMessage> messages = m_store->messages(m_conversationId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == StoredMessage::Role::User) {
            turn.userId = it->id;
            break;
        }
        if (it->role == StoredMessage::Role::Assistant && !turn.answerId)
            turn.answerId = it->id;
    }
    return turn;
}

void VersionSwitcher::keepCurrentAnswer()
{
    const Turn turn = lastTurn();
    m_regeneratingUserId = turn.userId;
    if (!turn.userId || !turn.answerId)
        return;
    const StoredMessage answer = m_store->message(turn.answerId);
    if (!answer.isFinal())
        return;
    AnswerVersions versions = versionsOf(m_store, m_conversationId);
    if (versions.count(turn.userId) > 0)
        return;
    versions.append(turn.userId, AnswerVersion::fromMessage(answer));
    save(m_store, m_conversationId, versions);
}

void VersionSwitcher::forget(qint64 userMessageId)
{
    AnswerVersions versions = versionsOf(m_store, m_conversationId);
    if (versions.count(userMessageId) == 0)
        return;
    versions.remove(userMessageId);
    save(m_store, m_conversationId, versions);
    refresh();
}

void VersionSwitcher::answerFinished(qint64 answerId)
{
    const qint64 userId = std::exchange(m_regeneratingUserId, 0);
    const Turn turn = lastTurn();
    if (userId && turn.userId == userId && turn.answerId == answerId) {
        AnswerVersions versions = versionsOf(m_store, m_conversationId);
        versions.append(userId, AnswerVersion::fromMessage(m_store->message(answerId)));
        save(m_store, m_conversationId, versions);
    }
    refresh();
}

int VersionSwitcher::count() const
{
    const Turn turn = lastTurn();
    return turn.answerId ? versionsOf(m_store, m_conversationId).count(turn.userId) : 0;
}

int VersionSwitcher::currentIndex() const
{
    const Turn turn = lastTurn();
    return turn.answerId ? versionsOf(m_store, m_conversationId).current(turn.userId) : -1;
}

bool VersionSwitcher::showVersion(int index)
{
    const Turn turn = lastTurn();
    if (!turn.answerId || !m_store->message(turn.answerId).isFinal())
        return false;
    AnswerVersions versions = versionsOf(m_store, m_conversationId);
    if (index == versions.current(turn.userId) || !versions.setCurrent(turn.userId, index))
        return false;
    m_store->finishAssistantMessage(turn.answerId, versions.versions(turn.userId).at(index).toResult());
    save(m_store, m_conversationId, versions);
    refresh();
    return true;
}

void VersionSwitcher::refresh()
{
    const int n = count();
    const int current = currentIndex();
    m_label->setText(n > 1 ? QStringLiteral("%1/%2").arg(current + 1).arg(n) : QString());
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current >= 0 && current < n - 1);
    setVisible(n > 1);
}

} // namespace tiergate
