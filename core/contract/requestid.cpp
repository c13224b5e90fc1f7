#include "core/contract/requestid.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace tiergate::RequestId {

QUuid timeOrdered(qint64 msSinceEpoch)
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto *b = reinterpret_cast<quint32 *>(bytes.data());
    QRandomGenerator::global()->fillRange(b, 4);
    const quint64 ms = quint64(std::max<qint64>(0, msSinceEpoch)) & 0xFFFF'FFFF'FFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xFF);
    bytes[6] = char((quint8(bytes[6]) & 0x0F) | 0x70); // version 7
    bytes[8] = char((quint8(bytes[8]) & 0x3F) | 0x80); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(bytes);
}

QString create()
{
    return timeOrdered(QDateTime::currentMSecsSinceEpoch()).toString(QUuid::WithoutBraces);
}

} // namespace tiergate::RequestId
