#pragma once
// Asks for one element of a collection: a list value, a set member, a hash field and value, or
// a sorted-set member and score. Text fields accept \xHH escapes, so any bytes can be entered.
#include "model/keys/key_type.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QDoubleSpinBox;
class QComboBox;

class ElementDialog : public QDialog
{
    Q_OBJECT
public:
    // `adding`: lists offer head/tail; an existing hash field can be renamed.
    ElementDialog(KeyType type, bool adding, QWidget *parent = nullptr);

    void setFirst(const QByteArray &bytes);  // field, member, or list value
    void setSecond(const QByteArray &bytes); // hash value, or zset score
    // nullopt when a field holds a malformed escape (the dialog then stays open).
    std::optional<QByteArray> first() const;
    std::optional<QByteArray> second() const;
    double score() const;
    bool atTail() const;

    void accept() override;

private:
    KeyType m_type;
    QLineEdit *m_first = nullptr;
    QPlainTextEdit *m_value = nullptr; // list value / hash value
    QDoubleSpinBox *m_score = nullptr;
    QComboBox *m_end = nullptr;
};
