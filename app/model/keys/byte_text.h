#pragma once
// Keys and values are bytes; these turn them into text for display and back, without loss.
// Valid UTF-8 is shown as is; every other byte is escaped as \xHH, like redis-cli's quoted
// output, and a backslash is doubled, so displayTextToBytes(bytesToDisplayText(b)) == b.
#include <QByteArray>
#include <QString>
#include <optional>

enum class TextLayout {
    SingleLine, // key names, table cells: \n \r \t and other control bytes are escaped too
    MultiLine,  // a text editor: newlines and tabs stay real
};

QString bytesToDisplayText(const QByteArray &bytes, TextLayout layout = TextLayout::SingleLine);
// The inverse of bytesToDisplayText. Understands \\ \" \n \r \t \a \b \xHH; a backslash before
// anything else is kept literally. nullopt for a malformed \x escape.
std::optional<QByteArray> displayTextToBytes(const QString &text);

// True if the bytes are valid UTF-8 without control bytes other than \n \r \t.
bool isPrintableText(const QByteArray &bytes);

// "de ad be ef" per 16 bytes with an offset column and an ASCII column, like hexdump -C.
QString hexDump(const QByteArray &bytes);
// Parses hex digits (whitespace and an optional leading offset column ignored per line: the
// ASCII column must be absent). nullopt for an odd digit count or a non-hex character.
std::optional<QByteArray> parseHex(const QString &text);
