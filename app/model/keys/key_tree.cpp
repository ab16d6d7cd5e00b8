#include "model/keys/key_tree.h"

#include <QList>

#include <algorithm>
#include <cstring>

KeyTree::KeyTree(const QByteArray &separator)
    : m_separator(separator)
{
    m_namespaces.emplace_back(); // the root
}

template <typename Fn> void KeyTree::forEachSegment(QByteArrayView key, Fn &&fn) const
{
    if (m_separator.isEmpty())
        return;
    qsizetype start = 0;
    while (true) {
        const qsizetype at = key.indexOf(QByteArrayView(m_separator), start);
        if (at < 0)
            return;
        fn(key.sliced(start, at - start), at + m_separator.size());
        start = at + m_separator.size();
    }
}

namespace {
// The namespace store's name: the parent id followed by the segment bytes.
QByteArray compositeName(quint32 parent, QByteArrayView segment)
{
    QByteArray composite(qsizetype(sizeof(quint32)) + segment.size(), Qt::Uninitialized);
    std::memcpy(composite.data(), &parent, sizeof(quint32));
    std::memcpy(composite.data() + sizeof(quint32), segment.data(), size_t(segment.size()));
    return composite;
}
} // namespace

quint32 KeyTree::findNamespaceChild(quint32 parent, QByteArrayView segment) const
{
    const auto found = m_namespaceNames.find(compositeName(parent, segment));
    return found ? *found + 1 : kNoParent;
}

quint32 KeyTree::namespaceChild(quint32 parent, QByteArrayView segment)
{
    const QByteArray composite = compositeName(parent, segment);
    bool added = false;
    const quint32 nameId = m_namespaceNames.insert(composite, &added);
    const quint32 id = nameId + 1; // namespace 0 is the root, which has no name
    if (added) {
        Namespace child;
        child.parent = parent;
        child.row = quint32(m_namespaces[parent].children.size());
        child.nameId = nameId;
        m_namespaces.push_back(std::move(child));
        m_namespaces[parent].children.push_back(Entry{id | kNamespaceBit});
        touch(parent);
    }
    return id;
}

bool KeyTree::addKey(QByteArrayView key)
{
    bool added = false;
    const quint32 keyId = m_keys.insert(key, &added);
    if (!added) {
        // A tombstone that comes back (the key was created again) becomes live.
        if (isDeleted(keyId)) {
            m_deleted[keyId] = false;
            quint32 nsId = kRoot;
            quint32 row = 0;
            if (locateKey(key, &nsId, &row))
                addToCounts(nsId, +1);
            return true;
        }
        return false;
    }
    quint32 nsId = kRoot;
    forEachSegment(
        key, [&](QByteArrayView segment, qsizetype) { nsId = namespaceChild(nsId, segment); });
    m_namespaces[nsId].children.push_back(Entry{keyId});
    m_deleted.push_back(false);
    addToCounts(nsId, +1);
    return true;
}

bool KeyTree::markDeleted(QByteArrayView key)
{
    const auto keyId = m_keys.find(key);
    if (!keyId || isDeleted(*keyId))
        return false;
    m_deleted[*keyId] = true;
    quint32 nsId = kRoot;
    quint32 row = 0;
    if (locateKey(key, &nsId, &row))
        addToCounts(nsId, -1);
    return true;
}

void KeyTree::addToCounts(quint32 nsId, qint64 delta)
{
    for (quint32 id = nsId; id != kNoParent; id = m_namespaces[id].parent) {
        m_namespaces[id].keyCount += delta;
        touch(id);
    }
}

void KeyTree::touch(quint32 id)
{
    Namespace &n = m_namespaces[id];
    if (n.touchEpoch == m_epoch)
        return;
    n.touchEpoch = m_epoch;
    m_touched.push_back(id);
}

std::vector<quint32> KeyTree::takeTouched()
{
    std::vector<quint32> out;
    out.swap(m_touched);
    std::sort(out.begin(), out.end()); // parents are created before their children
    ++m_epoch;
    return out;
}

QByteArrayView KeyTree::namespaceSegment(quint32 id) const
{
    if (id == kRoot)
        return {};
    return m_namespaceNames.view(m_namespaces[id].nameId).sliced(qsizetype(sizeof(quint32)));
}

QByteArray KeyTree::namespacePrefix(quint32 id) const
{
    QList<QByteArrayView> parts;
    for (quint32 n = id; n != kRoot && n != kNoParent; n = m_namespaces[n].parent)
        parts.prepend(namespaceSegment(n));
    QByteArray out;
    for (QByteArrayView part : parts) {
        out += part;
        out += m_separator;
    }
    return out;
}

QByteArrayView KeyTree::keyLeaf(quint32 keyId) const
{
    const QByteArrayView name = m_keys.view(keyId);
    qsizetype leafStart = 0;
    forEachSegment(name, [&](QByteArrayView, qsizetype next) { leafStart = next; });
    return name.sliced(leafStart);
}

bool KeyTree::locateKey(QByteArrayView key, quint32 *nsId, quint32 *row) const
{
    const auto keyId = m_keys.find(key);
    if (!keyId)
        return false;
    quint32 n = kRoot;
    bool lost = false;
    forEachSegment(key, [&](QByteArrayView segment, qsizetype) {
        if (lost)
            return;
        n = findNamespaceChild(n, segment);
        lost = n == kNoParent;
    });
    if (lost)
        return false;
    const auto &children = m_namespaces[n].children;
    for (quint32 i = 0; i < children.size(); ++i) {
        if (!children[i].isNamespace() && children[i].id() == *keyId) {
            *nsId = n;
            *row = i;
            return true;
        }
    }
    return false;
}

qint64 KeyTree::memoryBytes() const
{
    qint64 total = m_keys.memoryBytes() + m_namespaceNames.memoryBytes() +
                   qint64(m_namespaces.capacity() * sizeof(Namespace)) +
                   qint64(m_deleted.capacity() / 8);
    for (const Namespace &n : m_namespaces)
        total += qint64(n.children.capacity() * sizeof(Entry));
    return total;
}
