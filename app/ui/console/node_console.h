#pragma once
// A redis-cli-like console for one server, on the server's own console connection: a command
// line with history (Up/Down) and completion from COMMAND DOCS, a syntax hint, replies rendered
// exactly like redis-cli, and a confirmation before FLUSHALL, FLUSHDB, SHUTDOWN and DEBUG.
#include "client/command_docs.h"

#include <QColor>
#include <QPointer>
#include <QWidget>
#include <deque>
#include <functional>

class NodeConnections;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

class NodeConsole : public QWidget
{
    Q_OBJECT
public:
    explicit NodeConsole(NodeConnections *node, QWidget *parent = nullptr);

    // Runs `line` as if typed (with the same confirmation rules). Returns false if it was not
    // sent (empty, bad quoting, declined, unsupported).
    bool execute(const QString &line);
    QString transcript() const;
    QStringList history() const { return m_history; }
    const CommandDocs &docs() const { return m_docs; }
    QLineEdit *input() const { return m_input; }
    int pendingCount() const { return m_pending; }

    // Tests replace the confirmation dialog; the default asks with a QMessageBox.
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    static bool needsConfirmation(const QByteArray &commandName);

signals:
    void replyShown();
    void docsLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadDocs();
    void submit();
    void updateHint();
    QString prompt() const;
    void append(const QString &text, const QColor &color = {});
    // Transcript entries stay in command order even though replies arrive later: an entry's
    // lines are printed once every earlier entry is complete.
    struct Line
    {
        QString text;
        QColor color;
    };
    struct Entry
    {
        QList<Line> lines;
        int printed = 0;
        bool done = false;
    };
    Entry &newEntry(const QString &echo);
    void flushEntries();

    QPointer<NodeConnections> m_node;
    QPlainTextEdit *m_output = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_hint = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    CommandDocs m_docs;
    std::deque<Entry> m_entries;
    QStringList m_history;
    int m_historyPos = 0;
    int m_db = 0;
    int m_pending = 0;
    Confirmer m_confirm;
};
