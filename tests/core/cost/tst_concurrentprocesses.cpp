#include "core/chat/conversationstore.h"
#include "core/cost/ledger.h"
#include "core/cost/ledgerschema.h"
#include "core/routing/backgroundqueue.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace tiergate;

// Processes sharing one data folder: the ledger, the conversation store and the background queue
// are created race-free when many processes open a fresh folder at once, and the queue keeps every
// entry when processes enqueue at the same time (it used to be a JSON file read, changed and
// written back whole). The processes are store_open_helper children and the built tiergate-cli.
class TestConcurrentProcesses : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString helperPath()
    {
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("store_open_helper"));
    }

    struct Outcome
    {
        int failed = 0;
        QStringList errors;
    };

    // Starts every command at once, then waits for all of them.
    static Outcome runAll(const QString &program, const QList<QStringList> &argLists,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        std::vector<std::unique_ptr<QProcess>> children;
        for (const QStringList &args : argLists) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(program, args);
            children.push_back(std::move(p));
        }
        Outcome o;
        for (const auto &p : children) {
            const bool done = p->waitForFinished(120000);
            if (!done || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                ++o.failed;
                o.errors << QString::fromUtf8(p->readAllStandardError()).trimmed();
            }
            if (!done) {
                p->kill();
                p->waitForFinished();
            }
        }
        return o;
    }

    static QList<QStringList> helperArgs(const QString &kind, const QString &path, int count, int items = 0)
    {
        QList<QStringList> out;
        for (int i = 0; i < count; ++i) {
            QStringList args { kind, path, QStringLiteral("p%1").arg(i) };
            if (items > 0)
                args << QString::number(items);
            out << args;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(helperPath()), qPrintable(helperPath()));
    }

    void ledgerCreatedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("ledger/ledger.sqlite"));
        const Outcome o = runAll(helperPath(), helperArgs(QStringLiteral("ledger"), path, 30));
        QVERIFY2(o.failed == 0, qPrintable(QStringLiteral("%1 of 30 failed: ").arg(o.failed) + o.errors.join(u'|')));
        Ledger ledger(path, QTimeZone::utc());
        QVERIFY(ledger.open());
        QCOMPARE(ledger.schemaVersion(), LedgerSchema::kCurrentVersion);
        QCOMPARE(ledger.totals().requests, 30);
    }

    void conversationStoreCreatedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("conversations/conversations.sqlite"));
        const Outcome o = runAll(helperPath(), helperArgs(QStringLiteral("conversations"), path, 30));
        QVERIFY2(o.failed == 0, qPrintable(QStringLiteral("%1 of 30 failed: ").arg(o.failed) + o.errors.join(u'|')));
        ConversationStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.conversations().size(), 30);
        QCOMPARE(store.search(QStringLiteral("hello from p17")).size(), 1);
    }

    void queueKeepsEveryEntry()
    {
        const QString folder = m_dir.filePath(QStringLiteral("queue"));
        const QString path = QDir(folder).filePath(QStringLiteral("background-queue.sqlite"));
        const Outcome o = runAll(helperPath(), helperArgs(QStringLiteral("queue"), path, 6, 20));
        QVERIFY2(o.failed == 0, qPrintable(o.errors.join(u'|')));
        BackgroundQueue queue(path);
        QCOMPARE(queue.items().size(), 120);
        QSet<QString> ids;
        for (const BackgroundQueue::Item &item : queue.items())
            ids.insert(item.id);
        QCOMPARE(ids.size(), 120);
    }

    void cliBackgroundChatsKeepEveryEntry()
    {
        // Six `tiergate-cli chat --criticality background` at once on one fresh data folder. The
        // gateway the dev profile routes to refuses connections, so every request fails for a
        // retryable reason and stays queued for a later run: all six must be there.
        const QString data = m_dir.filePath(QStringLiteral("cli-data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("cli-home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-home/data")));
        env.insert(QStringLiteral("LLM_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:1/v1"));
        env.insert(QStringLiteral("LLM_GATEWAY_API_KEY"), QStringLiteral("test-key"));
        env.remove(QStringLiteral("TIERGATE_PROFILE"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tiergate.*.debug=false"));
        QList<QStringList> argLists;
        for (int i = 0; i < 6; ++i) {
            argLists << QStringList { QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("dev"),
                QStringLiteral("--criticality"), QStringLiteral("background"), QStringLiteral("--no-stream"),
                QStringLiteral("--data-dir"), data, QStringLiteral("question %1").arg(i) };
        }
        std::vector<std::unique_ptr<QProcess>> children;
        for (const QStringList &args : argLists) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(tiergate::test::binary(QStringLiteral("tiergate-cli")), args);
            children.push_back(std::move(p));
        }
        for (const auto &p : children) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            // Exit 1: failed for now, kept in the queue (not a usage error, not a crash).
            QVERIFY2(p->exitCode() == 1, qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("stays queued")), qPrintable(err));
        }
        BackgroundQueue queue(QDir(data).filePath(QStringLiteral("background-queue.sqlite")));
        QCOMPARE(queue.items().size(), 6);
        QSet<QString> prompts;
        for (const BackgroundQueue::Item &item : queue.items())
            prompts.insert(item.request.messages.constLast().text());
        QCOMPARE(prompts.size(), 6);
    }

    void damagedJsonQueueIsKept()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(folder));
        const QString json = QDir(folder).filePath(QStringLiteral("background-queue.json"));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"version\": 1, \"items\": [ {\"id\": ");
        }
        BackgroundQueue queue(json);
        QCOMPARE(queue.path(), QDir(folder).filePath(QStringLiteral("background-queue.sqlite")));
        QVERIFY(!queue.errorString().isEmpty());
        QVERIFY(queue.items().isEmpty());
        QVERIFY(!QFile::exists(json));
        QFile kept(json + QStringLiteral(".damaged"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"version\": 1, \"items\": [ {\"id\": "));
    }

    void jsonQueueMigratedOnce()
    {
        const QString folder = m_dir.filePath(QStringLiteral("migrate"));
        QVERIFY(QDir().mkpath(folder));
        const QString json = QDir(folder).filePath(QStringLiteral("background-queue.json"));
        BackgroundQueue::Item item;
        item.id = QStringLiteral("from-json");
        item.request.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("old")));
        item.options.criticality = Criticality::Background;
        item.enqueuedAt = QDateTime::currentDateTimeUtc();
        item.runs = 2;
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                      { QStringLiteral("items"), QJsonArray { item.toJson() } } })
                        .toJson());
        }
        // Several processes open the folder at once: the file is imported exactly once.
        const QString path = QDir(folder).filePath(QStringLiteral("background-queue.sqlite"));
        const Outcome o = runAll(helperPath(), helperArgs(QStringLiteral("queue"), path, 4, 1));
        QVERIFY2(o.failed == 0, qPrintable(o.errors.join(u'|')));
        QVERIFY(!QFile::exists(json));
        QVERIFY(QFile::exists(json + QStringLiteral(".migrated")));
        BackgroundQueue queue(path);
        QCOMPARE(queue.items().size(), 5);
        QCOMPARE(queue.items().first().id, QStringLiteral("from-json"));
        QCOMPARE(queue.items().first().runs, 2);
        QCOMPARE(queue.items().first().request.messages.constLast().text(), QStringLiteral("old"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentProcesses)
#include "tst_concurrentprocesses.moc"
