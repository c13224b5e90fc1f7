#include "core/version.h"

namespace tiergate {

QString version()
{
    return QStringLiteral(TIERGATE_VERSION);
}

QString applicationName()
{
    return QStringLiteral("Tiergate");
}

} // namespace tiergate
