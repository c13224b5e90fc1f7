#pragma once

#include "core/transport/sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <type_traits>

namespace tiergate {

/// Pure, incremental Server-Sent Events parser (WHATWG rules). feed() accepts any split of the
/// byte stream — inside a line, between CR and LF, inside a UTF-8 sequence — and returns the
/// events completed by those bytes. Lines end with LF, CRLF or CR; lines starting with ':' are
/// comments; several `data:` lines form one multi-line payload; `event:` and `id:` are kept.
/// A `data: [DONE]` event is returned like any other (SseEvent::isDone()) and recorded.
/// finish() is called at end of input: it dispatches a last event whose lines were complete but
/// whose blank line never came, drops an unterminated partial line, and from then on isCut()
/// tells whether the stream ended without `[DONE]`.
///
/// The callback form feed(bytes, onEvent) is the streaming path: it builds no list and copies no
/// payload that lies whole inside `bytes` (the usual one-line `data:` event), so the SseEvent it
/// passes is only valid during the call — copy its fields to keep them. The callback returns
/// true to go on, or false to stop at once (the rest of `bytes` is dropped; reset() before reuse).
class SseParser
{
public:
    /// Which bound stopped the parser (setLimits()); the rest of the input is then ignored.
    enum class Overflow
    {
        None,
        Line, ///< a line longer than maxLineBytes (with or without its end yet)
        Event, ///< the data lines of one event longer than maxEventBytes together
    };

    /// Bounds on one line and one event's data; <= 0: unbounded (the default).
    void setLimits(qint64 maxLineBytes, qint64 maxEventBytes)
    {
        m_maxLine = maxLineBytes;
        m_maxEvent = maxEventBytes;
    }
    Overflow overflow() const { return m_overflow; }

    QList<SseEvent> feed(const QByteArray &bytes);
    QList<SseEvent> finish();
    void reset();

    template <typename OnEvent>
    void feed(QByteArrayView bytes, OnEvent &&onEvent)
    {
        using Callable = std::remove_reference_t<OnEvent>;
        feedTo(bytes, const_cast<void *>(static_cast<const void *>(&onEvent)),
            [](void *context, const SseEvent &event) { return bool((*static_cast<Callable *>(context))(event)); });
    }
    template <typename OnEvent>
    void finish(OnEvent &&onEvent)
    {
        using Callable = std::remove_reference_t<OnEvent>;
        finishTo(const_cast<void *>(static_cast<const void *>(&onEvent)),
            [](void *context, const SseEvent &event) { return bool((*static_cast<Callable *>(context))(event)); });
    }

    bool sawDone() const { return m_sawDone; }
    bool isFinished() const { return m_finished; }
    /// True after finish() when no `[DONE]` event was seen.
    bool isCut() const { return m_finished && !m_sawDone; }
    qint64 bytesFed() const { return m_bytesFed; }

private:
    using Sink = bool (*)(void *context, const SseEvent &event);
    void feedTo(QByteArrayView bytes, void *context, Sink sink);
    void finishTo(void *context, Sink sink);
    bool lineTooLong(qsizetype size)
    {
        if (m_maxLine > 0 && size > m_maxLine)
            m_overflow = Overflow::Line;
        return m_overflow != Overflow::None;
    }
    /// `inInput`: the line lies in the caller's buffer (not in m_line), so a data value may stay a view.
    bool processLine(QByteArrayView line, bool inInput, void *context, Sink sink);
    bool dispatch(void *context, Sink sink);
    void keepPendingData();

    QByteArray m_line; ///< current unterminated line
    QByteArray m_data; ///< payload of the pending event when it is not a view into the input
    QByteArrayView m_dataView; ///< payload of the pending one-line event, inside the current input
    bool m_dataIsView = false;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_sawDone = false;
    bool m_finished = false;
    qint64 m_bytesFed = 0;
    qint64 m_maxLine = 0;
    qint64 m_maxEvent = 0;
    Overflow m_overflow = Overflow::None;
};

} // namespace tiergate
