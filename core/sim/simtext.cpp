#include "core/sim/simtext.h"

#include <array>

namespace tiergate {

namespace {

class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    quint64 state() const { return m_state; }

private:
    quint64 m_state;
};

constexpr std::array kOpeners = { "Routing", "A fallback chain", "The budget tier", "Each request", "The gateway",
    "A circuit breaker", "Streaming", "The cost ledger", "Latency", "A retry policy" };
constexpr std::array kVerbs
    = { "keeps", "measures", "protects", "balances", "records", "shapes", "reduces", "explains", "trades", "exposes" };
constexpr std::array kObjects = { "the time to first token", "the spend against the monthly cap",
    "the tail latency of premium models", "every attempt in the trail", "the share of requests that fall back",
    "the answer while it streams", "errors as values instead of text", "the context window of each model",
    "the load on a flaky provider", "the price of cached input tokens" };
constexpr std::array kTails = { "without surprises", "under load", "for every profile", "when a provider fails",
    "at a predictable cost", "in production", "with little overhead", "so a team can choose with evidence" };
constexpr std::array kListItems
    = { "Pick the tier by criticality", "Keep the fallback chain short", "Honour Retry-After before retrying",
          "Mark estimated token counts", "Cap the monthly budget per profile", "Watch the rolling p95 latency" };
constexpr std::array kCode = {
    "```python\nfrom openai import OpenAI\n\nclient = OpenAI(base_url=\"http://127.0.0.1:8080/v1\")\nreply = "
    "client.chat.completions.create(model=\"sim-standard\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n"
    "print(reply.choices[0].message.content)\n```",
    "```cpp\nauto *call = transport.send(endpoint, request);\nQObject::connect(call, &TransportCall::finished, "
    "[call] {\n    qDebug() << call->result().content;\n    call->deleteLater();\n});\n```",
    "```json\n{\n  \"tier\": \"standard\",\n  \"fallbackChain\": [\"sim-standard\", \"sim-budget\"],\n  "
    "\"maxRetries\": "
    "2\n}\n```",
};

void appendWords(QList<QString> &out, const QString &text, bool leadingSpace)
{
    const QList<QStringView> words = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i)
        out.append((i > 0 || leadingSpace) ? u' ' + words.at(i).toString() : words.at(i).toString());
}

QString sentence(SplitMix &rng)
{
    return QLatin1String(kOpeners[rng.below(int(kOpeners.size()))]) + u' '
        + QLatin1String(kVerbs[rng.below(int(kVerbs.size()))]) + u' '
        + QLatin1String(kObjects[rng.below(int(kObjects.size()))]) + u' '
        + QLatin1String(kTails[rng.below(int(kTails.size()))]) + u'.';
}

} // namespace

quint64 SimText::mix(quint64 seed, const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL ^ seed;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return SplitMix(h).next();
}

double SimText::unitValue(quint64 seed, const QString &text, int number)
{
    const quint64 v = SplitMix(mix(seed, text) + quint64(number) * 0x9E3779B97F4A7C15ULL).next();
    return double(v >> 11) / double(1ULL << 53);
}

namespace {

/// Appends the tokens of block number `block` (a paragraph, or for rich seeds a list or a code block).
void appendBlock(SplitMix &rng, bool rich, int block, QList<QString> &out)
{
    if (rich && block == 1) {
        const int items = 3 + rng.below(2);
        for (int i = 0; i < items; ++i) {
            out.append(QStringLiteral("- "));
            appendWords(out, QLatin1String(kListItems[rng.below(int(kListItems.size()))]), false);
            if (i + 1 < items)
                out.last() += u'\n';
        }
    } else if (rich && block == 2) {
        const QString code = QLatin1String(kCode[rng.below(int(kCode.size()))]);
        for (const QStringView line : QStringView(code).split(u'\n')) {
            out.append(line.toString() + u'\n');
        }
        out.last().chop(1);
    } else {
        const int sentences = 2 + rng.below(3);
        for (int s = 0; s < sentences; ++s)
            appendWords(out, sentence(rng), s > 0);
    }
}

bool isRich(quint64 seed)
{
    return (seed % 3) == 0; // every third seed shows a list and a code block
}

} // namespace

QList<QString> SimText::tokens(quint64 seed, int count)
{
    QList<QString> out;
    if (count <= 0)
        return out;
    out.reserve(count + 16);
    SplitMix rng(seed);
    const bool rich = isRich(seed);
    int block = 0;
    while (out.size() < count) {
        if (!out.isEmpty())
            out.last() += QStringLiteral("\n\n");
        appendBlock(rng, rich, block, out);
        ++block;
    }
    out.resize(count);
    return out;
}

SimTextStream::SimTextStream(quint64 seed, int count)
    : m_rngState(seed)
    , m_rich(isRich(seed))
    , m_count(qMax(0, count))
{
    if (m_count > 0)
        generateBlock();
}

void SimTextStream::generateBlock()
{
    SplitMix rng(m_rngState);
    const qsizetype before = m_pending.size();
    appendBlock(rng, m_rich, m_block, m_pending);
    m_rngState = rng.state();
    ++m_block;
    m_generated += int(m_pending.size() - before);
}

QString SimTextStream::next()
{
    if (atEnd())
        return {};
    // The last token of a block learns its paragraph break only when another block follows,
    // exactly as SimText::tokens() appends it.
    if (m_pendingPos == m_pending.size() - 1 && m_generated < m_count) {
        m_pending.remove(0, m_pendingPos);
        m_pendingPos = 0;
        m_pending.last() += QStringLiteral("\n\n");
        generateBlock();
    }
    ++m_produced;
    return std::move(m_pending[m_pendingPos++]);
}

} // namespace tiergate
