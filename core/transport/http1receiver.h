#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QNetworkReply>

namespace tiergate {

/// The head of one response read by an Http1Connection.
struct Http1Head
{
    int status = 0;
    QByteArray contentType; ///< lower-cased
    QByteArray contentEncoding;
    QByteArray retryAfter;
    qint64 contentLength = -1; ///< as announced (before decoding); -1 when none
};

/// What an Http1Connection reports of the one exchange it carries, by direct calls: no signal
/// dispatch and no queued hop per piece. Any of these calls may end the exchange; the receiver then
/// calls Http1Connection::detach() (itself or from its destructor) and hears nothing more of it.
class Http1Receiver
{
public:
    /// A new TCP connection starts connecting for this exchange (a reused one never does).
    virtual void http1Connecting() = 0;
    /// The request was handed to the socket.
    virtual void http1RequestSent() = 0;
    virtual void http1Head(const Http1Head &head) = 0;
    /// Decoded body bytes (de-chunked, inflated), as they arrive.
    virtual void http1Body(QByteArrayView bytes) = 0;
    /// The body ended as framed (length, last chunk, or the close of a close-delimited body).
    virtual void http1Complete() = 0;
    /// The exchange failed: `error` in QNetworkReply's terms; `decompression` when the body could
    /// not be inflated.
    virtual void http1Failed(QNetworkReply::NetworkError error, bool decompression) = 0;

protected:
    virtual ~Http1Receiver() = default;
};

} // namespace tiergate
