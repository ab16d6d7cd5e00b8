#pragma once
// Walks one database with SCAN, one page in flight at a time, and hands each page over as it
// arrives: the first keys show before the walk is done, and the server only ever runs one small
// SCAN step for us. Each start() opens a new generation; a reply from an older generation (a
// restart with another filter, a reset) is dropped, never mixed in.
#include "model/keys/db_commands.h"
#include "model/keys/key_type.h"

#include <QElapsedTimer>
#include <QObject>

class KeyScanner : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Finished, Failed };
    Q_ENUM(State)

    explicit KeyScanner(const DbCommands &db, QObject *parent = nullptr);

    // Starts a walk from cursor 0. pattern: SCAN MATCH glob ("*" = all). type: SCAN TYPE,
    // KeyType::None for all types (with a type the server still examines every key).
    void start(const QByteArray &pattern = QByteArrayLiteral("*"), KeyType type = KeyType::None);
    // Stops asking for pages; the reply in flight is still used. resume() continues at the
    // cursor reached.
    void pause();
    void resume();
    // Ends this walk: the reply in flight is dropped.
    void cancel();

    State state() const { return m_state; }
    quint64 generation() const { return m_generation; }
    qint64 keysReturned() const { return m_keysReturned; }
    qint64 pages() const { return m_pages; }
    QString errorText() const { return m_error; }
    // The COUNT hint for the next page; grows while pages come back quickly.
    int pageHint() const { return m_count; }
    void setPageHintRange(int first, int max);

signals:
    void pageReceived(const QList<QByteArray> &keys);
    void stateChanged(KeyScanner::State state);

private:
    void requestPage();
    void onReply(quint64 generation, const RespValue &reply);
    void setState(State state);

    DbCommands m_db;
    QByteArray m_pattern = QByteArrayLiteral("*");
    KeyType m_type = KeyType::None;
    QByteArray m_cursor = QByteArrayLiteral("0");
    State m_state = State::Idle;
    quint64 m_generation = 0;
    bool m_inFlight = false;
    int m_firstCount = 1000;
    int m_maxCount = 10000;
    int m_count = 1000;
    qint64 m_keysReturned = 0;
    qint64 m_pages = 0;
    QString m_error;
    QElapsedTimer m_pageClock;
};
