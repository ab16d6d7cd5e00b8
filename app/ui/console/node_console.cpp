#include "ui/console/node_console.h"

#include "client/node_connections.h"
#include "client/redis_cli_text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {

constexpr int kHistoryLimit = 500;

// Commands that wait on the server side: no client timeout for them.
bool isBlocking(const QByteArray &name)
{
    static const QList<QByteArray> blocking = {
        "BLPOP",      "BRPOP", "BLMOVE",     "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP",
        "BRPOPLPUSH", "XREAD", "XREADGROUP", "WAIT",   "WAITAOF",  "DEBUG"};
    return blocking.contains(name);
}

// Modes that turn the connection into a push stream, which this console does not render.
bool isStreamingMode(const QByteArray &name)
{
    return name == "SUBSCRIBE" || name == "PSUBSCRIBE" || name == "SSUBSCRIBE" || name == "MONITOR";
}

} // namespace

NodeConsole::NodeConsole(NodeConnections *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
    , m_output(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
    , m_db(node ? node->spec().db : 0)
{
    setObjectName(QStringLiteral("NodeConsole"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(20000);
    m_output->setUndoRedoEnabled(false);
    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("Type a command, e.g. INFO replication (Tab completes, "
                                   "Up/Down browse history)"));
    m_input->installEventFilter(this);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_input->setCompleter(m_completer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &NodeConsole::submit);
    connect(m_input, &QLineEdit::textChanged, this, &NodeConsole::updateHint);

    m_confirm = [this](const QString &question) {
        return QMessageBox::warning(this, tr("Confirm command"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    if (m_node)
        append(tr("Connected console to %1. Replies are shown as redis-cli prints them.")
                   .arg(m_node->spec().address()),
               QColor(0x7f, 0x8c, 0x8d));
    if (m_node) // new connections after a spec change: keep the user's database
        connect(m_node, &NodeConnections::connectionsReset, this, [this] {
            if (m_node)
                m_node->console()->setDatabase(m_db);
        });
    loadDocs();
}

bool NodeConsole::needsConfirmation(const QByteArray &name)
{
    return name == "FLUSHALL" || name == "FLUSHDB" || name == "SHUTDOWN" || name == "DEBUG";
}

void NodeConsole::loadDocs()
{
    if (!m_node)
        return;
    RespConnection *c = m_node->console();
    c->command({"COMMAND", "DOCS"}, this, [this, c](const RespValue &reply) {
        if (reply.isArray() && reply.size() > 0) {
            m_docs = CommandDocs::fromCommandDocs(reply);
            m_names->setStringList(m_docs.names());
            emit docsLoaded();
            return;
        }
        // Older servers (or ours without COMMAND DOCS): names only.
        c->command({"COMMAND"}, this, [this](const RespValue &names) {
            if (names.isArray())
                m_docs = CommandDocs::fromCommand(names);
            m_names->setStringList(m_docs.names());
            emit docsLoaded();
        });
    });
}

QString NodeConsole::prompt() const
{
    if (!m_node)
        return QStringLiteral("> ");
    QString p = m_node->spec().address();
    if (m_db != 0)
        p += QLatin1Char('[') + QString::number(m_db) + QLatin1Char(']');
    return p + QStringLiteral("> ");
}

void NodeConsole::append(const QString &text, const QColor &color)
{
    QTextCharFormat format;
    if (color.isValid())
        format.setForeground(color);
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void NodeConsole::submit()
{
    if (execute(m_input->text()))
        m_input->clear();
}

bool NodeConsole::execute(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || !m_node)
        return false;
    if (m_history.isEmpty() || m_history.last() != trimmed) {
        m_history.append(trimmed);
        if (m_history.size() > kHistoryLimit)
            m_history.removeFirst();
    }
    m_historyPos = int(m_history.size());

    Entry &entry = newEntry(prompt() + trimmed);
    auto finish = [this, &entry](const QString &text, const QColor &color) {
        entry.lines.append({text, color});
        entry.done = true;
        flushEntries();
    };
    QString error;
    const auto argv = splitCommandLine(trimmed.toUtf8(), &error);
    if (!argv) {
        finish(error, QColor(0xc0, 0x39, 0x2b));
        return false;
    }
    const QByteArray name = argv->first().toUpper();
    if (isStreamingMode(name)) {
        finish(tr("%1 turns the connection into a message stream; it is not available in this "
                  "console.")
                   .arg(QString::fromUtf8(name)),
               QColor(0xc0, 0x39, 0x2b));
        return false;
    }
    if (needsConfirmation(name) &&
        !m_confirm(tr("Run \"%1\" on %2?\n\nThis can delete data or stop the server.")
                       .arg(trimmed, m_node->spec().displayName()))) {
        finish(tr("(cancelled)"), QColor(0x7f, 0x8c, 0x8d));
        return false;
    }
    ++m_pending;
    const int selectDb = name == "SELECT" && argv->size() == 2 ? argv->at(1).toInt() : -1;
    Entry *target = &entry; // deque: references stay valid while entries are only appended
    m_node->console()->command(
        *argv, this,
        [this, selectDb, target, argv = *argv](const RespValue &reply) {
            --m_pending;
            if (selectDb >= 0 && reply.isStatus() && reply.bytes() == "OK") {
                m_db = selectDb;
                // A reconnect must come back to the user's database, not the profile's.
                if (m_node)
                    m_node->console()->setDatabase(selectDb);
            }
            QByteArray text = formatReplyFor(argv, reply);
            text.replace("\r\n", "\n");
            if (text.endsWith('\n'))
                text.chop(1);
            target->lines.append(
                {QString::fromUtf8(text), reply.isError() ? QColor(0xc0, 0x39, 0x2b) : QColor()});
            target->done = true;
            flushEntries();
            emit replyShown();
        },
        isBlocking(name) ? 0 : -1);
    return true;
}

NodeConsole::Entry &NodeConsole::newEntry(const QString &echo)
{
    m_entries.push_back(Entry{{{echo, QColor(0x29, 0x80, 0xb9)}}, 0, false});
    Entry &entry = m_entries.back();
    flushEntries();
    return entry;
}

void NodeConsole::flushEntries()
{
    while (!m_entries.empty()) {
        Entry &head = m_entries.front();
        for (; head.printed < head.lines.size(); ++head.printed)
            append(head.lines[head.printed].text, head.lines[head.printed].color);
        if (!head.done)
            return;
        m_entries.pop_front();
    }
}

QString NodeConsole::transcript() const
{
    return m_output->toPlainText();
}

void NodeConsole::updateHint()
{
    const QStringList words = m_input->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const CommandDoc *doc = m_docs.find(words);
    if (!doc) {
        m_hint->clear();
        return;
    }
    QString hint = doc->name;
    if (!doc->syntax.isEmpty())
        hint += QLatin1Char(' ') + doc->syntax;
    if (!doc->summary.isEmpty())
        hint += QStringLiteral("  —  ") + doc->summary;
    m_hint->setText(hint);
}

bool NodeConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress &&
        !m_completer->popup()->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up && m_historyPos > 0) {
            m_input->setText(m_history.at(--m_historyPos));
            return true;
        }
        if (key == Qt::Key_Down) {
            if (m_historyPos < m_history.size() - 1)
                m_input->setText(m_history.at(++m_historyPos));
            else {
                m_historyPos = int(m_history.size());
                m_input->clear();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
