#include "ui/config/redis_conf_highlighter.h"

#include "model/config/config_catalog.h"
#include "ui/theme.h"

#include <QGuiApplication>
#include <QPalette>

#include <QRegularExpression>

RedisConfHighlighter::RedisConfHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Two sets of colours: the dark ones would vanish on a dark editor background.
    const bool dark = theme::isDark(QGuiApplication::palette());
    m_comment.setForeground(dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_directive.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x00, 0x5c, 0xc5));
    m_directive.setFontWeight(QFont::Bold);
    const QColor unknown = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    m_unknown.setForeground(unknown);
    m_unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknown.setUnderlineColor(unknown);
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0xff) : QColor(0x03, 0x2f, 0x62));
    m_number.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x00, 0x5a, 0x2b));
    m_keyword.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x8a, 0x3f, 0xb8));
}

void RedisConfHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression directiveRe(QStringLiteral("^\\s*([A-Za-z][\\w-]*)"));
    static const QRegularExpression stringRe(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"));
    static const QRegularExpression numberRe(
        QStringLiteral("(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?:[kKmMgG][bB]?)?(?![\\w.])"));
    static const QRegularExpression keywordRe(QStringLiteral("\\b(yes|no|always|everysec)\\b"));

    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('#'))) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    const auto directive = directiveRe.match(text);
    if (!directive.hasMatch())
        return;
    const QString word = directive.captured(1).toLower();
    // include/rename-command/user/loadmodule are file directives CONFIG GET does not list.
    static const QStringList fileOnly{QStringLiteral("include"), QStringLiteral("rename-command"),
                                      QStringLiteral("user"), QStringLiteral("loadmodule")};
    const bool known = ConfigCatalog::find(word.toUtf8()) || fileOnly.contains(word);
    setFormat(int(directive.capturedStart(1)), int(directive.capturedLength(1)),
              known ? m_directive : m_unknown);
    const int restStart = int(directive.capturedEnd(1));
    const QString rest = text.mid(restStart);
    for (auto it = numberRe.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        setFormat(restStart + int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    for (auto it = keywordRe.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        setFormat(restStart + int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    for (auto it = stringRe.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        setFormat(restStart + int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
}
