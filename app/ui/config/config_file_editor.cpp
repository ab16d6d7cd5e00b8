#include "ui/config/config_file_editor.h"

#include "ui/status_style.h"

#include "lab/lab_controller.h"
#include "lab/node_config.h"
#include "lab/node_program.h"
#include "ui/config/redis_conf_highlighter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

ConfigFileEditor::ConfigFileEditor(LabController *lab, const QString &nodeName, QWidget *parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_nodeName(nodeName)
{
    setObjectName(QStringLiteral("ConfigFileEditor"));
    LabNode *node = lab ? lab->node(nodeName) : nullptr;
    m_path = node ? node->files().configPath : QString();
    setWindowTitle(tr("Config file of %1").arg(nodeName));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("ConfigFileText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new RedisConfHighlighter(m_edit->document());
    m_status = new QLabel(tr("Edit, then validate: the node's own parser checks the text."), this);
    m_status->setObjectName(QStringLiteral("ConfigFileStatus"));
    m_status->setWordWrap(true);
    m_validate = new QPushButton(tr("Validate"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_saveRestart = new QPushButton(tr("Save and restart node"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_validate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveRestart, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_path, this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);

    const QString program = node ? nodeProgramPath(node->spec().program)
                                 : nodeProgramPath(NodeProgram::ReplicaDeskNode);
    m_validator = new ConfigFileValidator(program, this);
    if (node)
        m_validator->setWorkingDirectory(node->files().dir);
    connect(m_validator, &ConfigFileValidator::finished, this, &ConfigFileEditor::onValidated);
    connect(m_validate, &QPushButton::clicked, this, &ConfigFileEditor::validateOnly);
    connect(m_save, &QPushButton::clicked, this, [this] { validateAndSave(false); });
    connect(m_saveRestart, &QPushButton::clicked, this, [this] { validateAndSave(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QString error;
    if (!load(&error))
        m_status->setText(error);
}

QString ConfigFileEditor::statusText() const
{
    return m_status->text();
}

bool ConfigFileEditor::load(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_edit->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

void ConfigFileEditor::validateOnly()
{
    m_after = After::Nothing;
    m_status->setText(tr("Validating with the node's parser…"));
    m_validator->validate(m_edit->toPlainText().toUtf8());
}

void ConfigFileEditor::validateAndSave(bool restart)
{
    m_after = restart ? After::SaveAndRestart : After::Save;
    m_status->setText(tr("Validating with the node's parser…"));
    for (QPushButton *b : {m_validate, m_save, m_saveRestart})
        b->setEnabled(false);
    m_validator->validate(m_edit->toPlainText().toUtf8());
}

void ConfigFileEditor::markLine(int line)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(status_style::background(status_style::Kind::Error, palette()));
        mark.format.setForeground(status_style::textOn(status_style::Kind::Error, palette()));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(line - 1));
        marks << mark;
        m_edit->setTextCursor(mark.cursor);
    }
    m_edit->setExtraSelections(marks);
}

void ConfigFileEditor::onValidated(const ConfigFileValidator::Result &result)
{
    for (QPushButton *b : {m_validate, m_save, m_saveRestart})
        b->setEnabled(true);
    markLine(result.ok ? -1 : result.line);
    if (!result.ok) {
        m_status->setText(
            tr("Not saved: the node rejects this configuration.\n%1").arg(result.message));
        return;
    }
    if (m_after == After::Nothing) {
        m_status->setText(result.message);
        return;
    }
    QString error;
    if (!writePrivateFile(m_path, m_edit->toPlainText().toUtf8(), &error)) {
        m_status->setText(tr("Cannot save: %1").arg(error));
        return;
    }
    const bool restart = m_after == After::SaveAndRestart && m_lab;
    if (restart)
        m_lab->restartNode(m_nodeName);
    m_status->setText(restart ? tr("Saved; the node is restarting with the new file.")
                              : tr("Saved. The running node still uses its old settings until "
                                   "it restarts."));
    emit saved(restart);
}
