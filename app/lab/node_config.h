#pragma once
// A lab node's redis.conf: the seed's directives for that node, adapted to a local lab (loopback
// ports, a child process instead of a daemon, files inside the lab folder). The file holds the
// lab password, so it is written with mode 0600 and the password never goes on a command line.
#include "lab/lab_spec.h"

#include <QByteArray>
#include <QString>

struct NodeFiles
{
    QString dir;        // <lab>/<node>
    QString configPath; // <lab>/<node>/node.conf
    QString dataDir;    // <lab>/<node>/data  (`dir`: RDB files)
    QString logPath;    // <lab>/<node>/node.log
    QString pidPath;    // <lab>/<node>/node.pid

    static NodeFiles in(const QString &labDir, const QString &nodeName);
};

struct NodeConfigInput
{
    QString labName;
    QString password;          // the lab password (requirepass / masterauth)
    quint16 replicaOfPort = 0; // the link's proxy port (replicas only)
};

QByteArray renderNodeConfig(const LabNodeSpec &node, const NodeFiles &files,
                            const NodeConfigInput &input);

// Writes the file with mode 0600 from the first byte on (the password is never world-readable).
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error);

// The value of the first `requirepass` or `masterauth` line (how a reopened lab finds its
// password), or empty.
QString passwordFromConfig(const QString &configPath);

// A redis.conf argument, double-quoted with \\ and \" escaped when needed.
QByteArray quoteConfigArgument(const QString &value);
