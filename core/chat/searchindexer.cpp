#include "core/chat/searchindexer.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tiergate {

Q_LOGGING_CATEGORY(lcSearchIndex, "tiergate.chat.search")

SearchIndexer::SearchIndexer(const QString &databasePath, const QString &indexPath, QObject *parent)
    : QThread(parent)
    , m_databasePath(databasePath)
    , m_indexPath(indexPath)
{ }

SearchIndexer::~SearchIndexer()
{
    stop();
}

void SearchIndexer::wake()
{
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_wake.wakeAll();
}

void SearchIndexer::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    wait();
}

bool SearchIndexer::createIndexTable(const QString &connectionName, const QString &schema, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    // A plain FTS5 table (it keeps its own copy of each segment), so a segment is deleted by rowid
    // alone, whatever the message holds by then.
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1.message_fts USING fts5(body, "
                               "tokenize='trigram')")
                    .arg(schema))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

void SearchIndexer::run()
{
    const QString connection = QStringLiteral("tiergate.chat.index.%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        bool ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
            q.addBindValue(m_indexPath);
            ok = q.exec() && q.exec(QStringLiteral("PRAGMA search.journal_mode=WAL"))
                && q.exec(QStringLiteral("PRAGMA search.synchronous=NORMAL"))
                && createIndexTable(connection, QStringLiteral("search"), nullptr);
        }
        if (!ok)
            qCWarning(lcSearchIndex) << "cannot open the search index" << m_indexPath << db.lastError().text();
        while (ok && !m_stop) {
            if (indexOne(connection))
                continue;
            bool pendingLeft = false;
            {
                QSqlQuery q(db);
                pendingLeft = q.exec(QStringLiteral("SELECT 1 FROM fts_pending LIMIT 1")) && q.next();
            }
            if (!pendingLeft)
                Q_EMIT indexed();
            QMutexLocker lock(&m_mutex);
            // Pending work that failed (a locked database) is retried after a pause.
            if (!m_woken && !m_stop)
                m_wake.wait(&m_mutex, pendingLeft ? QDeadlineTimer(1000) : QDeadlineTimer(QDeadlineTimer::Forever));
            m_woken = false;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool SearchIndexer::indexOne(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    // Clear the wake flag before reading, so a trigger firing after this read wakes us again.
    {
        QMutexLocker lock(&m_mutex);
        m_woken = false;
    }
    if (!q.exec(QStringLiteral("SELECT message_id, gen FROM fts_pending ORDER BY message_id LIMIT 1")) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    const qint64 gen = q.value(1).toLongLong();
    q.finish();

    const qint64 first = id * SegmentsPerMessage;
    const qint64 last = first + SegmentsPerMessage - 1;
    // Old segments go one transaction each: deleting one re-tokenizes it.
    QList<qint64> old;
    q.prepare(QStringLiteral("SELECT rowid FROM search.message_fts WHERE rowid BETWEEN ? AND ?"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (q.exec()) {
        while (q.next())
            old.append(q.value(0).toLongLong());
    }
    q.finish();
    for (const qint64 rowid : std::as_const(old)) {
        if (m_stop)
            return false;
        q.prepare(QStringLiteral("DELETE FROM search.message_fts WHERE rowid = ?"));
        q.addBindValue(rowid);
        q.exec();
    }

    // The message's text: its content column followed by its chunks (see ConversationStore).
    q.prepare(QStringLiteral("SELECT content FROM messages WHERE id = ?"));
    q.addBindValue(id);
    QString content;
    if (q.exec() && q.next())
        content = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT text FROM message_chunks WHERE message_id = ? ORDER BY seq"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            content += q.value(0).toString();
    }
    q.finish();

    qint64 segment = 0;
    for (qsizetype at = 0; at < content.size() && segment < SegmentsPerMessage; at += SegmentChars, ++segment) {
        if (m_stop)
            return false;
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO search.message_fts(rowid, body) VALUES (?, ?)"));
        ins.addBindValue(first + segment);
        ins.addBindValue(content.mid(at, SegmentChars + SegmentOverlap));
        if (!ins.exec()) {
            qCWarning(lcSearchIndex) << "cannot index message" << id << ins.lastError().text();
            return false;
        }
    }
    // Done with this version of the text; a newer one (other gen) stays pending.
    q.prepare(QStringLiteral("DELETE FROM fts_pending WHERE message_id = ? AND gen = ?"));
    q.addBindValue(id);
    q.addBindValue(gen);
    q.exec();
    return true;
}

} // namespace tiergate
