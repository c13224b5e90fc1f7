// Child process of tst_concurrentprocesses: opens one of the shared stores of a data folder and
// writes to it, so the test can start many at once on a fresh folder.
//   store_open_helper ledger <path> <id>         opens the ledger, records one request
//   store_open_helper conversations <path> <id>  opens the conversation store, adds a conversation
//   store_open_helper queue <path> <id> <n>      opens the background queue, enqueues n requests
// Exit code 0 on success; the error on stderr otherwise.

#include "core/chat/conversationstore.h"
#include "core/cost/ledger.h"
#include "core/routing/backgroundqueue.h"
#include "tests/core/cost/ledgertestdata.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tiergate;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_open_helper ledger|conversations|queue <path> <id> [n]\n");
        return 2;
    }
    const QString kind = args.at(1);
    const QString path = args.at(2);
    const QString id = args.at(3);
    if (kind == QLatin1String("ledger")) {
        Ledger ledger(path, QTimeZone::utc());
        if (!ledger.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
            return 1;
        }
        const RouteResult r = test::makeResult(
            { QDateTime::currentDateTimeUtc(), QStringLiteral("dev"), QStringLiteral("budget"),
                QStringLiteral("sim-budget"), QString(), RouteResult::Status::Ok, 10, 5, 7, false, 30 },
            id);
        if (ledger.record(r) < 0 || !ledger.flush()) {
            std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
            return 1;
        }
        return 0;
    }
    if (kind == QLatin1String("conversations")) {
        ConversationStore store(path);
        if (!store.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        const qint64 conversation = store.createConversation(id, QStringLiteral("dev"));
        if (conversation <= 0 || store.appendUserMessage(conversation, QStringLiteral("hello from ") + id) <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        return 0;
    }
    if (kind == QLatin1String("queue")) {
        const int n = args.size() > 4 ? args.at(4).toInt() : 1;
        BackgroundQueue queue(path);
        if (!queue.errorString().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(queue.errorString()));
            return 1;
        }
        for (int i = 0; i < n; ++i) {
            ChatRequest request;
            request.messages.append(ChatMessage::fromText(QStringLiteral("user"), QStringLiteral("hi")));
            RouteOptions options;
            options.criticality = Criticality::Background;
            queue.enqueue(request, options, id + QLatin1Char('-') + QString::number(i));
            if (!queue.errorString().isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(queue.errorString()));
                return 1;
            }
        }
        return 0;
    }
    std::fprintf(stderr, "unknown store %s\n", qPrintable(kind));
    return 2;
}
