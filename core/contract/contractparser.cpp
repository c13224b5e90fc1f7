#include "core/contract/contractparser.h"

#include "core/contract/jsonfields_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>
#include <cstring>
#include <optional>
#include <utility>

namespace tiergate {

using namespace contract_detail;

namespace {

/// Parses `body` as a JSON object, or describes why it is not one.
/// `cutAt`, `cutBytes`: the body had `cutBytes` bytes taken out before offset `cutAt`, so an error
/// from there on is reported where it was in the whole body.
std::optional<QJsonObject> parseObject(
    const QByteArray &body, const char *what, RouteError *error, qsizetype cutAt = -1, qsizetype cutBytes = 0)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset
            = parseError.offset + (cutAt >= 0 && parseError.offset >= cutAt ? cutBytes : qsizetype(0));
        *error = ContractParser::malformed(RouteError::Cause::InvalidJson,
            QCoreApplication::translate("tiergate::ContractParser", "%1: not valid JSON (%2 at offset %3)")
                .arg(QLatin1String(what), parseError.errorString())
                .arg(offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ContractParser::malformed(RouteError::Cause::InvalidShape,
            QCoreApplication::translate("tiergate::ContractParser", "%1: expected a JSON object at the top level")
                .arg(QLatin1String(what)));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

RouteError ContractParser::malformed(RouteError::Cause cause, const QString &message)
{
    RouteError error;
    error.kind = RouteError::Kind::Malformed;
    error.cause = cause;
    error.message = message;
    return error;
}

ContractResult<ChatRequest> ContractParser::parseRequest(const QByteArray &body)
{
    RouteError error;
    const auto object = parseObject(body, "request", &error);
    if (!object)
        return ContractResult<ChatRequest>::failure(error);
    return ChatRequest::fromJson(*object);
}

ContractResult<ChatResponse> ContractParser::parseResponse(const QByteArray &body)
{
    RouteError error;
    const auto object = parseObject(body, "response", &error);
    if (!object)
        return ContractResult<ChatResponse>::failure(error);
    return ChatResponse::fromJson(*object);
}

ContractResult<StreamChunk> ContractParser::parseChunk(const QByteArray &data)
{
    StreamChunkReader reader;
    ContractResult<StreamChunk> result;
    RouteError error = reader.read(data, result.value());
    if (error.isError())
        return ContractResult<StreamChunk>::failure(std::move(error));
    return result;
}

/// The direct reader behind StreamChunkReader. It accepts a subset of JSON it can read exactly
/// as QJsonDocument would and "declines" (returns false) on anything else — other value kinds,
/// duplicate or escaped keys, numbers that are not plain integers, surrogate escapes, invalid
/// UTF-8, trailing bytes — so that the fallback decides, with its exact result or error message.
class StreamChunkReader::Scanner
{
public:
    struct Text
    {
        const char *data = nullptr; ///< between the quotes, escapes undecoded
        qsizetype size = 0;
        bool escaped = false;
        bool nonAscii = false;
        QByteArrayView view() const { return QByteArrayView(data, size); }
    };

    Scanner(QByteArrayView data, StreamChunkReader &reader)
        : m_p(data.data())
        , m_end(data.data() + data.size())
        , m_reader(reader)
    { }

    bool readChunk(StreamChunk &out)
    {
        if (!consume('{'))
            return false;
        enum : unsigned
        {
            Id = 1,
            Object = 2,
            Created = 4,
            Model = 8,
            Choices = 16,
            UsageNull = 32
        };
        unsigned seen = 0;
        bool ok = forEachMember([&](Key key) {
            unsigned bit = 0;
            bool read = false;
            if (key.is("id")) {
                bit = Id;
                read = readCachedString(m_reader.m_id, &out.id, QString());
            } else if (key.is("object")) {
                bit = Object;
                read = readCachedString(m_reader.m_object, &out.object, QStringLiteral("chat.completion.chunk"));
            } else if (key.is("created")) {
                bit = Created;
                read = readOptionalInteger(&out.created, 0);
            } else if (key.is("model")) {
                bit = Model;
                read = readCachedString(m_reader.m_model, &out.model, QString());
            } else if (key.is("choices")) {
                bit = Choices;
                read = readChoices(out.choices);
            } else if (key.is("usage")) {
                // OpenAI sends `"usage": null` on every chunk before the usage chunk; a usage
                // object goes to the fallback.
                bit = UsageNull;
                read = peek() == 'n' && consumeLiteral("null", 4);
            } else {
                // Anything nested goes to the fallback; scalars are provider extras.
                return readExtra(key, out.extra);
            }
            return firstTime(seen, bit) && read;
        });
        if (!ok || !(seen & Choices))
            return false;
        skipSpace();
        if (m_p != m_end)
            return false;
        if (!(seen & Id))
            out.id.clear();
        if (!(seen & Object))
            out.object = QStringLiteral("chat.completion.chunk");
        if (!(seen & Created))
            out.created = 0;
        if (!(seen & Model))
            out.model.clear();
        return true;
    }

    /// Finds the answer text of a whole chat.completion body, the string at
    /// `choices[0].message.content`, checking it as Qt's parser would; `*quoteBegin` is the offset of
    /// its opening quote in the input. False when there is none or anything on the way is unusual (an
    /// escaped or repeated key, deep nesting, a text Qt would refuse): the caller parses as usual.
    bool findAnswerText(Text *found, qsizetype *quoteBegin)
    {
        const char *const begin = m_p;
        bool have = false;
        unsigned seen = 0;
        if (!consume('{'))
            return false;
        const bool ok = forEachMember([&](Key key) {
            if (!key.is("choices"))
                return skipValue(0);
            if (seen++ || !consume('['))
                return false;
            return forEachElement([&](qsizetype i) { return i == 0 ? findInChoice(found, &have) : skipValue(0); });
        });
        skipSpace();
        if (!ok || !have || m_p != m_end || !decode(*found, nullptr))
            return false;
        *quoteBegin = (found->data - 1) - begin;
        return true;
    }

    /// Decodes a text that decode() accepted into UTF-16 at `out`, front to back, and returns the
    /// units written. `out` may overlap the text when it starts at least `text.size` bytes before
    /// the text: each unit is written after the bytes it comes from are read, and never reaches a
    /// byte not read yet (the units so far never outnumber the bytes read).
    static qsizetype decodeValid(const Text &text, char16_t *out)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(text.data);
        const auto *const end = p + text.size;
        qsizetype w = 0;
        while (p != end) {
            const unsigned char c = *p;
            if (c < 0x80 && c != '\\') {
                ++p;
                out[w++] = c;
            } else if (c == '\\') {
                const unsigned char escaped = p[1];
                char16_t unit = escaped;
                switch (escaped) {
                case 'b':
                    unit = u'\b';
                    break;
                case 'f':
                    unit = u'\f';
                    break;
                case 'n':
                    unit = u'\n';
                    break;
                case 'r':
                    unit = u'\r';
                    break;
                case 't':
                    unit = u'\t';
                    break;
                case 'u':
                    unit = 0;
                    for (int k = 2; k < 6; ++k)
                        unit = char16_t((unit << 4) | hexValue(char(p[k])));
                    p += 4;
                    break;
                default:
                    break; // '"', '\\', '/'
                }
                p += 2;
                out[w++] = unit;
            } else if (c < 0xE0) {
                const char16_t unit = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
                p += 2;
                out[w++] = unit;
            } else if (c < 0xF0) {
                const char16_t unit = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
                p += 3;
                out[w++] = unit;
            } else {
                const char32_t code = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
                p += 4;
                out[w++] = QChar::highSurrogate(code);
                out[w++] = QChar::lowSurrogate(code);
            }
        }
        return w;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    char peek()
    {
        if (m_p != m_end && static_cast<unsigned char>(*m_p) > ' ')
            return *m_p;
        skipSpace();
        return m_p != m_end ? *m_p : '\0';
    }

    /// Marks member `bit` of an object as read; false when it was already (a duplicate key, which
    /// the fallback reader resolves as QJsonDocument does).
    static bool firstTime(unsigned &seen, unsigned bit)
    {
        if (seen & bit)
            return false;
        seen |= bit;
        return true;
    }

    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    bool consumeLiteral(const char *literal, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, literal, size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }

    /// An object key as raw bytes (keys with escapes or beyond ASCII go to the fallback).
    struct Key
    {
        const char *data;
        qsizetype size;
        template <size_t N>
        bool is(const char (&name)[N]) const
        {
            return size == qsizetype(N - 1) && std::memcmp(data, name, N - 1) == 0;
        }
    };

    /// Calls `onMember(key)` with the input positioned at each value of an object that starts
    /// at the input (the `{` already consumed); `onMember` reads the value or declines.
    template <typename OnMember>
    bool forEachMember(OnMember &&onMember)
    {
        if (consume('}'))
            return true;
        while (true) {
            Text text;
            if (!scanString(&text) || text.escaped || text.nonAscii)
                return false;
            if (!consume(':') || !onMember(Key { text.data, text.size }))
                return false;
            if (consume(','))
                continue;
            return consume('}');
        }
    }

    /// Calls `onElement(position)` for each element of an array (the `[` already consumed).
    template <typename OnElement>
    bool forEachElement(OnElement &&onElement)
    {
        if (consume(']'))
            return true;
        for (qsizetype i = 0;; ++i) {
            if (!onElement(i))
                return false;
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    bool scanString(Text *text)
    {
        if (peek() != '"')
            return false;
        const char *q = ++m_p;
        while (true) {
            if (q == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*q);
            if (c == '"')
                break;
            if (c == '\\') {
                text->escaped = true;
                if (m_end - q < 2)
                    return false;
                q += 2;
                continue;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80)
                text->nonAscii = true;
            ++q;
        }
        text->data = m_p;
        text->size = q - m_p;
        m_p = q + 1;
        return true;
    }

    /// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), as Qt's JSON
    /// parser requires; anything else is for the fallback to reject.
    static bool isValidUtf8(QByteArrayView bytes)
    {
        const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
        const qsizetype n = bytes.size();
        qsizetype i = 0;
        auto continuation = [&](qsizetype at, unsigned char low = 0x80, unsigned char high = 0xBF) {
            return at < n && s[at] >= low && s[at] <= high;
        };
        while (i < n) {
            const unsigned char b = s[i];
            if (b < 0x80) {
                ++i;
            } else if (b >= 0xC2 && b <= 0xDF) {
                if (!continuation(i + 1))
                    return false;
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                const unsigned char low = b == 0xE0 ? 0xA0 : 0x80;
                const unsigned char high = b == 0xED ? 0x9F : 0xBF;
                if (!continuation(i + 1, low, high) || !continuation(i + 2))
                    return false;
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                const unsigned char low = b == 0xF0 ? 0x90 : 0x80;
                const unsigned char high = b == 0xF4 ? 0x8F : 0xBF;
                if (!continuation(i + 1, low, high) || !continuation(i + 2) || !continuation(i + 3))
                    return false;
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /// The text of a scanned string into `out`; with `out` null, only whether it would decode.
    static bool decode(const Text &text, QString *out)
    {
        if (!text.escaped) {
            if (!text.nonAscii) {
                if (out)
                    *out = QString::fromLatin1(text.data, text.size);
                return true;
            }
            if (!isValidUtf8(text.view()))
                return false;
            if (out)
                *out = QString::fromUtf8(text.data, text.size);
            return true;
        }
        QString result;
        if (out)
            result.reserve(text.size);
        const char *p = text.data;
        const char *const end = p + text.size;
        while (p != end) {
            const char *run = p;
            while (p != end && *p != '\\')
                ++p;
            if (p != run) {
                const QByteArrayView piece(run, p - run);
                if (!isValidUtf8(piece))
                    return false;
                if (out)
                    result.append(QString::fromUtf8(piece));
            }
            if (p == end)
                break;
            // scanString() guaranteed a byte after each backslash.
            const char escaped = p[1];
            p += 2;
            char16_t unit = 0;
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                unit = char16_t(escaped);
                break;
            case 'b':
                unit = u'\b';
                break;
            case 'f':
                unit = u'\f';
                break;
            case 'n':
                unit = u'\n';
                break;
            case 'r':
                unit = u'\r';
                break;
            case 't':
                unit = u'\t';
                break;
            case 'u': {
                if (end - p < 4)
                    return false;
                for (int k = 0; k < 4; ++k) {
                    const int digit = hexValue(p[k]);
                    if (digit < 0)
                        return false;
                    unit = char16_t((unit << 4) | digit);
                }
                if (QChar::isSurrogate(unit))
                    return false;
                p += 4;
                break;
            }
            default:
                return false;
            }
            if (out)
                result.append(QChar(unit));
        }
        if (out)
            *out = std::move(result);
        return true;
    }

    static constexpr int kMaxSkipDepth = 64;

    bool findInChoice(Text *found, bool *have)
    {
        unsigned seen = 0;
        if (!consume('{'))
            return false;
        return forEachMember([&](Key key) {
            if (!key.is("message"))
                return skipValue(0);
            if (seen++ || !consume('{'))
                return false;
            unsigned seenContent = 0;
            return forEachMember([&](Key inner) {
                if (!inner.is("content"))
                    return skipValue(0);
                if (seenContent++ || !scanString(found))
                    return false;
                *have = true;
                return true;
            });
        });
    }

    /// Steps over one JSON value. Only its extent matters (QJsonDocument reads it afterwards), so
    /// numbers and literals are taken as runs of their characters.
    bool skipValue(int depth)
    {
        if (depth > kMaxSkipDepth)
            return false;
        switch (peek()) {
        case '"': {
            Text ignored;
            return scanString(&ignored);
        }
        case '{': {
            ++m_p;
            if (consume('}'))
                return true;
            while (true) {
                Text key;
                if (!scanString(&key) || !consume(':') || !skipValue(depth + 1))
                    return false;
                if (consume(','))
                    continue;
                return consume('}');
            }
        }
        case '[': {
            ++m_p;
            if (consume(']'))
                return true;
            while (true) {
                if (!skipValue(depth + 1))
                    return false;
                if (consume(','))
                    continue;
                return consume(']');
            }
        }
        default: {
            const char *const start = m_p;
            while (m_p != m_end
                && ((*m_p >= '0' && *m_p <= '9') || (*m_p >= 'a' && *m_p <= 'z') || *m_p == '-' || *m_p == '+'
                    || *m_p == '.' || *m_p == 'E'))
                ++m_p;
            return m_p != start;
        }
        }
    }

    /// A string or null (null gives `fallback`). Plain strings that repeat share one QString.
    bool readCachedString(CachedText &cache, QString *out, const QString &fallback)
    {
        if (peek() == 'n') {
            if (!consumeLiteral("null", 4))
                return false;
            *out = fallback;
            return true;
        }
        Text text;
        if (!scanString(&text))
            return false;
        if (!text.escaped && !text.nonAscii && !cache.raw.isNull() && text.size == cache.raw.size()
            && std::memcmp(text.data, cache.raw.constData(), size_t(text.size)) == 0) {
            *out = cache.text;
            return true;
        }
        if (!decode(text, out))
            return false;
        if (!text.escaped && !text.nonAscii && text.size <= 256) {
            cache.raw = QByteArray(text.data, text.size);
            cache.text = *out;
        }
        return true;
    }

    /// A string or null (null gives nullopt).
    bool readOptionalString(std::optional<QString> *out)
    {
        if (peek() == 'n') {
            out->reset();
            return consumeLiteral("null", 4);
        }
        Text text;
        QString value;
        if (!scanString(&text) || !decode(text, &value))
            return false;
        *out = std::move(value);
        return true;
    }

    /// A plain integer literal (no fraction, exponent or leading zero, at most 15 digits).
    bool readInteger(qint64 *out)
    {
        skipSpace();
        const char *q = m_p;
        bool negative = false;
        if (q != m_end && *q == '-') {
            negative = true;
            ++q;
        }
        const char *digits = q;
        qint64 value = 0;
        while (q != m_end && *q >= '0' && *q <= '9' && q - digits < 16) {
            value = value * 10 + (*q - '0');
            ++q;
        }
        const qsizetype count = q - digits;
        if (count == 0 || count > 15 || (count > 1 && *digits == '0') || (negative && value == 0))
            return false;
        if (q != m_end && (*q == '.' || *q == 'e' || *q == 'E' || (*q >= '0' && *q <= '9')))
            return false;
        m_p = q;
        *out = negative ? -value : value;
        return true;
    }

    bool readOptionalInteger(qint64 *out, qint64 fallback)
    {
        if (peek() == 'n') {
            *out = fallback;
            return consumeLiteral("null", 4);
        }
        return readInteger(out);
    }

    /// A scalar provider field (string, integer, true, false, null) kept in `extra`.
    bool readExtra(Key key, QJsonObject &extra)
    {
        const QString name = QString::fromLatin1(key.data, key.size);
        if (extra.contains(name))
            return false;
        QJsonValue value;
        switch (peek()) {
        case '"': {
            Text text;
            QString string;
            if (!scanString(&text) || !decode(text, &string))
                return false;
            value = string;
            break;
        }
        case 'n':
            if (!consumeLiteral("null", 4))
                return false;
            value = QJsonValue(QJsonValue::Null);
            break;
        case 't':
            if (!consumeLiteral("true", 4))
                return false;
            value = true;
            break;
        case 'f':
            if (!consumeLiteral("false", 5))
                return false;
            value = false;
            break;
        default: {
            qint64 number = 0;
            if (!readInteger(&number))
                return false;
            value = number;
        }
        }
        extra.insert(name, value);
        return true;
    }

    /// A scalar the contract ignores (unknown fields of a tool-call piece).
    bool skipScalar()
    {
        QJsonObject ignored;
        return readExtra(Key { "_", 1 }, ignored);
    }

    bool readChoices(QList<StreamChoice> &choices)
    {
        choices.clear();
        if (!consume('['))
            return false;
        return forEachElement([&](qsizetype position) {
            StreamChoice &choice = choices.emplaceBack();
            return readChoice(choice, position);
        });
    }

    bool readChoice(StreamChoice &choice, qsizetype position)
    {
        if (!consume('{'))
            return false;
        enum : unsigned
        {
            Index = 1,
            Delta = 2,
            Finish = 4
        };
        unsigned seen = 0;
        qint64 index = position;
        const bool ok = forEachMember([&](Key key) {
            unsigned bit = 0;
            bool read = false;
            if (key.is("index")) {
                bit = Index;
                read = readOptionalInteger(&index, position);
            } else if (key.is("delta")) {
                bit = Delta;
                read = readDelta(choice.delta);
            } else if (key.is("finish_reason")) {
                bit = Finish;
                read = readCachedString(m_reader.m_finishReason, &choice.finishReason, QString());
            } else {
                return readExtra(key, choice.extra);
            }
            return firstTime(seen, bit) && read;
        });
        if (!ok || index < INT_MIN || index > INT_MAX)
            return false;
        choice.index = int(index);
        return true;
    }

    bool readDelta(StreamDelta &delta)
    {
        if (peek() == 'n')
            return consumeLiteral("null", 4);
        if (!consume('{'))
            return false;
        enum : unsigned
        {
            Role = 1,
            Content = 2,
            ToolCalls = 4
        };
        unsigned seen = 0;
        return forEachMember([&](Key key) {
            unsigned bit = 0;
            bool read = false;
            if (key.is("role")) {
                bit = Role;
                read = readCachedString(m_reader.m_role, &delta.role, QString());
            } else if (key.is("content")) {
                bit = Content;
                read = readOptionalString(&delta.content);
            } else if (key.is("tool_calls")) {
                bit = ToolCalls;
                read = readToolCalls(delta.toolCalls);
            } else {
                return readExtra(key, delta.extra);
            }
            return firstTime(seen, bit) && read;
        });
    }

    bool readToolCalls(QList<ToolCallDelta> &pieces)
    {
        if (peek() == 'n')
            return consumeLiteral("null", 4);
        if (!consume('['))
            return false;
        return forEachElement([&](qsizetype position) {
            ToolCallDelta &piece = pieces.emplaceBack();
            if (!consume('{'))
                return false;
            enum : unsigned
            {
                Index = 1,
                Id = 2,
                Type = 4,
                Function = 8
            };
            unsigned seen = 0;
            qint64 index = position;
            const bool ok = forEachMember([&](Key key) {
                unsigned bit = 0;
                bool read = false;
                if (key.is("index")) {
                    bit = Index;
                    read = readOptionalInteger(&index, position);
                } else if (key.is("id")) {
                    bit = Id;
                    read = readPlainString(&piece.id);
                } else if (key.is("type")) {
                    bit = Type;
                    read = readPlainString(&piece.type);
                } else if (key.is("function")) {
                    bit = Function;
                    read = readFunction(piece);
                } else {
                    return skipScalar();
                }
                return firstTime(seen, bit) && read;
            });
            if (!ok || index < INT_MIN || index > INT_MAX)
                return false;
            piece.index = int(index);
            return true;
        });
    }

    bool readFunction(ToolCallDelta &piece)
    {
        if (peek() == 'n')
            return consumeLiteral("null", 4);
        if (!consume('{'))
            return false;
        enum : unsigned
        {
            Name = 1,
            Arguments = 2
        };
        unsigned seen = 0;
        return forEachMember([&](Key key) {
            unsigned bit = 0;
            bool read = false;
            if (key.is("name")) {
                bit = Name;
                read = readPlainString(&piece.name);
            } else if (key.is("arguments")) {
                bit = Arguments;
                read = readPlainString(&piece.arguments);
            } else {
                return skipScalar();
            }
            return firstTime(seen, bit) && read;
        });
    }

    /// A string or null (null gives an empty string).
    bool readPlainString(QString *out)
    {
        std::optional<QString> value;
        if (!readOptionalString(&value))
            return false;
        *out = value.value_or(QString());
        return true;
    }

    const char *m_p;
    const char *const m_end;
    StreamChunkReader &m_reader;
};

ContractResult<ChatResponse> ContractParser::parseResponse(
    ResponseBuffer &&body, QString *text, qsizetype directTextBytes)
{
    using Scanner = StreamChunkReader::Scanner;
    ResponseBuffer input = std::move(body);
    body = ResponseBuffer();
    QByteArray framing; // the body with the text taken out
    QString direct;
    qsizetype cutAt = -1;
    qsizetype cutBytes = 0;
    if (input.size() >= directTextBytes) {
        StreamChunkReader unused;
        Scanner scanner(QByteArrayView(input.constData(), input.size()), unused);
        Scanner::Text found;
        qsizetype quoteBegin = 0;
        if (scanner.findAnswerText(&found, &quoteBegin) && found.size >= directTextBytes) {
            // The rest of the body is read by QJsonDocument with an empty string in the text's place.
            const qsizetype textBegin = quoteBegin + 1;
            const qsizetype textBytes = found.size;
            framing.reserve(input.size() - textBytes);
            framing.append(input.constData(), textBegin);
            framing.append(input.constData() + textBegin + textBytes, input.size() - textBegin - textBytes);
            cutAt = textBegin + 1;
            cutBytes = textBytes;
            // The text in place: its bytes moved to the back of 2R bytes of the buffer, decoded to
            // the front (see decodeValid()); the buffer becomes the string.
            if (input.size() < 2 * textBytes)
                input.resize(2 * textBytes);
            char *d = input.data();
            std::memmove(d + textBytes, d + textBegin, size_t(textBytes));
            found.data = d + textBytes;
            const qsizetype units = Scanner::decodeValid(found, reinterpret_cast<char16_t *>(d));
            direct = input.takeUtf16(units);
        }
    }
    RouteError error;
    std::optional<QJsonObject> object = cutAt >= 0 ? parseObject(framing, "response", &error, cutAt, cutBytes)
                                                   : parseObject(input.bytes(), "response", &error);
    input = ResponseBuffer();
    framing = QByteArray();
    if (!object)
        return ContractResult<ChatResponse>::failure(error);
    ContractResult<ChatResponse> parsed = ChatResponse::fromJson(*object);
    object.reset();
    if (!parsed.isOk())
        return parsed;
    if (cutAt >= 0) {
        *text = std::move(direct);
    } else {
        *text = parsed.value().content();
        // Held once: a string content is the caller's text now.
        if (!parsed.value().choices.isEmpty() && parsed.value().choices.first().message.content.isString())
            parsed.value().choices.first().message.content = QString();
    }
    return parsed;
}

RouteError StreamChunkReader::read(QByteArrayView data, StreamChunk &chunk)
{
    // The scanner writes into `chunk` directly (its choices list keeps its storage); a decline
    // leaves it half-written, and then the fallback overwrites all of it.
    chunk.hasUsage = false;
    chunk.usage = Usage();
    if (!chunk.usageJson.isEmpty())
        chunk.usageJson = QJsonObject();
    if (!chunk.extra.isEmpty())
        chunk.extra = QJsonObject();
    chunk.choices.clear();
    if (Scanner(data, *this).readChunk(chunk)) {
        ++m_directReads;
        return {};
    }
    ++m_fallbackReads;
    RouteError error;
    const auto object = parseObject(data.toByteArray(), "stream chunk", &error);
    if (!object) {
        chunk = StreamChunk();
        return error;
    }
    auto parsed = StreamChunk::fromJson(*object);
    if (!parsed.isOk()) {
        chunk = StreamChunk();
        return parsed.error();
    }
    chunk = std::move(parsed.value());
    return {};
}

ContractResult<QList<ModelInfo>> ContractParser::parseModels(const QByteArray &body)
{
    using Result = ContractResult<QList<ModelInfo>>;
    RouteError error;
    const auto object = parseObject(body, "models", &error);
    if (!object)
        return Result::failure(error);
    const QJsonValue data = object->value(QLatin1String("data"));
    if (data.isUndefined())
        return Result::failure(missing(QStringLiteral("data")));
    if (!data.isArray())
        return Result::failure(wrongType(QStringLiteral("data"), "an array", data));
    static const char *const known[] = { "id", "object", "created", "owned_by" };
    QList<ModelInfo> models;
    const QJsonArray array = data.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const QJsonObject entry = array.at(i).toObject();
        if (!array.at(i).isObject())
            return Result::failure(wrongType(path, "an object", array.at(i)));
        const QJsonValue id = entry.value(QLatin1String("id"));
        if (!id.isString())
            return Result::failure(id.isUndefined() ? missing(path + QStringLiteral(".id"))
                                                    : wrongType(path + QStringLiteral(".id"), "a string", id));
        ModelInfo info;
        info.id = id.toString();
        info.created = entry.value(QLatin1String("created")).toInteger();
        info.ownedBy = entry.value(QLatin1String("owned_by")).toString();
        info.extra = unknownFields(entry, known);
        models.append(info);
    }
    return Result::success(models);
}

std::optional<ProviderError> ContractParser::parseErrorBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonValue errorValue = document.object().value(QLatin1String("error"));
    ProviderError error;
    if (errorValue.isString()) {
        // Some servers send {"error": "text"}.
        error.message = errorValue.toString();
        return error;
    }
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject o = errorValue.toObject();
    error.message = o.value(QLatin1String("message")).toString();
    error.type = looseText(o.value(QLatin1String("type")));
    error.code = looseText(o.value(QLatin1String("code")));
    error.param = looseText(o.value(QLatin1String("param")));
    return error;
}

QJsonObject ProviderError::toJson() const
{
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject { { QLatin1String("error"),
        QJsonObject { { QLatin1String("message"), message }, { QLatin1String("type"), textOrNull(type) },
            { QLatin1String("code"), textOrNull(code) }, { QLatin1String("param"), textOrNull(param) } } } };
}

QJsonObject ModelInfo::toJson() const
{
    return withExtra(QJsonObject { { QLatin1String("id"), id }, { QLatin1String("object"), QStringLiteral("model") },
                         { QLatin1String("created"), created }, { QLatin1String("owned_by"), ownedBy } },
        extra);
}

} // namespace tiergate
