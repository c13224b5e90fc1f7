#include "core/transport/endpoint.h"

namespace tiergate {

QUrl Endpoint::url(const QString &path) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    result.setPath(basePath + u'/' + tail);
    return result;
}

} // namespace tiergate
