#include "core/chat/conversationstore.h"

#include "core/chat/searchindexer.h"
#include "core/routing/routeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace tiergate {

Q_LOGGING_CATEGORY(lcChat, "tiergate.chat")

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

// LIKE pattern matching `text` literally anywhere (the escape character is a backslash).
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

StoredMessage::State stateForStatus(RouteResult::Status status)
{
    switch (status) {
    case RouteResult::Status::Ok:
        return StoredMessage::State::Done;
    case RouteResult::Status::Failed:
        return StoredMessage::State::Failed;
    case RouteResult::Status::Cancelled:
        return StoredMessage::State::Cancelled;
    case RouteResult::Status::Cut:
        return StoredMessage::State::Cut;
    }
    return StoredMessage::State::Failed;
}

const char *const messageColumns
    = "id, conversation_id, position, role, content, state, error, model_used, provider_id, "
      "fallback_used, attempts, latency_ms, ttft_ms, prompt_tokens, completion_tokens, "
      "estimated, cost_micros, created_at, length, "
      "EXISTS (SELECT 1 FROM message_chunks k WHERE k.message_id = messages.id), reasoning_tokens, tool_calls";
// Read only with the text: they may be long (reasoning) or large (images as data: URLs).
const char *const messageTextColumns = ", reasoning, images";

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

// The whole text of message `m`: its content column followed by its chunks (see writeText()).
const char *const fullTextSql = "(m.content || coalesce((SELECT group_concat(x.text, '') FROM (SELECT text FROM "
                                "message_chunks WHERE message_id = m.id ORDER BY seq) x), ''))";

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.position = q.value(2).toInt();
    m.role = StoredMessage::roleFromName(q.value(3).toString());
    m.content = q.value(4).toString();
    m.state = StoredMessage::stateFromName(q.value(5).toString());
    m.error = q.value(6).toString();
    m.modelUsed = q.value(7).toString();
    m.providerId = q.value(8).toString();
    m.fallbackUsed = q.value(9).toBool();
    m.attempts = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array();
    m.latencyMs = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
    m.ttftMs = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    m.promptTokens = q.value(13).toLongLong();
    m.completionTokens = q.value(14).toLongLong();
    m.estimated = q.value(15).toBool();
    m.costMicros = q.value(16).toLongLong();
    m.createdAt = fromMs(q.value(17));
    m.length = q.value(18).toLongLong();
    m.reasoningTokens = q.value(20).toLongLong();
    m.toolCalls = StoredMessage::toolCallsFromJson(jsonArray(q.value(21)));
    return m;
}

const char *const conversationColumns = "id, title, created_at, updated_at, profile, tier, model, system_prompt, "
                                        "parameters, deleted_at";

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.createdAt = fromMs(q.value(2));
    c.updatedAt = fromMs(q.value(3));
    c.profile = q.value(4).toString();
    c.tier = q.value(5).toString();
    c.model = q.value(6).toString();
    c.systemPrompt = q.value(7).toString();
    c.parameters = ChatParameters::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    c.deleted = !q.value(9).isNull();
    return c;
}

} // namespace

ConversationStore::ConversationStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_connectionName(QStringLiteral("tiergate.chat.%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    , m_flushTimer(new QTimer(this))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/conversations.sqlite");
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &ConversationStore::flush);
}

ConversationStore::~ConversationStore()
{
    if (m_indexer)
        m_indexer->stop();
    if (m_open) {
        flush();
        QSqlDatabase::database(m_connectionName, false).close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool ConversationStore::open()
{
    if (m_open)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error
            = QCoreApplication::translate("ConversationStore", "Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // Set before the first statement: other processes may be creating the same file.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_error = QCoreApplication::translate("ConversationStore", "Cannot open the conversation database %1: %2")
                          .arg(m_path, db.lastError().text());
            qCWarning(lcChat) << m_error;
            return false;
        }
    }
    m_open = true;
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate()) {
        QSqlDatabase::database(m_connectionName, false).close();
        m_open = false;
        return false;
    }
    m_fts = m_ftsAllowed && setUpFullTextSearch();
    qCDebug(lcChat) << "opened" << m_path << "full-text search:" << m_fts;
    recoverInterruptedMessages();
    if (m_fts) {
        m_indexer = new SearchIndexer(m_path, searchIndexPath(), this);
        connect(m_indexer, &SearchIndexer::indexed, this, &ConversationStore::searchIndexed, Qt::QueuedConnection);
        m_indexer->start(QThread::LowPriority);
    }
    return true;
}

bool ConversationStore::isOpen() const
{
    return m_open;
}

QString ConversationStore::databasePath() const
{
    return m_path;
}

QString ConversationStore::errorString() const
{
    return m_error;
}

void ConversationStore::setFullTextSearchAllowed(bool allowed)
{
    m_ftsAllowed = allowed;
}

bool ConversationStore::hasFullTextSearch() const
{
    return m_fts;
}

void ConversationStore::setFlushInterval(int ms)
{
    m_flushInterval = qMax(0, ms);
}

int ConversationStore::flushInterval() const
{
    return m_flushInterval;
}

int ConversationStore::contentWrites() const
{
    return m_contentWrites;
}

bool ConversationStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcChat) << "statement failed:" << sql.left(80) << m_error;
        return false;
    }
    return true;
}

