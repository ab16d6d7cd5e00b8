#pragma once
// One RESP2 reply as a plain value type, so it can cross from the network thread to the GUI
// thread by copy (QByteArray and QList share their data implicitly).
#include "client/client_error.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

class RespValue
{
public:
    enum class Type { Nil, Status, Error, Integer, Bulk, Array };

    RespValue() = default; // Nil
    static RespValue status(const QByteArray &text);
    static RespValue error(const QByteArray &text);
    static RespValue integer(qint64 value);
    static RespValue bulk(const QByteArray &bytes);
    static RespValue array(const QList<RespValue> &elements);
    static RespValue nil() { return {}; }
    // A reply that never came from the server: the request failed on our side (connection
    // lost, timeout, ...). It is an Error whose text is the user-facing message.
    static RespValue clientError(const ClientError &err);

    Type type() const { return m_type; }
    bool isNil() const { return m_type == Type::Nil; }
    bool isStatus() const { return m_type == Type::Status; }
    bool isError() const { return m_type == Type::Error; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isBulk() const { return m_type == Type::Bulk; }
    bool isArray() const { return m_type == Type::Array; }
    // True for errors produced locally by the client rather than sent by the server.
    bool isClientError() const { return m_clientErrorKind != ClientError::Kind::None; }
    ClientError::Kind clientErrorKind() const { return m_clientErrorKind; }

    // Status text, error text (e.g. "WRONGTYPE Operation ..."), or bulk payload; empty otherwise.
    const QByteArray &bytes() const { return m_bytes; }
    // The error's first word ("ERR", "NOAUTH", "WRONGPASS", ...); empty if not an error.
    QByteArray errorCode() const;
    qint64 toInteger() const { return m_integer; }
    const QList<RespValue> &elements() const { return m_elements; }
    qsizetype size() const { return m_elements.size(); }
    const RespValue &at(qsizetype i) const { return m_elements.at(i); }
    // Integer replies and bulk strings holding a decimal number (ROLE sends ports as bulk).
    qint64 toInt64(bool *ok = nullptr) const;

    bool operator==(const RespValue &other) const;

private:
    Type m_type = Type::Nil;
    ClientError::Kind m_clientErrorKind = ClientError::Kind::None;
    qint64 m_integer = 0;
    QByteArray m_bytes;
    QList<RespValue> m_elements;
};

Q_DECLARE_METATYPE(RespValue)
