#include "ui/config/apply_config_dialog.h"

#include "model/config/config_catalog.h"
#include "model/keys/byte_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

ApplyConfigDialog::ApplyConfigDialog(const QList<ConfigNode> &nodes, const QByteArray &directive,
                                     const QByteArray &value, QWidget *parent)
    : QDialog(parent)
    , m_all(nodes)
{
    setWindowTitle(tr("Apply a setting to several nodes"));
    m_directive = new QComboBox(this);
    m_directive->setEditable(true);
    for (const ConfigDirective &d : ConfigCatalog::all())
        if (d.mutability != ConfigMutability::Restart && !d.aliasOf)
            m_directive->addItem(QString::fromLatin1(d.name));
    m_directive->setCurrentText(QString::fromUtf8(directive));
    m_value = new QLineEdit(bytesToDisplayText(value), this);
    m_value->setObjectName(QStringLiteral("ApplyValue"));
    m_nodes = new QListWidget(this);
    for (const ConfigNode &node : nodes) {
        auto *item = new QListWidgetItem(node.name, m_nodes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply (CONFIG SET)"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Directive:"), m_directive);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Nodes:"), m_nodes);
    form->addRow(m_result);
    form->addRow(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ApplyConfigDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ApplyConfigDialog::resultText() const
{
    return m_result->text();
}

void ApplyConfigDialog::apply()
{
    QList<ConfigNode> chosen;
    for (int i = 0; i < m_nodes->count(); ++i)
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            chosen << m_all[i];
    const QByteArray name = m_directive->currentText().trimmed().toUtf8();
    const auto value = displayTextToBytes(m_value->text());
    if (name.isEmpty() || !value || chosen.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_result->setText(tr("Applying…"));
    applyConfigToNodes(chosen, name, *value, this,
                       [this, name](const QList<ConfigApplyResult> &results) {
                           QStringList lines;
                           for (const ConfigApplyResult &r : results) {
                               lines << (r.ok ? tr("%1: %2 is now %3")
                                                    .arg(r.node, QString::fromUtf8(name),
                                                         bytesToDisplayText(r.value))
                                              : tr("%1: refused — %2").arg(r.node, r.message));
                           }
                           m_result->setText(lines.join(QLatin1Char('\n')));
                           m_apply->setEnabled(true);
                           emit appliedToNodes(results);
                       });
}
