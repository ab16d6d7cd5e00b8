#include "ui/replication/doctor_panel.h"

#include "ui/status_style.h"

#include "model/replication/replication_model.h"
#include "model/replication/replication_selection.h"
#include "ui/replication/link_state_style.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

int rank(DiagnosisSeverity s)
{
    switch (s) {
    case DiagnosisSeverity::Error:
        return 0;
    case DiagnosisSeverity::Warning:
        return 1;
    case DiagnosisSeverity::Info:
        break;
    }
    return 2;
}

} // namespace

DoctorPanel::DoctorPanel(ReplicationModel *model, ReplicationSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("DoctorPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("doctorFindings"));
    m_list->setWordWrap(true);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("doctorDetails"));
    m_details->setOpenLinks(false);
    m_apply = new QPushButton(tr("Apply fix"), this);
    m_apply->setObjectName(QStringLiteral("doctorApply"));
    m_copy = new QPushButton(tr("Copy commands"), this);
    m_probe = new QPushButton(tr("Test reachability"), this);
    m_probe->setToolTip(tr("Open a connection from this computer to the replica's master"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_probe);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showCurrent();
        if (!m_rebuilding)
            selectSubject();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const Diagnosis *d = currentFinding())
            emit applyFixRequested(*d);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const Diagnosis *d = currentFinding())
            QApplication::clipboard()->setText(d->commands.join(QLatin1Char('\n')));
    });
    connect(m_probe, &QPushButton::clicked, this, [this] {
        const Diagnosis *d = currentFinding();
        QString id = d ? d->subject : QString();
        if (m_model && (id.isEmpty() || !m_model->link(id)) && m_selection)
            id = m_selection->focusedLink();
        if (!id.isEmpty())
            emit reachabilityTestRequested(id);
    });
    connect(model, &ReplicationModel::diagnosesChanged, this, &DoctorPanel::rebuild);
    connect(selection, &ReplicationSelection::selectionChanged, this, [this] {
        if (!m_selecting)
            rebuild();
    });
    rebuild();
}

void DoctorPanel::setApplicableActions(const QList<FixAction> &actions)
{
    m_applicable = actions;
    showCurrent();
}

void DoctorPanel::setReachabilityTestAvailable(bool available)
{
    m_reachability = available;
    showCurrent();
}

int DoctorPanel::findingCount() const
{
    return int(m_shown.size());
}

const Diagnosis *DoctorPanel::currentFinding() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

void DoctorPanel::selectFinding(int row)
{
    m_list->setCurrentRow(row);
}

QString DoctorPanel::detailsText() const
{
    return m_details->toPlainText();
}

void DoctorPanel::rebuild()
{
    if (!m_model)
        return;
    const Diagnosis *current = currentFinding();
    const QString keepKey =
        current ? current->subject + QString::number(int(current->kind)) : QString();
    const QString focus = m_selection ? m_selection->id() : QString();
    m_shown = m_model->diagnoses();
    // Worst first; within a severity, the selected node or link first.
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](const Diagnosis &a, const Diagnosis &b) {
        if (rank(a.severity) != rank(b.severity))
            return rank(a.severity) < rank(b.severity);
        return (a.subject == focus) > (b.subject == focus);
    });
    m_list->blockSignals(true);
    m_list->clear();
    int keepRow = -1;
    int focusRow = -1;
    for (int i = 0; i < m_shown.size(); ++i) {
        const Diagnosis &d = m_shown[i];
        QStyle::StandardPixmap icon =
            d.severity == DiagnosisSeverity::Error     ? QStyle::SP_MessageBoxCritical
            : d.severity == DiagnosisSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
        auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                         QStringLiteral("%1 — %2").arg(d.subject, d.title), m_list);
        item->setToolTip(d.title);
        if (d.subject + QString::number(int(d.kind)) == keepKey)
            keepRow = i;
        if (focusRow < 0 && d.subject == focus)
            focusRow = i;
    }
    if (m_shown.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_list->blockSignals(false);
    m_rebuilding = true;
    const int row = focusRow >= 0  ? focusRow
                    : keepRow >= 0 ? keepRow
                                   : (m_shown.isEmpty() ? -1 : 0);
    m_list->setCurrentRow(row);
    m_rebuilding = false;
    showCurrent();
}

QString DoctorPanel::html(const Diagnosis &d) const
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(d.title.toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(d.explanation.toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), d.fix.toHtmlEscaped());
    if (!d.commands.isEmpty()) {
        out += QStringLiteral("<pre style=\"background:%1; padding:6px\">")
                   .arg(status_style::codeBackground(palette()).name());
        for (const QString &c : d.commands)
            out += c.toHtmlEscaped() + QLatin1Char('\n');
        out += QStringLiteral("</pre>");
    }
    return out;
}

void DoctorPanel::showCurrent()
{
    const Diagnosis *d = currentFinding();
    m_details->setHtml(d ? html(*d) : QString());
    m_apply->setEnabled(d && d->action != FixAction::None && m_applicable.contains(d->action));
    m_copy->setEnabled(d && !d->commands.isEmpty());
    m_probe->setVisible(m_reachability);
}

// The user picked a finding: show what it is about in every view.
void DoctorPanel::selectSubject()
{
    const Diagnosis *d = currentFinding();
    if (!d || !m_selection || !m_model)
        return;
    m_selecting = true;
    if (m_model->link(d->subject))
        m_selection->selectLink(d->subject);
    else if (m_model->node(d->subject))
        m_selection->selectNode(d->subject);
    m_selecting = false;
}
