#pragma once

#include "core/experiment/pairwisevote.h"

#include <QString>

namespace tiergate {

struct CompareColumn;
struct Experiment;
class TiergateConfig;

/// Two answers to show side by side in a blind vote: the prompt, the repeat, and which column
/// is on each side (already shuffled).
struct VotePair
{
    int prompt = -1;
    int repeat = 0;
    int left = -1;
    int right = -1;
    bool isValid() const { return prompt >= 0; }
    PairwiseVote vote(PairwiseVote::Outcome outcome) const;
};

/// Picks the blind pairs of a vote session over an experiment: each pair of columns on each
/// prompt and repeat where both answered, the ones with the fewest human votes first (so a
/// resumed session continues where it stopped, and every pair gets a vote before any gets two),
/// sides shuffled by a seed. Pure.
class VoteSession
{
public:
    static VotePair next(const Experiment &experiment, quint32 seed = 1);
    /// Pairs (prompt, repeat, column pair) with both answers and no human vote yet.
    static int remaining(const Experiment &experiment);
    /// Pairs there are to vote on in all.
    static int total(const Experiment &experiment);

    /// Makes a column the choice of a profile in `config`: a tier column becomes the profile's
    /// tier; a model column becomes the default model of the profile's tier; a profile column
    /// changes nothing (the caller makes it the active profile). With `asNewProfile`, a copy of
    /// the profile named `<profile>-<target>` (and for a model, a tier `<target>` for it) is
    /// made instead. Returns the profile to activate, or "" with `error` set.
    static QString adopt(
        TiergateConfig &config, const QString &profile, const CompareColumn &column, bool asNewProfile, QString *error);
};

} // namespace tiergate
