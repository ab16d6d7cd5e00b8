#include "model/keys/key_tree_model.h"

#include "model/keys/byte_text.h"

#include <QLocale>

namespace {
// Above this many databases (tiny-rdm#287: 65 536) only the non-empty ones are listed.
constexpr int kListAllDatabasesUpTo = 64;

quintptr childId(int slot, quint32 parentNs)
{
    return (quintptr(slot + 1) << 32) | parentNs;
}
} // namespace

struct KeyTreeModel::Database
{
    int db = 0;
    DbKeyCount counts;
    std::unique_ptr<KeyTree> tree;
    KeyScanner *scanner = nullptr;
    qint64 dbSize = -1;
    QElapsedTimer clock;
    qint64 firstPageMs = -1;
    qint64 finishedMs = -1;
    bool started = false;
};

KeyTreeModel::KeyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

KeyTreeModel::~KeyTreeModel() = default;

void KeyTreeModel::setConnection(RespConnection *connection)
{
    ++m_requestGeneration;
    m_connection = connection;
    resetDatabases({});
}

void KeyTreeModel::setScanPageHint(int first, int max)
{
    m_firstPageHint = first;
    m_maxPageHint = max;
    for (auto &d : m_dbs)
        if (d->scanner)
            d->scanner->setPageHintRange(first, max);
}

void KeyTreeModel::refreshDatabases()
{
    if (!m_connection)
        return;
    const quint64 generation = m_requestGeneration;
    m_connection->pipeline({{"INFO", "keyspace"}, {"CONFIG", "GET", "databases"}}, this,
                           [this, generation](const QList<RespValue> &replies) {
                               if (generation != m_requestGeneration || replies.size() != 2)
                                   return;
                               const QMap<int, DbKeyCount> counts =
                                   infoKeyspace(replies[0].bytes());
                               int configured = -1;
                               const RespValue &config = replies[1];
                               if (config.isArray() && config.size() == 2)
                                   configured = int(config.at(1).toInt64());
                               QList<int> dbs;
                               if (configured > 0 && configured <= kListAllDatabasesUpTo) {
                                   for (int db = 0; db < configured; ++db)
                                       dbs << db;
                               } else {
                                   dbs = counts.keys();
                                   const int own = m_connection ? m_connection->spec().db : 0;
                                   if (!dbs.contains(own))
                                       dbs << own;
                                   std::sort(dbs.begin(), dbs.end());
                               }
                               if (dbs != databases())
                                   resetDatabases(dbs);
                               for (auto &d : m_dbs) {
                                   d->counts = counts.value(d->db);
                                   const QModelIndex row = databaseIndex(d->db);
                                   emit dataChanged(row, row.siblingAtColumn(CountColumn));
                               }
                           });
}

void KeyTreeModel::setDatabases(const QList<int> &dbs)
{
    resetDatabases(dbs);
}

QList<int> KeyTreeModel::databases() const
{
    QList<int> out;
    for (const auto &d : m_dbs)
        out << d->db;
    return out;
}

void KeyTreeModel::resetDatabases(const QList<int> &dbs)
{
    beginResetModel();
    for (auto &d : m_dbs)
        delete d->scanner;
    m_dbs.clear();
    for (int db : dbs) {
        auto d = std::make_unique<Database>();
        d->db = db;
        d->tree = std::make_unique<KeyTree>(m_separator);
        m_dbs.push_back(std::move(d));
    }
    endResetModel();
    emit databasesChanged();
}

void KeyTreeModel::setSeparator(const QByteArray &separator)
{
    if (separator == m_separator)
        return;
    m_separator = separator;
    // The keys are already here: re-split them instead of walking the server again.
    beginResetModel();
    for (auto &d : m_dbs) {
        auto rebuilt = std::make_unique<KeyTree>(separator);
        const KeyTree &old = *d->tree;
        for (quint32 id = 0; id < quint32(old.keyCount()); ++id) {
            if (!old.isDeleted(id))
                rebuilt->addKey(old.keyName(id));
        }
        rebuilt->takeTouched();
        d->tree = std::move(rebuilt);
    }
    endResetModel();
}

void KeyTreeModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    QList<int> restart;
    beginResetModel();
    for (auto &d : m_dbs) {
        if (d->started)
            restart << d->db;
        if (d->scanner)
            d->scanner->cancel();
        d->tree = std::make_unique<KeyTree>(m_separator);
        d->started = false;
    }
    endResetModel();
    // Databases being browsed keep showing their first chunk as the new walk streams in.
    for (int db : restart)
        m_dbs[size_t(slotOf(db))]->tree->ns(KeyTree::kRoot).exposeLimit = quint32(m_chunk);
    for (int db : restart)
        startScan(db);
}

