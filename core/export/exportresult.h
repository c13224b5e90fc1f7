#pragma once

#include "core/export/exportwarning.h"

#include <QMap>
#include <QString>

namespace tiergate {

/// The product of one export: the file text, the warnings for what the format could not express
/// (also written into the text as comments where the format has comments), or an error (unknown
/// profile) with an empty text.
class ExportResult
{
public:
    QString text;
    ExportWarnings warnings;
    QString error; ///< translated sentence; empty on success
    /// Further files that belong to the export, by file name (Portkey's runner script); written
    /// next to the main file. Never contain a key value either.
    QMap<QString, QString> companions;

    bool ok() const { return error.isEmpty(); }
};

} // namespace tiergate
