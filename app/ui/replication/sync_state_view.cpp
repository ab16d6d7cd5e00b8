#include "ui/replication/sync_state_view.h"

#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "model/replication/transition_table_model.h"
#include "ui/replication/link_state_style.h"
#include "ui/replication/sync_state_diagram.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Tints the timeline's rows by what they meant: errors red, full syncs purple, partial green.
class MeaningDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(TransitionTableModel::MeaningRole).toInt();
        QColor tint;
        switch (TimelineEventKind(kind)) {
        case TimelineEventKind::ConnectError:
        case TimelineEventKind::LinkDown:
            tint = LinkStateStyle::color(LinkStateStyle::Category::Down);
            break;
        case TimelineEventKind::FullResyncStarted:
        case TimelineEventKind::LoadStarted:
        case TimelineEventKind::FullResyncDone:
            tint = LinkStateStyle::color(LinkStateStyle::Category::Syncing);
            break;
        case TimelineEventKind::PartialResync:
        case TimelineEventKind::LinkUp:
            tint = LinkStateStyle::color(LinkStateStyle::Category::Online);
            break;
        default:
            break;
        }
        if (kind >= 0 && tint.isValid()) {
            tint.setAlpha(45);
            option->backgroundBrush = tint;
        }
    }
};

} // namespace

SyncStateView::SyncStateView(ReplicationModel *model, ReplicationSelection *selection,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("SyncStateView"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("stateSource"));
    m_stateLabel = new QLabel(this);
    m_diagram = new SyncStateDiagram(this);

    m_transferRow = new QWidget(this);
    m_transferBar = new QProgressBar(m_transferRow);
    m_transferBar->setRange(0, 1000);
    m_transferBar->setTextVisible(false);
    m_transferLabel = new QLabel(m_transferRow);
    auto *transferLayout = new QHBoxLayout(m_transferRow);
    transferLayout->setContentsMargins(0, 0, 0, 0);
    transferLayout->addWidget(new QLabel(tr("Snapshot transfer:"), m_transferRow));
    transferLayout->addWidget(m_transferBar, 1);
    transferLayout->addWidget(m_transferLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          LinkStateStyle::color(LinkStateStyle::Category::Down));
    m_error->setPalette(errorPalette);

    auto *masterBox = new QGroupBox(tr("Master side of the link"), this);
    m_masterSide = new QLabel(masterBox);
    m_masterSide->setWordWrap(true);
    m_masterSide->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *masterLayout = new QVBoxLayout(masterBox);
    masterLayout->addWidget(m_masterSide);

    m_tableModel = new TransitionTableModel(model, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("stateTimeline"));
    m_table->setModel(m_tableModel);
    m_table->setItemDelegate(new MeaningDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(TransitionTableModel::TimeColumn, 130);
    // New transitions stay in sight, unless the user scrolled up to read older ones.
    connect(m_tableModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_followNewest = bar->value() == bar->maximum();
    });
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_table->scrollToBottom();
    });
    m_table->setColumnWidth(TransitionTableModel::FromColumn, 140);
    m_table->setColumnWidth(TransitionTableModel::ToColumn, 140);
    m_table->setColumnWidth(TransitionTableModel::MeaningColumn, 170);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_stateLabel);
    topLayout->addLayout(header);
    topLayout->addWidget(m_source);
    topLayout->addWidget(m_diagram, 1);
    topLayout->addWidget(m_transferRow);
    topLayout->addWidget(m_error);
    topLayout->addWidget(masterBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(selection, &ReplicationSelection::selectionChanged, this, &SyncStateView::follow);
    connect(model, &ReplicationModel::linkChanged, this, &SyncStateView::onLinkChanged);
    connect(model, &ReplicationModel::transitionsAppended, this, &SyncStateView::onLinkChanged);
    connect(model, &ReplicationModel::topologyChanged, this, &SyncStateView::follow);
    follow();
}

// Which link to show: the selected link, the selected replica's link, or for a selected master
// its first replica's link. Otherwise the first link of all, so the view is never empty when
// there is something to show.
void SyncStateView::follow()
{
    if (!m_model)
        return;
    QString want;
    const QString id = m_selection ? m_selection->id() : QString();
    if (!id.isEmpty() && m_model->link(id)) {
        want = id;
    } else if (!id.isEmpty()) {
        for (const ReplicationLink &l : m_model->links()) {
            if (l.masterId == id) {
                want = l.replicaId;
                break;
            }
        }
    }
    if (want.isEmpty() && !m_model->linkIds().isEmpty() && !m_model->link(m_linkId))
        want = m_model->linkIds().first();
    if (want.isEmpty())
        want = m_model->link(m_linkId) ? m_linkId : QString();
    if (want != m_linkId)
        showLink(want);
    else
        refresh();
}

void SyncStateView::showLink(const QString &replicaId)
{
    m_linkId = replicaId;
    m_tableModel->setLink(replicaId);
    refresh();
    m_table->scrollToBottom();
}

void SyncStateView::onLinkChanged(const QString &replicaId)
{
    if (replicaId == m_linkId)
        refresh();
    else if (m_linkId.isEmpty())
        follow();
}

