#pragma once
// The replica's sync state machine drawn as the seed describes it: connect, PING, the handshake
// (AUTH, REPLCONF), PSYNC, then either the full sync (snapshot transfer, load) or the partial
// resync (backlog), then the command stream. The current step is highlighted in its state's
// colour; a change of step is animated by a token travelling along the arrows; the path the
// latest sync took is drawn thicker.
#include "model/replication/sync_step.h"
#include "ui/replication/link_state_style.h"

#include <QWidget>
#include <array>

class QVariantAnimation;

class SyncStateDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStateDiagram(QWidget *parent = nullptr);

    // Shows `highlight` (from highlightFor(timeline)). `state` picks the colour.
    void setHighlight(const SyncStepHighlight &highlight, ReplicaState state);
    // Progress of the snapshot transfer, 0..1 (-1: unknown or not transferring).
    void setTransferProgress(double fraction);
    void setEmpty(bool empty); // nothing to show (no replica selected)

    SyncStep currentStep() const { return m_highlight.current; }
    const SyncStepHighlight &highlight() const { return m_highlight; }
    bool isAnimating() const;
    // The box of `step` in widget coordinates (for tests and tooltips).
    QRectF stepRect(SyncStep step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTransform toWidget() const;
    QRectF logicalRect(SyncStep step) const;
    void drawArrow(QPainter &p, const QPointF &from, const QPointF &to, bool taken,
                   const QColor &color) const;
    void drawBox(QPainter &p, SyncStep step) const;
    void drawGroup(QPainter &p, SyncStep first, SyncStep last, const QString &title,
                   bool highlighted) const;

    SyncStepHighlight m_highlight;
    ReplicaState m_state = ReplicaState::None;
    double m_transferFraction = -1;
    bool m_empty = true;
    SyncStep m_animFrom = SyncStep::Connect;
    double m_animT = 1.0; // 0..1 along the token's way from m_animFrom to the current step
    QVariantAnimation *m_animation;
};
