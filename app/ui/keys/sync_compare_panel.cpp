#include "ui/keys/sync_compare_panel.h"

#include "client/node_connections.h"
#include "model/keys/sync_comparison.h"
#include "model/keys/sync_result_model.h"
#include "ui/keys/node_picker.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Colours a row by its verdict: green synced, amber in flight, red differs/missing, violet for
// keys only a replica has.
class VerdictDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() < SyncResultModel::FirstReplicaColumn && index.column() != 0)
            return;
        QColor color;
        switch (index.data(SyncResultModel::VerdictRole).value<SyncVerdict>()) {
        case SyncVerdict::Synced:
            color = QColor(0x2e, 0x7d, 0x32);
            break;
        case SyncVerdict::InFlight:
        case SyncVerdict::Pending:
            color = QColor(0xb2, 0x6a, 0x00);
            break;
        case SyncVerdict::Extra:
            color = QColor(0x6a, 0x1b, 0x9a);
            break;
        case SyncVerdict::Missing:
        case SyncVerdict::Differs:
        case SyncVerdict::Error:
            color = QColor(0xc6, 0x28, 0x28);
            break;
        }
        option->palette.setColor(QPalette::Text, color);
        if (index.column() >= SyncResultModel::FirstReplicaColumn)
            option->font.setBold(true);
    }
};

} // namespace

