#include "ui/lab/lab_node_table_model.h"

#include "ui/status_style.h"

#include <QGuiApplication>

#include "lab/lab_controller.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

LabNodeTableModel::LabNodeTableModel(LabController *lab, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lab(lab)
{
    connect(lab, &LabController::labChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(lab, &LabController::nodeStateChanged, this,
            [this](LabNode *node, LabNode::State) { refreshRow(node); });
    connect(lab, &LabController::actionPerformed, this,
            [this] { emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); });
    // Link counters and pids change without a signal: refresh the link column once a second.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Link), index(rowCount() - 1, Link));
    });
    timer->start(1000);
}

int LabNodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_lab ? 0 : static_cast<int>(m_lab->nodes().size());
}

int LabNodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LabNode *LabNodeTableModel::nodeAt(int row) const
{
    return m_lab && row >= 0 && row < m_lab->nodes().size() ? m_lab->nodes().at(row) : nullptr;
}

int LabNodeTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (nodeAt(row)->name() == name)
            return row;
    return -1;
}

void LabNodeTableModel::refreshRow(LabNode *node)
{
    const int row = m_lab ? static_cast<int>(m_lab->nodes().indexOf(node)) : -1;
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString LabNodeTableModel::linkText(const LabNode *node) const
{
    const LabNodeSpec &s = node->spec();
    if (!s.isReplica())
        return {};
    const LabNode *up = m_lab->node(s.upstream);
    QString text = tr("%1:%2 → %3 (%4)")
                       .arg(s.link.dialHost)
                       .arg(s.link.proxyPort)
                       .arg(s.upstream)
                       .arg(up ? QStringLiteral("127.0.0.1:%1").arg(up->port()) : QString());
    QStringList shaping;
    const LinkShape &shape = s.link.shape;
    if (shape.delayMs)
        shaping << tr("delay %1 ms").arg(shape.delayMs);
    if (shape.bandwidthBytesPerSec)
        shaping << tr("%1 KiB/s").arg(shape.bandwidthBytesPerSec / 1024);
    if (shape.paused)
        shaping << tr("paused");
    if (shape.cut)
        shaping << tr("cut");
    if (shape.firewallReject)
        shaping << tr("firewall reject");
    if (s.link.dialHost != QLatin1String("127.0.0.1"))
        shaping << tr("dials %1").arg(s.link.dialHost);
    if (!shaping.isEmpty())
        text += QStringLiteral(" — ") + shaping.join(QStringLiteral(", "));
    return text;
}

QVariant LabNodeTableModel::data(const QModelIndex &index, int role) const
{
    const LabNode *node = nodeAt(index.row());
    if (!node)
        return {};
    const LabNodeSpec &s = node->spec();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return node->name();
        case Role:
            return s.isReplica() ? tr("replica of %1").arg(s.upstream) : tr("master");
        case Address:
            return QStringLiteral("127.0.0.1:%1").arg(node->port());
        case Program:
            return nodeProgramKey(s.program);
        case Pid:
            return node->pid() > 0 ? QVariant(node->pid()) : QVariant();
        case State:
            if (node->state() == LabNode::State::Died || node->state() == LabNode::State::Killed)
                return QStringLiteral("%1 (%2)").arg(LabNode::stateName(node->state()),
                                                     node->exitDescription());
            return LabNode::stateName(node->state());
        case Link:
            return linkText(node);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (node->state()) {
        case LabNode::State::Running:
            return QBrush(
                status_style::text(status_style::Kind::Success, QGuiApplication::palette()));
        case LabNode::State::Died:
        case LabNode::State::Killed:
            return QBrush(
                status_style::text(status_style::Kind::Error, QGuiApplication::palette()));
        case LabNode::State::Paused:
            return QBrush(
                status_style::text(status_style::Kind::Warning, QGuiApplication::palette()));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State) // the full exit description
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == Link && s.isReplica())
        return tr("The replica dials the lab's link proxy at %1:%2, which forwards to %3.")
            .arg(s.link.dialHost)
            .arg(s.link.proxyPort)
            .arg(s.upstream);
    return {};
}

QVariant LabNodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Node");
    case Role:
        return tr("Role");
    case Address:
        return tr("Address");
    case Program:
        return tr("Program");
    case Pid:
        return tr("PID");
    case State:
        return tr("State");
    case Link:
        return tr("Replication link");
    default:
        return {};
    }
}
