#include "ui/uiresources.h"

#include "core/resources.h"

#include <QIcon>

static void initUiQrc()
{
    Q_INIT_RESOURCE(ui);
}

namespace tiergate {

void initUiResources()
{
    static const bool done = [] {
        initCoreResources();
        initUiQrc();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon applicationIcon()
{
    initUiResources();
    return QIcon(QStringLiteral(":/tiergate/icons/tiergate.svg"));
}

} // namespace tiergate
