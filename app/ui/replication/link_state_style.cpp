#include "ui/replication/link_state_style.h"

LinkStateStyle::Category LinkStateStyle::categoryOf(ReplicaState state, bool failing)
{
    switch (state) {
    case ReplicaState::None:
        return Category::NotReplica;
    case ReplicaState::Connect:
        return failing ? Category::Down : Category::Connecting;
    case ReplicaState::Connecting:
        return failing ? Category::Down : Category::Connecting;
    case ReplicaState::Transfer:
        return Category::Syncing;
    case ReplicaState::Connected:
        return Category::Online;
    default:
        return Category::Handshake;
    }
}

QColor LinkStateStyle::color(Category category)
{
    switch (category) {
    case Category::NotReplica:
        return QColor(0x9e, 0x9e, 0x9e);
    case Category::Down:
        return QColor(0xd3, 0x2f, 0x2f);
    case Category::Connecting:
        return QColor(0xf5, 0x9e, 0x0b);
    case Category::Handshake:
        return QColor(0x29, 0x8f, 0xd9);
    case Category::Syncing:
        return QColor(0x7e, 0x57, 0xc2);
    case Category::Online:
        return QColor(0x2e, 0x9d, 0x4f);
    }
    return Qt::gray;
}

QString LinkStateStyle::label(Category category)
{
    switch (category) {
    case Category::NotReplica:
        return tr("not a replica");
    case Category::Down:
        return tr("down");
    case Category::Connecting:
        return tr("connecting");
    case Category::Handshake:
        return tr("handshake");
    case Category::Syncing:
        return tr("syncing");
    case Category::Online:
        return tr("online");
    }
    return {};
}

QString LinkStateStyle::describe(ReplicaState state, bool failing, double syncFraction)
{
    const Category c = categoryOf(state, failing);
    switch (c) {
    case Category::Handshake:
        return tr("handshake (%1)").arg(replicaStateName(state));
    case Category::Syncing:
        return syncFraction >= 0 ? tr("syncing %1%").arg(qRound(syncFraction * 100)) : label(c);
    case Category::Down:
        return tr("down (%1)").arg(replicaStateName(state));
    default:
        return label(c);
    }
}

QString LinkStateStyle::stepTitle(SyncStep step)
{
    switch (step) {
    case SyncStep::Connect:
        return tr("connect");
    case SyncStep::Connecting:
        return tr("connecting");
    case SyncStep::Ping:
        return tr("PING");
    case SyncStep::Auth:
        return tr("AUTH");
    case SyncStep::Port:
        return tr("REPLCONF port");
    case SyncStep::Capa:
        return tr("REPLCONF capa");
    case SyncStep::Psync:
        return tr("PSYNC");
    case SyncStep::Transfer:
        return tr("snapshot transfer");
    case SyncStep::Load:
        return tr("load snapshot");
    case SyncStep::Backlog:
        return tr("backlog");
    case SyncStep::Stream:
        return tr("command stream");
    }
    return {};
}

QString LinkStateStyle::stepSubtitle(SyncStep step)
{
    switch (step) {
    case SyncStep::Connect:
        return tr("retry every second");
    case SyncStep::Connecting:
        return tr("TCP connect");
    case SyncStep::Ping:
        return tr("is the master alive?");
    case SyncStep::Auth:
        return tr("masterauth");
    case SyncStep::Port:
        return tr("listening-port / ip");
    case SyncStep::Capa:
        return tr("eof, psync2");
    case SyncStep::Psync:
        return tr("replid + offset");
    case SyncStep::Transfer:
        return tr("full sync: RDB");
    case SyncStep::Load:
        return tr("flush, load RDB");
    case SyncStep::Backlog:
        return tr("partial resync");
    case SyncStep::Stream:
        return tr("online");
    }
    return {};
}

QString LinkStateStyle::sourceLabel(StateSource source)
{
    switch (source) {
    case StateSource::NodeHistory:
        return tr("Source: node state history (REPLSTATE, exact)");
    case StateSource::Log:
        return tr("Source: derived from the replica's log file");
    case StateSource::InfoRole:
        return tr("Source: derived from INFO/ROLE samples (coarse)");
    }
    return {};
}

QString LinkStateStyle::bytes(qint64 value)
{
    if (value < 0)
        return QStringLiteral("?");
    if (value < 1024)
        return tr("%1 B").arg(value);
    if (value < 1024 * 1024)
        return tr("%1 KB").arg(double(value) / 1024.0, 0, 'f', 1);
    if (value < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(double(value) / (1024.0 * 1024.0), 0, 'f', 1);
    return tr("%1 GB").arg(double(value) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 2);
}
