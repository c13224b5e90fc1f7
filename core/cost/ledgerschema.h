#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace tiergate {

/// The ledger's SQLite schema, versioned with PRAGMA user_version, and its migrations.
///
/// Version 1 (the first release) kept one timestamp per request and no team, criticality,
/// cached-token or TTFT columns. Version 2 adds them, renames two columns, precomputes calendar
/// buckets and adds the indices the dashboard's queries use. Old DDL stays here so a migration is
/// tested against a real older database.
class LedgerSchema
{
public:
    static constexpr int kCurrentVersion = 2;

    static QStringList createStatements(int version); ///< full DDL of `version` (1 or 2)
    static int version(QSqlDatabase &db);

    /// Creates the current schema in an empty database or migrates an older one, in one
    /// transaction. Calendar buckets of migrated rows are computed in `timeZone`.
    static bool ensure(QSqlDatabase &db, const QTimeZone &timeZone, QString *error);

    /// yyyymmdd and yyyymm of `finishedAtMs` in `timeZone`.
    static void buckets(qint64 finishedAtMs, const QTimeZone &timeZone, int *day, int *month);

private:
    static bool migrate1to2(QSqlDatabase &db, const QTimeZone &timeZone, QString *error);
};

} // namespace tiergate
