#pragma once
// One database's keys as a namespace tree ("user:1:name" -> user / 1 / name with separator
// ":"). Children keep arrival order and are only appended, so a row never moves while SCAN
// pages stream in; a deleted key stays as a tombstone row. Key names live in a KeyNameStore;
// namespaces in a second store keyed by (parent id, segment).
#include "model/keys/key_name_store.h"

#include <QByteArray>
#include <vector>

class KeyTree
{
public:
    // A child entry: a namespace id or a key id, tagged by the top bit.
    struct Entry
    {
        quint32 raw = 0;
        bool isNamespace() const { return raw & kNamespaceBit; }
        quint32 id() const { return raw & ~kNamespaceBit; }
    };
    struct Namespace
    {
        quint32 parent = kNoParent; // kNoParent for the root
        quint32 row = 0;            // index in the parent's children
        quint32 nameId = 0;         // in the namespace store: 4 bytes parent id + segment
        qint64 keyCount = 0;        // live keys below, at any depth
        std::vector<Entry> children;
        quint32 exposed = 0;     // children the model has shown (rows inserted)
        quint32 exposeLimit = 0; // how many the view asked for (fetchMore)
        quint64 touchEpoch = 0;
    };
    static constexpr quint32 kNamespaceBit = 0x80000000u;
    static constexpr quint32 kNoParent = 0xFFFFFFFFu;
    static constexpr quint32 kRoot = 0;

    // An empty separator means no namespaces: every key is a child of the root.
    explicit KeyTree(const QByteArray &separator = QByteArrayLiteral(":"));

    const QByteArray &separator() const { return m_separator; }
    // Adds a key; false if it was already there (SCAN may return a key more than once).
    bool addKey(QByteArrayView key);
    // Marks a key deleted (kept as a tombstone row, counts updated). False if unknown or
    // already deleted.
    bool markDeleted(QByteArrayView key);
    bool isDeleted(quint32 keyId) const { return keyId < m_deleted.size() && m_deleted[keyId]; }

    qsizetype keyCount() const { return m_keys.size(); } // including tombstones
    qint64 liveKeyCount() const { return m_namespaces[kRoot].keyCount; }
    qsizetype namespaceCount() const { return qsizetype(m_namespaces.size()); }
    const Namespace &ns(quint32 id) const { return m_namespaces[id]; }
    Namespace &ns(quint32 id) { return m_namespaces[id]; }
    // The namespace's own segment ("user"); empty for the root. Valid until the next addKey().
    QByteArrayView namespaceSegment(quint32 id) const;
    // Full prefix of a namespace including the trailing separator ("user:1:").
    QByteArray namespacePrefix(quint32 id) const;
    QByteArrayView keyName(quint32 keyId) const { return m_keys.view(keyId); }
    // What a key row shows: the part after its namespace's prefix.
    QByteArrayView keyLeaf(quint32 keyId) const;
    std::optional<quint32> findKey(QByteArrayView key) const { return m_keys.find(key); }
    // Where a key's row is: its namespace and row. False if the key is unknown.
    bool locateKey(QByteArrayView key, quint32 *nsId, quint32 *row) const;

    // Namespaces whose children or counts changed since the last call, parents first.
    std::vector<quint32> takeTouched();

    qint64 memoryBytes() const;

private:
    quint32 namespaceChild(quint32 parent, QByteArrayView segment); // found or created
    quint32 findNamespaceChild(quint32 parent, QByteArrayView segment) const;
    // Splits at every separator: prefix segments become namespaces, the rest is the leaf.
    template <typename Fn> void forEachSegment(QByteArrayView key, Fn &&fn) const;
    void touch(quint32 id);
    void addToCounts(quint32 nsId, qint64 delta);

    QByteArray m_separator;
    KeyNameStore m_keys;
    KeyNameStore m_namespaceNames;
    std::vector<Namespace> m_namespaces;
    std::vector<bool> m_deleted;
    std::vector<quint32> m_touched;
    quint64 m_epoch = 1;
};
