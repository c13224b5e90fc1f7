#include "core/export/exportwarning.h"

namespace tiergate {

QString ExportWarning::toString() const
{
    if (option.isEmpty())
        return message;
    return option + QStringLiteral(": ") + message;
}

} // namespace tiergate
