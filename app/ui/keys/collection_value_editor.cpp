#include "ui/keys/collection_value_editor.h"

#include "model/keys/key_writer.h"
#include "model/keys/value_page_model.h"
#include "ui/keys/element_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CollectionValueEditor::CollectionValueEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("CollectionTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_summary = new QLabel(this);
    m_add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &CollectionValueEditor::addElement);
    connect(m_edit, &QPushButton::clicked, this, &CollectionValueEditor::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CollectionValueEditor::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &CollectionValueEditor::editSelected);
}

void CollectionValueEditor::setKey(const DbCommands &db, const QByteArray &key, KeyType type)
{
    m_db = db;
    m_key = key;
    m_type = type;
    ValuePageModel *old = m_model;
    if (type == KeyType::List || type == KeyType::ZSet)
        m_model = new IndexedValueModel(type, this);
    else
        m_model = new ScannedValueModel(type, this);
    m_table->setModel(m_model);
    delete old;
    connect(m_model, &ValuePageModel::totalCountChanged, this,
            &CollectionValueEditor::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &CollectionValueEditor::updateSummary);
    m_model->setKey(db, key);
    if (type == KeyType::List || type == KeyType::ZSet)
        m_table->setColumnWidth(0, 70);
    updateSummary();
}

void CollectionValueEditor::setReadOnly(bool readOnly)
{
    m_add->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void CollectionValueEditor::updateSummary()
{
    if (!m_model)
        return;
    const bool scanned = m_type == KeyType::Hash || m_type == KeyType::Set;
    if (scanned)
        m_summary->setText(tr("%L1 of %L2 elements loaded (scroll for more)")
                               .arg(m_model->rowCount())
                               .arg(m_model->totalCount()));
    else
        m_summary->setText(tr("%L1 elements, loaded as they are shown").arg(m_model->totalCount()));
}

void CollectionValueEditor::finishWrite(const WriteResult &result, bool reload)
{
    if (result.ok && reload)
        m_model->reload();
    emit writeFinished(result);
}

void CollectionValueEditor::addElement()
{
    ElementDialog dialog(m_type, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const KeyWriter writer(m_db, this);
    const QByteArray first = *dialog.first();
    const QByteArray second = *dialog.second();
    auto *scanned = qobject_cast<ScannedValueModel *>(m_model);
    switch (m_type) {
    case KeyType::List:
        writer.listPush(m_key, first, dialog.atTail(),
                        [this](const WriteResult &r) { finishWrite(r, true); });
        break;
    case KeyType::Hash:
        writer.hashSet(m_key, first, second, [this, scanned, first, second](const WriteResult &r) {
            if (r.ok && scanned)
                scanned->upsertRow({first, second});
            finishWrite(r, false);
        });
        break;
    case KeyType::Set:
        writer.setAdd(m_key, first, [this, scanned, first](const WriteResult &r) {
            if (r.ok && scanned)
                scanned->upsertRow({first});
            finishWrite(r, false);
        });
        break;
    case KeyType::ZSet:
        writer.zsetAdd(m_key, first, dialog.score(),
                       [this](const WriteResult &r) { finishWrite(r, true); });
        break;
    default:
        break;
    }
}

void CollectionValueEditor::editSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_add->isEnabled())
        return;
    const int row = current.row();
    const QList<QByteArray> cells = m_model->rowBytes(row);
    if (cells.isEmpty())
        return; // not loaded yet
    ElementDialog dialog(m_type, false, this);
    dialog.setFirst(cells.value(0));
    dialog.setSecond(cells.value(1));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const KeyWriter writer(m_db, this);
    const QByteArray first = *dialog.first();
    const QByteArray second = *dialog.second();
    auto *scanned = qobject_cast<ScannedValueModel *>(m_model);
    switch (m_type) {
    case KeyType::List:
        writer.listSet(m_key, row, first, [this](const WriteResult &r) { finishWrite(r, true); });
        break;
    case KeyType::Hash:
        if (first == cells.value(0)) {
            writer.hashSet(m_key, first, second, [=, this](const WriteResult &r) {
                if (r.ok)
                    scanned->upsertRow({first, second});
                finishWrite(r, false);
            });
        } else {
            writer.hashRenameField(m_key, cells.value(0), first, second,
                                   [=, this](const WriteResult &r) {
                                       if (r.ok) {
                                           scanned->removeRowByFirstCell(cells.value(0));
                                           scanned->upsertRow({first, second});
                                       }
                                       finishWrite(r, false);
                                   });
        }
        break;
    case KeyType::Set:
        writer.setReplace(m_key, cells.value(0), first, [=, this](const WriteResult &r) {
            if (r.ok) {
                scanned->removeRowByFirstCell(cells.value(0));
                scanned->upsertRow({first});
            }
            finishWrite(r, false);
        });
        break;
    case KeyType::ZSet:
        if (first == cells.value(0)) {
            writer.zsetAdd(m_key, first, dialog.score(),
                           [this](const WriteResult &r) { finishWrite(r, true); });
        } else {
            writer.transaction({{"ZREM", m_key, cells.value(0)},
                                {"ZADD", m_key, KeyWriter::formatScore(dialog.score()), first}},
                               [this](const WriteResult &r) { finishWrite(r, true); });
        }
        break;
    default:
        break;
    }
}

void CollectionValueEditor::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const QList<QByteArray> cells = m_model->rowBytes(row);
    if (cells.isEmpty())
        return;
    const KeyWriter writer(m_db, this);
    auto *scanned = qobject_cast<ScannedValueModel *>(m_model);
    switch (m_type) {
    case KeyType::List:
        writer.listRemoveAt(m_key, row, [this](const WriteResult &r) { finishWrite(r, true); });
        break;
    case KeyType::Hash:
        writer.hashDelete(m_key, cells.value(0), [=, this](const WriteResult &r) {
            if (r.ok)
                scanned->removeRowByFirstCell(cells.value(0));
            finishWrite(r, false);
        });
        break;
    case KeyType::Set:
        writer.setRemove(m_key, cells.value(0), [=, this](const WriteResult &r) {
            if (r.ok)
                scanned->removeRowByFirstCell(cells.value(0));
            finishWrite(r, false);
        });
        break;
    case KeyType::ZSet:
        writer.zsetRemove(m_key, cells.value(0),
                          [this](const WriteResult &r) { finishWrite(r, true); });
        break;
    default:
        break;
    }
}