bool ConversationStore::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The write lock before the version is read: processes opening a fresh file at once create the
    // schema exactly once (a deferred transaction would fail on a snapshot another one changed).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = q.lastError().text();
        return false;
    }
    const bool ok = migrateLocked();
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        if (ok)
            m_error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool ConversationStore::migrateLocked()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        m_error = QCoreApplication::translate("ConversationStore",
            "The conversation database %1 was written by a newer Tiergate "
            "(schema %2, this version reads up to %3).")
                      .arg(m_path)
                      .arg(version)
                      .arg(SchemaVersion);
        qCWarning(lcChat) << m_error;
        return false;
    }
    if (version == SchemaVersion)
        return true;

    const QStringList schema {
        QStringLiteral("CREATE TABLE IF NOT EXISTS conversations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " tier TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " system_prompt TEXT NOT NULL DEFAULT '',"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " deleted_at INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " content TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " model_used TEXT NOT NULL DEFAULT '',"
                       " provider_id TEXT NOT NULL DEFAULT '',"
                       " fallback_used INTEGER NOT NULL DEFAULT 0,"
                       " attempts TEXT NOT NULL DEFAULT '[]',"
                       " latency_ms INTEGER,"
                       " ttft_ms INTEGER,"
                       " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                       " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                       " estimated INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " length INTEGER NOT NULL DEFAULT 0,"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " reasoning_tokens INTEGER NOT NULL DEFAULT 0,"
                       " tool_calls TEXT NOT NULL DEFAULT '[]',"
                       " images TEXT NOT NULL DEFAULT '[]',"
                       " UNIQUE (conversation_id, position))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_state ON messages(state)"),
        // Schema 2: streamed text is appended here while it arrives (a flush writes only what is
        // new), and moved into messages.content when the answer ends or after a crash.
        QStringLiteral("CREATE TABLE IF NOT EXISTS message_chunks ("
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (message_id, seq)) WITHOUT ROWID"),
        // Messages whose full-text index is behind their text (SearchIndexer catches up off the
        // GUI thread); `gen` changes on every write, so a newer text stays pending.
        QStringLiteral("CREATE TABLE IF NOT EXISTS fts_pending (message_id INTEGER PRIMARY KEY, gen INTEGER NOT NULL)"),
        QStringLiteral("DROP TRIGGER IF EXISTS messages_fts_ai"),
        QStringLiteral("DROP TRIGGER IF EXISTS messages_fts_ad"),
        QStringLiteral("DROP TRIGGER IF EXISTS messages_fts_au"),
        QStringLiteral("DROP TABLE IF EXISTS messages_fts"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_pending_ai AFTER INSERT ON messages BEGIN "
                       "INSERT OR REPLACE INTO fts_pending(message_id, gen) VALUES (new.id, random()); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_pending_au AFTER UPDATE OF content ON messages BEGIN "
                       "INSERT OR REPLACE INTO fts_pending(message_id, gen) VALUES (new.id, random()); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_pending_ad AFTER DELETE ON messages BEGIN "
                       "INSERT OR REPLACE INTO fts_pending(message_id, gen) VALUES (old.id, random()); END"),
        QStringLiteral("INSERT OR REPLACE INTO fts_pending(message_id, gen) SELECT id, random() FROM messages"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_outline ON messages(conversation_id, position, id, role, "
                       "length)"),
        // Schema 3: every version of a regenerated answer, linked to the user message it answers;
        // `shown` marks the one the conversation shows (its text is also the answer message's).
        QStringLiteral("CREATE TABLE IF NOT EXISTS answer_versions ("
                       " user_message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " idx INTEGER NOT NULL,"
                       " shown INTEGER NOT NULL DEFAULT 0,"
                       " content TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " model_used TEXT NOT NULL DEFAULT '',"
                       " provider_id TEXT NOT NULL DEFAULT '',"
                       " fallback_used INTEGER NOT NULL DEFAULT 0,"
                       " attempts TEXT NOT NULL DEFAULT '[]',"
                       " latency_ms INTEGER,"
                       " ttft_ms INTEGER,"
                       " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                       " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                       " estimated INTEGER NOT NULL DEFAULT 0,"
                       " cost_micros INTEGER NOT NULL DEFAULT 0,"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " reasoning_tokens INTEGER NOT NULL DEFAULT 0,"
                       " tool_calls TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (user_message_id, idx)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    if (version == 1) {
        // Schema 1 had no length column; the new statements below fill it.
        if (!exec(QStringLiteral("ALTER TABLE messages ADD COLUMN length INTEGER NOT NULL DEFAULT 0"))
            || !exec(QStringLiteral("UPDATE messages SET length = length(content)")))
            return false;
    }
    if (version == 1 || version == 2) {
        // Schema 3 keeps each answer's reasoning and tool calls and each user message's images.
        for (const char *column : { "reasoning TEXT NOT NULL DEFAULT ''", "reasoning_tokens INTEGER NOT NULL DEFAULT 0",
                 "tool_calls TEXT NOT NULL DEFAULT '[]'", "images TEXT NOT NULL DEFAULT '[]'" }) {
            if (!exec(QStringLiteral("ALTER TABLE messages ADD COLUMN ") + QLatin1String(column)))
                return false;
        }
    }
    for (const QString &statement : schema) {
        if (!exec(statement))
            return false;
    }
    return version == 0 || moveVersionsOutOfParameters();
}

bool ConversationStore::moveVersionsOutOfParameters()
{
    // Schema 2 kept answer versions in the conversation's parameters JSON; they become rows.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, parameters FROM conversations WHERE instr(parameters, ?) > 0"));
    q.addBindValue(QLatin1String(AnswerVersions::kParameterKey));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QList<std::pair<qint64, QJsonObject>> found;
    while (q.next())
        found.append({ q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() });
    q.finish();
    for (const auto &[conversationId, object] : std::as_const(found)) {
        ChatParameters parameters = ChatParameters::fromJson(object);
        const AnswerVersions versions = AnswerVersions::fromParameters(parameters);
        for (const qint64 userId : versions.userMessageIds()) {
            // Versions of a message that no longer exists answer nothing shown.
            QSqlQuery owner(QSqlDatabase::database(m_connectionName, false));
            owner.prepare(QStringLiteral("SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?"));
            owner.addBindValue(userId);
            owner.addBindValue(conversationId);
            if (!owner.exec()) {
                m_error = owner.lastError().text();
                return false;
            }
            if (!owner.next())
                continue;
            owner.finish();
            if (!writeVersionRows(userId, versions.versions(userId), versions.current(userId)))
                return false;
        }
        parameters.extra.remove(QLatin1String(AnswerVersions::kParameterKey));
        QSqlQuery update(QSqlDatabase::database(m_connectionName, false));
        update.prepare(QStringLiteral("UPDATE conversations SET parameters = ? WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact)));
        update.addBindValue(conversationId);
        if (!update.exec()) {
            m_error = update.lastError().text();
            return false;
        }
    }
    return true;
}

bool ConversationStore::writeVersionRows(qint64 userMessageId, const QList<AnswerVersion> &versions, int current)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO answer_versions (user_message_id, idx, shown, content, state, "
                             "error, model_used, provider_id, fallback_used, attempts, latency_ms, ttft_ms, "
                             "prompt_tokens, completion_tokens, estimated, cost_micros, reasoning, reasoning_tokens, "
                             "tool_calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < versions.size(); ++i) {
        const AnswerVersion &v = versions.at(i);
        q.addBindValue(userMessageId);
        q.addBindValue(i);
        q.addBindValue(i == current);
        q.addBindValue(nn(v.content));
        q.addBindValue(StoredMessage::stateName(v.state));
        q.addBindValue(nn(v.error));
        q.addBindValue(nn(v.modelUsed));
        q.addBindValue(nn(v.providerId));
        q.addBindValue(v.fallbackUsed);
        q.addBindValue(jsonText(v.attempts));
        q.addBindValue(v.latencyMs < 0 ? QVariant() : QVariant(v.latencyMs));
        q.addBindValue(v.ttftMs < 0 ? QVariant() : QVariant(v.ttftMs));
        q.addBindValue(v.promptTokens);
        q.addBindValue(v.completionTokens);
        q.addBindValue(v.estimated);
        q.addBindValue(v.costMicros);
        q.addBindValue(nn(v.reasoning));
        q.addBindValue(v.reasoningTokens);
        q.addBindValue(jsonText(StoredMessage::toolCallsToJson(v.toolCalls)));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

AnswerVersions ConversationStore::answerVersions(qint64 conversationId) const
{
    AnswerVersions out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.user_message_id, v.shown, v.content, v.state, v.error, v.model_used, "
                             "v.provider_id, v.fallback_used, v.attempts, v.latency_ms, v.ttft_ms, v.prompt_tokens, "
                             "v.completion_tokens, v.estimated, v.cost_micros, v.reasoning, v.reasoning_tokens, "
                             "v.tool_calls FROM answer_versions v JOIN messages m ON m.id = v.user_message_id "
                             "WHERE m.conversation_id = ? ORDER BY v.user_message_id, v.idx"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return out;
    QHash<qint64, int> shown;
    while (q.next()) {
        const qint64 userId = q.value(0).toLongLong();
        AnswerVersion v;
        v.content = q.value(2).toString();
        v.state = StoredMessage::stateFromName(q.value(3).toString());
        v.error = q.value(4).toString();
        v.modelUsed = q.value(5).toString();
        v.providerId = q.value(6).toString();
        v.fallbackUsed = q.value(7).toBool();
        v.attempts = jsonArray(q.value(8));
        v.latencyMs = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        v.ttftMs = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        v.promptTokens = q.value(11).toLongLong();
        v.completionTokens = q.value(12).toLongLong();
        v.estimated = q.value(13).toBool();
        v.costMicros = q.value(14).toLongLong();
        v.reasoning = q.value(15).toString();
        v.reasoningTokens = q.value(16).toLongLong();
        v.toolCalls = StoredMessage::toolCallsFromJson(jsonArray(q.value(17)));
        if (q.value(1).toBool())
            shown.insert(userId, out.count(userId));
        out.append(userId, v);
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        out.setCurrent(it.key(), it.value());
    return out;
}

bool ConversationStore::setAnswerVersions(qint64 conversationId, const AnswerVersions &versions)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM answer_versions WHERE user_message_id IN (SELECT id FROM messages WHERE "
                             "conversation_id = ?)"));
    q.addBindValue(conversationId);
    bool ok = q.exec();
    if (!ok)
        m_error = q.lastError().text();
    for (const qint64 userId : versions.userMessageIds()) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?"));
        q.addBindValue(userId);
        q.addBindValue(conversationId);
        if (!q.exec()) {
            m_error = q.lastError().text();
            ok = false;
        } else if (q.next()) {
            q.finish();
            ok = writeVersionRows(userId, versions.versions(userId), versions.current(userId));
        }
    }
    if (!ok || !db.commit()) {
        qCWarning(lcChat) << "cannot store the answer versions of conversation" << conversationId << m_error;
        db.rollback();
        return false;
    }
    return true;
}

bool ConversationStore::setUpFullTextSearch()
{
    // The trigram tokenizer makes an FTS5 phrase match a case-insensitive substring match, which is
    // what the LIKE path does; search() still checks LIKE on the candidates so both agree exactly.
    if (!exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_probe USING fts5(x, tokenize='trigram')"))) {
        qCInfo(lcChat) << "SQLite has no FTS5 trigram tokenizer; conversation search uses LIKE";
        m_error.clear();
        return false;
    }
    exec(QStringLiteral("DROP TABLE temp.fts_probe"));

    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Under the write lock, so exactly one process creates and fills the index.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = q.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'conversations_fts'"));
    const bool existed = q.next() && q.value(0).toInt() == 1;
    q.finish();

    const QStringList statements {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS conversations_fts USING fts5(title, "
                       "content='conversations', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS conversations_fts_ai AFTER INSERT ON conversations BEGIN "
                       "INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS conversations_fts_ad AFTER DELETE ON conversations BEGIN "
                       "INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, "
                       "old.title); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS conversations_fts_au AFTER UPDATE OF title ON conversations "
                       "BEGIN INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, "
                       "old.title); INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title); END"),
    };
    for (const QString &statement : statements) {
        if (!exec(statement)) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!existed) {
        exec(QStringLiteral("INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild')"));
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    // Message text is indexed in a file of its own, written by SearchIndexer's thread only; this
    // connection reads it for search().
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
    q.addBindValue(searchIndexPath());
    if (!q.exec() || !exec(QStringLiteral("PRAGMA search.journal_mode=WAL"))
        || !SearchIndexer::createIndexTable(m_connectionName, QStringLiteral("search"), &m_error)) {
        qCWarning(lcChat) << "cannot open the search index" << searchIndexPath() << q.lastError().text() << m_error;
        m_error.clear();
        return false;
    }
    return true;
}

QString ConversationStore::searchIndexPath() const
{
    return m_path + QStringLiteral(".search");
}

int ConversationStore::pendingSearchIndex() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return m_open && q.exec(QStringLiteral("SELECT count(*) FROM fts_pending")) && q.next() ? q.value(0).toInt() : 0;
}

void ConversationStore::wakeIndexer()
{
    if (m_indexer)
        m_indexer->wake();
}

void ConversationStore::recoverInterruptedMessages()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Their chunks hold the text streamed until then; the search index reads it again.
    exec(QStringLiteral("INSERT OR REPLACE INTO fts_pending(message_id, gen) SELECT id, random() FROM messages "
                        "WHERE state = 'streaming' OR (state = 'pending' AND role = 'assistant')"));
    q.prepare(QStringLiteral("UPDATE messages SET state = 'cut', error = ? "
                             "WHERE state = 'streaming' OR (state = 'pending' AND role = 'assistant')"));
    q.addBindValue(QCoreApplication::translate("ConversationStore",
        "The answer was interrupted because Tiergate closed while it "
        "arrived; the text received until then is kept."));
    if (q.exec() && q.numRowsAffected() > 0)
        qCInfo(lcChat) << q.numRowsAffected() << "interrupted answer(s) marked as cut";
}

void ConversationStore::touchConversation(qint64 conversationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("UPDATE conversations SET updated_at = max(?, (SELECT max(updated_at) + 1 FROM conversations)) "
                       "WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(conversationId);
    q.exec();
    Q_EMIT conversationsChanged();
}

qint64 ConversationStore::createConversation(
    const QString &title, const QString &profile, const QString &tier, const QString &model)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Strictly increasing stamps keep "newest first" stable even within one millisecond.
    q.prepare(QStringLiteral("INSERT INTO conversations (title, created_at, updated_at, profile, tier, model) "
                             "VALUES (?, ?, max(?, coalesce((SELECT max(updated_at) + 1 FROM conversations), 0)), "
                             "?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(nn(title));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(nn(profile));
    q.addBindValue(nn(tier));
    q.addBindValue(nn(model));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcChat) << "cannot create conversation:" << m_error;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT conversationsChanged();
    return id;
}

bool ConversationStore::renameConversation(qint64 conversationId, const QString &title)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"));
    q.addBindValue(nn(title));
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::updateSettings(const Conversation &conversation)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET profile = ?, tier = ?, model = ?, system_prompt = ?, "
                             "parameters = ? WHERE id = ?"));
    q.addBindValue(nn(conversation.profile));
    q.addBindValue(nn(conversation.tier));
    q.addBindValue(nn(conversation.model));
    q.addBindValue(nn(conversation.systemPrompt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(conversation.parameters.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(conversation.id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::setConversationProfile(qint64 conversationId, const QString &profile)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET profile = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(nn(profile));
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::deleteConversation(qint64 conversationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::restoreConversation(qint64 conversationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

int ConversationStore::purgeDeleted()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("DELETE FROM conversations WHERE deleted_at IS NOT NULL")))
        return 0;
    const int removed = q.numRowsAffected();
    wakeIndexer();
    if (removed > 0)
        Q_EMIT conversationsChanged();
    return removed;
}

QList<Conversation> ConversationStore::queryConversations(const QString &where, const QVariantList &bindings) const
{
    QList<Conversation> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(conversationColumns) + QStringLiteral(" FROM conversations c ")
        + where + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC"));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcChat) << "conversation query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readConversation(q));
    return out;
}

Conversation ConversationStore::conversation(qint64 conversationId) const
{
    const QList<Conversation> found
        = queryConversations(QStringLiteral("WHERE c.id = ? AND c.deleted_at IS NULL"), { conversationId });
    return found.isEmpty() ? Conversation() : found.first();
}

QList<Conversation> ConversationStore::conversations() const
{
    return queryConversations(QStringLiteral("WHERE c.deleted_at IS NULL"), {});
}

QList<Conversation> ConversationStore::search(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return conversations();
    const QString like = likePattern(needle);
    // Streamed text not yet in messages.content is matched in memory.
    QString liveIds;
    for (auto it = m_live.constBegin(); it != m_live.constEnd(); ++it) {
        if (it->content.contains(needle, Qt::CaseInsensitive))
            liveIds += QLatin1Char(',') + QString::number(it->conversationId);
    }
    const QString live = QStringLiteral(" OR c.id IN (0") + liveIds + QStringLiteral(")");
    // FTS5 narrows the candidates (its index folds case like LIKE does, and more), LIKE decides, so
    // both paths return the same rows. Trigram phrases need at least three characters; segments
    // overlap by SegmentOverlap, so a longer needle is looked up by its beginning. Messages whose
    // index is not written yet (fts_pending) are read with LIKE.
    if (m_fts && needle.size() >= 3) {
        const QString phrase = ftsPhrase(needle.left(SearchIndexer::SegmentOverlap + 1));
        return queryConversations(
            QStringLiteral("WHERE c.deleted_at IS NULL AND ("
                           " c.id IN (SELECT f.rowid FROM conversations_fts f JOIN conversations t ON t.id = f.rowid"
                           "  WHERE conversations_fts MATCH ? AND t.title LIKE ? ESCAPE '\\')"
                           " OR c.id IN (SELECT m.conversation_id FROM search.message_fts(?) f"
                           "  JOIN messages m ON m.id = f.rowid / %1 WHERE %2 LIKE ? ESCAPE '\\')"
                           " OR c.id IN (SELECT m.conversation_id FROM fts_pending p JOIN messages m ON m.id = "
                           "p.message_id WHERE %2 LIKE ? ESCAPE '\\')")
                    .arg(SearchIndexer::SegmentsPerMessage)
                    .arg(QLatin1String(fullTextSql))
                + live + QStringLiteral(")"),
            { phrase, like, phrase, like, like });
    }
    return queryConversations(QStringLiteral("WHERE c.deleted_at IS NULL AND (c.title LIKE ? ESCAPE '\\'"
                                             " OR c.id IN (SELECT m.conversation_id FROM messages m"
                                             "  WHERE %1 LIKE ? ESCAPE '\\')")
                                  .arg(QLatin1String(fullTextSql))
            + live + QStringLiteral(")"),
        { like, like });
}

QList<StoredMessage> ConversationStore::queryMessages(
    const QString &where, const QVariantList &bindings, bool withText, qsizetype maxChars) const
{
    QList<StoredMessage> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(messageColumns)
        + (withText ? QLatin1String(messageTextColumns) : QLatin1String()) + QStringLiteral(" FROM messages ") + where);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    QList<qint64> chunked;
    while (q.next()) {
        out.append(readMessage(q));
        if (!withText) {
            out.last().content.clear();
            continue;
        }
        out.last().reasoning = q.value(22).toString();
        const QJsonArray images = jsonArray(q.value(23));
        for (const QJsonValue &image : images)
            out.last().images.append(image.toString());
        if (q.value(19).toBool())
            chunked.append(out.size() - 1);
    }
    q.finish();
    for (const qint64 i : std::as_const(chunked)) {
        StoredMessage &m = out[i];
        if (maxChars >= 0 && m.content.size() >= maxChars)
            continue;
        m.content += chunkText(m.id, m.length - m.content.size(), maxChars < 0 ? -1 : maxChars - m.content.size());
    }
    if (withText) {
        for (StoredMessage &m : out) {
            const auto live = m_live.constFind(m.id);
            if (live != m_live.constEnd()) {
                m.content = live->content;
                m.length = live->content.size();
                m.reasoning = live->reasoning;
                m.toolCalls = live->toolCalls.toolCalls();
            }
        }
    }
    return out;
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId) const
{
    return queryMessages(QStringLiteral("WHERE conversation_id = ? ORDER BY position"), { conversationId }, true);
}

QList<StoredMessage> ConversationStore::messagesInRange(
    qint64 conversationId, int firstPosition, int lastPosition, qsizetype maxChars) const
{
    return queryMessages(QStringLiteral("WHERE conversation_id = ? AND position BETWEEN ? AND ? ORDER BY position"),
        { conversationId, firstPosition, lastPosition }, true, maxChars);
}

QList<MessageOutline> ConversationStore::messageOutlines(qint64 conversationId) const
{
    QList<MessageOutline> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // Answered from the messages_outline index alone: no row, let alone text, is read.
    q.prepare(QStringLiteral("SELECT id, position, role, length FROM messages INDEXED BY messages_outline "
                             "WHERE conversation_id = ? ORDER BY position"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return out;
    while (q.next()) {
        MessageOutline o;
        o.id = q.value(0).toLongLong();
        o.position = q.value(1).toInt();
        o.role = StoredMessage::roleFromName(q.value(2).toString());
        o.length = q.value(3).toLongLong();
        const auto live = m_live.constFind(o.id);
        if (live != m_live.constEnd())
            o.length = live->content.size();
        out.append(o);
    }
    return out;
}

QList<qint64> ConversationStore::findInConversation(qint64 conversationId, const QString &text) const
{
    QList<qint64> out;
    const QString needle = text.trimmed();
    if (!m_open || needle.isEmpty())
        return out;
    const QString like = likePattern(needle);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (m_fts && needle.size() >= 3) {
        q.prepare(QStringLiteral("SELECT m.id FROM messages m WHERE m.conversation_id = ? AND (m.id IN (SELECT "
                                 "f.rowid / %1 FROM search.message_fts(?) f) OR m.id IN (SELECT message_id FROM "
                                 "fts_pending)) AND %2 LIKE ? ESCAPE '\\' ORDER BY m.position")
                      .arg(SearchIndexer::SegmentsPerMessage)
                      .arg(QLatin1String(fullTextSql)));
        q.addBindValue(conversationId);
        q.addBindValue(ftsPhrase(needle.left(SearchIndexer::SegmentOverlap + 1)));
        q.addBindValue(like);
    } else {
        q.prepare(QStringLiteral("SELECT m.id FROM messages m WHERE m.conversation_id = ? AND %1 LIKE ? ESCAPE '\\' "
                                 "ORDER BY m.position")
                      .arg(QLatin1String(fullTextSql)));
        q.addBindValue(conversationId);
        q.addBindValue(like);
    }
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    // Streamed text the index has not seen yet is matched in memory.
    bool added = false;
    for (auto it = m_live.constBegin(); it != m_live.constEnd(); ++it) {
        if (it->conversationId == conversationId && !out.contains(it.key())
            && it->content.contains(needle, Qt::CaseInsensitive)) {
            out.append(it.key());
            added = true;
        }
    }
    if (added)
        std::sort(out.begin(), out.end()); // ids grow with position inside a conversation
    return out;
}

StoredMessage ConversationStore::message(qint64 messageId, qsizetype maxChars) const
{
    const QList<StoredMessage> found = queryMessages(QStringLiteral("WHERE id = ?"), { messageId }, true, maxChars);
    return found.isEmpty() ? StoredMessage() : found.first();
}

StoredMessage ConversationStore::messageMetadata(qint64 messageId) const
{
    const QList<StoredMessage> found = queryMessages(QStringLiteral("WHERE id = ?"), { messageId }, false);
    if (found.isEmpty())
        return {};
    StoredMessage m = found.first();
    const auto live = m_live.constFind(m.id);
    if (live != m_live.constEnd())
        m.length = live->content.size();
    return m;
}

qint64 ConversationStore::insertMessage(qint64 conversationId, StoredMessage::Role role, const QString &text,
    StoredMessage::State state, const QStringList &images)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO messages (conversation_id, position, role, content, state, created_at, length, "
                       "images) SELECT c.id, coalesce((SELECT max(position) + 1 FROM messages WHERE conversation_id = "
                       "c.id), 0), ?, ?, ?, ?, ?, ? FROM conversations c WHERE c.id = ?"));
    const bool inlineText = text.size() <= InlineChars;
    q.addBindValue(StoredMessage::roleName(role));
    q.addBindValue(inlineText ? nn(text) : QStringLiteral(""));
    q.addBindValue(StoredMessage::stateName(state));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(text.size());
    q.addBindValue(jsonText(QJsonArray::fromStringList(images)));
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().text();
        qCWarning(lcChat) << "cannot add a message to conversation" << conversationId << m_error;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!inlineText && !writeText(id, text))
        qCWarning(lcChat) << "cannot write the text of message" << id << m_error;
    wakeIndexer();
    Q_EMIT messageAdded(conversationId, id);
    touchConversation(conversationId);
    return id;
}

