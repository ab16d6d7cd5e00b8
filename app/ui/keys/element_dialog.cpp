#include "ui/keys/element_dialog.h"

#include "model/keys/byte_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <limits>

ElementDialog::ElementDialog(KeyType type, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
{
    setWindowTitle(adding ? tr("Add element") : tr("Edit element"));
    auto *form = new QFormLayout(this);
    switch (type) {
    case KeyType::List:
        m_value = new QPlainTextEdit(this);
        form->addRow(tr("Value:"), m_value);
        if (adding) {
            m_end = new QComboBox(this);
            m_end->addItem(tr("At the tail (RPUSH)"));
            m_end->addItem(tr("At the head (LPUSH)"));
            form->addRow(tr("Where:"), m_end);
        }
        break;
    case KeyType::Hash:
        m_first = new QLineEdit(this);
        m_value = new QPlainTextEdit(this);
        form->addRow(tr("Field:"), m_first);
        form->addRow(tr("Value:"), m_value);
        break;
    case KeyType::Set:
        m_first = new QLineEdit(this);
        form->addRow(tr("Member:"), m_first);
        break;
    case KeyType::ZSet:
        m_first = new QLineEdit(this);
        m_score = new QDoubleSpinBox(this);
        m_score->setDecimals(6);
        m_score->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
        form->addRow(tr("Member:"), m_first);
        form->addRow(tr("Score:"), m_score);
        break;
    default:
        break;
    }
    form->addRow(new QLabel(tr("Bytes that are not text can be typed as \\xHH."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ElementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ElementDialog::setFirst(const QByteArray &bytes)
{
    if (m_type == KeyType::List)
        m_value->setPlainText(bytesToDisplayText(bytes, TextLayout::MultiLine));
    else if (m_first)
        m_first->setText(bytesToDisplayText(bytes));
}

void ElementDialog::setSecond(const QByteArray &bytes)
{
    if (m_type == KeyType::Hash)
        m_value->setPlainText(bytesToDisplayText(bytes, TextLayout::MultiLine));
    else if (m_score)
        m_score->setValue(bytes.toDouble());
}

std::optional<QByteArray> ElementDialog::first() const
{
    if (m_type == KeyType::List)
        return displayTextToBytes(m_value->toPlainText());
    return m_first ? displayTextToBytes(m_first->text()) : std::nullopt;
}

std::optional<QByteArray> ElementDialog::second() const
{
    if (m_type == KeyType::Hash)
        return displayTextToBytes(m_value->toPlainText());
    if (m_score)
        return QByteArray::number(m_score->value(), 'g', 17);
    return QByteArray();
}

double ElementDialog::score() const
{
    return m_score ? m_score->value() : 0;
}

bool ElementDialog::atTail() const
{
    return !m_end || m_end->currentIndex() == 0;
}

void ElementDialog::accept()
{
    if (!first() || !second()) {
        QMessageBox::warning(this, windowTitle(), tr("A \\x escape needs two hex digits."));
        return;
    }
    QDialog::accept();
}
