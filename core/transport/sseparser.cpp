#include "core/transport/sseparser.h"

namespace tiergate {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (m_finished)
        return out;
    m_bytesFed += bytes.size();
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c != '\n' && c != '\r') {
            m_lastWasCr = false;
            continue;
        }
        if (c == '\n' && m_lastWasCr && i == start && m_line.isEmpty()) {
            // The LF of a CRLF whose CR ended the previous line (possibly in the previous feed).
            m_lastWasCr = false;
            start = i + 1;
            continue;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArray::fromRawData(p + start, i - start), out);
        } else {
            m_line.append(p + start, i - start);
            processLine(m_line, out);
            m_line.clear();
        }
        m_lastWasCr = (c == '\r');
        start = i + 1;
    }
    if (start < n)
        m_line.append(p + start, n - start);
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (m_finished)
        return out;
    // An unterminated last line may be half of something; only complete lines count.
    m_line.clear();
    dispatch(out);
    m_finished = true;
    return out;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    QByteArray field;
    QByteArray value;
    if (colon < 0) {
        field = line;
    } else {
        field = line.left(colon);
        qsizetype valueStart = colon + 1;
        if (valueStart < line.size() && line.at(valueStart) == ' ')
            ++valueStart;
        value = line.mid(valueStart);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value;
    }
    // "retry" and unknown fields are ignored, as the SSE rules say.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (!m_hasData) {
        m_event.clear();
        return;
    }
    SseEvent event;
    event.event = m_event;
    event.data = m_data;
    event.id = m_id;
    if (event.isDone())
        m_sawDone = true;
    out.append(event);
    m_data.clear();
    m_event.clear();
    m_hasData = false;
}

} // namespace tiergate
