#include "core/sim/simfault.h"

#include <QCoreApplication>

namespace tiergate {

namespace {

struct TypeName
{
    SimFault::Type type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    { SimFault::Type::HttpError, "http_error" },
    { SimFault::Type::RateLimited, "rate_limited" },
    { SimFault::Type::ContextLengthExceeded, "context_length_exceeded" },
    { SimFault::Type::Unauthorized, "unauthorized" },
    { SimFault::Type::ResetBeforeHeaders, "reset_before_headers" },
    { SimFault::Type::ResetMidStream, "reset_mid_stream" },
    { SimFault::Type::StallBeforeFirstByte, "stall_before_first_byte" },
    { SimFault::Type::StallMidStream, "stall_mid_stream" },
    { SimFault::Type::MalformedJson, "malformed_json" },
    { SimFault::Type::SseCutWithoutDone, "sse_cut_without_done" },
    { SimFault::Type::GarbageLines, "garbage_lines" },
    { SimFault::Type::HugeBody, "huge_body" },
    { SimFault::Type::EndlessLine, "endless_line" },
    { SimFault::Type::RawBody, "raw_body" },
    { SimFault::Type::CorruptGzip, "corrupt_gzip" },
    { SimFault::Type::GzipBomb, "gzip_bomb" },
};

SimFault make(SimFault::Type type)
{
    SimFault f;
    f.type = type;
    return f;
}

} // namespace

SimFault SimFault::httpError(int status)
{
    SimFault f = make(Type::HttpError);
    f.httpStatus = status;
    return f;
}

SimFault SimFault::rateLimited(const QByteArray &retryAfter)
{
    SimFault f = make(Type::RateLimited);
    f.httpStatus = 429;
    f.retryAfter = retryAfter;
    return f;
}

SimFault SimFault::contextLengthExceeded()
{
    SimFault f = make(Type::ContextLengthExceeded);
    f.httpStatus = 400;
    return f;
}

SimFault SimFault::unauthorized()
{
    SimFault f = make(Type::Unauthorized);
    f.httpStatus = 401;
    return f;
}

SimFault SimFault::endlessLine(qint64 bytes, int afterChunks)
{
    SimFault f = make(Type::EndlessLine);
    f.hugeBytes = bytes;
    f.afterChunks = afterChunks;
    return f;
}

SimFault SimFault::rawBody(int status, const QByteArray &body, const QByteArray &contentType)
{
    SimFault f = make(Type::RawBody);
    f.httpStatus = status;
    f.body = body;
    f.contentType = contentType;
    return f;
}

SimFault SimFault::corruptGzip()
{
    SimFault f = make(Type::CorruptGzip);
    f.httpStatus = 200;
    return f;
}

SimFault SimFault::gzipBomb(qint64 inflatedBytes)
{
    SimFault f = make(Type::GzipBomb);
    f.httpStatus = 200;
    f.hugeBytes = inflatedBytes;
    return f;
}

SimFault SimFault::resetBeforeHeaders()
{
    return make(Type::ResetBeforeHeaders);
}

SimFault SimFault::resetMidStream(int afterChunks)
{
    SimFault f = make(Type::ResetMidStream);
    f.afterChunks = afterChunks;
    return f;
}

SimFault SimFault::stallBeforeFirstByte(qint64 stallMs)
{
    SimFault f = make(Type::StallBeforeFirstByte);
    f.stallMs = stallMs;
    return f;
}

SimFault SimFault::stallMidStream(int afterChunks, qint64 stallMs)
{
    SimFault f = make(Type::StallMidStream);
    f.afterChunks = afterChunks;
    f.stallMs = stallMs;
    return f;
}

SimFault SimFault::malformedJson()
{
    return make(Type::MalformedJson);
}

SimFault SimFault::sseCutWithoutDone(int afterChunks)
{
    SimFault f = make(Type::SseCutWithoutDone);
    f.afterChunks = afterChunks;
    return f;
}

SimFault SimFault::garbageLines()
{
    return make(Type::GarbageLines);
}

SimFault SimFault::hugeBody(qint64 bytes)
{
    SimFault f = make(Type::HugeBody);
    f.hugeBytes = bytes;
    return f;
}

SimFault SimFault::forModel(const QString &modelId) const
{
    SimFault f = *this;
    f.model = modelId;
    return f;
}

SimFault SimFault::onRequest(int number) const
{
    SimFault f = *this;
    f.requestNumber = number;
    return f;
}

SimFault SimFault::times(int count) const
{
    SimFault f = *this;
    f.remaining = count;
    return f;
}

bool SimFault::matches(const QString &modelId, int numberForModel, int numberOverall) const
{
    if (remaining == 0)
        return false;
    if (!model.isEmpty() && model != modelId)
        return false;
    if (requestNumber == 0)
        return true;
    return requestNumber == (model.isEmpty() ? numberOverall : numberForModel);
}

QString SimFault::typeName(Type type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

bool SimFault::typeFromName(const QString &name, Type *type)
{
    for (const auto &entry : kTypeNames) {
        if (name == QLatin1String(entry.name)) {
            *type = entry.type;
            return true;
        }
    }
    return false;
}

QJsonObject SimFault::toJson() const
{
    return QJsonObject { { QLatin1String("type"), typeName(type) }, { QLatin1String("model"), model },
        { QLatin1String("requestNumber"), requestNumber }, { QLatin1String("times"), remaining },
        { QLatin1String("httpStatus"), httpStatus }, { QLatin1String("retryAfter"), QString::fromLatin1(retryAfter) },
        { QLatin1String("afterChunks"), afterChunks }, { QLatin1String("stallMs"), stallMs },
        { QLatin1String("hugeBytes"), hugeBytes }, { QLatin1String("body"), QString::fromUtf8(body) },
        { QLatin1String("contentType"), QString::fromLatin1(contentType) } };
}

bool SimFault::fromJson(const QJsonObject &o, SimFault *fault, QString *error)
{
    SimFault f;
    const QString name = o.value(QLatin1String("type")).toString();
    if (!typeFromName(name, &f.type)) {
        if (error)
            *error = QCoreApplication::translate("tiergate::SimFault", "unknown fault type '%1'").arg(name);
        return false;
    }
    if (f.type == Type::RateLimited)
        f.httpStatus = 429;
    else if (f.type == Type::ContextLengthExceeded)
        f.httpStatus = 400;
    else if (f.type == Type::Unauthorized)
        f.httpStatus = 401;
    f.model = o.value(QLatin1String("model")).toString();
    f.requestNumber = o.value(QLatin1String("requestNumber")).toInt(0);
    f.remaining = o.value(QLatin1String("times")).toInt(-1);
    f.httpStatus = o.value(QLatin1String("httpStatus")).toInt(f.httpStatus);
    const QJsonValue retryAfter = o.value(QLatin1String("retryAfter"));
    if (retryAfter.isString())
        f.retryAfter = retryAfter.toString().toLatin1();
    else if (retryAfter.isDouble())
        f.retryAfter = QByteArray::number(retryAfter.toInteger());
    f.afterChunks = o.value(QLatin1String("afterChunks")).toInt(f.afterChunks);
    f.stallMs = o.value(QLatin1String("stallMs")).toInteger(f.stallMs);
    f.hugeBytes = o.value(QLatin1String("hugeBytes")).toInteger(f.hugeBytes);
    f.body = o.value(QLatin1String("body")).toString().toUtf8();
    f.contentType = o.value(QLatin1String("contentType")).toString(QString::fromLatin1(f.contentType)).toLatin1();
    *fault = f;
    return true;
}

} // namespace tiergate
