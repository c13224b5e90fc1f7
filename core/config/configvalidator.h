#pragma once

#include "core/config/validationissue.h"

#include <QDate>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tiergate {

class TiergateConfig;

/// What a file key looks like on disk, for the mode check (injected so validation stays pure).
struct KeyFileInfo
{
    bool exists = false;
    QFileDevice::Permissions permissions;
    bool ownedByUser = true;
};

/// Semantic checks of a TiergateConfig: pure, no I/O except through the injected probe.
/// Returns every problem at once, each with its JSON path (same paths ConfigJson writes):
/// errors — unknown provider / model / tier / team references, bad URLs, zero or negative limits,
/// jitter outside 0..1, duplicate ids, malformed key references, missing default profile,
/// unsupported version; warnings — fallback chain longer than two, file key not mode 0600,
/// rotation date due or passed, provider without base URL, budget thresholds out of order.
class ConfigValidator
{
public:
    struct Options
    {
        QDate today; ///< for rotation dates; invalid: rotation is not checked
        /// Looks up a `file:` key's file (path already `~`-expanded); empty: checks are skipped.
        std::function<KeyFileInfo(const QString &path)> keyFileProbe;
    };

    /// Options for the running application: today's date and the real file system.
    static Options systemOptions();

    static QList<ValidationIssue> validate(const TiergateConfig &config, const Options &options);
    static QList<ValidationIssue> validate(const TiergateConfig &config) { return validate(config, systemOptions()); }
};

} // namespace tiergate
