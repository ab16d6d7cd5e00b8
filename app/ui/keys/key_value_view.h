#pragma once
// The right half of the key browser: what one key holds. A header (name, type, TTL, size,
// encoding, memory), actions (rename, TTL, delete with confirmation, copy value, refresh) and
// the editor for its type. A refused write shows the server's reply explained in a banner
// (READONLY: "write on the master 127.0.0.1:7000").
#include "model/keys/db_commands.h"
#include "model/keys/key_details.h"
#include "model/keys/write_result.h"

#include <QWidget>

class CollectionValueEditor;
class QLabel;
class QPushButton;
class QStackedWidget;
class StringValueEditor;

class KeyValueView : public QWidget
{
    Q_OBJECT
public:
    explicit KeyValueView(QWidget *parent = nullptr);

    void showKey(const DbCommands &db, const QByteArray &key);
    void clear();
    QByteArray key() const { return m_key; }
    const KeyDetails &details() const { return m_details; }
    StringValueEditor *stringEditor() const { return m_string; }
    CollectionValueEditor *collectionEditor() const { return m_collection; }
    QString bannerText() const;

    void refresh();
    void renameKey();
    void editTtl();
    void deleteKey(bool confirm = true);
    void copyValue();

    // Strings larger than this are shown cut (GETRANGE).
    static constexpr qint64 kStringLimit = 4 << 20;

signals:
    void keyDeleted(int db, const QByteArray &key);
    void keyRenamed(int db, const QByteArray &from, const QByteArray &to);
    void keyChanged(int db, const QByteArray &key);
    void compareRequested(const QByteArray &key);

private:
    void onDetails(const KeyDetails &details);
    void showResult(const WriteResult &result);
    void showBanner(const QString &text, bool error);

    DbCommands m_db;
    QByteArray m_key;
    KeyDetails m_details;
    quint64 m_generation = 0;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_ttl = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_compare = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    StringValueEditor *m_string = nullptr;
    CollectionValueEditor *m_collection = nullptr;
};
