#include "core/chat/searchindexer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <utility>

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
    std::lock_guard lock(m_mutex);
    m_woken = true;
    m_wake.notify_all();
}

void SearchIndexer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_wake.notify_all();
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
            std::unique_lock lock(m_mutex);
            // Pending work that failed (a locked database) is retried after a pause; messages another
            // process adds are picked up within the idle poll.
            if (!m_woken && !m_stop)
                m_wake.wait_for(lock, std::chrono::milliseconds(pendingLeft ? 1000 : 2000));
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
        std::lock_guard lock(m_mutex);
        m_woken = false;
    }
    QList<std::pair<qint64, qint64>> pending; // message id, gen
    if (!q.exec(QStringLiteral("SELECT message_id, gen FROM fts_pending ORDER BY message_id LIMIT 256")))
        return false;
    while (q.next())
        pending.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    q.finish();
    if (pending.isEmpty())
        return false;

    // Many short messages share a transaction; a long one is written a segment per transaction, so
    // no transaction of the index holds its lock for long.
    QList<std::pair<qint64, qint64>> done;
    qsizetype charsInTransaction = 0;
    bool inTransaction = false;
    const auto commit = [&] {
        if (inTransaction && !q.exec(QStringLiteral("COMMIT"))) {
            q.exec(QStringLiteral("ROLLBACK"));
            inTransaction = false;
            return false;
        }
        inTransaction = false;
        charsInTransaction = 0;
        return true;
    };
    const auto write = [&](const QString &sql, const QVariantList &values, qsizetype chars) {
        if (!inTransaction) {
            if (!q.exec(QStringLiteral("BEGIN")))
                return false;
            inTransaction = true;
        }
        QSqlQuery w(db);
        w.prepare(sql);
        for (const QVariant &v : values)
            w.addBindValue(v);
        if (!w.exec()) {
            qCWarning(lcSearchIndex) << "cannot write the search index:" << w.lastError().text();
            return false;
        }
        charsInTransaction += chars;
        return charsInTransaction < SegmentChars || commit();
    };
    bool ok = true;
    for (const auto &[id, gen] : std::as_const(pending)) {
        if (m_stop || !ok)
            break;
        const qint64 first = id * SegmentsPerMessage;
        // Deleting a segment re-tokenizes it: counted like writing it.
        QList<std::pair<qint64, qsizetype>> old;
        q.prepare(QStringLiteral("SELECT rowid, length(body) FROM search.message_fts WHERE rowid BETWEEN ? AND ?"));
        q.addBindValue(first);
        q.addBindValue(first + SegmentsPerMessage - 1);
        if (q.exec()) {
            while (q.next())
                old.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
        }
        q.finish();
        for (const auto &[rowid, chars] : std::as_const(old)) {
            if (m_stop
                || !(ok = write(QStringLiteral("DELETE FROM search.message_fts WHERE rowid = ?"), { rowid }, chars)))
                break;
        }

        // The message's text: its content column followed by its chunks (see ConversationStore).
        QString content;
        q.prepare(QStringLiteral("SELECT content FROM messages WHERE id = ?"));
        q.addBindValue(id);
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
        for (qsizetype at = 0; ok && at < content.size() && segment < SegmentsPerMessage; at += SegmentChars) {
            const QString body = content.mid(at, SegmentChars + SegmentOverlap);
            if (m_stop
                || !(ok = write(QStringLiteral("INSERT OR REPLACE INTO search.message_fts(rowid, body) VALUES (?, ?)"),
                         { first + segment++, body }, body.size())))
                break;
        }
        if (ok && !m_stop)
            done.append({ id, gen });
    }
    ok = commit() && ok;
    if (done.isEmpty())
        return false;
    // Done with these versions of the texts; a newer one (other gen) stays pending.
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("DELETE FROM fts_pending WHERE message_id = ? AND gen = ?"));
    for (const auto &[id, gen] : std::as_const(done)) {
        q.addBindValue(id);
        q.addBindValue(gen);
        q.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
    return ok;
}

} // namespace tiergate
