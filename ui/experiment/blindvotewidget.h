#pragma once

#include "core/experiment/votesession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace tiergate {

struct Experiment;

/// A blind vote: the prompt and two answers labelled only A and B (columns hidden, sides
/// shuffled), voted with buttons or the keys 1 (A better), 2 (B better), 3 (tie), 4 (both bad).
/// Shows the pair VoteSession picks next; emits voted() for the caller to record and save.
class BlindVoteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BlindVoteWidget(QWidget *parent = nullptr);
    /// Shows the next pair of `experiment` (or that there is none left).
    void showNext(const Experiment &experiment);
    VotePair currentPair() const { return m_pair; }

Q_SIGNALS:
    void voted(const tiergate::PairwiseVote &vote);

private:
    void vote(PairwiseVote::Outcome outcome);

    VotePair m_pair;
    QLabel *m_progress;
    QTextBrowser *m_prompt;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QList<QPushButton *> m_buttons;
};

} // namespace tiergate
