#include "core/contract/responsebuffer.h"

#include <cstring>
#include <utility>

namespace tiergate {

void ResponseBuffer::reserve(qsizetype bytes)
{
    if (bytes > capacity())
        m_storage.reserve((bytes + 1) / 2);
}

void ResponseBuffer::resize(qsizetype bytes)
{
    // QString::resize() leaves new units uninitialised and keeps the storage when shrinking.
    m_storage.resize((bytes + 1) / 2);
    m_size = bytes;
}

void ResponseBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype at = m_size;
    resize(at + bytes.size());
    std::memcpy(data() + at, bytes.data(), size_t(bytes.size()));
}

QString ResponseBuffer::takeUtf16(qsizetype units)
{
    m_storage.resize(units);
    // A text far smaller than its body (escapes, UTF-8 beyond ASCII, other fields) gives the rest back.
    if (m_storage.capacity() > units + units / 4 + 4096)
        m_storage.squeeze();
    m_size = 0;
    return std::exchange(m_storage, QString());
}

} // namespace tiergate
