#pragma once
// The key browser's tree: databases at the top (with their key counts), then namespaces and keys
// streamed in from SCAN. Nothing is loaded before a database is expanded (fetchMore), the first
// SCAN page shows as soon as it arrives, and each namespace exposes its children to the view in
// chunks (canFetchMore/fetchMore), so a million keys never become a million rows at once.
//
// The model is GUI-free (Core only): fonts and icons are added by the view layer from the roles
// below.
#include "client/resp_connection.h"
#include "model/keys/info_text.h"
#include "model/keys/key_scanner.h"
#include "model/keys/key_tree.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QPointer>
#include <memory>
#include <vector>

class KeyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class ItemKind { Database, Namespace, Key };
    Q_ENUM(ItemKind)
    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind
        DbRole,                          // int
        KeyBytesRole,                    // QByteArray: the key (Key rows)
        PrefixRole,   // QByteArray: "user:1:" (Namespace rows), "" for a database
        PatternRole,  // QByteArray: glob matching every key below (Database/Namespace)
        KeyCountRole, // qint64: live keys below
        DeletedRole,  // bool: a key deleted from the browser (tombstone row)
    };
    enum Column { NameColumn, CountColumn, ColumnCount };

    struct Filter
    {
        QByteArray pattern = QByteArrayLiteral("*");
        KeyType type = KeyType::None;
        bool operator==(const Filter &) const = default;
    };

    struct ScanStatus
    {
        KeyScanner::State state = KeyScanner::State::Idle;
        qint64 loaded = 0;    // distinct keys in the tree
        qint64 dbSize = -1;   // DBSIZE when the walk started (-1 unknown)
        qint64 elapsedMs = 0; // since the walk started
        qint64 firstPageMs = -1;
        qint64 finishedMs = -1;
        QString error;
    };

    explicit KeyTreeModel(QObject *parent = nullptr);
    ~KeyTreeModel() override;

    // The browsing connection of the node to show; resets the model. nullptr = empty.
    void setConnection(RespConnection *connection);
    RespConnection *connection() const { return m_connection; }
    // Asks the node for its databases (CONFIG GET databases, INFO keyspace) and lists them.
    void refreshDatabases();
    // Lists these databases without asking the node (tests, or when CONFIG is disabled).
    void setDatabases(const QList<int> &dbs);
    QList<int> databases() const;

    // Namespace separator; empty = flat list. Rebuilds the trees from the keys already loaded.
    void setSeparator(const QByteArray &separator);
    QByteArray separator() const { return m_separator; }
    void setFilter(const Filter &filter); // resets and rescans what was being browsed
    Filter filter() const { return m_filter; }
    // Rows a namespace exposes per fetchMore.
    void setChunkSize(int rows) { m_chunk = qMax(1, rows); }
    void setScanPageHint(int first, int max);
    // Stops loading a database once it holds this many keys (0 = no cap); resume() goes on.
    void setKeyCap(qint64 keys) { m_keyCap = keys; }

    // Starts (or restarts) the walk of a database; expanding its row does the same.
    void startScan(int db);
    void pauseScan(int db);
    void resumeScan(int db);
    ScanStatus scanStatus(int db) const;
    DbKeyCount keyCount(int db) const;

    QModelIndex databaseIndex(int db) const;
    // The row of a key, when it is already exposed to the view.
    QModelIndex keyIndex(int db, const QByteArray &key) const;
    // Keeps the tree in step with edits made through the browser.
    void keyAdded(int db, const QByteArray &key);
    void keyDeleted(int db, const QByteArray &key);

    qint64 memoryBytes() const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void databasesChanged();
    void scanStatusChanged(int db);
    void firstPageShown(int db);

private:
    struct Database;
    struct Item
    {
        ItemKind kind = ItemKind::Database;
        int slot = -1;
        quint32 parentNs = KeyTree::kNoParent;
        quint32 nsId = KeyTree::kNoParent; // Database: the root; Namespace: itself
        quint32 keyId = 0;                 // Key rows
    };

    Item itemAt(const QModelIndex &index) const;
    QModelIndex namespaceIndex(int slot, quint32 nsId, int column = 0) const;
    int slotOf(int db) const;
    void resetDatabases(const QList<int> &dbs);
    void ensureScanner(int slot);
    void onPage(int slot, const QList<QByteArray> &keys);
    void publishTouched(int slot);
    void expose(int slot, quint32 nsId);
    void onScannerState(int slot);
    static QByteArray globEscape(QByteArrayView bytes);

    QPointer<RespConnection> m_connection;
    std::vector<std::unique_ptr<Database>> m_dbs;
    QByteArray m_separator = QByteArrayLiteral(":");
    Filter m_filter;
    int m_chunk = 1000;
    int m_firstPageHint = 1000;
    int m_maxPageHint = 10000;
    qint64 m_keyCap = 0;
    quint64 m_requestGeneration = 0; // drops database-list replies for an older connection
};
