#include "ui/keys/bulk_delete_dialog.h"

#include "model/keys/byte_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

BulkDeleteDialog::BulkDeleteDialog(const DbCommands &db, const QByteArray &pattern, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete keys by pattern (db%1)").arg(db.db()));
    m_bulk = new BulkDelete(db, this);
    m_pattern = new QLineEdit(bytesToDisplayText(pattern), this);
    m_pattern->setObjectName(QStringLiteral("BulkPattern"));
    m_status = new QLabel(tr("Count the matching keys first."), this);
    m_status->setWordWrap(true);
    m_sample = new QListWidget(this);
    m_preview = new QPushButton(tr("Count matches"), this);
    m_delete = new QPushButton(tr("Delete them"), this);
    m_delete->setObjectName(QStringLiteral("BulkDeleteRun"));
    m_delete->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Pattern (SCAN MATCH glob):"), m_pattern);
    form->addRow(m_status);
    form->addRow(tr("Some of them:"), m_sample);
    form->addRow(buttons);
    resize(520, 420);

    connect(m_preview, &QPushButton::clicked, this, &BulkDeleteDialog::startPreview);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::warning(
            this, windowTitle(),
            tr("Delete every key matching \"%1\" (about %L2 keys)? This cannot be undone.")
                .arg(m_pattern->text())
                .arg(m_bulk->matched()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            startDelete();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_bulk->phase() == BulkDelete::Phase::Counting ||
            m_bulk->phase() == BulkDelete::Phase::Deleting)
            m_bulk->cancel();
        else
            reject();
    });
    connect(m_pattern, &QLineEdit::textChanged, this, [this] { m_delete->setEnabled(false); });
    connect(m_bulk, &BulkDelete::progressed, this, &BulkDeleteDialog::update);
    connect(m_bulk, &BulkDelete::finished, this, [this](BulkDelete::Phase phase) {
        update();
        if (phase == BulkDelete::Phase::Done)
            emit deleted(m_bulk->deleted());
    });
}

void BulkDeleteDialog::startPreview()
{
    const auto pattern = displayTextToBytes(m_pattern->text());
    if (!pattern || pattern->isEmpty())
        return;
    m_sample->clear();
    m_bulk->preview(*pattern);
    update();
}

void BulkDeleteDialog::startDelete()
{
    const auto pattern = displayTextToBytes(m_pattern->text());
    if (!pattern)
        return;
    m_bulk->run(*pattern);
    update();
}

void BulkDeleteDialog::update()
{
    using Phase = BulkDelete::Phase;
    const Phase phase = m_bulk->phase();
    switch (phase) {
    case Phase::Counting:
        m_status->setText(tr("Counting… %L1 so far").arg(m_bulk->matched()));
        break;
    case Phase::Counted:
        m_status->setText(tr("%L1 keys match.").arg(m_bulk->matched()));
        break;
    case Phase::Deleting:
        m_status->setText(tr("Deleting… %L1 deleted").arg(m_bulk->deleted()));
        break;
    case Phase::Done:
        m_status->setText(tr("Done: %L1 keys deleted.").arg(m_bulk->deleted()));
        break;
    case Phase::Cancelled:
        m_status->setText(tr("Cancelled (%L1 deleted).").arg(m_bulk->deleted()));
        break;
    case Phase::Failed:
        m_status->setText(m_bulk->errorText());
        break;
    case Phase::Idle:
        break;
    }
    if (phase == Phase::Counting || phase == Phase::Counted) {
        m_sample->clear();
        for (const QByteArray &key : m_bulk->sample())
            m_sample->addItem(bytesToDisplayText(key));
    }
    const bool busy = phase == Phase::Counting || phase == Phase::Deleting;
    m_preview->setEnabled(!busy);
    m_delete->setEnabled(phase == Phase::Counted && m_bulk->matched() > 0);
    m_cancel->setText(busy ? tr("Stop") : tr("Close"));
}
