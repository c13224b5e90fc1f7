#pragma once

#include "core/chat/conversationstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tiergate::test {

/// Adds `count` finished messages (user and assistant in turn, a few lines each) to conversation
/// `conversationId` of the database at `path` in one transaction, straight through SQL: building a
/// 100k-message conversation through ConversationStore would take minutes. Message `i` contains
/// "marker-<i>" when `marked(i)`. The rows are left for the store's search indexer to catch up with
/// unless `indexed` (then they count as indexed: only for measurements that do not search).
template <typename Marked>
bool fillConversation(const QString &path, qint64 conversationId, int count, Marked marked, bool indexed = false)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            q.prepare(QStringLiteral("INSERT INTO messages (conversation_id, position, role, content, state, "
                                     "created_at, length) VALUES (?, ?, ?, ?, 'done', 1700000000000, ?)"));
            for (int i = 0; ok && i < count; ++i) {
                QString text = QStringLiteral("Message %1 of the long conversation.").arg(i);
                for (int line = 0; line < i % 4; ++line)
                    text += QStringLiteral("\nA further line of text, number %1.").arg(line);
                if (marked(i))
                    text += QStringLiteral(" marker-%1").arg(i);
                q.addBindValue(conversationId);
                q.addBindValue(i);
                q.addBindValue(i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
                q.addBindValue(text);
                q.addBindValue(text.size());
                ok = q.exec();
            }
            if (ok && indexed)
                ok = q.exec(QStringLiteral("DELETE FROM fts_pending"));
            ok = ok && q.exec(QStringLiteral("COMMIT"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

} // namespace tiergate::test
