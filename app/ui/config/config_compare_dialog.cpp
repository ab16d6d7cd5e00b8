#include "ui/config/config_compare_dialog.h"

#include "ui/status_style.h"

#include "ui/config/apply_config_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

class DifferenceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool differs = index.data(ConfigComparisonModel::DiffersRole).toBool();
        const bool specific = index.data(ConfigComparisonModel::NodeSpecificRole).toBool();
        if (index.column() == 0 && index.data(ConfigComparisonModel::ReplicationRole).toBool())
            option->font.setBold(true);
        if (differs && !specific) {
            option->backgroundBrush =
                status_style::background(status_style::Kind::Warning, option->palette);
            option->palette.setColor(
                QPalette::Text, status_style::textOn(status_style::Kind::Warning, option->palette));
        } else if (differs)
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

ConfigCompareDialog::ConfigCompareDialog(const QList<ConfigNode> &nodes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ConfigCompareDialog"));
    setWindowTitle(tr("Compare configurations"));
    m_model = new ConfigComparisonModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DifferenceDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_onlyDiff = new QCheckBox(tr("Only differences"), this);
    m_onlyDiff->setChecked(true);
    m_summary = new QLabel(this);
    auto *apply = new QPushButton(tr("Apply to nodes…"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_onlyDiff);
    bar->addWidget(reload);
    bar->addWidget(apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Orange: differs. Grey: differs by nature (ports, files, "
                                    "the replicaof line). Replication directives come first."),
                                 this));
    layout->addWidget(buttons);
    resize(900, 600);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyDiff, &QCheckBox::toggled, m_model, &ConfigComparisonModel::setOnlyDifferences);
    connect(reload, &QPushButton::clicked, m_model, &ConfigComparisonModel::reload);
    connect(apply, &QPushButton::clicked, this, &ConfigCompareDialog::applySelected);
    connect(m_model, &ConfigComparisonModel::loaded, this, &ConfigCompareDialog::updateSummary);
    m_model->setOnlyDifferences(true);
    m_model->setNodes(nodes);
    updateSummary();
}

void ConfigCompareDialog::updateSummary()
{
    if (m_model->isLoading()) {
        m_summary->setText(
            tr("Reading CONFIG GET * from %n node(s)…", nullptr, int(m_model->nodes().size())));
        return;
    }
    QString text = tr("%n directive(s) differ", nullptr, m_model->differingCount());
    if (!m_model->errors().isEmpty())
        text += QLatin1Char('\n') + m_model->errors();
    m_summary->setText(text);
}

void ConfigCompareDialog::applySelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QByteArray name =
        current.isValid()
            ? current.siblingAtColumn(0).data(ConfigComparisonModel::NameRole).toByteArray()
            : QByteArray();
    const QByteArray value =
        current.isValid()
            ? current.siblingAtColumn(1).data(ConfigComparisonModel::ValueBytesRole).toByteArray()
            : QByteArray();
    ApplyConfigDialog dialog(m_model->nodes(), name, value, this);
    connect(&dialog, &ApplyConfigDialog::appliedToNodes, m_model, &ConfigComparisonModel::reload);
    dialog.exec();
}
