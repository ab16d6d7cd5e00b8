#pragma once
// The replication doctor: rules that turn facts about a master and its replica links into plain
// explanations with the fix. The seed's two failures come first (`No route to host`: the firewall;
// `Connection refused`: the master bound to 127.0.0.1), then authentication, protected mode, the
// backlog, persistence, output buffers and min-replicas. Pure logic: every rule is unit-tested.
#include "model/replication/diagnosis.h"
#include "model/replication/doctor_facts.h"

#include <QCoreApplication>
#include <QList>

class Doctor
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)
public:
    // Problems of one replica link: its error (if any), and what the configs predict.
    static QList<Diagnosis> diagnoseLink(const MasterFacts &master, const ReplicaLinkFacts &link);
    // Problems of a master on its own: persistence, min-replicas, output buffers, backlog headroom.
    static QList<Diagnosis> diagnoseMaster(const MasterFacts &master);

    // The firewall-cmd lines that open `port` (the seed's fix for `No route to host`).
    static QStringList firewallCommands(int port);
    // A backlog size that holds `bytesNeeded` twice over, rounded up to a whole power of two
    // megabytes, at least Redis's 1 MB default.
    static qint64 suggestedBacklogSize(double bytesNeeded);
    // "1mb", "64mb", "512kb", "100b": how redis.conf writes a size.
    static QString configSize(qint64 bytes);

private:
    static std::optional<Diagnosis> fromLinkError(const MasterFacts &master,
                                                  const ReplicaLinkFacts &link);
    static QList<Diagnosis> fromConfigs(const MasterFacts &master, const ReplicaLinkFacts &link);
    static std::optional<Diagnosis> backlogAfterOutage(const MasterFacts &master,
                                                       const ReplicaLinkFacts &link);
    static Diagnosis firewall(const MasterFacts &master, const ReplicaLinkFacts &link);
    static Diagnosis refused(const MasterFacts &master, const ReplicaLinkFacts &link,
                             bool predicted);
    static Diagnosis missingAuth(const ReplicaLinkFacts &link, bool predicted);
};
