#include "ui/dashboard/slowlog_view.h"

#include "client/node_connections.h"
#include "client/redis_cli_text.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kEntries = 128;
constexpr int kRefreshMs = 5000;

QString argvText(const RespValue &args)
{
    QStringList parts;
    for (const RespValue &a : args.elements()) {
        const QByteArray &b = a.bytes();
        bool plain = !b.isEmpty();
        for (char c : b)
            plain = plain && uchar(c) > 0x20 && uchar(c) < 0x7f && c != '"';
        parts << QString::fromLatin1(plain ? b : quoteBytes(b));
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

SlowlogView::SlowlogView(NodeConnections *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
    , m_table(new QTableWidget(0, 6, this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("ID"), tr("Time"), tr("Duration (µs)"), tr("Command"), tr("Client"), tr("Name")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);

    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *resetButton = new QPushButton(tr("Reset slowlog…"), this);
    connect(refreshButton, &QPushButton::clicked, this, &SlowlogView::refresh);
    connect(resetButton, &QPushButton::clicked, this, &SlowlogView::reset);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(refreshButton);
    buttons->addWidget(resetButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SlowlogView::refresh);
}

int SlowlogView::rowCount() const
{
    return m_table->rowCount();
}

void SlowlogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void SlowlogView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void SlowlogView::refresh()
{
    if (!m_node || m_inFlight)
        return;
    m_inFlight = true;
    m_node->monitoring()->command({"SLOWLOG", "GET", QByteArray::number(kEntries)}, this,
                                  [this](const RespValue &reply) {
                                      m_inFlight = false;
                                      fill(reply);
                                  });
}

void SlowlogView::fill(const RespValue &reply)
{
    if (reply.isError()) {
        m_status->setText(QString::fromUtf8(reply.bytes()));
        return;
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(reply.size()));
    int row = 0;
    for (const RespValue &e : reply.elements()) {
        if (!e.isArray() || e.size() < 4)
            continue;
        auto number = [](qint64 v) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, v);
            return item;
        };
        m_table->setItem(row, 0, number(e.at(0).toInteger()));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(QDateTime::fromSecsSinceEpoch(e.at(1).toInteger())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_table->setItem(row, 2, number(e.at(2).toInteger()));
        m_table->setItem(row, 3, new QTableWidgetItem(argvText(e.at(3))));
        m_table->setItem(
            row, 4,
            new QTableWidgetItem(QString::fromUtf8(e.size() > 4 ? e.at(4).bytes() : QByteArray())));
        m_table->setItem(
            row, 5,
            new QTableWidgetItem(QString::fromUtf8(e.size() > 5 ? e.at(5).bytes() : QByteArray())));
        ++row;
    }
    m_table->setRowCount(row);
    m_table->setSortingEnabled(true);
    m_status->setText(tr("%n slow command(s)", nullptr, row));
    emit refreshed();
}

void SlowlogView::reset()
{
    if (!m_node)
        return;
    if (QMessageBox::question(
            this, tr("Reset slowlog"),
            tr("Delete every entry of the slowlog on %1?").arg(m_node->spec().displayName())) !=
        QMessageBox::Yes)
        return;
    m_node->monitoring()->command({"SLOWLOG", "RESET"}, this,
                                  [this](const RespValue &) { refresh(); });
}