qint64 ConversationStore::appendUserMessage(
    qint64 conversationId, const QString &text, StoredMessage::State state, const QStringList &images)
{
    return insertMessage(conversationId, StoredMessage::Role::User, text, state, images);
}

qint64 ConversationStore::appendSystemMessage(qint64 conversationId, const QString &text)
{
    return insertMessage(conversationId, StoredMessage::Role::System, text, StoredMessage::State::Done);
}

qint64 ConversationStore::beginAssistantMessage(qint64 conversationId)
{
    const qint64 id
        = insertMessage(conversationId, StoredMessage::Role::Assistant, QString(), StoredMessage::State::Streaming);
    if (id > 0)
        m_live.insert(id, LiveMessage { conversationId, QString(), false, 0, 0, QString(), ToolCallAssembler() });
    return id;
}

void ConversationStore::appendStreamText(qint64 messageId, const QString &text)
{
    auto it = m_live.find(messageId);
    if (it == m_live.end() || text.isEmpty())
        return;
    it->content.append(text);
    it->dirty = true;
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_flushInterval);
    Q_EMIT messageUpdated(it->conversationId, messageId);
}

bool ConversationStore::isStreaming(qint64 messageId) const
{
    return m_live.contains(messageId);
}

QString ConversationStore::liveContent(qint64 messageId) const
{
    return m_live.value(messageId).content;
}

