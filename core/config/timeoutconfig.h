#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace tiergate {

/// Time limits of one attempt, in milliseconds. A provider carries a complete set (defaults
/// below); a profile may carry an override in which 0 means "use the provider's value".
class TimeoutConfig
{
public:
    int connectMs = 10000; ///< TCP + TLS connect
    int firstByteMs = 30000; ///< request sent → first response byte
    int totalMs = 120000; ///< whole attempt
    int stallMs = 30000; ///< longest silence in the middle of a stream
    QJsonObject extra; ///< unknown keys from the file, written back unchanged

    /// A set with every field 0 ("inherit"), the starting point of a profile override.
    static TimeoutConfig unset() { return TimeoutConfig { 0, 0, 0, 0, {} }; }
    bool isUnset() const { return connectMs == 0 && firstByteMs == 0 && totalMs == 0 && stallMs == 0; }
    /// Each non-zero field of this set, else the field of `base`: a profile override over a provider.
    TimeoutConfig over(const TimeoutConfig &base) const
    {
        TimeoutConfig t = base;
        if (connectMs)
            t.connectMs = connectMs;
        if (firstByteMs)
            t.firstByteMs = firstByteMs;
        if (totalMs)
            t.totalMs = totalMs;
        if (stallMs)
            t.stallMs = stallMs;
        return t;
    }

    friend bool operator==(const TimeoutConfig &, const TimeoutConfig &) = default;
};

} // namespace tiergate
