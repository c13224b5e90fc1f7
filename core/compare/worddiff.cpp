#include "core/compare/worddiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace tiergate {

namespace {

enum class CharClass
{
    Word,
    Space,
    Other
};

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_' || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

bool isWord(const QString &token)
{
    return !token.isEmpty() && classOf(token.front()) == CharClass::Word;
}

bool isSpace(const QString &token)
{
    return !token.isEmpty() && classOf(token.front()) == CharClass::Space;
}

void append(QList<WordDiff::Segment> &out, WordDiff::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({ op, text });
}

int countWords(const QList<WordDiff::Segment> &segments, WordDiff::Op op)
{
    int n = 0;
    for (const WordDiff::Segment &s : segments) {
        if (s.op != op)
            continue;
        const QStringList tokens = WordDiff::tokenize(s.text);
        n += int(std::count_if(tokens.cbegin(), tokens.cend(), isWord));
    }
    return n;
}

// Aligns a[0..n) with b[0..m) by their longest common subsequence (dynamic programming over
// suffixes, so the walk forward prefers deletions before insertions at ties).
void align(const QStringList &a, const QStringList &b, QList<WordDiff::Segment> &out)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 || m == 0 || qint64(n) * qint64(m) > WordDiff::kMaxCells) {
        for (const QString &t : a)
            append(out, WordDiff::Op::Delete, t);
        for (const QString &t : b)
            append(out, WordDiff::Op::Insert, t);
        return;
    }
    // Tokens as small integers: the table fill compares numbers, not strings.
    QHash<QString, int> ids;
    std::vector<int> x(static_cast<size_t>(n));
    std::vector<int> y(static_cast<size_t>(m));
    const auto idOf = [&ids](const QString &token) {
        const auto it = ids.constFind(token);
        if (it != ids.cend())
            return it.value();
        const int id = int(ids.size());
        ids.insert(token, id);
        return id;
    };
    for (qsizetype i = 0; i < n; ++i)
        x[size_t(i)] = idOf(a.at(i));
    for (qsizetype j = 0; j < m; ++j)
        y[size_t(j)] = idOf(b.at(j));
    const qsizetype width = m + 1;
    std::vector<quint32> lcs(size_t((n + 1) * width), 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i * width + j)] = x[size_t(i)] == y[size_t(j)]
                ? lcs[size_t((i + 1) * width + j + 1)] + 1
                : std::max(lcs[size_t((i + 1) * width + j)], lcs[size_t(i * width + j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (x[size_t(i)] == y[size_t(j)]) {
            append(out, WordDiff::Op::Equal, a.at(i));
            ++i;
            ++j;
        } else if (lcs[size_t((i + 1) * width + j)] >= lcs[size_t(i * width + j + 1)]) {
            append(out, WordDiff::Op::Delete, a.at(i++));
        } else {
            append(out, WordDiff::Op::Insert, b.at(j++));
        }
    }
    for (; i < n; ++i)
        append(out, WordDiff::Op::Delete, a.at(i));
    for (; j < m; ++j)
        append(out, WordDiff::Op::Insert, b.at(j));
}

// Puts the segments into the canonical order (within a run of changes: all deletions, then all
// insertions) and merges neighbours of the same op.
QList<WordDiff::Segment> normalise(const QList<WordDiff::Segment> &segments)
{
    QList<WordDiff::Segment> out;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        append(out, WordDiff::Op::Delete, deleted);
        append(out, WordDiff::Op::Insert, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const WordDiff::Segment &s : segments) {
        if (s.op == WordDiff::Op::Equal) {
            flush();
            append(out, WordDiff::Op::Equal, s.text);
        } else if (s.op == WordDiff::Op::Delete) {
            deleted += s.text;
        } else {
            inserted += s.text;
        }
    }
    flush();
    return out;
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass cls = classOf(text.at(start));
        qsizetype end = start + 1;
        if (cls != CharClass::Other) {
            while (end < text.size() && classOf(text.at(end)) == cls)
                ++end;
        } else if (text.at(start).isHighSurrogate() && end < text.size() && text.at(end).isLowSurrogate()) {
            ++end;
        }
        tokens.append(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::compute(const QString &from, const QString &to)
{
    const QStringList a = tokenize(from);
    const QStringList b = tokenize(to);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    QList<Segment> raw;
    for (qsizetype i = 0; i < head; ++i)
        append(raw, Op::Equal, a.at(i));
    align(a.mid(head, a.size() - head - tail), b.mid(head, b.size() - head - tail), raw);
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        append(raw, Op::Equal, a.at(i));

    // Fold whitespace-only equalities that sit between two changes into the changes.
    QList<Segment> folded;
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const Segment &s = raw.at(k);
        const bool between
            = k > 0 && k + 1 < raw.size() && raw.at(k - 1).op != Op::Equal && raw.at(k + 1).op != Op::Equal;
        if (s.op == Op::Equal && between && isSpace(s.text) && tokenize(s.text).size() == 1) {
            folded.append({ Op::Delete, s.text });
            folded.append({ Op::Insert, s.text });
        } else {
            folded.append(s);
        }
    }
    return normalise(folded);
}

int WordDiff::deletedWords(const QList<Segment> &segments)
{
    return countWords(segments, Op::Delete);
}

int WordDiff::insertedWords(const QList<Segment> &segments)
{
    return countWords(segments, Op::Insert);
}

QString WordDiff::toMarkup(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &s : segments) {
        switch (s.op) {
        case Op::Equal:
            out += s.text;
            break;
        case Op::Delete:
            out += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            break;
        case Op::Insert:
            out += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

} // namespace tiergate