void ConversationStore::appendStreamReasoning(qint64 messageId, const QString &text)
{
    auto it = m_live.find(messageId);
    if (it == m_live.end() || text.isEmpty())
        return;
    it->reasoning.append(text);
    it->partsDirty = true;
    it->dirty = true;
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_flushInterval);
    Q_EMIT messageUpdated(it->conversationId, messageId);
}

void ConversationStore::appendStreamToolCall(qint64 messageId, const ToolCallDelta &piece)
{
    auto it = m_live.find(messageId);
    if (it == m_live.end())
        return;
    it->toolCalls.add(piece);
    it->partsDirty = true;
    it->dirty = true;
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_flushInterval);
    Q_EMIT messageUpdated(it->conversationId, messageId);
}

QString ConversationStore::liveReasoning(qint64 messageId) const
{
    const auto it = m_live.constFind(messageId);
    return it == m_live.constEnd() ? QString() : it->reasoning;
}

QList<ToolCall> ConversationStore::liveToolCalls(qint64 messageId) const
{
    const auto it = m_live.constFind(messageId);
    return it == m_live.constEnd() ? QList<ToolCall>() : it->toolCalls.toolCalls();
}

void ConversationStore::writeLiveContent(qint64 messageId, LiveMessage &live)
{
    // The reasoning and tool calls so far, so that a crash keeps them with the text.
    if (live.partsDirty) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("UPDATE messages SET reasoning = ?, tool_calls = ? WHERE id = ?"));
        q.addBindValue(nn(live.reasoning));
        q.addBindValue(jsonText(StoredMessage::toolCallsToJson(live.toolCalls.toolCalls())));
        q.addBindValue(messageId);
        if (q.exec())
            live.partsDirty = false;
        else
            qCWarning(lcChat) << "cannot write streamed reasoning:" << q.lastError().text();
    }
    // Only the text that arrived since the last write: a flush costs what streamed in meanwhile,
    // whatever the answer's length.
    if (live.written >= live.content.size()) {
        live.dirty = live.partsDirty;
        return;
    }
    const QString tail = live.content.mid(live.written);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO message_chunks (message_id, seq, text) VALUES (?, ?, ?)"));
    q.addBindValue(messageId);
    q.addBindValue(live.chunks);
    q.addBindValue(tail);
    if (q.exec()) {
        q.prepare(QStringLiteral("UPDATE messages SET length = ? WHERE id = ?"));
        q.addBindValue(live.content.size());
        q.addBindValue(messageId);
        q.exec();
        live.dirty = live.partsDirty;
        live.written = live.content.size();
        ++live.chunks;
        ++m_contentWrites;
        m_streamedCharsWritten += tail.size();
    } else {
        qCWarning(lcChat) << "cannot write streamed text:" << q.lastError().text();
    }
}

