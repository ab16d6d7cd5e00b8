#include "model/keys/value_page_model.h"

#include "model/keys/byte_text.h"
#include "model/keys/key_details.h"

void ValuePageModel::setKey(const DbCommands &db, const QByteArray &key)
{
    m_db = db;
    m_key = key;
    reload();
}

void ValuePageModel::fail(const RespValue &reply)
{
    m_error = QString::fromUtf8(reply.bytes());
    emit loadFailed(m_error);
}

// ---- IndexedValueModel: lists and sorted sets ----

IndexedValueModel::IndexedValueModel(KeyType type, QObject *parent)
    : ValuePageModel(parent)
{
    m_type = type;
}

void IndexedValueModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_pending.clear();
    m_rows = 0;
    m_total = 0;
    m_error.clear();
    endResetModel();
    if (!m_db.isValid())
        return;
    const quint64 generation = m_generation;
    m_db.command({sizeCommandFor(m_type), m_key}, this, [this, generation](const RespValue &r) {
        if (generation != m_generation)
            return;
        if (r.isError()) {
            fail(r);
            return;
        }
        m_total = r.toInteger();
        const int rows = int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
        if (rows > 0) {
            beginInsertRows({}, 0, rows - 1);
            m_rows = rows;
            endInsertRows();
        }
        emit totalCountChanged(m_total);
    });
}

void IndexedValueModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_pages.contains(page) || !m_db.isValid())
        return;
    m_pending.insert(page);
    const qint64 start = qint64(page) * m_pageSize;
    const qint64 stop = start + m_pageSize - 1;
    QList<QByteArray> argv;
    if (m_type == KeyType::List)
        argv = {"LRANGE", m_key, QByteArray::number(start), QByteArray::number(stop)};
    else
        argv = {"ZRANGE", m_key, QByteArray::number(start), QByteArray::number(stop), "WITHSCORES"};
    auto *self = const_cast<IndexedValueModel *>(this);
    const quint64 generation = m_generation;
    m_db.command(argv, this, [self, generation, page](const RespValue &reply) {
        self->onPage(generation, page, reply);
    });
}

void IndexedValueModel::onPage(quint64 generation, int page, const RespValue &reply)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (reply.isError() || !reply.isArray()) {
        fail(reply);
        return;
    }
    QList<QList<QByteArray>> rows;
    const int stride = m_type == KeyType::ZSet ? 2 : 1;
    for (qsizetype i = 0; i + stride - 1 < reply.size(); i += stride) {
        QList<QByteArray> row{reply.at(i).bytes()};
        if (stride == 2)
            row << reply.at(i + 1).bytes();
        rows << row;
    }
    evictFarFrom(page);
    m_pages.insert(page, rows);
    const int first = page * m_pageSize;
    const int last = qMin(m_rows - 1, first + m_pageSize - 1);
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void IndexedValueModel::evictFarFrom(int page)
{
    while (m_pages.size() >= m_maxPages) {
        int farthest = -1;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            if (farthest < 0 || qAbs(it.key() - page) > qAbs(farthest - page))
                farthest = it.key();
        m_pages.remove(farthest);
    }
}

bool IndexedValueModel::isLoaded(int first, int last) const
{
    for (int page = first / m_pageSize; page <= last / m_pageSize; ++page)
        if (!m_pages.contains(page))
            return false;
    return true;
}

QList<QByteArray> IndexedValueModel::rowBytes(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend() || row % m_pageSize >= it->size())
        return {};
    return it->at(row % m_pageSize);
}

int IndexedValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndexedValueModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_type == KeyType::ZSet ? 3 : 2;
}

QVariant IndexedValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const QList<QByteArray> row = rowBytes(index.row());
    if (row.isEmpty()) {
        // Not loaded yet: ask for the page this row is on (painting drives the loading).
        requestPage(index.row() / m_pageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() > 0)
            return QStringLiteral("…");
    }
    if (role == LoadedRole)
        return true;
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    if (row.isEmpty())
        return {};
    const QByteArray &cell = row.at(index.column() - 1);
    if (role == BytesRole)
        return cell;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return bytesToDisplayText(role == Qt::DisplayRole ? cell.left(4096) : cell.left(65536));
    return {};
}

