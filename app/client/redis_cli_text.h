#pragma once
// redis-cli's text conventions, so the console reads like the tool users know:
//   * splitCommandLine: "SET k \"a b\\x00\"" -> argv, with redis-cli's quoting rules;
//   * formatReply: a reply rendered as redis-cli prints it on a terminal
//     ("(integer) 1", quoted bulk strings with \xHH escapes, "1) " numbered nested arrays).
//   * quoteBytes: bytes as a double-quoted, escaped string (binary-safe display of keys).
#include "client/resp_value.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// nullopt on unbalanced quotes (the message, if wanted, goes to *error).
std::optional<QList<QByteArray>> splitCommandLine(const QByteArray &line, QString *error = nullptr);
QByteArray quoteBytes(const QByteArray &bytes);
// Ends with a newline like redis-cli's output.
QByteArray formatReply(const RespValue &reply);
// As redis-cli prints the reply to `argv` interactively: text reports (INFO, CLIENT LIST,
// MEMORY DOCTOR, ...) come out raw, everything else as formatReply().
QByteArray formatReplyFor(const QList<QByteArray> &argv, const RespValue &reply);
