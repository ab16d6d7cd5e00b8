#pragma once
// A lab made from a template in a temporary folder and started, for the lab suites; plus RESP
// helpers that read a node's replication state the way a user would (INFO, ROLE).
#include "lab/lab_controller.h"
#include "lab/lab_template.h"

#include "lab_test_support.h"
#include "resp_test_client.h"
#include "wait_until.h"

#include <QTemporaryDir>
#include <memory>

namespace labtest {

inline QByteArray infoField(const QByteArray &info, const QByteArray &field)
{
    for (const QByteArray &line : info.split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

struct RunningLab
{
    QTemporaryDir dir;
    std::unique_ptr<LabController> lab = std::make_unique<LabController>();
    QList<qint64> pids; // every pid seen, for the leak check

    bool start(const QString &templateText, NodeProgram program = replicationProgram(),
               int timeoutMs = 20000)
    {
        QString error;
        auto tmpl = LabTemplate::parse(templateText, &error);
        if (!tmpl || !lab->create(tmpl->build(program), dir.path(), &error)) {
            qWarning("lab: %s", qPrintable(error));
            return false;
        }
        lab->startAll();
        return waitAllRunning(timeoutMs);
    }
    bool waitAllRunning(int timeoutMs = 20000)
    {
        const bool ok = rdtest::waitUntil([&] { return lab->allRunning(); }, timeoutMs);
        notePids();
        return ok;
    }
    void notePids()
    {
        for (const LabNode *n : lab->nodes())
            if (n->pid() > 0 && !pids.contains(n->pid()))
                pids << n->pid();
    }
    quint16 port(const QString &node) const { return lab->node(node)->port(); }

    // One command on a node, with AUTH when that node requires the lab password.
    rdtest::RespReply command(const QString &node, const QList<QByteArray> &argv,
                              int timeoutMs = 3000) const
    {
        rdtest::RespTestClient client;
        if (!client.connectTo(port(node), QStringLiteral("127.0.0.1"), 1000))
            return {};
        if (!lab->node(node)->password().isEmpty())
            client.command({"AUTH", lab->password().toUtf8()}, timeoutMs);
        return client.command(argv, timeoutMs);
    }
    QByteArray replication(const QString &node) const
    {
        return command(node, {"INFO", "replication"}).text;
    }
    bool linkUp(const QString &replica) const
    {
        return infoField(replication(replica), "master_link_status") == "up";
    }
    bool waitLinksUp(int timeoutMs = 15000) const
    {
        return rdtest::waitUntil(
            [&] {
                for (const LabNode *n : lab->nodes())
                    if (n->spec().isReplica() && !linkUp(n->name()))
                        return false;
                return true;
            },
            timeoutMs, 20);
    }
    // Destroys the controller (which stops every node) and says whether any process remains.
    bool shutDownWithoutLeaks()
    {
        notePids();
        lab.reset();
        for (qint64 pid : std::as_const(pids))
            if (processExists(pid))
                return false;
        return true;
    }
};

} // namespace labtest