int KeyTreeModel::slotOf(int db) const
{
    for (size_t i = 0; i < m_dbs.size(); ++i)
        if (m_dbs[i]->db == db)
            return int(i);
    return -1;
}

void KeyTreeModel::ensureScanner(int slot)
{
    Database &d = *m_dbs[size_t(slot)];
    if (d.scanner || !m_connection)
        return;
    d.scanner = new KeyScanner(DbCommands(m_connection, d.db), this);
    d.scanner->setPageHintRange(m_firstPageHint, m_maxPageHint);
    const int db = d.db;
    connect(d.scanner, &KeyScanner::pageReceived, this, [this, db](const QList<QByteArray> &keys) {
        const int s = slotOf(db);
        if (s >= 0)
            onPage(s, keys);
    });
    connect(d.scanner, &KeyScanner::stateChanged, this, [this, db] {
        const int s = slotOf(db);
        if (s >= 0)
            onScannerState(s);
    });
}

void KeyTreeModel::startScan(int db)
{
    const int slot = slotOf(db);
    if (slot < 0 || !m_connection)
        return;
    ensureScanner(slot);
    Database &d = *m_dbs[size_t(slot)];
    if (d.started && d.tree->keyCount() > 0) {
        // A rescan starts from an empty tree: keys deleted meanwhile must not linger.
        const quint32 limit = d.tree->ns(KeyTree::kRoot).exposeLimit;
        beginResetModel();
        d.scanner->cancel();
        d.tree = std::make_unique<KeyTree>(m_separator);
        d.tree->ns(KeyTree::kRoot).exposeLimit = qMin(limit, quint32(m_chunk));
        endResetModel();
    }
    d.started = true;
    d.dbSize = -1;
    d.firstPageMs = -1;
    d.finishedMs = -1;
    d.clock.start();
    DbCommands(m_connection, db).command({"DBSIZE"}, this, [this, db](const RespValue &reply) {
        const int s = slotOf(db);
        if (s < 0 || !reply.isInteger())
            return;
        m_dbs[size_t(s)]->dbSize = reply.toInteger();
        m_dbs[size_t(s)]->counts.keys = reply.toInteger();
        const QModelIndex row = databaseIndex(db);
        emit dataChanged(row, row.siblingAtColumn(CountColumn));
        emit scanStatusChanged(db);
    });
    d.scanner->start(m_filter.pattern, m_filter.type);
}

void KeyTreeModel::pauseScan(int db)
{
    const int slot = slotOf(db);
    if (slot >= 0 && m_dbs[size_t(slot)]->scanner)
        m_dbs[size_t(slot)]->scanner->pause();
}

void KeyTreeModel::resumeScan(int db)
{
    const int slot = slotOf(db);
    if (slot < 0)
        return;
    Database &d = *m_dbs[size_t(slot)];
    if (!d.scanner || d.scanner->state() == KeyScanner::State::Idle ||
        d.scanner->state() == KeyScanner::State::Failed)
        startScan(db);
    else
        d.scanner->resume();
}

KeyTreeModel::ScanStatus KeyTreeModel::scanStatus(int db) const
{
    ScanStatus status;
    const int slot = slotOf(db);
    if (slot < 0)
        return status;
    const Database &d = *m_dbs[size_t(slot)];
    status.loaded = d.tree->liveKeyCount();
    status.dbSize = d.dbSize;
    status.firstPageMs = d.firstPageMs;
    status.finishedMs = d.finishedMs;
    if (d.scanner) {
        status.state = d.scanner->state();
        status.error = d.scanner->errorText();
    }
    if (d.started)
        status.elapsedMs = d.finishedMs >= 0 ? d.finishedMs : d.clock.elapsed();
    return status;
}

DbKeyCount KeyTreeModel::keyCount(int db) const
{
    const int slot = slotOf(db);
    return slot < 0 ? DbKeyCount{} : m_dbs[size_t(slot)]->counts;
}

void KeyTreeModel::onPage(int slot, const QList<QByteArray> &keys)
{
    Database &d = *m_dbs[size_t(slot)];
    for (const QByteArray &key : keys)
        d.tree->addKey(key);
    publishTouched(slot);
    if (d.firstPageMs < 0 && d.tree->ns(KeyTree::kRoot).exposed > 0) {
        d.firstPageMs = d.clock.elapsed();
        emit firstPageShown(d.db);
    }
    if (m_keyCap > 0 && d.tree->liveKeyCount() >= m_keyCap && d.scanner)
        d.scanner->pause();
    emit scanStatusChanged(d.db);
}