bool ConversationStore::settleContent(qint64 messageId, LiveMessage &live, const QString *finalContent)
{
    // The streamed chunks stay the message's text: finishing writes only the tail that arrived
    // since the last flush, never the whole answer again. The full-text index follows on
    // SearchIndexer's thread.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    bool ok = true;
    if (finalContent && *finalContent != live.content) {
        ok = writeText(messageId, *finalContent);
    } else {
        live.dirty = true;
        writeLiveContent(messageId, live);
        ok = !live.dirty;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO fts_pending(message_id, gen) VALUES (?, random())"));
    q.addBindValue(messageId);
    ok = ok && q.exec();
    if (!ok || !db.commit()) {
        qCWarning(lcChat) << "cannot write the text of message" << messageId << m_error;
        db.rollback();
        return false;
    }
    return true;
}

bool ConversationStore::writeText(qint64 messageId, const QString &text)
{
    // Short texts live in messages.content; a long one is stored as InlineChars pieces in
    // message_chunks (as a streamed answer is), so a prefix of it reads without the rest.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM message_chunks WHERE message_id = ?"));
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    const bool inlineText = text.size() <= InlineChars;
    q.prepare(QStringLiteral("UPDATE messages SET content = ?, length = ? WHERE id = ?"));
    q.addBindValue(inlineText ? nn(text) : QStringLiteral(""));
    q.addBindValue(text.size());
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (inlineText)
        return true;
    q.prepare(QStringLiteral("INSERT INTO message_chunks (message_id, seq, text) VALUES (?, ?, ?)"));
    int seq = 0;
    for (qsizetype at = 0; at < text.size(); at += InlineChars) {
        q.addBindValue(messageId);
        q.addBindValue(seq++);
        q.addBindValue(text.mid(at, InlineChars));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString ConversationStore::chunkText(qint64 messageId, qsizetype expectedLength, qsizetype maxChars) const
{
    QString out;
    const qsizetype expected = std::max<qsizetype>(0, expectedLength);
    out.reserve(maxChars < 0 ? expected : std::min(expected, maxChars + InlineChars));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text FROM message_chunks WHERE message_id = ? ORDER BY seq"));
    q.addBindValue(messageId);
    if (!q.exec())
        return out;
    while ((maxChars < 0 || out.size() < maxChars) && q.next())
        out += q.value(0).toString();
    return out;
}

qint64 ConversationStore::streamedCharsWritten() const
{
    return m_streamedCharsWritten;
}

void ConversationStore::flush()
{
    m_flushTimer->stop();
    if (!m_open)
        return;
    bool any = false;
    for (const LiveMessage &live : std::as_const(m_live))
        any = any || live.dirty;
    if (!any)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        if (it->dirty)
            writeLiveContent(it.key(), *it);
    }
    db.commit();
}

bool ConversationStore::finishAssistantMessage(qint64 messageId, const RouteResult &result)
{
    if (!m_open)
        return false;
    const bool wasLive = m_live.contains(messageId);
    LiveMessage live = m_live.take(messageId);
    const StoredMessage current = wasLive ? StoredMessage() : message(messageId);
    qint64 conversationId = wasLive ? live.conversationId : current.conversationId;
    if (!wasLive && !current.isValid())
        return false;
    if (wasLive) {
        // The streamed text is already on disk in chunks: settle it without reading it back.
        const QString *finalContent = !result.content.isEmpty() ? &result.content : nullptr;
        if (!settleContent(messageId, live, finalContent))
            return false;
    } else if (!result.content.isEmpty() && !writeText(messageId, result.content)) {
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("UPDATE messages SET state = ?, error = ?, model_used = ?, provider_id = ?, "
                       "fallback_used = ?, attempts = ?, latency_ms = ?, ttft_ms = ?, prompt_tokens = ?, "
                       "completion_tokens = ?, estimated = ?, cost_micros = ?, reasoning = ?, reasoning_tokens = ?, "
                       "tool_calls = ? WHERE id = ?"));
    q.addBindValue(StoredMessage::stateName(stateForStatus(result.status)));
    q.addBindValue(nn(result.status != RouteResult::Status::Ok ? result.error.message : QString()));
    q.addBindValue(nn(result.modelUsed));
    q.addBindValue(nn(result.providerId));
    q.addBindValue(result.fallbackUsed);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(StoredMessage::attemptsToJson(result.attempts)).toJson(QJsonDocument::Compact)));
    q.addBindValue(result.latencyMs);
    q.addBindValue(result.ttftMs);
    q.addBindValue(result.usage.promptTokens);
    q.addBindValue(result.usage.completionTokens);
    q.addBindValue(result.usage.estimated);
    q.addBindValue(result.costMicros);
    // A live answer keeps what streamed when the result has none (a cut or cancelled stream).
    q.addBindValue(nn(!result.reasoning.isEmpty() || !wasLive ? result.reasoning : live.reasoning));
    q.addBindValue(result.usage.reasoningTokens);
    q.addBindValue(jsonText(StoredMessage::toolCallsToJson(
        !result.toolCalls.isEmpty() || !wasLive ? result.toolCalls : live.toolCalls.toolCalls())));
    q.addBindValue(messageId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().text();
        qCWarning(lcChat) << "cannot finish message" << messageId << m_error;
        return false;
    }
    wakeIndexer();
    Q_EMIT messageUpdated(conversationId, messageId);
    touchConversation(conversationId);
    return true;
}

