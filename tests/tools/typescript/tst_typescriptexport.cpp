#include "core/config/tiergateconfig.h"
#include "core/export/litellmimporter.h"
#include "core/export/typescriptexporter.h"
#include "tests/core/config/configfixture.h"
#include "tests/core/export/exportfixture.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tiergate;

namespace {

/// A tier whose names are as awkward as names get: the seed's own key "default", the
/// prototype's name, quotes, backslashes, line separators, non-Latin text.
TiergateConfig awkwardNames()
{
    TiergateConfig c = test::exportFixture();
    TierConfig *t = c.tier(QStringLiteral("standard"));
    t->aliases.insert(QStringLiteral("default"), QStringLiteral("deepseek-chat"));
    t->aliases.insert(QStringLiteral("__proto__"), QStringLiteral("alpha-8b"));
    t->aliases.insert(QStringLiteral("constructor"), QStringLiteral("alpha-8b"));
    t->aliases.insert(QStringLiteral("quote\"back\\slash"), QStringLiteral("alpha-8b"));
    t->aliases.insert(QStringLiteral("line\u2028separator\nnewline */"), QStringLiteral("alpha-8b"));
    t->aliases.insert(QStringLiteral("模型"), QStringLiteral("alpha-8b"));
    TierConfig odd;
    odd.name = QStringLiteral("__proto__");
    odd.aliases.insert(QStringLiteral("default"), QStringLiteral("alpha-8b"));
    c.tiers.append(odd);
    ProfileConfig p = *c.profile(QStringLiteral("dev"));
    p.name = QStringLiteral("odd-tier");
    p.tier = odd.name;
    c.profiles.append(p);
    return c;
}

} // namespace

/// The TypeScript export of every test profile compiles under `tsc --strict` (typescript and
/// @types/node from npm, installed into the build tree on first run; without node/npm or the
/// registry the test skips, saying why).
class TestTypeScriptExport : public QObject
{
    Q_OBJECT

    QString m_node;

    static QString tsc() { return QStringLiteral(TIERGATE_TS_DIR "/node_modules/typescript/bin/tsc"); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (m_node.isEmpty() || npm.isEmpty())
            QSKIP("node or npm is not installed: tsc cannot run here");
        if (!QFile::exists(tsc()) || !QFile::exists(QStringLiteral(TIERGATE_TS_DIR "/node_modules/@types/node"))) {
            QDir().mkpath(QStringLiteral(TIERGATE_TS_DIR));
            QProcess install;
            install.setProcessChannelMode(QProcess::MergedChannels);
            install.start(npm,
                { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                    QStringLiteral("--prefix"), QStringLiteral(TIERGATE_TS_DIR),
                    QStringLiteral("typescript@" TIERGATE_TYPESCRIPT_VERSION),
                    QStringLiteral("@types/node@" TIERGATE_TYPES_NODE_VERSION) });
            if (!install.waitForFinished(300000) || install.exitCode() != 0 || !QFile::exists(tsc())) {
                qWarning().noquote() << install.readAll().right(2000);
                QSKIP("npm could not install typescript (no registry access?): skipped");
            }
        }
    }

    void everyProfileCompilesStrictly()
    {
        QList<QPair<QString, TiergateConfig>> configs {
            { QStringLiteral("full"), test::fullConfig() },
            { QStringLiteral("fixture"), test::exportFixture() },
            { QStringLiteral("awkward"), awkwardNames() },
        };
        const QDir real(test::dataFile(QStringLiteral("litellm-real")));
        for (const QString &f : real.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            QFile file(real.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const LiteLlmImport imp = LiteLlmImporter::import(file.readAll(), QStringLiteral("imported"));
            QVERIFY2(imp.ok(), qPrintable(f));
            configs.append({ QFileInfo(f).completeBaseName(), imp.config });
        }

        QTemporaryDir dir(QDir(QStringLiteral(TIERGATE_TS_DIR)).filePath(QStringLiteral("check-XXXXXX")));
        QVERIFY(dir.isValid());
        QStringList files;
        for (const auto &entry : std::as_const(configs)) {
            for (const ProfileConfig &p : entry.second.profiles) {
                const ExportResult r = TypeScriptExporter::exportProfile(entry.second, p.name);
                QVERIFY2(r.ok(), qPrintable(r.error));
                const QString path = dir.filePath(QStringLiteral("%1-%2.ts").arg(entry.first).arg(files.size()));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(r.text.toUtf8());
                files.append(path);
            }
        }
        QVERIFY(files.size() >= 20);

        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.setWorkingDirectory(dir.path());
        check.start(m_node,
            QStringList { tsc(), QStringLiteral("--strict"), QStringLiteral("--noEmit"), QStringLiteral("--target"),
                QStringLiteral("es2020"), QStringLiteral("--module"), QStringLiteral("es2020"),
                QStringLiteral("--moduleResolution"), QStringLiteral("node"), QStringLiteral("--types"),
                QStringLiteral("node"), QStringLiteral("--typeRoots"),
                QStringLiteral(TIERGATE_TS_DIR "/node_modules/@types") }
                + files);
        QVERIFY(check.waitForFinished(300000));
        const QByteArray output = check.readAll();
        QVERIFY2(check.exitCode() == 0, output.left(4000).constData());
    }
};

QTEST_GUILESS_MAIN(TestTypeScriptExport)
#include "tst_typescriptexport.moc"
