#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace tiergate {

/// Keeps the full-text index of the conversation messages up to date on its own thread.
///
/// SQLite's trigram tokenizer costs a few microseconds per character (tens of seconds for a 10 MB
/// answer), so the index is written here, with its own connections, into a separate database file
/// (`indexPath`): its write locks never block the conversation database the GUI thread writes to,
/// and in WAL mode the GUI's searches read it without waiting. Work comes from the `fts_pending`
/// table, which triggers on `messages` fill; a message is cut into overlapping segments indexed
/// one transaction each, so stopping is quick and a half-indexed message simply stays pending
/// (search() reads pending messages with LIKE). Owned by ConversationStore; `indexed()` fires
/// (from this thread) each time the pending list became empty. The thread waits on a standard mutex
/// and condition variable, not QWaitCondition, whose unlocking inside Qt ThreadSanitizer cannot see
/// (scripts/tsan.sh).
class SearchIndexer : public QThread
{
    Q_OBJECT
public:
    /// Characters per indexed segment, and how far each segment reaches into the next one: any
    /// needle of up to SegmentOverlap + 1 characters lies whole inside one segment.
    static constexpr int SegmentChars = 16384;
    static constexpr int SegmentOverlap = 256;
    /// Segment rowids are messageId * SegmentsPerMessage + segment.
    static constexpr qint64 SegmentsPerMessage = 65536;

    SearchIndexer(const QString &databasePath, const QString &indexPath, QObject *parent = nullptr);
    ~SearchIndexer() override;

    /// Something was added to `fts_pending`: look again.
    void wake();
    /// Stops after the current segment and waits for the thread.
    void stop();

    /// Creates the index table in the database attached as `schema` on `connectionName`.
    static bool createIndexTable(const QString &connectionName, const QString &schema, QString *error);

Q_SIGNALS:
    void indexed();

protected:
    void run() override;

private:
    bool indexOne(const QString &connection);

    QString m_databasePath;
    QString m_indexPath;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    std::atomic_bool m_stop { false };
};

} // namespace tiergate