void KeyTreeModel::publishTouched(int slot)
{
    Database &d = *m_dbs[size_t(slot)];
    const std::vector<quint32> touched = d.tree->takeTouched();
    for (quint32 nsId : touched)
        expose(slot, nsId);
    // Counts changed: refresh the count cells of rows the view can see.
    for (quint32 nsId : touched) {
        const KeyTree::Namespace &n = d.tree->ns(nsId);
        if (nsId != KeyTree::kRoot && n.row >= d.tree->ns(n.parent).exposed)
            continue;
        const QModelIndex cell = namespaceIndex(slot, nsId, CountColumn);
        emit dataChanged(cell.siblingAtColumn(NameColumn), cell);
    }
}

void KeyTreeModel::expose(int slot, quint32 nsId)
{
    KeyTree::Namespace &n = m_dbs[size_t(slot)]->tree->ns(nsId);
    const quint32 target = quint32(qMin<size_t>(n.children.size(), n.exposeLimit));
    if (target <= n.exposed)
        return;
    beginInsertRows(namespaceIndex(slot, nsId), int(n.exposed), int(target) - 1);
    n.exposed = target;
    endInsertRows();
}

void KeyTreeModel::onScannerState(int slot)
{
    Database &d = *m_dbs[size_t(slot)];
    if (d.scanner->state() == KeyScanner::State::Finished && d.finishedMs < 0)
        d.finishedMs = d.clock.elapsed();
    if (d.scanner->state() == KeyScanner::State::Finished ||
        d.scanner->state() == KeyScanner::State::Failed) {
        if (d.firstPageMs < 0) {
            d.firstPageMs = d.clock.elapsed();
            emit firstPageShown(d.db);
        }
    }
    emit scanStatusChanged(d.db);
}

QModelIndex KeyTreeModel::databaseIndex(int db) const
{
    const int slot = slotOf(db);
    return slot < 0 ? QModelIndex() : createIndex(slot, 0, quintptr(0));
}

QModelIndex KeyTreeModel::namespaceIndex(int slot, quint32 nsId, int column) const
{
    if (nsId == KeyTree::kRoot)
        return createIndex(slot, column, quintptr(0));
    const KeyTree::Namespace &n = m_dbs[size_t(slot)]->tree->ns(nsId);
    return createIndex(int(n.row), column, childId(slot, n.parent));
}

QModelIndex KeyTreeModel::keyIndex(int db, const QByteArray &key) const
{
    const int slot = slotOf(db);
    if (slot < 0)
        return {};
    const KeyTree &tree = *m_dbs[size_t(slot)]->tree;
    quint32 nsId = 0;
    quint32 row = 0;
    if (!tree.locateKey(key, &nsId, &row) || row >= tree.ns(nsId).exposed)
        return {};
    // Every ancestor must be exposed too, or the view does not know the parent row.
    for (quint32 n = nsId; n != KeyTree::kRoot; n = tree.ns(n).parent)
        if (tree.ns(n).row >= tree.ns(tree.ns(n).parent).exposed)
            return {};
    return createIndex(int(row), 0, childId(slot, nsId));
}

void KeyTreeModel::keyAdded(int db, const QByteArray &key)
{
    const int slot = slotOf(db);
    if (slot < 0)
        return;
    if (m_dbs[size_t(slot)]->tree->addKey(key))
        publishTouched(slot);
}

void KeyTreeModel::keyDeleted(int db, const QByteArray &key)
{
    const int slot = slotOf(db);
    if (slot < 0)
        return;
    if (m_dbs[size_t(slot)]->tree->markDeleted(key)) {
        const QModelIndex row = keyIndex(db, key);
        if (row.isValid())
            emit dataChanged(row, row.siblingAtColumn(CountColumn));
        publishTouched(slot);
    }
}

qint64 KeyTreeModel::memoryBytes() const
{
    qint64 total = 0;
    for (const auto &d : m_dbs)
        total += d->tree->memoryBytes();
    return total;
}

KeyTreeModel::Item KeyTreeModel::itemAt(const QModelIndex &index) const
{
    Item item;
    const quintptr id = index.internalId();
    if (id == 0) {
        item.kind = ItemKind::Database;
        item.slot = index.row();
        item.nsId = KeyTree::kRoot;
        return item;
    }
    item.slot = int(id >> 32) - 1;
    item.parentNs = quint32(id & 0xFFFFFFFFu);
    const KeyTree &tree = *m_dbs[size_t(item.slot)]->tree;
    const KeyTree::Entry entry = tree.ns(item.parentNs).children[size_t(index.row())];
    if (entry.isNamespace()) {
        item.kind = ItemKind::Namespace;
        item.nsId = entry.id();
    } else {
        item.kind = ItemKind::Key;
        item.keyId = entry.id();
    }
    return item;
}

