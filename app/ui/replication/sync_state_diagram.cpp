#include "ui/replication/sync_state_diagram.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVariantAnimation>
#include <cmath>

namespace {

constexpr double kBoxW = 128;
constexpr double kBoxH = 54;
constexpr double kLogicalW = 6 * 150 + 10;
constexpr double kLogicalH = 300;

// Where each box sits in the logical 910 x 300 canvas: the handshake on the first row, the two
// ways to sync on the second.
QPointF boxOrigin(SyncStep step)
{
    switch (step) {
    case SyncStep::Connect:
        return {10, 26};
    case SyncStep::Connecting:
        return {160, 26};
    case SyncStep::Ping:
        return {310, 26};
    case SyncStep::Auth:
        return {460, 26};
    case SyncStep::Port:
        return {610, 26};
    case SyncStep::Capa:
        return {760, 26};
    case SyncStep::Psync:
        return {10, 186};
    case SyncStep::Transfer:
        return {235, 148};
    case SyncStep::Load:
        return {460, 148};
    case SyncStep::Backlog:
        return {347, 234};
    case SyncStep::Stream:
        return {710, 186};
    }
    return {};
}

// The arrows of the diagram, in order of the mechanism.
struct Edge
{
    SyncStep from;
    SyncStep to;
};
constexpr std::array kEdges = {
    Edge{SyncStep::Connect, SyncStep::Connecting}, Edge{SyncStep::Connecting, SyncStep::Ping},
    Edge{SyncStep::Ping, SyncStep::Auth},          Edge{SyncStep::Auth, SyncStep::Port},
    Edge{SyncStep::Port, SyncStep::Capa},          Edge{SyncStep::Capa, SyncStep::Psync},
    Edge{SyncStep::Psync, SyncStep::Transfer},     Edge{SyncStep::Transfer, SyncStep::Load},
    Edge{SyncStep::Load, SyncStep::Stream},        Edge{SyncStep::Psync, SyncStep::Backlog},
    Edge{SyncStep::Backlog, SyncStep::Stream},
};

} // namespace

SyncStateDiagram::SyncStateDiagram(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("SyncStateDiagram"));
    setMinimumHeight(160);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(400);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_animT = v.toDouble();
        update();
    });
}

QSize SyncStateDiagram::sizeHint() const
{
    return {int(kLogicalW), int(kLogicalH)};
}

QSize SyncStateDiagram::minimumSizeHint() const
{
    return {int(kLogicalW / 2), int(kLogicalH / 2)};
}

void SyncStateDiagram::setHighlight(const SyncStepHighlight &highlight, ReplicaState state)
{
    const bool moved = highlight.current != m_highlight.current && !m_empty;
    if (moved) {
        m_animFrom = m_highlight.current;
        m_animT = 0;
        m_animation->stop();
        m_animation->start();
    }
    m_highlight = highlight;
    m_state = state;
    update();
}

void SyncStateDiagram::setTransferProgress(double fraction)
{
    m_transferFraction = fraction;
    update();
}

void SyncStateDiagram::setEmpty(bool empty)
{
    m_empty = empty;
    update();
}

bool SyncStateDiagram::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

QTransform SyncStateDiagram::toWidget() const
{
    const double scale = std::min(width() / kLogicalW, height() / kLogicalH);
    const double dx = (width() - kLogicalW * scale) / 2;
    const double dy = (height() - kLogicalH * scale) / 2;
    QTransform t;
    t.translate(dx, dy);
    t.scale(scale, scale);
    return t;
}

QRectF SyncStateDiagram::logicalRect(SyncStep step) const
{
    return {boxOrigin(step), QSizeF(kBoxW, kBoxH)};
}

QRectF SyncStateDiagram::stepRect(SyncStep step) const
{
    return toWidget().mapRect(logicalRect(step));
}

void SyncStateDiagram::drawArrow(QPainter &p, const QPointF &from, const QPointF &to, bool taken,
                                 const QColor &color) const
{
    p.setPen(QPen(taken ? color : palette().color(QPalette::Mid), taken ? 3.0 : 1.4));
    p.drawLine(from, to);
    const QLineF line(to, from);
    const double angle = std::atan2(-line.dy(), line.dx());
    const double size = taken ? 10 : 8;
    const QPointF a =
        to + QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    const QPointF b =
        to + QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    p.setBrush(p.pen().color());
    p.drawPolygon(QPolygonF{to, a, b});
}

void SyncStateDiagram::drawGroup(QPainter &p, SyncStep first, SyncStep last, const QString &title,
                                 bool highlighted) const
{
    QRectF r = logicalRect(first).united(logicalRect(last)).adjusted(-8, -20, 8, 8);
    const QColor c = highlighted ? LinkStateStyle::color(LinkStateStyle::Category::Handshake)
                                 : palette().color(QPalette::Mid);
    p.setPen(QPen(c, highlighted ? 2.5 : 1.0, highlighted ? Qt::SolidLine : Qt::DashLine));
    p.setBrush(highlighted ? QBrush(QColor(c.red(), c.green(), c.blue(), 40))
                           : QBrush(Qt::NoBrush));
    p.drawRoundedRect(r, 8, 8);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(r.adjusted(8, 2, -8, 0), Qt::AlignLeft | Qt::AlignTop, title);
}

