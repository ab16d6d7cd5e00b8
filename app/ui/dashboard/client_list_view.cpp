#include "ui/dashboard/client_list_view.h"

#include "client/node_connections.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 3000;
// CLIENT LIST fields shown, in column order; numeric ones sort as numbers.
struct Column
{
    const char *field;
    bool numeric;
};
constexpr Column kColumns[] = {{"id", true},    {"addr", false},  {"name", false}, {"age", true},
                               {"idle", true},  {"flags", false}, {"db", true},    {"cmd", false},
                               {"user", false}, {"tot-mem", true}};
} // namespace

ClientListView::ClientListView(NodeConnections *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
    , m_table(new QTableWidget(0, int(std::size(kColumns)), this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Address"), tr("Name"), tr("Age (s)"),
                                        tr("Idle (s)"), tr("Flags"), tr("DB"), tr("Last command"),
                                        tr("User"), tr("Memory")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);

    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *killButton = new QPushButton(tr("Kill client…"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ClientListView::refresh);
    connect(killButton, &QPushButton::clicked, this, &ClientListView::killSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(killButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ClientListView::refresh);
}

int ClientListView::rowCount() const
{
    return m_table->rowCount();
}

void ClientListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void ClientListView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ClientListView::refresh()
{
    if (!m_node || m_inFlight)
        return;
    m_inFlight = true;
    m_node->monitoring()->command({"CLIENT", "LIST"}, this, [this](const RespValue &reply) {
        m_inFlight = false;
        fill(reply);
    });
}

void ClientListView::fill(const RespValue &reply)
{
    if (reply.isError()) {
        m_status->setText(QString::fromUtf8(reply.bytes()));
        return;
    }
    const QList<QByteArray> lines = reply.bytes().trimmed().split('\n');
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QHash<QByteArray, QByteArray> fields;
        for (const QByteArray &pair : line.split(' ')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                fields.insert(pair.left(eq), pair.mid(eq + 1));
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < int(std::size(kColumns)); ++c) {
            const QByteArray value = fields.value(kColumns[c].field);
            auto *item = new QTableWidgetItem;
            if (kColumns[c].numeric)
                item->setData(Qt::DisplayRole, value.toLongLong());
            else
                item->setText(QString::fromUtf8(value));
            m_table->setItem(row, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_status->setText(tr("%n client(s)", nullptr, m_table->rowCount()));
    emit refreshed();
}

void ClientListView::killSelected()
{
    const int row = m_table->currentRow();
    if (!m_node || row < 0)
        return;
    const QByteArray id = m_table->item(row, 0)->data(Qt::DisplayRole).toString().toUtf8();
    const QString addr = m_table->item(row, 1)->text();
    if (QMessageBox::question(this, tr("Kill client"),
                              tr("Disconnect client %1 (%2)?").arg(QString::fromUtf8(id), addr)) !=
        QMessageBox::Yes)
        return;
    m_node->monitoring()->command({"CLIENT", "KILL", "ID", id}, this,
                                  [this](const RespValue &reply) {
                                      if (reply.isError())
                                          m_status->setText(QString::fromUtf8(reply.bytes()));
                                      refresh();
                                  });
}
