#include "model/keys/byte_text.h"

#include <QStringList>

namespace {

// Length of the valid UTF-8 sequence starting at p (1..4), or 0 if it is not valid.
int utf8SequenceLength(const unsigned char *p, qsizetype remaining)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned int minimum = 0;
    unsigned int code = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        minimum = 0x80;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        minimum = 0x800;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        minimum = 0x10000;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (remaining < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

void appendHexEscape(QString &out, unsigned char byte)
{
    static const char digits[] = "0123456789abcdef";
    out += QLatin1String("\\x");
    out += QLatin1Char(digits[byte >> 4]);
    out += QLatin1Char(digits[byte & 0xF]);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString bytesToDisplayText(const QByteArray &bytes, TextLayout layout)
{
    QString out;
    out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c == '\\') {
            out += QLatin1String("\\\\");
            ++i;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            const bool keep = layout == TextLayout::MultiLine && (c == '\n' || c == '\t');
            if (keep)
                out += QLatin1Char(char(c));
            else if (c == '\n')
                out += QLatin1String("\\n");
            else if (c == '\r')
                out += QLatin1String("\\r");
            else if (c == '\t')
                out += QLatin1String("\\t");
            else if (c == '\a')
                out += QLatin1String("\\a");
            else if (c == '\b')
                out += QLatin1String("\\b");
            else
                appendHexEscape(out, c);
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data + i, size - i);
        if (length == 0) {
            appendHexEscape(out, c);
            ++i;
            continue;
        }
        out += QString::fromUtf8(reinterpret_cast<const char *>(data + i), length);
        i += length;
    }
    return out;
}

std::optional<QByteArray> displayTextToBytes(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype runStart = 0;
    auto flushRun = [&](qsizetype end) {
        if (end > runStart)
            out += QStringView(text).mid(runStart, end - runStart).toUtf8();
    };
    while (i < size) {
        if (text[i] != QLatin1Char('\\') || i + 1 >= size) {
            ++i;
            continue;
        }
        flushRun(i);
        const QChar next = text[i + 1];
        char plain = 0;
        switch (next.unicode()) {
        case '\\':
            plain = '\\';
            break;
        case '"':
            plain = '"';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'a':
            plain = '\a';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'x': {
            const int hi = i + 2 < size ? hexValue(text[i + 2]) : -1;
            const int lo = i + 3 < size ? hexValue(text[i + 3]) : -1;
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += char((hi << 4) | lo);
            i += 4;
            runStart = i;
            continue;
        }
        default:
            // Not an escape we write: keep the backslash as typed.
            out += '\\';
            i += 1;
            runStart = i;
            continue;
        }
        out += plain;
        i += 2;
        runStart = i;
    }
    flushRun(size);
    return out;
}

bool isPrintableText(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F)
            return false;
        const int length = utf8SequenceLength(data + i, size - i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QString hexDump(const QByteArray &bytes)
{
    QString out;
    const qsizetype size = bytes.size();
    out.reserve(size * 4 + (size / 16 + 1) * 12);
    for (qsizetype row = 0; row < size; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < size) {
                const auto c = static_cast<unsigned char>(bytes[i]);
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7F) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
            if (i == row + 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    return out;
}

std::optional<QByteArray> parseHex(const QString &text)
{
    QByteArray out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        // A hexDump line: drop the ASCII column and the 8-digit offset column.
        const qsizetype bar = line.indexOf(QLatin1String(" |"));
        if (bar >= 0 && line.endsWith(QLatin1Char('|')))
            line.truncate(bar);
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // An offset column is 8 digits followed by two spaces, as hexDump writes it.
        const bool hasOffset = words.size() > 1 && words[0].size() == 8 &&
                               line.trimmed().mid(8, 2) == QLatin1String("  ");
        const int first = hasOffset ? 1 : 0;
        int pending = -1;
        for (int w = first; w < words.size(); ++w) {
            for (QChar c : words[w]) {
                const int v = hexValue(c);
                if (v < 0)
                    return std::nullopt;
                if (pending < 0) {
                    pending = v;
                } else {
                    out += char((pending << 4) | v);
                    pending = -1;
                }
            }
        }
        if (pending >= 0)
            return std::nullopt;
    }
    return out;
}
