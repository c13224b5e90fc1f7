#pragma once

#include "core/transport/sseevent.h"

#include <QByteArray>
#include <QList>

namespace tiergate {

/// Pure, incremental Server-Sent Events parser (WHATWG rules). feed() accepts any split of the
/// byte stream — inside a line, between CR and LF, inside a UTF-8 sequence — and returns the
/// events completed by those bytes. Lines end with LF, CRLF or CR; lines starting with ':' are
/// comments; several `data:` lines form one multi-line payload; `event:` and `id:` are kept.
/// A `data: [DONE]` event is returned like any other (SseEvent::isDone()) and recorded.
/// finish() is called at end of input: it dispatches a last event whose lines were complete but
/// whose blank line never came, drops an unterminated partial line, and from then on isCut()
/// tells whether the stream ended without `[DONE]`.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray &bytes);
    QList<SseEvent> finish();
    void reset();

    bool sawDone() const { return m_sawDone; }
    bool isFinished() const { return m_finished; }
    /// True after finish() when no `[DONE]` event was seen.
    bool isCut() const { return m_finished && !m_sawDone; }
    qint64 bytesFed() const { return m_bytesFed; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line; ///< current unterminated line
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_sawDone = false;
    bool m_finished = false;
    qint64 m_bytesFed = 0;
};

} // namespace tiergate
