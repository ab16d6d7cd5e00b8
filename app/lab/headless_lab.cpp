#include "lab/headless_lab.h"

#include "lab/lab_controller.h"
#include "lab/unix_signal_watcher.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kStartTimeoutMs = 30000;

void printErr(const QString &text)
{
    std::fprintf(stderr, "replicadesk: %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

int runHeadlessLab(const QString &labTemplate, const QString &labDir)
{
    // Signals are caught before the first node starts, so none can be orphaned.
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM, SIGHUP});
    LabController lab;
    bool printed = false;
    int exitCode = 0;

    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &lab, [&](int) {
        lab.stopAllAndWait();
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&lab, &LabController::allNodesRunning, &lab, [&] {
        if (printed)
            return;
        printed = true;
        for (const LabNode *n : lab.nodes())
            std::printf("%s %s 127.0.0.1:%u\n", qPrintable(n->name()),
                        n->spec().isReplica() ? "replica" : "master", n->port());
        std::fflush(stdout);
    });
    QObject::connect(&lab, &LabController::nodeDied, &lab,
                     [&](LabNode *n, const QString &reason, const QString &tail) {
                         printErr(QStringLiteral("node %1 died (%2); last log lines:\n%3")
                                      .arg(n->name(), reason, tail));
                         if (!printed) { // the lab never came up: give up
                             exitCode = 1;
                             lab.stopAllAndWait();
                             QCoreApplication::exit(1);
                         }
                     });
    QObject::connect(&lab, &LabController::actionFailed, &lab,
                     [](const QString &message) { printErr(message); });
    QTimer::singleShot(kStartTimeoutMs, &lab, [&] {
        if (printed)
            return;
        printErr(QStringLiteral("the lab did not answer within %1 s").arg(kStartTimeoutMs / 1000));
        lab.stopAllAndWait();
        QCoreApplication::exit(1);
    });

    QString error;
    if (!lab.launch(labTemplate, labDir, &error)) {
        printErr(error);
        return 2;
    }
    const int code = QCoreApplication::exec();
    lab.stopAllAndWait();
    return code;
}
