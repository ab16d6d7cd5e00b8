#pragma once
// Syntax colours for redis.conf text: comments, the directive word (known directives stand out
// from unknown ones, which the node would reject), quoted strings, numbers and sizes, yes/no.
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class RedisConfHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit RedisConfHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_comment;
    QTextCharFormat m_directive;
    QTextCharFormat m_unknown;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};