void SyncStateDiagram::drawBox(QPainter &p, SyncStep step) const
{
    const QRectF r = logicalRect(step);
    const bool current = !m_empty && !m_highlight.notReplica && !m_highlight.groupOnly &&
                         step == m_highlight.current && m_animT >= 1.0;
    const bool onPath = pathSteps(m_highlight.path).contains(step);
    const LinkStateStyle::Category cat = LinkStateStyle::categoryOf(m_state, m_highlight.failing);
    const QColor stateColor = LinkStateStyle::color(cat);

    QColor fill = palette().color(QPalette::Base);
    QColor border = palette().color(QPalette::Mid);
    double borderWidth = 1.2;
    QColor text = palette().color(QPalette::Text);
    if (onPath && !m_empty) {
        border = LinkStateStyle::color(m_highlight.path == SyncPath::Full
                                           ? LinkStateStyle::Category::Syncing
                                           : LinkStateStyle::Category::Online);
        borderWidth = 2.2;
    }
    if (current) {
        fill = stateColor;
        border = stateColor.darker(130);
        borderWidth = 3;
        text = Qt::white;
    }
    p.setPen(QPen(border, borderWidth));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);

    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.setPen(text);
    p.drawText(r.adjusted(4, 5, -4, -r.height() / 2), Qt::AlignHCenter | Qt::AlignVCenter,
               LinkStateStyle::stepTitle(step));
    QFont sub = font();
    sub.setPointSizeF(sub.pointSizeF() * 0.85);
    p.setFont(sub);
    p.drawText(r.adjusted(4, r.height() / 2, -4, -4), Qt::AlignHCenter | Qt::AlignVCenter,
               LinkStateStyle::stepSubtitle(step));

    if (step == SyncStep::Transfer && current && m_transferFraction >= 0) {
        const QRectF bar(r.left() + 8, r.bottom() - 9, r.width() - 16, 5);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 90));
        p.drawRect(bar);
        p.setBrush(Qt::white);
        p.drawRect(
            QRectF(bar.topLeft(),
                   QSizeF(bar.width() * std::clamp(m_transferFraction, 0.0, 1.0), bar.height())));
    }
}

void SyncStateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setTransform(toWidget());
    if (m_empty)
        p.setOpacity(0.35);

    drawGroup(p, SyncStep::Ping, SyncStep::Capa, tr("handshake"),
              !m_empty && m_highlight.groupOnly);
    drawGroup(p, SyncStep::Transfer, SyncStep::Load, tr("full sync"), false);

    const QList<SyncStep> path = pathSteps(m_highlight.path);
    const QColor pathColor = LinkStateStyle::color(m_highlight.path == SyncPath::Full
                                                       ? LinkStateStyle::Category::Syncing
                                                       : LinkStateStyle::Category::Online);
    for (const Edge &e : kEdges) {
        const QRectF a = logicalRect(e.from);
        const QRectF b = logicalRect(e.to);
        const bool taken = !m_empty && path.contains(e.from) && path.contains(e.to) &&
                           path.indexOf(e.to) == path.indexOf(e.from) + 1;
        if (e.from == SyncStep::Capa) {
            // The row ends: go down and back to PSYNC at the start of the second row.
            QPainterPath way;
            way.moveTo(a.center().x(), a.bottom());
            way.lineTo(a.center().x(), 108);
            way.lineTo(b.center().x(), 108);
            p.setPen(QPen(palette().color(QPalette::Mid), 1.4));
            p.setBrush(Qt::NoBrush);
            p.drawPath(way);
            drawArrow(p, QPointF(b.center().x(), 108), QPointF(b.center().x(), b.top()), false,
                      pathColor);
            continue;
        }
        QPointF from(a.right(), a.center().y());
        QPointF to(b.left(), b.center().y());
        drawArrow(p, from, to, taken, pathColor);
    }
    for (int i = 0; i < kSyncStepCount; ++i)
        drawBox(p, SyncStep(i));

    // The token travelling to the new current step.
    if (!m_empty && m_animT < 1.0) {
        const QPointF a = logicalRect(m_animFrom).center();
        const QPointF b = logicalRect(m_highlight.current).center();
        const QPointF at = a + (b - a) * m_animT;
        const QColor c =
            LinkStateStyle::color(LinkStateStyle::categoryOf(m_state, m_highlight.failing));
        p.setPen(QPen(c.darker(130), 2));
        p.setBrush(c);
        p.drawEllipse(at, 9, 9);
    }
}

bool SyncStateDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < kSyncStepCount; ++i) {
            if (stepRect(SyncStep(i)).contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   LinkStateStyle::stepTitle(SyncStep(i)) + QStringLiteral(": ") +
                                       LinkStateStyle::stepSubtitle(SyncStep(i)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