void SyncStateView::refresh()
{
    const ReplicationLink *link = m_model ? m_model->link(m_linkId) : nullptr;
    if (!link) {
        m_title->setText(tr("No replica selected"));
        m_source->setText(tr("Select a replica or a link in the topology."));
        m_stateLabel->clear();
        m_diagram->setEmpty(true);
        m_transferRow->hide();
        m_error->hide();
        m_masterSide->setText(QStringLiteral("—"));
        return;
    }
    const ReplicationNode *replica = m_model->node(link->replicaId);
    const ReplicationNode *master = m_model->node(link->masterId);
    m_title->setText(tr("%1 ← %2").arg(
        replica ? replica->name : link->replicaId,
        master ? QStringLiteral("%1 (%2)").arg(master->name, master->address) : link->masterId));

    const ReplicaTimeline *timeline = m_model->timeline(link->replicaId);
    SyncStepHighlight h;
    ReplicaState state = link->state;
    StateSource source = link->source;
    if (timeline && !timeline->transitions().empty()) {
        h = highlightFor(*timeline);
        state = timeline->state();
        source = timeline->source();
    } else {
        h.current = syncStepOf(link->state, link->loading);
        h.groupOnly = source == StateSource::InfoRole && isHandshakeStep(h.current);
        h.notReplica = link->state == ReplicaState::None;
        h.failing = !link->lastError.isEmpty() && link->state != ReplicaState::Connected;
    }
    m_source->setText(LinkStateStyle::sourceLabel(source));
    double fraction = -1;
    if (state == ReplicaState::Transfer && link->syncTotalBytes > 0 && link->syncReadBytes >= 0)
        fraction = double(link->syncReadBytes) / double(link->syncTotalBytes);
    m_stateLabel->setText(LinkStateStyle::describe(state, h.failing, fraction));
    m_diagram->setEmpty(false);
    m_diagram->setHighlight(h, state);
    m_diagram->setTransferProgress(fraction);

    // Transfer progress: bytes, rate, ETA (the EOF form has no total size).
    const bool transferring = state == ReplicaState::Transfer && !link->loading;
    m_transferRow->setVisible(transferring);
    if (transferring) {
        m_transferBar->setValue(fraction >= 0 ? int(fraction * 1000) : 0);
        m_transferBar->setRange(0, fraction >= 0 ? 1000 : 0); // busy indicator when unknown
        QString text = link->syncTotalBytes > 0
                           ? tr("%1 of %2")
                                 .arg(LinkStateStyle::bytes(link->syncReadBytes),
                                      LinkStateStyle::bytes(link->syncTotalBytes))
                           : tr("%1 received (diskless: size unknown)")
                                 .arg(LinkStateStyle::bytes(qMax<qint64>(0, link->syncReadBytes)));
        if (link->syncRateBytesPerSec > 0)
            text += tr(", %1/s").arg(LinkStateStyle::bytes(qint64(link->syncRateBytesPerSec)));
        const double eta = transferEtaSeconds(*link);
        if (eta >= 0)
            text += tr(", ETA %1 s").arg(eta, 0, 'f', eta < 10 ? 1 : 0);
        m_transferLabel->setText(text);
    }

    QString error = timeline ? timeline->lastError() : QString();
    if (error.isEmpty())
        error = link->lastError;
    const bool showError = !error.isEmpty() && state != ReplicaState::Connected;
    m_error->setVisible(showError);
    if (showError)
        m_error->setText(tr("Last error: %1").arg(error));

    // The master's side.
    QStringList lines;
    lines << tr("The master sees this replica as: %1")
                 .arg(link->masterSide == MasterSideState::Unknown
                          ? tr("not connected")
                          : masterSideStateName(link->masterSide));
    if (link->ackedOffset >= 0)
        lines << tr("Acknowledged offset: %1").arg(link->ackedOffset);
    if (master && master->backlogSize >= 0) {
        lines << tr("Backlog: %1, first byte offset %2, holds %3")
                     .arg(LinkStateStyle::bytes(master->backlogSize))
                     .arg(master->backlogFirstByte)
                     .arg(LinkStateStyle::bytes(master->backlogHistlen));
        const BacklogCoverage c =
            backlogCoverage(master->masterReplOffset, master->backlogFirstByte,
                            master->backlogHistlen, link->replicaOffset);
        if (c.neededBytes >= 0) {
            QString need =
                tr("The replica still needs %1").arg(LinkStateStyle::bytes(c.neededBytes));
            if (c.backlogUsedFraction >= 0)
                need += tr(" (%1% of the backlog)").arg(c.backlogUsedFraction * 100, 0, 'f', 1);
            need += c.partialPossible ? tr("; a reconnect now could resync partially")
                                      : tr("; a reconnect now needs a full sync");
            lines << need;
        }
    }
    if (!link->shaping.isEmpty())
        lines << tr("Lab link shaping: %1").arg(link->shaping);
    m_masterSide->setText(lines.join(QLatin1Char('\n')));
}

QString SyncStateView::sourceText() const
{
    return m_source->text();
}

QString SyncStateView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SyncStateView::masterSideText() const
{
    return m_masterSide->text();
}

QString SyncStateView::transferText() const
{
    return m_transferLabel->text();
}

bool SyncStateView::isTransferVisible() const
{
    return !m_transferRow->isHidden();
}
