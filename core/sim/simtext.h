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

/// The tokens of SimText::tokens(seed, count), one at a time, so a long streamed answer starts at
/// once and never sits in memory whole. Holds one block of text (a paragraph, list or code block).
class SimTextStream
{
public:
    SimTextStream() = default;
    SimTextStream(quint64 seed, int count);

    bool atEnd() const { return m_produced >= m_count; }
    int count() const { return m_count; }
    int produced() const { return m_produced; }
    /// The next token; an empty string once atEnd().
    QString next();

private:
    void generateBlock();

    quint64 m_rngState = 0;
    bool m_rich = false;
    int m_block = 0;
    int m_count = 0;
    int m_generated = 0; ///< tokens generated so far, the pending ones included
    int m_produced = 0;
    QList<QString> m_pending;
    qsizetype m_pendingPos = 0;
};

} // namespace tiergate
