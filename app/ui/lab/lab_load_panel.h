#pragma once
// Controls of the lab's load generator: rate, key space, value size, command mix, start/stop,
// and the achieved rate. It writes to the lab's master (the top of the tree).
#include <QGroupBox>
#include <QPointer>

class LabController;
class QLabel;
class QPushButton;
class QSpinBox;
struct LoadProfile;
struct LoadStats;

class LabLoadPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit LabLoadPanel(LabController *lab, QWidget *parent = nullptr);

private:
    LoadProfile profile() const;
    void toggle();
    void showStats(const LoadStats &stats);

    QPointer<LabController> m_lab;
    QSpinBox *m_rate;
    QSpinBox *m_keySpace;
    QSpinBox *m_valueSize;
    QSpinBox *m_set;
    QSpinBox *m_incr;
    QSpinBox *m_hset;
    QSpinBox *m_lpush;
    QSpinBox *m_del;
    QPushButton *m_startStop;
    QLabel *m_achieved;
};
