#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tiergate {

/// A non-streamed response body, received into storage that can become its answer text in place.
///
/// The bytes live in the buffer of a QString: an answer text of R bytes in the body needs at most
/// 2R bytes as UTF-16, so ContractParser::parseResponse() decodes it inside this same buffer (the
/// raw text moved to the back, decoded to the front) and hands the buffer over as the text. A long
/// answer then peaks at the larger of its body and its UTF-16 text instead of their sum. A large
/// buffer grows by realloc, which moves its pages instead of copying them, and pages not written
/// yet take no memory. A plain value type; not shared between copies while written.
class ResponseBuffer
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Bytes the buffer holds without growing.
    qsizetype capacity() const { return 2 * m_storage.capacity(); }
    void reserve(qsizetype bytes);
    /// Sets the size in bytes: new bytes are uninitialised (written through data()), and a smaller
    /// size keeps the storage.
    void resize(qsizetype bytes);
    void append(QByteArrayView bytes);
    char *data() { return reinterpret_cast<char *>(m_storage.data()); }
    const char *constData() const { return reinterpret_cast<const char *>(m_storage.constData()); }
    /// The bytes, without a copy: valid until the buffer changes.
    QByteArray bytes() const { return QByteArray::fromRawData(constData(), m_size); }

    /// Gives up the storage as a string of its first `units` UTF-16 units (written through data());
    /// the buffer is empty afterwards. Storage much larger than the text is given back first.
    QString takeUtf16(qsizetype units);

private:
    QString m_storage;
    qsizetype m_size = 0;
};

} // namespace tiergate
