#include "ui/keys/add_key_dialog.h"

#include "model/keys/byte_text.h"
#include "model/keys/key_writer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

AddKeyDialog::AddKeyDialog(const DbCommands &db, const QByteArray &prefix, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Add key to db%1").arg(db.db()));
    m_type = new QComboBox(this);
    for (KeyType t : {KeyType::String, KeyType::List, KeyType::Hash, KeyType::Set, KeyType::ZSet})
        m_type->addItem(keyTypeLabel(t), int(t));
    m_name = new QLineEdit(bytesToDisplayText(prefix), this);
    m_name->setObjectName(QStringLiteral("NewKeyName"));
    m_fieldLabel = new QLabel(this);
    m_field = new QLineEdit(this);
    m_value = new QPlainTextEdit(this);
    m_value->setObjectName(QStringLiteral("NewKeyValue"));
    m_ttl = new QSpinBox(this);
    m_ttl->setRange(0, std::numeric_limits<int>::max());
    m_ttl->setSpecialValueText(tr("no expiry"));
    m_ttl->setSuffix(tr(" s"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#a01010;"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Key:"), m_name);
    form->addRow(m_fieldLabel, m_field);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("TTL:"), m_ttl);
    form->addRow(new QLabel(tr("Bytes that are not text can be typed as \\xHH."), this));
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddKeyDialog::updateFields);
    updateFields();
}

void AddKeyDialog::updateFields()
{
    const auto type = KeyType(m_type->currentData().toInt());
    const bool field = type == KeyType::Hash || type == KeyType::ZSet;
    m_field->setVisible(field);
    m_fieldLabel->setVisible(field);
    m_fieldLabel->setText(type == KeyType::Hash ? tr("Field:") : tr("Score:"));
    if (type == KeyType::ZSet)
        m_field->setText(QStringLiteral("0"));
}

void AddKeyDialog::accept()
{
    const auto type = KeyType(m_type->currentData().toInt());
    const auto name = displayTextToBytes(m_name->text());
    const auto value = displayTextToBytes(m_value->toPlainText());
    const auto field = displayTextToBytes(m_field->text());
    if (!name || name->isEmpty() || !value || !field) {
        m_error->setText(tr("Give a key name; a \\x escape needs two hex digits."));
        return;
    }
    QList<QByteArray> first;
    if (type == KeyType::Hash)
        first = {*field, *value};
    else if (type == KeyType::ZSet)
        first = {*value, *field}; // member, score
    else
        first = {*value};
    const QByteArray key = *name;
    KeyWriter(m_db, this)
        .createKey(type, key, first, qint64(m_ttl->value()) * 1000,
                   [this, key](const WriteResult &r) {
                       if (!r.ok) {
                           m_error->setText(r.message);
                           return;
                       }
                       m_created = key;
                       QDialog::accept();
                   });
}
