#include "ui/lab/lab_link_editor.h"

#include "lab/lab_controller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

LabLinkEditor::LabLinkEditor(LabController *lab, QWidget *parent)
    : QGroupBox(parent)
    , m_lab(lab)
    , m_delay(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_paused(new QCheckBox(tr("Pause (hold every byte)"), this))
    , m_cut(new QCheckBox(tr("Cut (partition)"), this))
    , m_firewall(new QCheckBox(tr("Firewall reject (refuse connections)"), this))
    , m_bindFault(new QCheckBox(tr("Replica dials 127.0.0.2 (master bound to 127.0.0.1)"), this))
    , m_upstreamBind(new QLineEdit(this))
    , m_applyBind(new QPushButton(tr("Set bind"), this))
    , m_stats(new QLabel(this))
{
    setObjectName(QStringLiteral("LabLinkEditor"));
    m_delay->setRange(0, 60000);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("Added one-way delay, in each direction (a round trip gets twice)."));
    m_bandwidth->setRange(0, 1024 * 1024);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("unlimited"));
    m_firewall->setToolTip(tr("Connections to the link are refused with a TCP reset, as a "
                              "firewall's reject rule does; open ones are reset."));
    m_bindFault->setToolTip(tr("The seed's second failure: the master listens on 127.0.0.1 "
                               "only, the replica dials another address and gets \"Connection "
                               "refused\". Fix it by adding 127.0.0.2 to the upstream's bind."));
    m_stats->setWordWrap(true);

    auto *applyButton = new QPushButton(tr("Apply"), this);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(applyButton);
    buttons->addWidget(clearButton);
    buttons->addStretch();
    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(m_upstreamBind, 1);
    bindRow->addWidget(m_applyBind);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Delay:"), m_delay);
    form->addRow(tr("Bandwidth:"), m_bandwidth);
    form->addRow(m_paused);
    form->addRow(m_cut);
    form->addRow(m_firewall);
    form->addRow(buttons);
    form->addRow(m_bindFault);
    form->addRow(tr("Upstream bind:"), bindRow);
    form->addRow(m_stats);

    connect(applyButton, &QPushButton::clicked, this, &LabLinkEditor::apply);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_delay->setValue(0);
        m_bandwidth->setValue(0);
        m_paused->setChecked(false);
        m_cut->setChecked(false);
        m_firewall->setChecked(false);
        apply();
    });
    connect(m_bindFault, &QCheckBox::clicked, this, [this](bool on) {
        if (m_lab && !m_replica.isEmpty())
            m_lab->setBindFault(m_replica, on);
    });
    connect(m_applyBind, &QPushButton::clicked, this, [this] {
        const LabNodeSpec *s = m_lab ? m_lab->spec().node(m_replica) : nullptr;
        if (!s || !s->isReplica())
            return;
        QString error;
        const QStringList bind = m_upstreamBind->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!m_lab->setNodeBind(s->upstream, bind, &error))
            m_stats->setText(error);
    });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &LabLinkEditor::refreshStats);
    timer->start(1000);
    setNode({});
}

void LabLinkEditor::setNode(const QString &name)
{
    const LabNodeSpec *s = m_lab ? m_lab->spec().node(name) : nullptr;
    m_replica = s && s->isReplica() ? name : QString();
    setEnabled(!m_replica.isEmpty());
    setTitle(m_replica.isEmpty() ? tr("Replication link (select a replica)")
                                 : tr("Replication link %1 → %2").arg(s->upstream, m_replica));
    load();
}

void LabLinkEditor::load()
{
    const LabNodeSpec *s = m_lab ? m_lab->spec().node(m_replica) : nullptr;
    const LinkShape shape = s ? s->link.shape : LinkShape{};
    m_delay->setValue(shape.delayMs);
    m_bandwidth->setValue(static_cast<int>(shape.bandwidthBytesPerSec / 1024));
    m_paused->setChecked(shape.paused);
    m_cut->setChecked(shape.cut);
    m_firewall->setChecked(shape.firewallReject);
    m_bindFault->setChecked(s && s->link.dialHost != QLatin1String("127.0.0.1"));
    const LabNodeSpec *up = s ? m_lab->spec().node(s->upstream) : nullptr;
    m_upstreamBind->setText(up ? up->bind.join(QLatin1Char(' ')) : QString());
    refreshStats();
}

void LabLinkEditor::apply()
{
    if (!m_lab || m_replica.isEmpty())
        return;
    LinkShape shape;
    shape.delayMs = m_delay->value();
    shape.bandwidthBytesPerSec = static_cast<qint64>(m_bandwidth->value()) * 1024;
    shape.paused = m_paused->isChecked();
    shape.cut = m_cut->isChecked();
    shape.firewallReject = m_firewall->isChecked();
    m_lab->setLinkShape(m_replica, shape);
}

void LabLinkEditor::refreshStats()
{
    if (!m_lab || m_replica.isEmpty()) {
        m_stats->clear();
        return;
    }
    const LinkStats st = m_lab->shaper()->stats(m_replica);
    const QLocale locale;
    m_stats->setText(tr("Proxy port %1, %2. Connections: %3. Sent to the replica: %4, to the "
                        "upstream: %5, queued: %6.")
                         .arg(st.proxyPort)
                         .arg(st.listening ? tr("accepting") : tr("refusing"))
                         .arg(st.connections)
                         .arg(locale.formattedDataSize(st.bytesToReplica))
                         .arg(locale.formattedDataSize(st.bytesToUpstream))
                         .arg(locale.formattedDataSize(st.queuedBytes)));
}
