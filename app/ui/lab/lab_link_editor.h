#pragma once
// Shaping controls for one replica's replication link (delay, bandwidth, pause, cut, firewall
// reject), the seed's "master bound to 127.0.0.1" fault, the upstream's bind, and live counters.
#include <QGroupBox>
#include <QPointer>

class LabController;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class LabLinkEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit LabLinkEditor(LabController *lab, QWidget *parent = nullptr);
    // The replica whose link is edited; empty or a master disables the editor.
    void setNode(const QString &name);

private:
    void load();
    void apply();
    void refreshStats();

    QPointer<LabController> m_lab;
    QString m_replica;
    QSpinBox *m_delay;
    QSpinBox *m_bandwidth;
    QCheckBox *m_paused;
    QCheckBox *m_cut;
    QCheckBox *m_firewall;
    QCheckBox *m_bindFault;
    QLineEdit *m_upstreamBind;
    QPushButton *m_applyBind;
    QLabel *m_stats;
};