QVariant IndexedValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_type == KeyType::ZSet) {
        const QStringList names{tr("Rank"), tr("Member"), tr("Score")};
        return names.value(section);
    }
    const QStringList names{tr("Index"), tr("Value")};
    return names.value(section);
}

// ---- ScannedValueModel: hashes and sets ----

ScannedValueModel::ScannedValueModel(KeyType type, QObject *parent)
    : ValuePageModel(parent)
{
    m_type = type;
}

void ScannedValueModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowByFirst.clear();
    m_cursor = "0";
    m_complete = false;
    m_inFlight = false;
    m_total = 0;
    m_error.clear();
    endResetModel();
    if (!m_db.isValid())
        return;
    const quint64 generation = m_generation;
    m_db.command({sizeCommandFor(m_type), m_key}, this, [this, generation](const RespValue &r) {
        if (generation != m_generation || !r.isInteger())
            return;
        m_total = r.toInteger();
        emit totalCountChanged(m_total);
    });
    fetchMore({});
}

bool ScannedValueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_inFlight && m_db.isValid();
}

void ScannedValueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_inFlight = true;
    const QByteArray command = m_type == KeyType::Hash ? "HSCAN" : "SSCAN";
    const quint64 generation = m_generation;
    m_db.command({command, m_key, m_cursor, "COUNT", QByteArray::number(m_pageSize)}, this,
                 [this, generation](const RespValue &reply) { onPage(generation, reply); });
}

void ScannedValueModel::onPage(quint64 generation, const RespValue &reply)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (reply.isError() || !reply.isArray() || reply.size() != 2) {
        m_complete = true;
        fail(reply);
        return;
    }
    m_cursor = reply.at(0).bytes();
    m_complete = m_cursor == "0";
    const RespValue &items = reply.at(1);
    const int stride = m_type == KeyType::Hash ? 2 : 1;
    QList<QList<QByteArray>> fresh;
    for (qsizetype i = 0; i + stride - 1 < items.size(); i += stride) {
        const QByteArray first = items.at(i).bytes();
        if (m_rowByFirst.contains(first))
            continue;
        QList<QByteArray> row{first};
        if (stride == 2)
            row << items.at(i + 1).bytes();
        m_rowByFirst.insert(first, int(m_rows.size() + fresh.size()));
        fresh << row;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows << fresh;
        endInsertRows();
    }
    // A sparse walk can return empty pages: keep going until rows arrive or the walk ends,
    // so the view's "more" never stalls on an empty page.
    if (fresh.isEmpty() && !m_complete)
        fetchMore({});
}

QList<QByteArray> ScannedValueModel::rowBytes(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QList<QByteArray>{};
}

int ScannedValueModel::rowOf(const QByteArray &first) const
{
    return m_rowByFirst.value(first, -1);
}

void ScannedValueModel::upsertRow(const QList<QByteArray> &cells)
{
    const int row = rowOf(cells.value(0));
    if (row >= 0) {
        m_rows[row] = cells;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rowByFirst.insert(cells.value(0), int(m_rows.size()));
    m_rows << cells;
    endInsertRows();
    ++m_total;
    emit totalCountChanged(m_total);
}

void ScannedValueModel::removeRowByFirstCell(const QByteArray &first)
{
    const int row = rowOf(first);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_rowByFirst.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByFirst.insert(m_rows[i].value(0), i);
    --m_total;
    emit totalCountChanged(m_total);
}

int ScannedValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScannedValueModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_type == KeyType::Hash ? 2 : 1;
}

QVariant ScannedValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QByteArray &cell = m_rows[index.row()].value(index.column());
    switch (role) {
    case BytesRole:
        return cell;
    case LoadedRole:
        return true;
    case Qt::DisplayRole:
        return bytesToDisplayText(cell.left(4096));
    case Qt::ToolTipRole:
        return bytesToDisplayText(cell.left(65536));
    default:
        return {};
    }
}

QVariant ScannedValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_type == KeyType::Hash)
        return section == 0 ? tr("Field") : tr("Value");
    return tr("Member");
}
