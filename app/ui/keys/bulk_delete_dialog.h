#pragma once
// Bulk delete by pattern: the count (and a sample of names) comes first, then the user
// confirms, then SCAN + UNLINK runs with a progress line and a Cancel button.
#include "model/keys/bulk_delete.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class BulkDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    BulkDeleteDialog(const DbCommands &db, const QByteArray &pattern, QWidget *parent = nullptr);
    BulkDelete *operation() const { return m_bulk; }
    qint64 deletedCount() const { return m_bulk->deleted(); }

    void startPreview();
    void startDelete();

signals:
    void deleted(qint64 count);

private:
    void update();

    BulkDelete *m_bulk = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_sample = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
};