SyncComparePanel::SyncComparePanel(NodeRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("SyncComparePanel"));
    m_results = new SyncResultModel(this);
    m_title = new QLabel(tr("Synced? — select a key or namespace and press \"Synced?\""), this);
    m_title->setObjectName(QStringLiteral("SyncTitle"));
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("SyncSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setEnabled(false);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setEnabled(false);
    m_divergedOnly = new QCheckBox(tr("Only diverged keys"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("SyncTable"));
    m_table->setModel(m_results);
    m_table->setItemDelegate(new VerdictDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_divergedOnly);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, this, &SyncComparePanel::cancel);
    connect(m_divergedOnly, &QCheckBox::toggled, m_results, &SyncResultModel::setDivergedOnly);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export diverged keys"),
                                                          QStringLiteral("diverged-keys.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
}

bool SyncComparePanel::prepare(NodeId node, int db, const QString &what)
{
    if (m_comparison) {
        m_comparison->cancel();
        m_comparison->deleteLater();
    }
    m_results->setComparison(nullptr);
    if (!m_registry || !m_registry->contains(node)) {
        m_title->setText(tr("No server selected."));
        return false;
    }
    const NodeId root = m_registry->groupRoot(node);
    QList<SyncEndpoint> replicas;
    for (NodeId id : m_registry->groupOf(node)) {
        if (id == root)
            continue;
        replicas << SyncEndpoint{NodePicker::describe(m_registry, id),
                                 m_registry->connections(id)->browsing(), db};
    }
    if (replicas.isEmpty()) {
        m_title->setText(tr("%1 has no replica (or its master is not monitored): add the rest "
                            "of its replication group in the Connections dock to compare.")
                             .arg(NodePicker::describe(m_registry, node)));
        m_summary->clear();
        return false;
    }
    const SyncEndpoint master{NodePicker::describe(m_registry, root),
                              m_registry->connections(root)->browsing(), db};
    m_comparison = new SyncComparison(master, replicas, this);
    m_results->setComparison(m_comparison);
    m_title->setText(
        tr("Synced? %1 in db%2: master %3 against %n replica(s)", nullptr, int(replicas.size()))
            .arg(what)
            .arg(db)
            .arg(master.name));
    connect(m_comparison, &SyncComparison::progressed, this, &SyncComparePanel::updateSummary);
    connect(m_comparison, &SyncComparison::stateChanged, this, [this] {
        updateSummary();
        if (m_comparison->state() == SyncComparison::State::Finished ||
            m_comparison->state() == SyncComparison::State::Failed ||
            m_comparison->state() == SyncComparison::State::Cancelled)
            emit finished();
    });
    m_table->setColumnWidth(SyncResultModel::KeyColumn, 320);
    // Replica columns are named "replica-2 — 127.0.0.1:port (replica)": wide enough to read
    // the name (with two replicas the first was cut to "a-2 — 127.0.0.1:44049 (re").
    for (int c = SyncResultModel::FirstReplicaColumn; c < m_results->columnCount(); ++c)
        m_table->setColumnWidth(c, qMax(m_table->horizontalHeader()->sectionSizeHint(c), 160));
    return true;
}

bool SyncComparePanel::compareKeys(NodeId node, int db, const QList<QByteArray> &keys)
{
    if (!prepare(node, db,
                 keys.size() == 1 ? tr("key") : tr("%n key(s)", nullptr, int(keys.size()))))
        return false;
    m_comparison->compareKeys(keys);
    updateSummary();
    return true;
}

bool SyncComparePanel::comparePattern(NodeId node, int db, const QByteArray &pattern)
{
    if (!prepare(node, db, tr("pattern %1").arg(QString::fromUtf8(pattern))))
        return false;
    m_comparison->comparePattern(pattern);
    updateSummary();
    return true;
}

void SyncComparePanel::cancel()
{
    if (m_comparison)
        m_comparison->cancel();
}

QString SyncComparePanel::summaryText() const
{
    return m_summary->text();
}

void SyncComparePanel::updateSummary()
{
    if (!m_comparison)
        return;
    using State = SyncComparison::State;
    const State state = m_comparison->state();
    const bool running = state == State::Running || state == State::Probing;
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && !m_comparison->results().isEmpty());
    m_progress->setVisible(running);
    m_progress->setMaximum(int(qMax<qint64>(1, m_comparison->keysQueued())));
    m_progress->setValue(int(m_comparison->keysChecked()));
    QString digest;
    switch (m_comparison->fastDigest()) {
    case SyncComparison::FastDigest::DebugDigestValue:
        digest = tr("values by DEBUG DIGEST-VALUE");
        break;
    case SyncComparison::FastDigest::Dump:
        digest = tr("values by DUMP bytes (confirmed by a paged digest when they differ)");
        break;
    case SyncComparison::FastDigest::None:
        digest = tr("values by a paged digest");
        break;
    }
    // Two sentences rather than "key(s)": the app ships no English plural forms.
    const QString counts = m_comparison->keysChecked() == 1
                               ? tr("%L1 key checked: %L2 synced, %L3 missing, %L4 only on a "
                                    "replica, %L5 differ, %L6 in flight.")
                               : tr("%L1 keys checked: %L2 synced, %L3 missing, %L4 only on a "
                                    "replica, %L5 differ, %L6 in flight.");
    QString text = counts.arg(m_comparison->keysChecked())
                       .arg(m_comparison->count(SyncVerdict::Synced))
                       .arg(m_comparison->count(SyncVerdict::Missing))
                       .arg(m_comparison->count(SyncVerdict::Extra))
                       .arg(m_comparison->count(SyncVerdict::Differs))
                       .arg(m_comparison->count(SyncVerdict::InFlight));
    if (state != State::Probing)
        text += QLatin1Char(' ') + tr("Compared %1.").arg(digest);
    if (state == State::Finished)
        text += QLatin1Char(' ') + tr("Done in %L1 ms.").arg(m_comparison->elapsedMs());
    else if (state == State::Cancelled)
        text += QLatin1Char(' ') + tr("Stopped.");
    if (!m_comparison->errorText().isEmpty())
        text += QLatin1Char('\n') + m_comparison->errorText();
    m_summary->setText(text);
}

bool SyncComparePanel::exportCsv(const QString &path, QString *error) const
{
    if (!m_comparison)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(m_comparison->toCsv(true));
    return true;
}
