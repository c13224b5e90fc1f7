#include "core/transport/sseparser.h"

#include <cstring>

namespace tiergate {

namespace {

/// A copy that owns its bytes: the callback's event may point into the caller's buffer.
SseEvent ownedCopy(const SseEvent &event)
{
    SseEvent copy;
    copy.event = event.event;
    copy.data = QByteArray(event.data.constData(), event.data.size());
    copy.id = event.id;
    return copy;
}

/// Empties `bytes` but keeps its storage when nobody else shares it.
void clearKeepingCapacity(QByteArray &bytes)
{
    if (bytes.isDetached())
        bytes.resize(0);
    else
        bytes.clear();
}

} // namespace

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    feed(QByteArrayView(bytes), [&out](const SseEvent &event) {
        out.append(ownedCopy(event));
        return true;
    });
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    finish([&out](const SseEvent &event) {
        out.append(ownedCopy(event));
        return true;
    });
    return out;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::feedTo(QByteArrayView bytes, void *context, Sink sink)
{
    if (m_finished || m_overflow != Overflow::None)
        return;
    m_bytesFed += bytes.size();
    const char *const p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype start = 0;
    while (start < n) {
        if (m_lastWasCr) {
            // The LF of a CRLF whose CR ended the previous line (possibly in the previous feed).
            m_lastWasCr = false;
            if (p[start] == '\n') {
                ++start;
                continue;
            }
        }
        // memchr runs vectorised: find the LF, then any CR before it.
        const auto *lf = static_cast<const char *>(std::memchr(p + start, '\n', size_t(n - start)));
        const char *limit = lf ? lf : p + n;
        const auto *cr = static_cast<const char *>(std::memchr(p + start, '\r', size_t(limit - (p + start))));
        const char *eol = cr ? cr : lf;
        if (!eol)
            break;
        const qsizetype end = eol - p;
        if (lineTooLong(m_line.size() + (end - start)))
            return;
        // After a callback said stop, touch no member: the owner of this parser may be gone.
        if (m_line.isEmpty()) {
            if (!processLine(QByteArrayView(p + start, end - start), true, context, sink))
                return;
        } else {
            m_line.append(p + start, end - start);
            if (!processLine(QByteArrayView(m_line), false, context, sink))
                return;
            clearKeepingCapacity(m_line);
        }
        m_lastWasCr = (*eol == '\r');
        start = end + 1;
    }
    if (start < n) {
        // An unterminated line past the bound is refused before it is stored.
        if (lineTooLong(m_line.size() + (n - start)))
            return;
        m_line.append(p + start, n - start);
    }
    keepPendingData();
}

void SseParser::finishTo(void *context, Sink sink)
{
    if (m_finished)
        return;
    // An unterminated last line may be half of something; only complete lines count.
    m_line.clear();
    m_finished = true;
    if (m_overflow != Overflow::None) {
        // The pending payload may point into input that is gone: nothing more is dispatched.
        m_dataView = {};
        m_dataIsView = false;
        m_hasData = false;
        return;
    }
    dispatch(context, sink);
}

void SseParser::keepPendingData()
{
    // The input buffer goes away when feed() returns; a pending one-line payload moves into m_data.
    if (!m_dataIsView)
        return;
    clearKeepingCapacity(m_data);
    m_data.append(m_dataView.data(), m_dataView.size());
    m_dataView = {};
    m_dataIsView = false;
}

bool SseParser::processLine(QByteArrayView line, bool inInput, void *context, Sink sink)
{
    if (line.isEmpty())
        return dispatch(context, sink);
    const char *const begin = line.data();
    const qsizetype size = line.size();
    if (*begin == ':')
        return true;
    const auto *colon = static_cast<const char *>(std::memchr(begin, ':', size_t(size)));
    const qsizetype fieldSize = colon ? colon - begin : size;
    QByteArrayView value;
    if (colon) {
        qsizetype valueStart = fieldSize + 1;
        if (valueStart < size && begin[valueStart] == ' ')
            ++valueStart;
        value = QByteArrayView(begin + valueStart, size - valueStart);
    }
    auto fieldIs = [begin, fieldSize](const char *name, qsizetype nameSize) {
        return fieldSize == nameSize && std::memcmp(begin, name, size_t(nameSize)) == 0;
    };
    if (fieldIs("data", 4)) {
        const qsizetype pending = !m_hasData ? 0 : (m_dataIsView ? m_dataView.size() : m_data.size()) + 1;
        if (m_maxEvent > 0 && pending + value.size() > m_maxEvent) {
            m_overflow = Overflow::Event;
            return false;
        }
        if (!m_hasData && inInput) {
            m_dataView = value;
            m_dataIsView = true;
        } else {
            if (m_dataIsView) {
                keepPendingData();
            } else if (!m_hasData) {
                clearKeepingCapacity(m_data);
            }
            if (m_hasData)
                m_data.append('\n');
            m_data.append(value.data(), value.size());
        }
        m_hasData = true;
    } else if (fieldIs("event", 5)) {
        m_event = value.toByteArray();
    } else if (fieldIs("id", 2)) {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the SSE rules say.
    return true;
}

bool SseParser::dispatch(void *context, Sink sink)
{
    if (!m_hasData) {
        m_event.clear();
        return true;
    }
    SseEvent event;
    event.event = m_event;
    event.data = m_dataIsView ? QByteArray::fromRawData(m_dataView.data(), m_dataView.size()) : m_data;
    event.id = m_id;
    if (event.isDone())
        m_sawDone = true;
    m_dataView = {};
    m_dataIsView = false;
    m_event.clear();
    m_hasData = false;
    if (!sink(context, event))
        return false; // the owner may be gone: touch nothing
    event.data.clear(); // drop our share first, so m_data can keep its storage
    clearKeepingCapacity(m_data);
    return true;
}

} // namespace tiergate
