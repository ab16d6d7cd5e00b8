#include "ui/replication/topology_view.h"

#include "model/replication/replication_model.h"
#include "ui/replication/link_state_style.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <cmath>

namespace {

constexpr double kBoxW = 210;
constexpr double kBoxH = 92;
constexpr double kGapX = 190; // room for the link label between columns
constexpr double kGapY = 26;
constexpr double kMargin = 16;
constexpr double kLabelW = 170;
constexpr double kLabelH = 38;

QColor healthColor(NodeHealth h)
{
    switch (h) {
    case NodeHealth::Up:
        return LinkStateStyle::color(LinkStateStyle::Category::Online);
    case NodeHealth::Down:
        return LinkStateStyle::color(LinkStateStyle::Category::Down);
    case NodeHealth::Paused:
        return LinkStateStyle::color(LinkStateStyle::Category::Connecting);
    case NodeHealth::Loading:
        return LinkStateStyle::color(LinkStateStyle::Category::Syncing);
    case NodeHealth::Unknown:
        break;
    }
    return LinkStateStyle::color(LinkStateStyle::Category::NotReplica);
}

double distanceToSegment(const QPointF &p, const QLineF &l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? QPointF::dotProduct(p - l.p1(), d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF proj = l.p1() + d * t;
    return std::hypot(p.x() - proj.x(), p.y() - proj.y());
}

} // namespace

TopologyView::TopologyView(ReplicationModel *model, ReplicationSelection *selection,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("TopologyView"));
    setMouseTracking(false);
    setMinimumSize(320, 180);
    setFocusPolicy(Qt::ClickFocus);
    connect(model, &ReplicationModel::topologyChanged, this, [this] {
        relayout();
        update();
    });
    connect(model, &ReplicationModel::linkChanged, this, qOverload<>(&QWidget::update));
    connect(model, &ReplicationModel::nodeChanged, this, qOverload<>(&QWidget::update));
    connect(model, &ReplicationModel::transitionsAppended, this, qOverload<>(&QWidget::update));
    connect(selection, &ReplicationSelection::selectionChanged, this,
            qOverload<>(&QWidget::update));
    relayout();
}

QSize TopologyView::sizeHint() const
{
    return m_bounds.isEmpty() ? QSize(640, 360)
                              : QSize(int(m_bounds.width()), int(m_bounds.height()));
}

// Columns by replication depth (master, its replicas, their replicas...), rows by the order of
// the leaves, each parent centred on its children: a star fans out, a chain runs right.
void TopologyView::relayout()
{
    m_boxes.clear();
    if (!m_model)
        return;
    const QList<ReplicationNode> nodes = m_model->nodes();
    QHash<QString, QStringList> children;
    QSet<QString> isChild;
    QSet<QString> known;
    for (const ReplicationNode &n : nodes)
        known.insert(n.id);
    auto addEdge = [&](const QString &master, const QString &replica) {
        if (!known.contains(master) || !known.contains(replica) || isChild.contains(replica))
            return;
        children[master] << replica;
        isChild.insert(replica);
    };
    for (const ReplicationLink &l : m_model->links())
        addEdge(l.masterId, l.replicaId);
    for (const ReplicationNode &n : nodes)
        if (!n.upstreamId.isEmpty())
            addEdge(n.upstreamId, n.id);
    // Replicas in the order the nodes were added (replica-1 above replica-2), not in the order
    // their links happened to report first.
    QHash<QString, int> rank;
    for (int i = 0; i < nodes.size(); ++i)
        rank.insert(nodes[i].id, i);
    for (QStringList &list : children)
        std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
            return rank.value(a) < rank.value(b);
        });

    double nextRow = 0;
    QSet<QString> placed;
    std::function<double(const QString &, int)> place = [&](const QString &id, int depth) {
        placed.insert(id);
        QList<double> rows;
        for (const QString &child : children.value(id))
            if (!placed.contains(child))
                rows << place(child, depth + 1);
        const double row = rows.isEmpty() ? nextRow++ : (rows.first() + rows.last()) / 2;
        m_boxes.insert(id, QRectF(kMargin + depth * (kBoxW + kGapX),
                                  kMargin + row * (kBoxH + kGapY), kBoxW, kBoxH));
        return row;
    };
    for (const ReplicationNode &n : nodes)
        if (!isChild.contains(n.id) && !placed.contains(n.id))
            place(n.id, 0);
    for (const ReplicationNode &n : nodes) // cycles (mid-promotion): place what is left
        if (!placed.contains(n.id))
            place(n.id, 0);

    m_bounds = QRectF();
    for (const QRectF &r : std::as_const(m_boxes))
        m_bounds = m_bounds.united(r);
    m_bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
    updateGeometry();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

