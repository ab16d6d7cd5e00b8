// Browsing a 1,000,000-key database with the real key browser page (offscreen): time to the
// first page of keys in the tree, time until the database's key count is known (DBSIZE), time
// until every key is in the tree (SCAN done), the app's RSS and the longest GUI stall meanwhile.
// Goals (issue 9): first page < 200 ms, RSS < 300 MB.
//   bench_browse_1m [--server redis|node] [--keys N]
#include "model/keys/key_tree_model.h"
#include "ui/keys/key_browser_panel.h"

#include "resp_test_client.h"
#include "server_process.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace {

qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A realistic mix: users in 1 000 namespaces, sessions (flat hex ids), cache items.
QByteArray keyName(int i)
{
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        return "user:" + QByteArray::number(i / 1000) + ":profile:" + QByteArray::number(i);
    case 4:
    case 5:
    case 6:
        return "session:" + QByteArray::number(quint64(i) * 2654435761u, 16);
    default:
        return "cache:item:" + QByteArray::number(i);
    }
}

bool fill(quint16 port, int keys)
{
    QProcess cli;
    cli.start(QStringLiteral(REDIS_CLI_BIN),
              {QStringLiteral("-p"), QString::number(port), QStringLiteral("--pipe")});
    if (!cli.waitForStarted())
        return false;
    QByteArray chunk;
    for (int i = 0; i < keys; ++i) {
        chunk += rdtest::RespTestClient::encode({"SET", keyName(i), "v" + QByteArray::number(i)});
        if (chunk.size() > (1 << 20)) {
            cli.write(chunk);
            cli.waitForBytesWritten(-1);
            chunk.clear();
        }
    }
    cli.write(chunk);
    cli.closeWriteChannel();
    cli.waitForFinished(-1);
    return cli.readAllStandardOutput().contains("errors: 0");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool node = args.contains(QStringLiteral("node"));
    int keys = 1000000;
    if (const int at = int(args.indexOf(QStringLiteral("--keys"))); at > 0 && at + 1 < args.size())
        keys = args[at + 1].toInt();

    rdtest::ServerProcess server(node ? rdtest::ServerKind::Node : rdtest::ServerKind::Redis);
    if (!server.start()) {
        fprintf(stderr, "server did not start: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    QElapsedTimer fillClock;
    fillClock.start();
    if (!fill(server.port(), keys)) {
        fprintf(stderr, "filling failed\n");
        return 1;
    }
    printf("server: %s on port %u, %d keys filled in %lld ms\n",
           node ? "replicadesk-node" : "redis-server", server.port(), keys, fillClock.elapsed());
    const qint64 rssBefore = procStatusKb("VmRSS");

    NodeRegistry registry;
    ConnectionSpec spec;
    spec.port = server.port();
    const NodeId id = registry.addNode(spec);

    // The longest gap between two 5 ms ticks: how long the GUI thread was ever busy.
    QElapsedTimer tick;
    qint64 worstStall = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (tick.isValid())
            worstStall = qMax(worstStall, tick.elapsed());
        tick.restart();
    });

    QElapsedTimer clock;
    clock.start();
    KeyBrowserPanel panel(&registry);
    panel.resize(1400, 900);
    panel.show();
    panel.setNode(id);
    KeyTreeModel *model = panel.treeModel();
    qint64 firstPage = -1;
    qint64 countKnown = -1;
    qint64 allLoaded = -1;
    QObject::connect(model, &KeyTreeModel::firstPageShown, [&](int db) {
        if (db == 0 && firstPage < 0)
            firstPage = clock.elapsed();
    });
    QObject::connect(model, &KeyTreeModel::scanStatusChanged, [&](int db) {
        const auto status = model->scanStatus(db);
        if (db == 0 && countKnown < 0 && status.dbSize >= 0)
            countKnown = clock.elapsed();
        if (db == 0 && status.state == KeyScanner::State::Finished && allLoaded < 0) {
            allLoaded = clock.elapsed();
            QTimer::singleShot(200, &app, &QCoreApplication::quit); // let the view settle
        }
    });
    probe.start();
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    app.exec();

    const auto status = model->scanStatus(0);
    printf("first page of keys in the tree: %lld ms (goal < 200 ms), %d rows shown\n", firstPage,
           model->rowCount(model->databaseIndex(0)));
    printf("key count known (DBSIZE %lld): %lld ms\n", status.dbSize, countKnown);
    printf("all keys in the tree (SCAN done): %lld ms, %lld keys\n", allLoaded, status.loaded);
    printf("key storage in the model: %.1f MB\n", double(model->memoryBytes()) / 1048576.0);
    printf("app RSS: %.1f MB before browsing, %.1f MB after, peak %.1f MB (goal < 300 MB)\n",
           double(rssBefore) / 1024.0, double(procStatusKb("VmRSS")) / 1024.0,
           double(procStatusKb("VmHWM")) / 1024.0);
    printf("longest GUI stall while loading: %lld ms\n", worstStall);
    return status.loaded == keys ? 0 : 1;
}
