#pragma once
// A new key: its type, name, first element and optional TTL. Created with KeyWriter::createKey
// (refused if the name exists). The result is shown in the dialog; it closes on success.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class AddKeyDialog : public QDialog
{
    Q_OBJECT
public:
    AddKeyDialog(const DbCommands &db, const QByteArray &prefix, QWidget *parent = nullptr);
    QByteArray createdKey() const { return m_created; }

    void accept() override;

private:
    void updateFields();

    DbCommands m_db;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QSpinBox *m_ttl = nullptr;
    QLabel *m_error = nullptr;
    QByteArray m_created;
};
