#include "client/resp_value.h"

RespValue RespValue::status(const QByteArray &text)
{
    RespValue v;
    v.m_type = Type::Status;
    v.m_bytes = text;
    return v;
}

RespValue RespValue::error(const QByteArray &text)
{
    RespValue v;
    v.m_type = Type::Error;
    v.m_bytes = text;
    return v;
}

RespValue RespValue::integer(qint64 value)
{
    RespValue v;
    v.m_type = Type::Integer;
    v.m_integer = value;
    return v;
}

RespValue RespValue::bulk(const QByteArray &bytes)
{
    RespValue v;
    v.m_type = Type::Bulk;
    v.m_bytes = bytes;
    return v;
}

RespValue RespValue::array(const QList<RespValue> &elements)
{
    RespValue v;
    v.m_type = Type::Array;
    v.m_elements = elements;
    return v;
}

RespValue RespValue::clientError(const ClientError &err)
{
    RespValue v = error(err.userText().toUtf8());
    v.m_clientErrorKind =
        err.kind == ClientError::Kind::None ? ClientError::Kind::ConnectionLost : err.kind;
    return v;
}

QByteArray RespValue::errorCode() const
{
    if (m_type != Type::Error)
        return {};
    const qsizetype space = m_bytes.indexOf(' ');
    return space < 0 ? m_bytes : m_bytes.left(space);
}

qint64 RespValue::toInt64(bool *ok) const
{
    if (m_type == Type::Integer) {
        if (ok)
            *ok = true;
        return m_integer;
    }
    if (m_type == Type::Bulk || m_type == Type::Status)
        return m_bytes.toLongLong(ok);
    if (ok)
        *ok = false;
    return 0;
}

bool RespValue::operator==(const RespValue &other) const
{
    return m_type == other.m_type && m_clientErrorKind == other.m_clientErrorKind &&
           m_integer == other.m_integer && m_bytes == other.m_bytes &&
           m_elements == other.m_elements;
}
