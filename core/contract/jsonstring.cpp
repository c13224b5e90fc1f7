#include "core/contract/jsonstring.h"

namespace tiergate {

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    // Most tokens are ASCII: escape them straight from UTF-16, without a UTF-8 copy first.
    QByteArray utf8;
    if (!ascii)
        utf8 = text.toUtf8();
    const qsizetype size = ascii ? text.size() : utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = ascii ? char(text[i].unicode()) : utf8.at(i);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[(c >> 4) & 0xf]);
                out.append("0123456789abcdef"[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace tiergate
