#include "core/resources.h"

#include <QtGlobal>

static void initCoreQrc()
{
    Q_INIT_RESOURCE(core);
}

namespace tiergate {

void initCoreResources()
{
    static const bool done = [] {
        initCoreQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace tiergate
