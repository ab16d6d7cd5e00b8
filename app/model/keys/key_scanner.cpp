#include "model/keys/key_scanner.h"

namespace {
// A page that comes back faster than this lets the next one ask for twice as many keys; a
// SCAN step of 10 000 keys keeps the server busy for a few milliseconds at most.
constexpr qint64 kFastPageMs = 20;
} // namespace

KeyScanner::KeyScanner(const DbCommands &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

void KeyScanner::setPageHintRange(int first, int max)
{
    m_firstCount = qMax(1, first);
    m_maxCount = qMax(m_firstCount, max);
    m_count = m_firstCount;
}

void KeyScanner::start(const QByteArray &pattern, KeyType type)
{
    ++m_generation;
    m_pattern = pattern.isEmpty() ? QByteArrayLiteral("*") : pattern;
    m_type = type;
    m_cursor = "0";
    m_count = m_firstCount;
    m_keysReturned = 0;
    m_pages = 0;
    m_error.clear();
    m_inFlight = false;
    setState(State::Running);
    requestPage();
}

void KeyScanner::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void KeyScanner::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    if (!m_inFlight)
        requestPage();
}

void KeyScanner::cancel()
{
    ++m_generation;
    m_inFlight = false;
    if (m_state == State::Running || m_state == State::Paused)
        setState(State::Idle);
}

void KeyScanner::requestPage()
{
    QList<QByteArray> argv{"SCAN", m_cursor};
    if (m_pattern != "*")
        argv << "MATCH" << m_pattern;
    argv << "COUNT" << QByteArray::number(m_count);
    if (m_type != KeyType::None)
        argv << "TYPE" << keyTypeName(m_type);
    m_inFlight = true;
    m_pageClock.start();
    const quint64 generation = m_generation;
    m_db.command(argv, this,
                 [this, generation](const RespValue &reply) { onReply(generation, reply); });
}

void KeyScanner::onReply(quint64 generation, const RespValue &reply)
{
    if (generation != m_generation)
        return; // a reply for a walk that was restarted or cancelled
    m_inFlight = false;
    if (reply.isError() || !reply.isArray() || reply.size() != 2 || !reply.at(1).isArray()) {
        m_error =
            reply.isError() ? QString::fromUtf8(reply.bytes()) : tr("Unexpected reply to SCAN");
        setState(State::Failed);
        return;
    }
    const qint64 elapsed = m_pageClock.elapsed();
    m_cursor = reply.at(0).bytes();
    QList<QByteArray> keys;
    keys.reserve(reply.at(1).size());
    for (const RespValue &key : reply.at(1).elements())
        keys << key.bytes();
    m_keysReturned += keys.size();
    ++m_pages;
    if (elapsed < kFastPageMs)
        m_count = qMin(m_maxCount, m_count * 2);
    const bool done = m_cursor == "0";
    emit pageReceived(keys);
    if (generation != m_generation)
        return; // a slot restarted or cancelled the walk
    if (done) {
        setState(State::Finished);
        return;
    }
    if (m_state == State::Running)
        requestPage();
}

void KeyScanner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
