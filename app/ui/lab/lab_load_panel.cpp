#include "ui/lab/lab_load_panel.h"

#include "lab/lab_controller.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace {

QSpinBox *spin(QWidget *parent, int min, int max, int value, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

} // namespace

LabLoadPanel::LabLoadPanel(LabController *lab, QWidget *parent)
    : QGroupBox(tr("Load generator"), parent)
    , m_lab(lab)
    , m_rate(spin(this, 1, 200000, 1000, tr(" ops/s")))
    , m_keySpace(spin(this, 1, 10000000, 10000, tr(" keys")))
    , m_valueSize(spin(this, 0, 1024 * 1024, 64, tr(" bytes")))
    , m_set(spin(this, 0, 100, 70))
    , m_incr(spin(this, 0, 100, 10))
    , m_hset(spin(this, 0, 100, 10))
    , m_lpush(spin(this, 0, 100, 5))
    , m_del(spin(this, 0, 100, 5))
    , m_startStop(new QPushButton(tr("Start load"), this))
    , m_achieved(new QLabel(tr("Stopped"), this))
{
    setObjectName(QStringLiteral("LabLoadPanel"));
    auto *mix = new QGridLayout;
    const QList<QPair<QString, QSpinBox *>> weights = {{QStringLiteral("SET"), m_set},
                                                       {QStringLiteral("INCR"), m_incr},
                                                       {QStringLiteral("HSET"), m_hset},
                                                       {QStringLiteral("LPUSH"), m_lpush},
                                                       {QStringLiteral("DEL"), m_del}};
    for (int i = 0; i < weights.size(); ++i) {
        mix->addWidget(new QLabel(weights[i].first, this), 0, i);
        mix->addWidget(weights[i].second, 1, i);
        connect(weights[i].second, &QSpinBox::valueChanged, this, [this] {
            if (m_lab && m_lab->loadGenerator()->isRunning())
                m_lab->loadGenerator()->setProfile(profile());
        });
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Key space:"), m_keySpace);
    form->addRow(tr("Value size:"), m_valueSize);
    form->addRow(tr("Command mix (weights):"), mix);
    // A long error (READONLY, a lost connection) wraps instead of widening the lab's controls.
    m_achieved->setWordWrap(true);
    form->addRow(m_startStop, m_achieved);

    for (QSpinBox *s : {m_rate, m_keySpace, m_valueSize})
        connect(s, &QSpinBox::editingFinished, this, [this] {
            if (m_lab && m_lab->loadGenerator()->isRunning())
                m_lab->loadGenerator()->setProfile(profile());
        });
    connect(m_startStop, &QPushButton::clicked, this, &LabLoadPanel::toggle);
    connect(lab->loadGenerator(), &LoadGenerator::statsChanged, this, &LabLoadPanel::showStats);
}

LoadProfile LabLoadPanel::profile() const
{
    LoadProfile p;
    p.opsPerSecond = m_rate->value();
    p.keySpace = m_keySpace->value();
    p.valueSize = m_valueSize->value();
    p.setWeight = m_set->value();
    p.incrWeight = m_incr->value();
    p.hsetWeight = m_hset->value();
    p.lpushWeight = m_lpush->value();
    p.delWeight = m_del->value();
    return p;
}

void LabLoadPanel::toggle()
{
    if (!m_lab)
        return;
    LoadGenerator *load = m_lab->loadGenerator();
    if (load->isRunning()) {
        load->stop();
        m_startStop->setText(tr("Start load"));
        return;
    }
    const LabNode *master = m_lab->node(m_lab->masterName());
    if (!master) {
        m_achieved->setText(tr("The lab has no master."));
        return;
    }
    load->start(master->port(), master->password(), profile());
    m_startStop->setText(tr("Stop load"));
}

void LabLoadPanel::showStats(const LoadStats &stats)
{
    if (!stats.running) {
        m_achieved->setText(tr("Stopped"));
        m_startStop->setText(tr("Start load"));
        return;
    }
    m_startStop->setText(tr("Stop load")); // also when the lab restarted it (a promotion)
    QString text = tr("%1 ops/s achieved (%2 done, %3 errors)")
                       .arg(QLocale().toString(stats.achievedOpsPerSecond, 'f', 0))
                       .arg(stats.opsDone)
                       .arg(stats.errors);
    if (!stats.connected)
        text += QStringLiteral(" — ") + tr("not connected: %1").arg(stats.lastError);
    else if (!stats.lastError.isEmpty() && stats.errors > 0)
        text += QStringLiteral(" — ") + stats.lastError;
    m_achieved->setText(text);
}
