#pragma once
// Tables over a big collection value, loaded page by page so a million-element hash never
// arrives at once (Tiny RDM #453, RESP.app #4780). Two ways to page, as Redis allows:
//   IndexedValueModel - lists and sorted sets: the row count is known (LLEN/ZCARD) and any
//                       page can be fetched directly (LRANGE/ZRANGE), so rows load as they are
//                       scrolled into view, into a bounded page cache.
//   ScannedValueModel - hashes and sets: only a cursor walk exists (HSCAN/SSCAN), so rows are
//                       appended as the view asks for more (canFetchMore/fetchMore).
// Each reload() starts a new generation; replies of an older one are dropped.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QString>

class ValuePageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        BytesRole = Qt::UserRole + 1, // QByteArray: the cell's raw bytes
        LoadedRole,                   // bool: false while the row's page is on its way
    };

    using QAbstractTableModel::QAbstractTableModel;

    KeyType type() const { return m_type; }
    QByteArray key() const { return m_key; }
    // Elements in the value as the server last counted them.
    qint64 totalCount() const { return m_total; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    QString errorText() const { return m_error; }

    void setKey(const DbCommands &db, const QByteArray &key);
    virtual void reload() = 0;
    // The raw cells of a loaded row (empty if not loaded).
    virtual QList<QByteArray> rowBytes(int row) const = 0;

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

protected:
    void fail(const RespValue &reply);

    DbCommands m_db;
    QByteArray m_key;
    KeyType m_type = KeyType::None;
    qint64 m_total = 0;
    int m_pageSize = 200;
    quint64 m_generation = 0;
    QString m_error;
};

class IndexedValueModel : public ValuePageModel
{
    Q_OBJECT
public:
    // type: KeyType::List or KeyType::ZSet.
    explicit IndexedValueModel(KeyType type, QObject *parent = nullptr);

    void reload() override;
    QList<QByteArray> rowBytes(int row) const override;
    // Pages kept in memory; the ones farthest from the last request are dropped first.
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    int cachedPages() const { return int(m_pages.size()); }
    // True once every row of [first, last] is loaded.
    bool isLoaded(int first, int last) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void requestPage(int page) const;
    void onPage(quint64 generation, int page, const RespValue &reply);
    void evictFarFrom(int page);

    // page -> rows; a row is [value] (list) or [member, score] (zset)
    mutable QHash<int, QList<QList<QByteArray>>> m_pages;
    mutable QSet<int> m_pending;
    int m_maxPages = 64;
    int m_rows = 0;
};

class ScannedValueModel : public ValuePageModel
{
    Q_OBJECT
public:
    // type: KeyType::Hash or KeyType::Set.
    explicit ScannedValueModel(KeyType type, QObject *parent = nullptr);

    void reload() override;
    QList<QByteArray> rowBytes(int row) const override;
    bool isComplete() const { return m_complete; }
    bool isLoading() const { return m_inFlight; }
    // Local updates after an edit made through the browser (no reload, no lost scroll).
    void upsertRow(const QList<QByteArray> &cells);
    void removeRowByFirstCell(const QByteArray &first);
    int rowOf(const QByteArray &first) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void onPage(quint64 generation, const RespValue &reply);

    QList<QList<QByteArray>> m_rows;     // [field, value] (hash) or [member] (set)
    QHash<QByteArray, int> m_rowByFirst; // HSCAN/SSCAN may return an element twice
    QByteArray m_cursor = QByteArrayLiteral("0");
    bool m_complete = false;
    bool m_inFlight = false;
};
