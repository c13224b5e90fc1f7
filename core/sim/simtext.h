#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace tiergate {

/// Deterministic answer text for the Simulator: plausible prose, and for some seeds a Markdown
/// list and a fenced code block, split into stream tokens (each token one SSE content piece).
/// Pure: the same seed and length always give the same tokens.
class SimText
{
public:
    static QList<QString> tokens(quint64 seed, int count);
    /// A stable 64-bit mix of `seed` and `text` (FNV-1a then SplitMix64).
    static quint64 mix(quint64 seed, const QString &text);
    /// A number in [0, 1) derived from the arguments; the Simulator's failure dice.
    static double unitValue(quint64 seed, const QString &text, int number);
};

} // namespace tiergate
