// The SSE parser fed the same bytes whole and split at fuzzer-chosen points must give the same
// events, the same [DONE] and cut verdicts, and respect its line and event bounds.
#include "core/transport/sseparser.h"

#include <cstdint>
#include <cstdlib>

using namespace tiergate;

namespace {

struct Outcome
{
    QList<SseEvent> events;
    bool done = false;
    bool cut = false;
    SseParser::Overflow overflow = SseParser::Overflow::None;
};

Outcome parse(QByteArrayView input, const QList<qsizetype> &splits, qint64 maxLine, qint64 maxEvent)
{
    SseParser parser;
    parser.setLimits(maxLine, maxEvent);
    Outcome out;
    auto keep = [&out](const SseEvent &event) {
        SseEvent copy;
        copy.event = event.event;
        copy.data = QByteArray(event.data.constData(), event.data.size());
        copy.id = event.id;
        out.events.append(copy);
        return true;
    };
    qsizetype at = 0;
    for (qsizetype split : splits) {
        parser.feed(input.sliced(at, split - at), keep);
        at = split;
    }
    parser.feed(input.sliced(at), keep);
    parser.finish(keep);
    out.done = parser.sawDone();
    out.cut = parser.isCut();
    out.overflow = parser.overflow();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the bounds (0: none) and the split points.
    const qint64 maxLine = data[0] % 4 == 0 ? 0 : 16 + data[0];
    const qint64 maxEvent = data[0] % 4 == 0 ? 0 : 32 + 4 * qint64(data[0]);
    const unsigned step = 1 + data[1] % 13;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QList<qsizetype> splits;
    for (qsizetype at = step; at < input.size(); at += step)
        splits.append(at);
    const Outcome whole = parse(input, {}, maxLine, maxEvent);
    const Outcome pieces = parse(input, splits, maxLine, maxEvent);
    if (whole.overflow != pieces.overflow)
        std::abort();
    if (whole.overflow == SseParser::Overflow::None) {
        if (whole.done != pieces.done || whole.cut != pieces.cut || whole.events.size() != pieces.events.size())
            std::abort();
        for (qsizetype i = 0; i < whole.events.size(); ++i) {
            const SseEvent &a = whole.events.at(i);
            const SseEvent &b = pieces.events.at(i);
            if (a.data != b.data || a.event != b.event || a.id != b.id)
                std::abort();
            if (maxEvent > 0 && a.data.size() > maxEvent)
                std::abort();
        }
    }
    return 0;
}
