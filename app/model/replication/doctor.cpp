#include "model/replication/doctor.h"

#include <algorithm>

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

bool bindCovers(const QStringList &bind, const QString &host)
{
    const QString wanted = host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host;
    for (QString entry : bind) {
        if (entry.startsWith(QLatin1Char('-')))
            entry.remove(0, 1); // Redis: "-" marks an address that may be missing
        if (entry == QLatin1String("*") || entry == QLatin1String("0.0.0.0") ||
            entry == QLatin1String("::") || entry == QLatin1String("::*"))
            return true;
        if (entry == QLatin1String("localhost"))
            entry = QStringLiteral("127.0.0.1");
        if (entry.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

bool contains(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

QString endpoint(const QString &host, int port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

QStringList Doctor::firewallCommands(int port)
{
    return {QStringLiteral("firewall-cmd --zone=public --add-port=%1/tcp --permanent").arg(port),
            QStringLiteral("firewall-cmd --reload"), QStringLiteral("firewall-cmd --list-ports")};
}

qint64 Doctor::suggestedBacklogSize(double bytesNeeded)
{
    constexpr qint64 kMb = 1024 * 1024;
    qint64 size = kMb;
    while (double(size) < bytesNeeded * 2.0 && size < (qint64(1) << 40))
        size *= 2;
    return size;
}

QString Doctor::configSize(qint64 bytes)
{
    constexpr qint64 kKb = 1024;
    constexpr qint64 kMb = kKb * 1024;
    constexpr qint64 kGb = kMb * 1024;
    if (bytes > 0 && bytes % kGb == 0)
        return QStringLiteral("%1gb").arg(bytes / kGb);
    if (bytes > 0 && bytes % kMb == 0)
        return QStringLiteral("%1mb").arg(bytes / kMb);
    if (bytes > 0 && bytes % kKb == 0)
        return QStringLiteral("%1kb").arg(bytes / kKb);
    return QString::number(bytes);
}

// ---------------------------------------------------------------------------------------------
// The seed's two failures
// ---------------------------------------------------------------------------------------------

Diagnosis Doctor::firewall(const MasterFacts &master, const ReplicaLinkFacts &link)
{
    const int port = link.dialPort > 0 ? link.dialPort : master.port;
    Diagnosis d;
    d.kind = DiagnosisKind::FirewallBlocksPort;
    d.subject = link.replicaName;
    d.title = tr("A firewall blocks the master's port %1/tcp").arg(port);
    d.explanation =
        tr("%1 cannot open a connection to its master at %2: \"%3\". The master may well be "
           "running; the connection is rejected on the way, which is what a firewall on the "
           "master's host does when the port is not open (firewalld answers \"No route to "
           "host\"). Until the port is open the replica stays in connect/connecting and retries "
           "every second, serving its old data.")
            .arg(link.replicaName, endpoint(link.dialHost, port),
                 link.lastError.isEmpty() ? tr("No route to host") : link.lastError);
    d.fix = tr("Open port %1/tcp on the master's host, then reload the firewall:").arg(port);
    d.commands = firewallCommands(port);
    if (link.labFirewallReject.value_or(false)) {
        d.fix += QLatin1Char(' ') +
                 tr("In this lab the link shaper plays the firewall; applying the fix removes "
                    "its reject rule.");
        d.action = FixAction::OpenFirewall;
    }
    return d;
}

Diagnosis Doctor::refused(const MasterFacts &master, const ReplicaLinkFacts &link, bool predicted)
{
    const int port = link.dialPort > 0 ? link.dialPort : master.port;
    const QString address = endpoint(link.dialHost, port);
    Diagnosis d;
    d.kind = DiagnosisKind::MasterNotListening;
    d.subject = link.replicaName;
    d.action = FixAction::BindMasterAddress;
    if (master.running.has_value() && !*master.running) {
        d.title = tr("The master is not running");
        d.explanation = tr("%1 dials %2 and the connection is refused: no master process is "
                           "running there.")
                            .arg(link.replicaName, address);
        d.fix = tr("Start the master. The replica reconnects by itself within a second.");
        d.action = FixAction::None;
        return d;
    }
    const bool bindKnown = !master.bind.isEmpty();
    const QString bindLine = QStringLiteral("bind ") + master.bind.join(QLatin1Char(' '));
    if (bindKnown && !bindCovers(master.bind, link.dialHost)) {
        d.title = tr("The master only listens on %1, not on %2")
                      .arg(master.bind.join(QLatin1String(", ")), link.dialHost);
        d.explanation =
            predicted
                ? tr("The master's configuration says \"%1\" while %2 will dial %3. Nothing "
                     "listens at that address, so the connection will be refused (\"Connection "
                     "refused\") and the link will never come up.")
                      .arg(bindLine, link.replicaName, address)
                : tr("%1 dials %2 and gets \"Connection refused\": the master's configuration "
                     "says \"%3\", so it accepts connections only on that address and the "
                     "operating system refuses everything else. This is the seed's second "
                     "failure: a master bound to 127.0.0.1 cannot be reached by its replicas.")
                      .arg(link.replicaName, address, bindLine);
    } else {
        d.title = tr("Nothing accepts connections at %1").arg(address);
        d.explanation =
            tr("%1 dials %2 and gets \"Connection refused\". Either the master is not running, "
               "or it listens only on other addresses (its `bind` line, e.g. bind 127.0.0.1), "
               "or a firewall rejects the port with a TCP reset.")
                .arg(link.replicaName, address);
    }
    d.fix = tr("Make the master listen on an address the replica can reach: in the master's "
               "redis.conf set the `bind` line (the seed uses bind 0.0.0.0) and restart it, or "
               "change it at run time with CONFIG SET. Listening on every interface exposes the "
               "master: keep requirepass set.");
    d.commands = {QStringLiteral("bind 0.0.0.0"),
                  QStringLiteral("bind 127.0.0.1 %1").arg(link.dialHost),
                  QStringLiteral("CONFIG SET bind \"127.0.0.1 %1\"").arg(link.dialHost)};
    if (predicted)
        d.severity = DiagnosisSeverity::Warning;
    return d;
}

Diagnosis Doctor::missingAuth(const ReplicaLinkFacts &link, bool predicted)
{
    Diagnosis d;
    d.kind = DiagnosisKind::MissingMasterAuth;
    d.subject = link.replicaName;
    d.severity = predicted ? DiagnosisSeverity::Warning : DiagnosisSeverity::Error;
    d.title = tr("The replica has no masterauth, but the master requires a password");
    d.explanation =
        tr("The master has requirepass set, so it answers the replica's REPLCONF and PSYNC with "
           "\"NOAUTH Authentication required\". A Redis 7 replica then retries in a tight loop "
           "and never syncs.");
    d.fix = tr("Give the replica the master's password, as the seed's replicas do (masterauth "
               "<the master's requirepass>), in its redis.conf or at run time:");
    d.commands = {QStringLiteral("masterauth <password>"),
                  QStringLiteral("CONFIG SET masterauth <password>")};
    d.action = FixAction::SetMasterAuth;
    return d;
}

// ---------------------------------------------------------------------------------------------
// Link errors
// ---------------------------------------------------------------------------------------------

std::optional<Diagnosis> Doctor::fromLinkError(const MasterFacts &master,
                                               const ReplicaLinkFacts &link)
{
    const QString &error = link.lastError;
    // The lab's firewall fault: whatever the OS error, the shaper's reject rule is the cause.
    if (link.labFirewallReject.value_or(false) || contains(error, "No route to host") ||
        contains(error, "Host is unreachable"))
        return firewall(master, link);
    if (error.isEmpty())
        return std::nullopt;
    if (contains(error, "Connection refused"))
        return refused(master, link, false);
    if (contains(error, "timed out") || contains(error, "Timeout connecting to the MASTER")) {
        const int port = link.dialPort > 0 ? link.dialPort : master.port;
        Diagnosis d;
        d.kind = DiagnosisKind::ConnectTimeout;
        d.subject = link.replicaName;
        d.title = tr("Connecting to the master times out");
        d.explanation = tr("%1 gets no answer at all from %2 (\"%3\"). Packets are dropped on "
                           "the way: a firewall that drops instead of rejecting, a wrong "
                           "address, or a network partition.")
                            .arg(link.replicaName, endpoint(link.dialHost, port), error);
        d.fix = tr("Check the master's address, then open port %1/tcp on its firewall:").arg(port);
        d.commands = firewallCommands(port);
        if (link.labLinkCut.value_or(false)) {
            d.fix += QLatin1Char(' ') + tr("In this lab the link is cut by the link shaper.");
        }
        return d;
    }
    if (contains(error, "Name or service not known") ||
        contains(error, "Temporary failure in name resolution") ||
        contains(error, "nodename nor servname")) {
        Diagnosis d;
        d.kind = DiagnosisKind::HostNotResolved;
        d.subject = link.replicaName;
        d.title = tr("The master's host name does not resolve");
        d.explanation = tr("%1 cannot find the address of \"%2\" (\"%3\").")
                            .arg(link.replicaName, link.dialHost, error);
        d.fix = tr("Use the master's IP address in replicaof, or fix the name in DNS or "
                   "/etc/hosts.");
        d.commands = {QStringLiteral("replicaof <master-ip> %1").arg(link.dialPort)};
        return d;
    }
    if (contains(error, "WRONGPASS") || contains(error, "invalid password") ||
        contains(error, "invalid username-password")) {
        Diagnosis d;
        d.kind = DiagnosisKind::WrongMasterAuth;
        d.subject = link.replicaName;
        d.title = tr("The replica's masterauth is wrong");
        d.explanation = tr("The master rejects the replica's password (\"%1\"). The replica "
                           "retries every second and never syncs.")
                            .arg(error);
        d.fix = tr("Set masterauth (and masteruser, with ACL users) to the master's password:");
        d.commands = {QStringLiteral("masterauth <password>"),
                      QStringLiteral("CONFIG SET masterauth <password>")};
        d.action = FixAction::SetMasterAuth;
        return d;
    }
    if (contains(error, "NOAUTH") || contains(error, "Authentication required"))
        return missingAuth(link, false);
    if (contains(error, "DENIED") || contains(error, "protected mode")) {
        Diagnosis d;
        d.kind = DiagnosisKind::ProtectedMode;
        d.subject = link.replicaName;
        d.title = tr("The master's protected mode refuses the replica");
        d.explanation = tr("The master runs with protected-mode yes and no password, so it "
                           "accepts only loopback clients and closes every other connection "
                           "with \"-DENIED\".");
        d.fix = tr("Set a password on the master (and masterauth on the replicas), or turn "
                   "protected mode off as the seed's master does:");
        d.commands = {QStringLiteral("requirepass <password>"),
                      QStringLiteral("protected-mode no")};
        d.action = FixAction::DisableProtectedMode;
        return d;
    }
    if (contains(error, "LOADING") || contains(error, "unable to PSYNC") ||
        contains(error, "NOMASTERLINK")) {
        Diagnosis d;
        d.kind = DiagnosisKind::MasterBusy;
        d.severity = DiagnosisSeverity::Info;
        d.subject = link.replicaName;
        d.title = tr("The master cannot serve a sync yet");
        d.explanation = tr("The master answered \"%1\": it is loading its dataset, or it is "
                           "itself a replica whose own link is down (a chain). The replica "
                           "retries by itself.")
                            .arg(error);
        d.fix = tr("Wait, or bring up the upstream link first.");
        return d;
    }
    if (contains(error, "output buffer")) {
        Diagnosis d;
        d.kind = DiagnosisKind::OutputBufferLimit;
        d.subject = link.replicaName;
        d.title = tr("The replica's output buffer limit cut the link");
        d.explanation = tr("While the snapshot was sent, the master buffered more writes for "
                           "this replica than client-output-buffer-limit replica allows, and "
                           "dropped it. The next attempt will be a full sync again.");
        d.fix = tr("Raise the replica output buffer limit on the master:");
        d.commands = {QStringLiteral("CONFIG SET client-output-buffer-limit \"replica 512mb "
                                     "128mb 120\"")};
        d.action = FixAction::RaiseOutputBufferLimit;
        return d;
    }
    if (contains(error, "Connection with master lost") || contains(error, "MASTER timeout"))
        return std::nullopt; // a link drop, not a configuration problem by itself

    Diagnosis d;
    d.kind = DiagnosisKind::LinkError;
    d.subject = link.replicaName;
    d.title = tr("The replication link fails");
    d.explanation = tr("%1 reports: \"%2\".").arg(link.replicaName, error);
    d.fix = tr("Read the replica's log around this line; the master's log shows its side.");
    return d;
}

// What the configurations predict even before the link is tried (a lab checks this before
// starting its nodes).
QList<Diagnosis> Doctor::fromConfigs(const MasterFacts &master, const ReplicaLinkFacts &link)
{
    QList<Diagnosis> out;
    if (!master.bind.isEmpty() && !link.dialHost.isEmpty() &&
        !bindCovers(master.bind, link.dialHost))
        out << refused(master, link, true);
    if (master.requirePass.value_or(false) && link.masterAuthSet.has_value() &&
        !*link.masterAuthSet)
        out << missingAuth(link, true);
    return out;
}

std::optional<Diagnosis> Doctor::backlogAfterOutage(const MasterFacts &master,
                                                    const ReplicaLinkFacts &link)
{
    if (master.backlogSize <= 0 || link.lastOutageSeconds <= 0)
        return std::nullopt;
    const double needed =
        master.writeRateBytesPerSec > 0 ? master.writeRateBytesPerSec * link.lastOutageSeconds : -1;
    const bool overflowed = needed > double(master.backlogSize);
    if (!link.fullResyncAfterOutage && !overflowed)
        return std::nullopt;
    Diagnosis d;
    d.kind = DiagnosisKind::BacklogTooSmall;
    d.severity = DiagnosisSeverity::Warning;
    d.subject = link.replicaName;
    d.title = tr("The replication backlog is too small for this outage");
    const QString seconds = QString::number(link.lastOutageSeconds, 'f', 1);
    if (needed > 0) {
        d.suggestedValue = suggestedBacklogSize(needed);
        d.explanation =
            tr("%1 was disconnected for %2 s while the master wrote about %3 bytes/s, so it "
               "missed about %4 bytes. The master keeps only %5 (repl-backlog-size) of its "
               "recent stream, so a partial resync was impossible and the replica had to copy "
               "the whole dataset again (full sync).")
                .arg(link.replicaName, seconds)
                .arg(qint64(master.writeRateBytesPerSec))
                .arg(qint64(needed))
                .arg(configSize(master.backlogSize));
    } else {
        d.suggestedValue = master.backlogSize * 4;
        d.explanation = tr("%1 was disconnected for %2 s and then needed a full sync: the "
                           "master's backlog (%3) no longer held what it missed.")
                            .arg(link.replicaName, seconds, configSize(master.backlogSize));
    }
    d.fix = tr("Enlarge the master's backlog so it holds at least twice the writes of such an "
               "outage:");
    d.commands = {QStringLiteral("repl-backlog-size %1").arg(configSize(d.suggestedValue)),
                  QStringLiteral("CONFIG SET repl-backlog-size %1").arg(d.suggestedValue)};
    d.action = FixAction::ResizeBacklog;
    return d;
}

QList<Diagnosis> Doctor::diagnoseLink(const MasterFacts &master, const ReplicaLinkFacts &link)
{
    QList<Diagnosis> out;
    const bool up = link.state == ReplicaState::Connected;
    if (!up) {
        if (auto d = fromLinkError(master, link))
            out << *d;
    }
    for (const Diagnosis &predicted : fromConfigs(master, link)) {
        const bool known = std::any_of(
            out.cbegin(), out.cend(), [&](const Diagnosis &d) { return d.kind == predicted.kind; });
        if (!known && !up)
            out << predicted;
    }
    if (auto d = backlogAfterOutage(master, link))
        out << *d;
    if (out.isEmpty() && !up && link.state.has_value() && *link.state != ReplicaState::None &&
        link.notUpForSeconds >= 10) {
        Diagnosis d;
        d.kind = DiagnosisKind::LinkStuck;
        d.severity = DiagnosisSeverity::Warning;
        d.subject = link.replicaName;
        d.title = tr("The link has not come up for %1 s").arg(qint64(link.notUpForSeconds));
        d.explanation = tr("%1 has been in the state \"%2\" without reporting an error.")
                            .arg(link.replicaName, replicaStateName(*link.state));
        d.fix = tr("Check that the master is reachable (Test reachability) and look at both "
                   "logs.");
        out << d;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Master-wide rules
// ---------------------------------------------------------------------------------------------

QList<Diagnosis> Doctor::diagnoseMaster(const MasterFacts &master)
{
    QList<Diagnosis> out;
    if (master.rdbSaveDisabled.value_or(false) && master.appendOnly.has_value() &&
        !*master.appendOnly && master.connectedReplicas != 0) {
        Diagnosis d;
        d.kind = DiagnosisKind::MasterWithoutPersistence;
        d.severity = DiagnosisSeverity::Warning;
        d.subject = master.name;
        d.title = tr("The master keeps no data on disk");
        d.explanation =
            tr("%1 runs with save \"\" and appendonly no (the seed's master leaves the "
               "snapshots to replica 1). If it restarts, for example under a supervisor, it "
               "comes back with an empty dataset, and its replicas then copy that empty dataset "
               "in a full sync: every copy of the data is wiped.")
                .arg(master.name);
        d.fix = tr("Turn on persistence on the master, or make sure it is never restarted "
                   "automatically (promote a replica instead):");
        d.commands = {QStringLiteral("appendonly yes"),
                      QStringLiteral("CONFIG SET appendonly yes")};
        d.action = FixAction::EnablePersistence;
        out << d;
    }
    if (master.minReplicasToWrite > 0 && master.goodReplicas >= 0 &&
        master.goodReplicas < master.minReplicasToWrite) {
        Diagnosis d;
        d.kind = DiagnosisKind::MinReplicasBlockingWrites;
        d.subject = master.name;
        d.title = tr("Writes are refused: not enough good replicas");
        d.explanation =
            tr("%1 requires %2 replica(s) online with an ACK at most %3 s old "
               "(min-replicas-to-write / min-replicas-max-lag) and has %4. Every write fails "
               "with \"-NOREPLICAS Not enough good replicas to write.\"")
                .arg(master.name)
                .arg(master.minReplicasToWrite)
                .arg(master.minReplicasMaxLag)
                .arg(master.goodReplicas);
        d.fix = tr("Bring the replicas' links back up, or lower the requirement:");
        d.suggestedValue = master.goodReplicas;
        d.commands = {
            QStringLiteral("CONFIG SET min-replicas-to-write %1").arg(master.goodReplicas)};
        d.action = FixAction::LowerMinReplicas;
        out << d;
    }
    if (master.outputBufferLimitHits > 0) {
        const qint64 hard =
            master.replicaBufferHardLimit > 0 ? master.replicaBufferHardLimit : 256 * 1024 * 1024;
        const qint64 soft =
            master.replicaBufferSoftLimit > 0 ? master.replicaBufferSoftLimit : 64 * 1024 * 1024;
        const int secs = master.replicaBufferSoftSeconds > 0 ? master.replicaBufferSoftSeconds : 60;
        Diagnosis d;
        d.kind = DiagnosisKind::OutputBufferLimit;
        d.subject = master.name;
        d.title = tr("Replicas were dropped for overrunning their output buffer");
        d.explanation =
            tr("%1 closed a replica %2 time(s) \"for overcoming of output buffer limits\": "
               "while a snapshot was being sent, the writes buffered for that replica passed "
               "client-output-buffer-limit replica %3 %4 %5. The replica starts a new full sync, "
               "which can fail the same way forever.")
                .arg(master.name)
                .arg(master.outputBufferLimitHits)
                .arg(configSize(hard), configSize(soft))
                .arg(secs);
        d.suggestedValue = hard * 2;
        d.fix = tr("Double the limits (or reduce the write load during syncs):");
        d.commands = {QStringLiteral("CONFIG SET client-output-buffer-limit \"replica %1 %2 %3\"")
                          .arg(configSize(hard * 2), configSize(soft * 2))
                          .arg(secs)};
        d.action = FixAction::RaiseOutputBufferLimit;
        out << d;
    }
    if (master.backlogSize > 0 && master.writeRateBytesPerSec > 0) {
        const double coversS = double(master.backlogSize) / master.writeRateBytesPerSec;
        if (coversS < 60.0) {
            Diagnosis d;
            d.kind = DiagnosisKind::BacklogTooSmall;
            d.severity = DiagnosisSeverity::Info;
            d.subject = master.name;
            d.title = tr("The backlog covers only %1 s of disconnection")
                          .arg(QString::number(coversS, 'f', 1));
            d.suggestedValue = suggestedBacklogSize(master.writeRateBytesPerSec * 60.0);
            d.explanation =
                tr("At the current write rate (%1 bytes/s), the %2 backlog holds the last %3 s "
                   "of writes. A replica that is away longer needs a full sync instead of a "
                   "partial resync.")
                    .arg(qint64(master.writeRateBytesPerSec))
                    .arg(configSize(master.backlogSize))
                    .arg(QString::number(coversS, 'f', 1));
            d.fix = tr("To ride out a one-minute outage:");
            d.commands = {QStringLiteral("CONFIG SET repl-backlog-size %1").arg(d.suggestedValue)};
            d.action = FixAction::ResizeBacklog;
            out << d;
        }
    }
    return out;
}
