// Child process of tst_ledgerkill: records requests into a ledger in a loop and prints each
// request id on stdout right after its transaction committed, until it is killed.

#include "core/cost/ledger.h"
#include "tests/core/cost/ledgertestdata.h"

#include <QCoreApplication>
#include <QTextStream>

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
    const QDateTime base = test::utc("2026-11-01T00:00:00Z");
    for (qint64 i = 0; i < maxRows; ++i) {
        const QString id = prefix + QString::number(i);
        const RouteResult r = test::makeResult(
            { base.addSecs(i), QStringLiteral("production"), QStringLiteral("premium"), QStringLiteral("gpt-4o"),
                QStringLiteral("team"), RouteResult::Status::Ok, 100 + i % 50, 20, 300, i % 3 == 0, 100 + i % 700 },
            id);
        if (ledger.record(r) < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
            return 1;
        }
        std::fprintf(stdout, "%s\n", qPrintable(id));
        std::fflush(stdout);
    }
    return 0;
}