QTransform TopologyView::toWidget() const
{
    QTransform t;
    if (m_bounds.isEmpty())
        return t;
    const double scale = std::min({1.25, width() / m_bounds.width(), height() / m_bounds.height()});
    const double dx = (width() - m_bounds.width() * scale) / 2 - m_bounds.left() * scale;
    const double dy = (height() - m_bounds.height() * scale) / 2 - m_bounds.top() * scale;
    t.translate(dx, dy);
    t.scale(scale, scale);
    return t;
}

QRectF TopologyView::nodeRect(const QString &id) const
{
    const auto it = m_boxes.constFind(id);
    return it == m_boxes.cend() ? QRectF() : toWidget().mapRect(*it);
}

QLineF TopologyView::linkLine(const ReplicationLink &link) const
{
    const QRectF m = m_boxes.value(link.masterId);
    const QRectF r = m_boxes.value(link.replicaId);
    if (m.isNull() || r.isNull())
        return {};
    if (r.left() > m.right())
        return {QPointF(m.right(), m.center().y()), QPointF(r.left(), r.center().y())};
    return {QPointF(m.center().x(), m.bottom()), QPointF(r.center().x(), r.top())};
}

QRectF TopologyView::linkLabelRect(const QString &replicaId) const
{
    const ReplicationLink *link = m_model ? m_model->link(replicaId) : nullptr;
    if (!link)
        return {};
    const QLineF line = linkLine(*link);
    if (line.isNull())
        return {};
    const QPointF mid = line.pointAt(0.5);
    return toWidget().mapRect(
        QRectF(mid.x() - kLabelW / 2, mid.y() - kLabelH / 2, kLabelW, kLabelH));
}

bool TopologyView::linkFailing(const ReplicationLink &link) const
{
    const ReplicaTimeline *t = m_model->timeline(link.replicaId);
    const QString error = t && !t->lastError().isEmpty() ? t->lastError() : link.lastError;
    return !error.isEmpty() && link.state != ReplicaState::Connected;
}

QColor TopologyView::linkColor(const QString &replicaId) const
{
    const ReplicationLink *link = m_model ? m_model->link(replicaId) : nullptr;
    if (!link)
        return {};
    return LinkStateStyle::color(LinkStateStyle::categoryOf(link->state, linkFailing(*link)));
}