QModelIndex KeyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_dbs.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const Item p = itemAt(parent);
    if (p.kind == ItemKind::Key)
        return {};
    const KeyTree::Namespace &n = m_dbs[size_t(p.slot)]->tree->ns(p.nsId);
    if (quint32(row) >= n.exposed)
        return {};
    return createIndex(row, column, childId(p.slot, p.nsId));
}

QModelIndex KeyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    const int slot = int(id >> 32) - 1;
    const quint32 parentNs = quint32(id & 0xFFFFFFFFu);
    return namespaceIndex(slot, parentNs);
}

int KeyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_dbs.size());
    if (parent.column() != 0)
        return 0;
    const Item p = itemAt(parent);
    if (p.kind == ItemKind::Key)
        return 0;
    return int(m_dbs[size_t(p.slot)]->tree->ns(p.nsId).exposed);
}

int KeyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool KeyTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_dbs.empty();
    if (parent.column() != 0)
        return false;
    const Item p = itemAt(parent);
    if (p.kind == ItemKind::Database)
        return true; // unknown until walked
    if (p.kind == ItemKind::Key)
        return false;
    return !m_dbs[size_t(p.slot)]->tree->ns(p.nsId).children.empty();
}

bool KeyTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Item p = itemAt(parent);
    if (p.kind == ItemKind::Key)
        return false;
    const Database &d = *m_dbs[size_t(p.slot)];
    if (p.kind == ItemKind::Database && !d.started)
        return true;
    const KeyTree::Namespace &n = d.tree->ns(p.nsId);
    // A database walked before the view asked for rows (a rescan) still needs its first chunk.
    if (p.kind == ItemKind::Database && n.exposeLimit == 0)
        return true;
    return n.children.size() > n.exposed;
}

void KeyTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() || parent.column() != 0)
        return;
    const Item p = itemAt(parent);
    if (p.kind == ItemKind::Key)
        return;
    Database &d = *m_dbs[size_t(p.slot)];
    KeyTree::Namespace &n = d.tree->ns(p.nsId);
    n.exposeLimit = qMax(n.exposeLimit, n.exposed) + quint32(m_chunk);
    if (p.kind == ItemKind::Database && !d.started) {
        startScan(d.db);
        return;
    }
    expose(p.slot, p.nsId);
}

QByteArray KeyTreeModel::globEscape(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 4);
    for (char c : bytes) {
        if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QVariant KeyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item item = itemAt(index);
    const Database &d = *m_dbs[size_t(item.slot)];
    const KeyTree &tree = *d.tree;
    switch (role) {
    case ItemKindRole:
        return QVariant::fromValue(item.kind);
    case DbRole:
        return d.db;
    case KeyBytesRole:
        return item.kind == ItemKind::Key ? tree.keyName(item.keyId).toByteArray() : QVariant();
    case PrefixRole:
        return item.kind == ItemKind::Namespace ? tree.namespacePrefix(item.nsId) : QByteArray();
    case PatternRole:
        if (item.kind == ItemKind::Key)
            return {};
        return globEscape(tree.namespacePrefix(item.nsId)) + '*';
    case KeyCountRole:
        if (item.kind == ItemKind::Key)
            return tree.isDeleted(item.keyId) ? 0 : 1;
        return tree.ns(item.nsId).keyCount;
    case DeletedRole:
        return item.kind == ItemKind::Key && tree.isDeleted(item.keyId);
    case Qt::ToolTipRole:
        if (item.kind == ItemKind::Key)
            return bytesToDisplayText(tree.keyName(item.keyId).toByteArray());
        if (item.kind == ItemKind::Namespace)
            return tr("%1* — %n key(s)", nullptr, int(tree.ns(item.nsId).keyCount))
                .arg(bytesToDisplayText(tree.namespacePrefix(item.nsId)));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    if (index.column() == CountColumn) {
        if (item.kind == ItemKind::Key)
            return {};
        if (item.kind == ItemKind::Namespace)
            return locale.toString(tree.ns(item.nsId).keyCount);
        // A database: keys loaded / keys in the database.
        const qint64 total = d.dbSize >= 0 ? d.dbSize : d.counts.keys;
        if (!d.started || (d.scanner && d.scanner->state() == KeyScanner::State::Finished &&
                           m_filter == Filter{}))
            return locale.toString(total);
        return tr("%1 of %2").arg(locale.toString(tree.liveKeyCount()), locale.toString(total));
    }
    switch (item.kind) {
    case ItemKind::Database:
        return tr("db%1").arg(d.db);
    case ItemKind::Namespace:
        return bytesToDisplayText(tree.namespaceSegment(item.nsId).toByteArray());
    case ItemKind::Key:
        return bytesToDisplayText(tree.keyLeaf(item.keyId).toByteArray());
    }
    return {};
}

QVariant KeyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Key") : tr("Keys");
}
