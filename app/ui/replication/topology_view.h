#pragma once
// The replication topology: nodes as boxes (role, address, health, keys, memory), replication
// links as arrows master -> replica (chains too), each arrow coloured by the link's state and
// labelled with byte lag and ACK age (or the sync progress, or the error). Clicking a node or a
// link selects it in every view; the context menu is filled by whoever owns the actions (the
// lab adds kill, pause, promote, shape link).
#include "model/replication/replication_selection.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QMenu;
class ReplicationModel;
struct ReplicationLink;

class TopologyView : public QWidget
{
    Q_OBJECT
public:
    TopologyView(ReplicationModel *model, ReplicationSelection *selection,
                 QWidget *parent = nullptr);

    // Widget coordinates of a node's box / a link's label (empty if not drawn).
    QRectF nodeRect(const QString &id) const;
    QRectF linkLabelRect(const QString &replicaId) const;
    QString linkLabelText(const QString &replicaId) const;
    QColor linkColor(const QString &replicaId) const;
    // What is under a widget position.
    QPair<ReplicationSelection::Kind, QString> hitTest(const QPointF &pos) const;

    QSize sizeHint() const override;

signals:
    // Emitted (synchronously) before the context menu opens; connect and add actions. An empty
    // menu is not shown.
    void contextMenuRequested(QMenu *menu, ReplicationSelection::Kind kind, const QString &id);
    void nodeActivated(const QString &id); // double click

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    QTransform toWidget() const;
    void drawNode(QPainter &p, const QString &id) const;
    void drawLink(QPainter &p, const ReplicationLink &link) const;
    bool linkFailing(const ReplicationLink &link) const;
    QLineF linkLine(const ReplicationLink &link) const; // logical

    QPointer<ReplicationModel> m_model;
    QPointer<ReplicationSelection> m_selection;
    QHash<QString, QRectF> m_boxes; // logical coordinates
    QRectF m_bounds;
};
