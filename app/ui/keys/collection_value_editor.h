#pragma once
// A list, hash, set or sorted set shown as a paged table (rows load as they scroll into view)
// with add / edit / remove through KeyWriter. After an edit the table is updated in place
// (hash, set) or reloaded (list, sorted set: positions move).
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"
#include "model/keys/write_result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class ValuePageModel;

class CollectionValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionValueEditor(QWidget *parent = nullptr);

    void setKey(const DbCommands &db, const QByteArray &key, KeyType type);
    ValuePageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setReadOnly(bool readOnly);

    void addElement();
    void editSelected();
    void removeSelected();

signals:
    // An edit failed (the message explains READONLY & co.) or succeeded (empty message).
    void writeFinished(const WriteResult &result);

private:
    void updateSummary();
    void finishWrite(const WriteResult &result, bool reload);

    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    ValuePageModel *m_model = nullptr;
    DbCommands m_db;
    QByteArray m_key;
    KeyType m_type = KeyType::None;
};
