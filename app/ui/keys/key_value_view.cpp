#include "ui/keys/key_value_view.h"

#include "ui/status_style.h"

#include "model/keys/byte_text.h"
#include "model/keys/key_writer.h"
#include "model/keys/string_value.h"
#include "model/keys/sync_result_model.h"
#include "model/keys/value_page_model.h"
#include "ui/keys/collection_value_editor.h"
#include "ui/keys/string_value_editor.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

KeyValueView::KeyValueView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("KeyTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("KeyFacts"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("KeyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);

    m_rename = new QPushButton(tr("Rename…"), this);
    m_ttl = new QPushButton(tr("TTL…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_copy = new QPushButton(tr("Copy value"), this);
    m_refresh = new QPushButton(tr("Reload"), this);
    m_compare = new QPushButton(tr("Synced?"), this);
    m_compare->setToolTip(tr("Compare this key on the master and each of its replicas"));
    m_delete->setObjectName(QStringLiteral("DeleteKey"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_rename, m_ttl, m_delete, m_copy, m_refresh, m_compare})
        actions->addWidget(b);
    actions->addStretch();

    m_placeholder = new QLabel(tr("Select a key to see its value."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_string = new StringValueEditor(this);
    m_collection = new CollectionValueEditor(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_string);
    m_stack->addWidget(m_collection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_rename, &QPushButton::clicked, this, &KeyValueView::renameKey);
    connect(m_ttl, &QPushButton::clicked, this, &KeyValueView::editTtl);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteKey(true); });
    connect(m_copy, &QPushButton::clicked, this, &KeyValueView::copyValue);
    connect(m_refresh, &QPushButton::clicked, this, &KeyValueView::refresh);
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(m_key); });
    connect(m_string, &StringValueEditor::saveRequested, this, [this](const QByteArray &bytes) {
        KeyWriter(m_db, this).setString(m_key, bytes, [this](const WriteResult &r) {
            showResult(r);
            if (r.ok)
                refresh();
        });
    });
    connect(m_collection, &CollectionValueEditor::writeFinished, this,
            [this](const WriteResult &r) {
                showResult(r);
                if (r.ok)
                    emit keyChanged(m_db.db(), m_key);
            });
    clear();
}

void KeyValueView::clear()
{
    ++m_generation;
    m_key.clear();
    m_details = {};
    m_title->setText(tr("No key selected"));
    m_facts->clear();
    m_banner->setVisible(false);
    m_stack->setCurrentWidget(m_placeholder);
    for (QPushButton *b : {m_rename, m_ttl, m_delete, m_copy, m_refresh, m_compare})
        b->setEnabled(false);
}

QString KeyValueView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void KeyValueView::showKey(const DbCommands &db, const QByteArray &key)
{
    m_db = db;
    m_key = key;
    m_banner->setVisible(false);
    refresh();
}

