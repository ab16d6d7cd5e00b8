#include "model/replication/replication_model.h"

#include <algorithm>

double transferEtaSeconds(const ReplicationLink &link)
{
    if (link.syncTotalBytes <= 0 || link.syncReadBytes < 0 || link.syncRateBytesPerSec <= 0)
        return -1;
    return double(qMax<qint64>(0, link.syncTotalBytes - link.syncReadBytes)) /
           link.syncRateBytesPerSec;
}

ReplicationModel::ReplicationModel(QObject *parent)
    : QObject(parent)
{
}

ReplicationModel::~ReplicationModel() = default;

void ReplicationModel::setNode(const ReplicationNode &node)
{
    for (ReplicationNode &existing : m_nodes) {
        if (existing.id == node.id) {
            const bool structural = existing.role != node.role ||
                                    existing.upstreamId != node.upstreamId ||
                                    existing.name != node.name;
            existing = node;
            if (structural)
                emit topologyChanged();
            emit nodeChanged(node.id);
            return;
        }
    }
    m_nodes << node;
    emit topologyChanged();
}

void ReplicationModel::removeNode(const QString &id)
{
    const auto removed = m_nodes.removeIf([&](const ReplicationNode &n) { return n.id == id; });
    const bool hadLink = m_links.contains(id);
    if (hadLink)
        removeLink(id);
    if (removed > 0 && !hadLink)
        emit topologyChanged();
}

void ReplicationModel::clear()
{
    m_nodes.clear();
    m_links.clear();
    m_linkOrder.clear();
    m_timelines.clear();
    m_lag.clear();
    m_markers.clear();
    m_diagnoses.clear();
    emit topologyChanged();
    emit diagnosesChanged();
}

const ReplicationNode *ReplicationModel::node(const QString &id) const
{
    for (const ReplicationNode &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

void ReplicationModel::setLink(const ReplicationLink &link)
{
    const bool added = !m_links.contains(link.replicaId);
    const bool rewired = !added && m_links.value(link.replicaId).masterId != link.masterId;
    m_links.insert(link.replicaId, link);
    if (added)
        m_linkOrder << link.replicaId;
    if (added || rewired)
        emit topologyChanged();
    emit linkChanged(link.replicaId);
}

void ReplicationModel::removeLink(const QString &replicaId)
{
    if (!m_links.remove(replicaId))
        return;
    m_linkOrder.removeAll(replicaId);
    emit topologyChanged();
}

QList<ReplicationLink> ReplicationModel::links() const
{
    QList<ReplicationLink> out;
    out.reserve(m_linkOrder.size());
    for (const QString &id : m_linkOrder)
        out << m_links.value(id);
    return out;
}

const ReplicationLink *ReplicationModel::link(const QString &replicaId) const
{
    const auto it = m_links.constFind(replicaId);
    return it == m_links.cend() ? nullptr : &it.value();
}

const ReplicaTimeline *ReplicationModel::timeline(const QString &replicaId) const
{
    const auto it = m_timelines.constFind(replicaId);
    return it == m_timelines.cend() ? nullptr : it.value().get();
}

ReplicaTimeline &ReplicationModel::timelineFor(const QString &replicaId, StateSource source)
{
    auto &slot = m_timelines[replicaId];
    if (!slot)
        slot = std::make_shared<ReplicaTimeline>(source);
    slot->setSource(source);
    return *slot;
}

void ReplicationModel::restartSequence(const QString &replicaId)
{
    if (const auto it = m_timelines.constFind(replicaId); it != m_timelines.cend())
        it.value()->restartSequence();
}

void ReplicationModel::resetTimeline(const QString &replicaId, StateSource source)
{
    m_timelines[replicaId] = std::make_shared<ReplicaTimeline>(source);
    emit transitionsAppended(replicaId);
}

namespace {

std::optional<LagMarkerKind> markerKindFor(TimelineEventKind kind)
{
    switch (kind) {
    case TimelineEventKind::FullResyncStarted:
        return LagMarkerKind::FullResync;
    case TimelineEventKind::PartialResync:
        return LagMarkerKind::PartialResync;
    case TimelineEventKind::LinkDown:
        return LagMarkerKind::LinkDown;
    case TimelineEventKind::LinkUp:
        return LagMarkerKind::LinkUp;
    default:
        return std::nullopt;
    }
}

} // namespace

int ReplicationModel::appendTransitions(const QString &replicaId,
                                        const QList<StateTransition> &transitions,
                                        StateSource source)
{
    ReplicaTimeline &timeline = timelineFor(replicaId, source);
    int added = 0;
    for (const StateTransition &t : transitions) {
        const qint64 eventsBefore = timeline.eventCount();
        if (!timeline.append(t))
            continue;
        ++added;
        // The events this transition produced are the newest ones.
        const auto &events = timeline.events();
        const std::size_t produced =
            std::min<std::size_t>(events.size(), std::size_t(timeline.eventCount() - eventsBefore));
        for (std::size_t i = events.size() - produced; i < events.size(); ++i) {
            if (const auto kind = markerKindFor(events[i].kind))
                addMarker({double(events[i].timestampUs) / 1e6, *kind, replicaId, events[i].text});
        }
    }
    if (added > 0)
        emit transitionsAppended(replicaId);
    return added;
}

const LagSeries *ReplicationModel::lagSeries(const QString &replicaId) const
{
    const auto it = m_lag.constFind(replicaId);
    return it == m_lag.cend() ? nullptr : it.value().get();
}

void ReplicationModel::appendLag(const QString &replicaId, const LagSample &sample)
{
    auto &slot = m_lag[replicaId];
    if (!slot)
        slot = std::make_shared<LagSeries>();
    slot->append(sample);
    emit lagAppended(replicaId);
}

void ReplicationModel::addMarker(const LagMarker &marker)
{
    m_markers.push_back(marker);
    while (int(m_markers.size()) > kMaxMarkers)
        m_markers.pop_front();
    emit markerAdded(marker);
}

void ReplicationModel::setDiagnoses(const QList<Diagnosis> &diagnoses)
{
    m_diagnoses = diagnoses;
    emit diagnosesChanged();
}