QString TopologyView::linkLabelText(const QString &replicaId) const
{
    const ReplicationLink *link = m_model ? m_model->link(replicaId) : nullptr;
    if (!link)
        return {};
    const bool failing = linkFailing(*link);
    double fraction = -1;
    if (link->state == ReplicaState::Transfer && link->syncTotalBytes > 0 &&
        link->syncReadBytes >= 0)
        fraction = double(link->syncReadBytes) / double(link->syncTotalBytes);
    const QString first = LinkStateStyle::describe(link->state, failing, fraction);
    QString second;
    if (link->state == ReplicaState::Connected) {
        second = tr("lag %1 · ack %2 s")
                     .arg(LinkStateStyle::bytes(link->byteLag))
                     .arg(link->ackAgeS >= 0 ? QString::number(link->ackAgeS, 'f', 0)
                                             : QStringLiteral("?"));
    } else if (failing) {
        const ReplicaTimeline *t = m_model->timeline(link->replicaId);
        QString error = !link->lastErrorOs.isEmpty()     ? link->lastErrorOs
                        : t && !t->lastError().isEmpty() ? t->lastError()
                                                         : link->lastError;
        const int colon = error.lastIndexOf(QLatin1String(": "));
        if (colon >= 0)
            error = error.mid(colon + 2);
        second = error;
    } else if (link->state == ReplicaState::Transfer && link->syncReadBytes >= 0) {
        second = LinkStateStyle::bytes(link->syncReadBytes);
    }
    if (!link->shaping.isEmpty())
        second += (second.isEmpty() ? QString() : QStringLiteral(" · ")) + link->shaping;
    return second.isEmpty() ? first : first + QLatin1Char('\n') + second;
}

QPair<ReplicationSelection::Kind, QString> TopologyView::hitTest(const QPointF &pos) const
{
    if (!m_model)
        return {ReplicationSelection::Kind::None, {}};
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (toWidget().mapRect(*it).contains(pos))
            return {ReplicationSelection::Kind::Node, it.key()};
    for (const ReplicationLink &l : m_model->links()) {
        if (linkLabelRect(l.replicaId).contains(pos))
            return {ReplicationSelection::Kind::Link, l.replicaId};
        const QLineF line = toWidget().map(linkLine(l));
        if (!line.isNull() && distanceToSegment(pos, line) <= 6)
            return {ReplicationSelection::Kind::Link, l.replicaId};
    }
    return {ReplicationSelection::Kind::None, {}};
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        const auto [kind, id] = hitTest(event->position());
        if (m_selection &&
            (kind != ReplicationSelection::Kind::None || event->button() == Qt::LeftButton))
            m_selection->select(kind, id);
    }
    QWidget::mousePressEvent(event);
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto [kind, id] = hitTest(event->position());
    if (kind == ReplicationSelection::Kind::Node)
        emit nodeActivated(id);
    QWidget::mouseDoubleClickEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    const auto [kind, id] = hitTest(event->pos());
    if (kind == ReplicationSelection::Kind::None)
        return;
    if (m_selection)
        m_selection->select(kind, id);
    QMenu menu(this);
    emit contextMenuRequested(&menu, kind, id);
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void TopologyView::drawLink(QPainter &p, const ReplicationLink &link) const
{
    const QLineF line = linkLine(link);
    if (line.isNull())
        return;
    const bool failing = linkFailing(link);
    const LinkStateStyle::Category cat = LinkStateStyle::categoryOf(link.state, failing);
    const QColor c = LinkStateStyle::color(cat);
    const bool selected = m_selection && m_selection->isLink(link.replicaId);
    QPen pen(c, selected ? 5 : 3);
    if (cat == LinkStateStyle::Category::Down || cat == LinkStateStyle::Category::Connecting)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(line);
    // Arrow head at the replica: data flows master -> replica.
    const double angle = std::atan2(-(line.dy()), line.dx());
    const QPointF tip = line.p2();
    const QPointF a =
        tip - QPointF(std::cos(angle - M_PI / 8) * 14, -std::sin(angle - M_PI / 8) * 14);
    const QPointF b =
        tip - QPointF(std::cos(angle + M_PI / 8) * 14, -std::sin(angle + M_PI / 8) * 14);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF{tip, a, b});

    // The label: state, then lag/ACK age, progress or the error.
    const QPointF mid = line.pointAt(0.5);
    const QRectF label(mid.x() - kLabelW / 2, mid.y() - kLabelH / 2, kLabelW, kLabelH);
    p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : c, selected ? 2.5 : 1.2));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(label, 5, 5);
    if (link.state == ReplicaState::Transfer && link.syncTotalBytes > 0 &&
        link.syncReadBytes >= 0) {
        const double f =
            std::clamp(double(link.syncReadBytes) / double(link.syncTotalBytes), 0.0, 1.0);
        QColor fill = c;
        fill.setAlpha(60);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(label.topLeft(), QSizeF(label.width() * f, label.height())), 5, 5);
    }
    const QStringList lines = linkLabelText(link.replicaId).split(QLatin1Char('\n'));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setBold(true);
    p.setFont(f);
    p.setPen(c.darker(120));
    p.drawText(label.adjusted(4, 2, -4, -label.height() / 2), Qt::AlignCenter, lines.value(0));
    f.setBold(false);
    p.setFont(f);
    p.setPen(palette().color(QPalette::Text));
    const QFontMetrics fm(f);
    p.drawText(label.adjusted(4, label.height() / 2 - 1, -4, -2), Qt::AlignCenter,
               fm.elidedText(lines.value(1), Qt::ElideRight, int(label.width() - 8)));
}

