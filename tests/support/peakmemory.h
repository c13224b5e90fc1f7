#pragma once

// Growth of the peak resident memory of this process over a stretch of a test (Linux): writing 5
// to /proc/self/clear_refs restarts the peak (VmHWM) at the current resident size, so an earlier,
// higher peak does not hide what the stretch costs, and free heap memory is given back first, so
// that what the stretch allocates shows. Under a sanitizer resident memory holds its
// shadow and quarantine too, so such builds skip these measurements.

#include <QByteArray>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tiergate::test {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitizedBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool kSanitizedBuild = true;
#else
inline constexpr bool kSanitizedBuild = false;
#endif
#else
inline constexpr bool kSanitizedBuild = false;
#endif

class PeakMemory
{
public:
    /// A value of /proc/self/status in bytes ("VmHWM", "VmRSS"), or -1.
    static qint64 statusBytes(const char *field)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray prefix = QByteArray(field) + ':';
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        return -1;
    }

    /// Starts a measurement; false when this system cannot restart the peak.
    bool start()
    {
#if defined(__GLIBC__)
        // Memory freed earlier but still resident in the heap would take new allocations without
        // raising the resident size, hiding them: it goes back to the system first.
        malloc_trim(0);
#endif
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
            return false;
        clear.close();
        m_before = statusBytes("VmRSS");
        return m_before >= 0 && statusBytes("VmHWM") >= 0;
    }

    /// How far the peak rose above the resident size at start().
    qint64 grown() const
    {
        return statusBytes("VmHWM") - m_before;
    }

private:
    qint64 m_before = 0;
};

} // namespace tiergate::test
