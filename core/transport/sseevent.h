#pragma once

#include <QByteArray>
#include <QMetaType>

namespace tiergate {

/// One dispatched Server-Sent Event. `data` holds the `data:` lines joined by '\n', as raw bytes
/// (UTF-8 is decoded by whoever parses the payload, so a multi-byte sequence split across network
/// reads is never damaged).
class SseEvent
{
public:
    QByteArray event; ///< `event:` field, empty for the default "message"
    QByteArray data;
    QByteArray id;

    bool isDone() const { return data == "[DONE]"; }
    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::SseEvent)