bool ConversationStore::setMessageState(qint64 messageId, StoredMessage::State state, const QString &error)
{
    const StoredMessage current = message(messageId);
    if (!current.isValid())
        return false;
    if (m_live.contains(messageId) && state != StoredMessage::State::Streaming) {
        LiveMessage live = m_live.take(messageId);
        settleContent(messageId, live, nullptr);
        wakeIndexer();
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE messages SET state = ?, error = ? WHERE id = ?"));
    q.addBindValue(StoredMessage::stateName(state));
    q.addBindValue(nn(error));
    q.addBindValue(messageId);
    if (!q.exec())
        return false;
    Q_EMIT messageUpdated(current.conversationId, messageId);
    return true;
}

bool ConversationStore::editUserMessage(qint64 messageId, const QString &text)
{
    const StoredMessage current = message(messageId);
    if (!current.isValid() || current.role != StoredMessage::Role::User)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO fts_pending(message_id, gen) VALUES (?, random())"));
    q.addBindValue(messageId);
    if (!writeText(messageId, text) || !q.exec() || !db.commit()) {
        db.rollback();
        return false;
    }
    wakeIndexer();
    Q_EMIT messageUpdated(current.conversationId, messageId);
    touchConversation(current.conversationId);
    return true;
}

int ConversationStore::truncateAfter(qint64 messageId)
{
    const StoredMessage anchor = message(messageId);
    if (!anchor.isValid())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND position > ?"));
    q.addBindValue(anchor.conversationId);
    q.addBindValue(anchor.position);
    if (!q.exec())
        return 0;
    while (q.next())
        m_live.remove(q.value(0).toLongLong());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ? AND position > ?"));
    q.addBindValue(anchor.conversationId);
    q.addBindValue(anchor.position);
    if (!q.exec())
        return 0;
    const int removed = q.numRowsAffected();
    wakeIndexer();
    if (removed > 0) {
        Q_EMIT messagesRemoved(anchor.conversationId, anchor.position + 1);
        touchConversation(anchor.conversationId);
    }
    return removed;
}

ConversationTotals ConversationStore::totals(qint64 conversationId) const
{
    ConversationTotals t;
    if (!m_open)
        return t;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), "
                             "coalesce(sum(cost_micros), 0), coalesce(max(estimated), 0) FROM messages "
                             "WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (q.exec() && q.next()) {
        t.messageCount = q.value(0).toInt();
        t.promptTokens = q.value(1).toLongLong();
        t.completionTokens = q.value(2).toLongLong();
        t.costMicros = q.value(3).toLongLong();
        t.estimated = q.value(4).toBool();
    }
    return t;
}

} // namespace tiergate
