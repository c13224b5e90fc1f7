#include "ui/experiment/blindvotewidget.h"

#include "core/experiment/experiment.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tiergate {

BlindVoteWidget::BlindVoteWidget(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_prompt(new QTextBrowser(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
{
    m_progress->setObjectName(QStringLiteral("voteProgress"));
    m_prompt->setObjectName(QStringLiteral("votePrompt"));
    m_left->setObjectName(QStringLiteral("answerA"));
    m_right->setObjectName(QStringLiteral("answerB"));
    m_prompt->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_prompt);
    auto *answers = new QGridLayout;
    auto *a = new QGroupBox(tr("Answer A"), this);
    (new QVBoxLayout(a))->addWidget(m_left);
    auto *b = new QGroupBox(tr("Answer B"), this);
    (new QVBoxLayout(b))->addWidget(m_right);
    answers->addWidget(a, 0, 0);
    answers->addWidget(b, 0, 1);
    layout->addLayout(answers, 1);

    auto *buttons = new QHBoxLayout;
    const struct
    {
        QString text;
        QString name;
        PairwiseVote::Outcome outcome;
        Qt::Key key;
    } choices[] = {
        { tr("A is better (1)"), QStringLiteral("voteA"), PairwiseVote::Outcome::Left, Qt::Key_1 },
        { tr("B is better (2)"), QStringLiteral("voteB"), PairwiseVote::Outcome::Right, Qt::Key_2 },
        { tr("Tie (3)"), QStringLiteral("voteTie"), PairwiseVote::Outcome::Tie, Qt::Key_3 },
        { tr("Both bad (4)"), QStringLiteral("voteBothBad"), PairwiseVote::Outcome::BothBad, Qt::Key_4 },
    };
    for (const auto &choice : choices) {
        auto *button = new QPushButton(choice.text, this);
        button->setObjectName(choice.name);
        const PairwiseVote::Outcome outcome = choice.outcome;
        connect(button, &QPushButton::clicked, this, [this, outcome] { vote(outcome); });
        auto *shortcut = new QShortcut(QKeySequence(choice.key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, outcome] { vote(outcome); });
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    layout->addLayout(buttons);
    setEnabled(false);
    m_progress->setText(tr("Run an experiment with two or more columns to vote on its answers."));
}

void BlindVoteWidget::showNext(const Experiment &experiment)
{
    m_pair = VoteSession::next(experiment);
    const int total = VoteSession::total(experiment);
    const int left = VoteSession::remaining(experiment);
    if (!m_pair.isValid()) {
        setEnabled(false);
        m_prompt->clear();
        m_left->clear();
        m_right->clear();
        m_progress->setText(total == 0 ? tr("No pair of answers to vote on yet.") : tr("Every pair has a vote."));
        return;
    }
    setEnabled(true);
    m_progress->setText(left > 0
            ? tr("%1 of %2 pairs left. The columns are hidden and the sides shuffled.").arg(left).arg(total)
            : tr("Every pair has a vote; this is another round (%1 votes).").arg(experiment.votes.size()));
    QString prompt;
    for (const ChatMessage &m : experiment.promptSet.items.at(m_pair.prompt).prompt.messages)
        prompt += m.text() + QLatin1Char('\n');
    m_prompt->setPlainText(prompt.trimmed());
    m_left->setMarkdown(experiment.run(m_pair.prompt, m_pair.left, m_pair.repeat)->content);
    m_right->setMarkdown(experiment.run(m_pair.prompt, m_pair.right, m_pair.repeat)->content);
}

void BlindVoteWidget::vote(PairwiseVote::Outcome outcome)
{
    if (!isEnabled() || !m_pair.isValid())
        return;
    const VotePair pair = m_pair;
    m_pair = {};
    Q_EMIT voted(pair.vote(outcome));
}

} // namespace tiergate