void KeyValueView::refresh()
{
    if (m_key.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_title->setText(bytesToDisplayText(m_key));
    m_facts->setText(tr("Loading…"));
    inspectKey(m_db, m_key, this, [this, generation](const KeyDetails &details) {
        if (generation == m_generation)
            onDetails(details);
    });
}

void KeyValueView::onDetails(const KeyDetails &details)
{
    m_details = details;
    for (QPushButton *b : {m_rename, m_ttl, m_delete, m_copy, m_refresh, m_compare})
        b->setEnabled(details.exists());
    m_refresh->setEnabled(true);
    if (!details.error.isEmpty()) {
        m_facts->clear();
        showBanner(details.error, true);
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!details.exists()) {
        m_facts->setText(tr("This key does not exist (any more): deleted or expired."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    QStringList facts{keyTypeLabel(details.type)};
    facts << tr("TTL: %1").arg(SyncResultModel::ttlText(details.ttlMs));
    if (details.size >= 0)
        facts << (details.type == KeyType::String ? tr("%L1 bytes").arg(details.size)
                                                  : tr("%L1 elements").arg(details.size));
    if (!details.encoding.isEmpty())
        facts << tr("encoding: %1").arg(QString::fromUtf8(details.encoding));
    if (details.memoryBytes >= 0)
        facts << tr("memory: %1").arg(SyncResultModel::bytesText(details.memoryBytes));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    switch (details.type) {
    case KeyType::String: {
        m_stack->setCurrentWidget(m_string);
        const quint64 generation = m_generation;
        loadStringValue(m_db, m_key, kStringLimit, this,
                        [this, generation](const StringValue &value) {
                            if (generation != m_generation)
                                return;
                            if (!value.error.isEmpty())
                                showBanner(value.error, true);
                            m_string->setValue(value.bytes, value.totalSize, value.truncated);
                        });
        break;
    }
    case KeyType::List:
    case KeyType::Hash:
    case KeyType::Set:
    case KeyType::ZSet:
        m_stack->setCurrentWidget(m_collection);
        m_collection->setKey(m_db, m_key, details.type);
        break;
    default:
        m_placeholder->setText(tr("Values of this type are not shown here."));
        m_stack->setCurrentWidget(m_placeholder);
        break;
    }
}

void KeyValueView::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(status_style::banner(
        error ? status_style::Kind::Error : status_style::Kind::Success, palette()));
    m_banner->setVisible(true);
}

void KeyValueView::showResult(const WriteResult &result)
{
    if (result.ok)
        showBanner(tr("Saved."), false);
    else
        showBanner(result.message, true);
}

void KeyValueView::renameKey()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Rename key"), tr("New name:"),
                                               QLineEdit::Normal, bytesToDisplayText(m_key), &ok);
    if (!ok)
        return;
    const auto to = displayTextToBytes(text);
    if (!to || to->isEmpty() || *to == m_key)
        return;
    const QByteArray from = m_key;
    const int db = m_db.db();
    KeyWriter(m_db, this).rename(from, *to, false, [this, from, to, db](const WriteResult &r) {
        showResult(r);
        if (!r.ok)
            return;
        emit keyRenamed(db, from, *to);
        m_key = *to;
        refresh();
    });
}

void KeyValueView::editTtl()
{
    bool ok = false;
    const qint64 current = m_details.ttlMs > 0 ? (m_details.ttlMs + 999) / 1000 : 0;
    const int seconds = QInputDialog::getInt(
        this, tr("Time to live"), tr("Seconds until the key expires (0 = never expires):"),
        int(qMin<qint64>(current, std::numeric_limits<int>::max())), 0,
        std::numeric_limits<int>::max(), 1, &ok);
    if (!ok)
        return;
    KeyWriter(m_db, this).setTtl(m_key, qint64(seconds) * 1000, [this](const WriteResult &r) {
        showResult(r);
        if (r.ok)
            refresh();
    });
}

void KeyValueView::deleteKey(bool confirm)
{
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Delete key"),
            tr("Delete the key \"%1\"? UNLINK removes it at once; the server frees its memory "
               "in the background.")
                .arg(bytesToDisplayText(m_key)));
        if (answer != QMessageBox::Yes)
            return;
    }
    const QByteArray key = m_key;
    const int db = m_db.db();
    KeyWriter(m_db, this).unlink({key}, [this, key, db](const WriteResult &r) {
        if (!r.ok) {
            showResult(r);
            return;
        }
        emit keyDeleted(db, key);
        clear();
        showBanner(tr("Deleted."), false);
    });
}

void KeyValueView::copyValue()
{
    auto *mime = new QMimeData;
    QByteArray bytes;
    if (m_details.type == KeyType::String) {
        bytes = m_string->value();
    } else if (auto *model = m_collection->model()) {
        // What is loaded, one element per line (tab between field and value).
        for (int row = 0; row < model->rowCount(); ++row) {
            const QList<QByteArray> cells = model->rowBytes(row);
            if (cells.isEmpty())
                continue;
            bytes += cells.join('\t');
            bytes += '\n';
        }
    }
    mime->setData(QStringLiteral("application/octet-stream"), bytes);
    mime->setText(bytesToDisplayText(bytes, TextLayout::MultiLine));
    QApplication::clipboard()->setMimeData(mime);
    showBanner(tr("Value copied (%L1 bytes).").arg(bytes.size()), false);
}