void TopologyView::drawNode(QPainter &p, const QString &id) const
{
    const ReplicationNode *n = m_model->node(id);
    if (!n)
        return;
    const QRectF r = m_boxes.value(id);
    const bool selected = m_selection && m_selection->isNode(id);
    p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
                  selected ? 3 : 1.3));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(r, 8, 8);
    // Health stripe on the left.
    p.setPen(Qt::NoPen);
    p.setBrush(healthColor(n->health));
    p.drawRoundedRect(QRectF(r.left(), r.top(), 7, r.height()), 3, 3);

    const QRectF text = r.adjusted(14, 6, -8, -6);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    QString role = roleDisplayName(n->role);
    if (role.isEmpty())
        role = tr("unknown role");
    const QFontMetrics bm(bold);
    p.drawText(QRectF(text.left(), text.top(), text.width(), bm.height()), Qt::AlignLeft,
               bm.elidedText(n->name, Qt::ElideRight, int(text.width() * 0.6)));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    p.setFont(small);
    const QFontMetrics sm(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(text.left(), text.top(), text.width(), bm.height()), Qt::AlignRight, role);
    double y = text.top() + bm.height() + 2;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(text.left(), y + sm.ascent()), n->address);
    y += sm.height();
    QStringList facts;
    switch (n->health) {
    case NodeHealth::Up:
        facts << tr("up");
        break;
    case NodeHealth::Down:
        facts << tr("down");
        break;
    case NodeHealth::Paused:
        facts << tr("paused");
        break;
    case NodeHealth::Loading:
        facts << tr("loading");
        break;
    case NodeHealth::Unknown:
        facts << tr("unknown");
        break;
    }
    if (n->keys >= 0)
        facts << tr("%n key(s)", nullptr, int(qMin<qint64>(n->keys, INT_MAX)));
    if (n->usedMemory >= 0)
        facts << LinkStateStyle::bytes(n->usedMemory);
    p.drawText(QPointF(text.left(), y + sm.ascent()),
               sm.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, int(text.width())));
    y += sm.height();
    if (!n->note.isEmpty()) {
        p.setPen(LinkStateStyle::color(LinkStateStyle::Category::Down));
        p.drawText(QPointF(text.left(), y + sm.ascent()),
                   sm.elidedText(n->note, Qt::ElideRight, int(text.width())));
    }
    if (n->lab) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(text, Qt::AlignRight | Qt::AlignBottom, tr("lab"));
    }
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_model || m_boxes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No replication group yet.\nStart a lab or connect to a server."));
        return;
    }
    p.setTransform(toWidget());
    // Links run between the boxes' edges; drawing them last keeps their labels readable.
    for (const ReplicationNode &n : m_model->nodes())
        drawNode(p, n.id);
    for (const ReplicationLink &l : m_model->links())
        drawLink(p, l);
}
