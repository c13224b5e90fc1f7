// Child process of tst_ledgerkill: records requests into a (write-behind) ledger from its event
// loop, one every millisecond, until it is killed or has recorded [max rows], then exits cleanly.
// Prints "q <id> <epoch ms>" when a request was recorded (queued) and "c <id>" once its batch
// committed.

#include "core/cost/ledger.h"
#include "tests/core/cost/ledgertestdata.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace tiergate;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ledger_kill_helper <ledger path> [id prefix] [max rows]\n");
        return 2;
    }
    const QString prefix = args.size() > 2 ? args.at(2) : QStringLiteral("kill-");
    const qint64 maxRows = args.size() > 3 ? args.at(3).toLongLong() : 1'000'000;
    Ledger ledger(args.at(1), QTimeZone::utc());
    if (!ledger.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
        return 1;
    }
    std::fprintf(stdout, "batch %d %d\n", ledger.batchInterval(), ledger.maxBatchRows());
    QObject::connect(&ledger, &Ledger::recorded, &app, [](const RouteResult &r) {
        std::fprintf(stdout, "c %s\n", qPrintable(r.requestId));
        std::fflush(stdout);
    });
    const QDateTime base = test::utc("2026-11-01T00:00:00Z");
    qint64 i = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (i == maxRows) {
            tick.stop();
            app.quit(); // clean exit: the ledger's destructor commits the last batch
            return;
        }
        const QString id = prefix + QString::number(i);
        const RouteResult r = test::makeResult(
            { base.addSecs(i), QStringLiteral("production"), QStringLiteral("premium"), QStringLiteral("gpt-4o"),
                QStringLiteral("team"), RouteResult::Status::Ok, 100 + i % 50, 20, 300, i % 3 == 0, 100 + i % 700 },
            id);
        if (ledger.record(r) < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
            app.exit(1);
            return;
        }
        std::fprintf(stdout, "q %s %lld\n", qPrintable(id), QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        ++i;
    });
    tick.start();
    return app.exec();
}
