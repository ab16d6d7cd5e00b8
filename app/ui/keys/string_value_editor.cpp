#include "ui/keys/string_value_editor.h"

#include "model/keys/byte_text.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StringValueEditor::StringValueEditor(QWidget *parent)
    : QWidget(parent)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("StringMode"));
    m_modeBox->addItem(tr("Text"), int(Mode::Text));
    m_modeBox->addItem(tr("JSON (pretty)"), int(Mode::Json));
    m_modeBox->addItem(tr("Hex"), int(Mode::Hex));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("StringValueText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_save = new QPushButton(tr("Save value"), this);
    m_save->setObjectName(QStringLiteral("SaveString"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("View as:"), this));
    top->addWidget(m_modeBox);
    top->addStretch();
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_note);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeBox->currentData().toInt())); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString error;
        const auto bytes = editedBytes(&error);
        if (!bytes) {
            QMessageBox::warning(this, tr("Cannot save"), error);
            return;
        }
        emit saveRequested(*bytes);
    });
}

void StringValueEditor::setValue(const QByteArray &bytes, qint64 totalSize, bool truncated)
{
    m_bytes = bytes;
    m_truncated = truncated;
    if (truncated)
        m_note->setText(tr("Showing the first %L1 of %L2 bytes. Large values are not edited here.")
                            .arg(bytes.size())
                            .arg(totalSize));
    else
        m_note->setText(tr("%L1 bytes").arg(totalSize));
    // Each value opens in the view that suits it: JSON if it parses, hex if it is not text.
    const QJsonDocument json = truncated ? QJsonDocument() : QJsonDocument::fromJson(bytes);
    if (json.isObject() || json.isArray())
        setMode(Mode::Json);
    else if (!isPrintableText(bytes.left(4096)))
        setMode(Mode::Hex);
    else
        setMode(Mode::Text);
}

void StringValueEditor::setMode(Mode mode)
{
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    render();
}

void StringValueEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    render();
}

void StringValueEditor::render()
{
    QString text;
    switch (m_mode) {
    case Mode::Text:
        text = bytesToDisplayText(m_bytes, TextLayout::MultiLine);
        break;
    case Mode::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_bytes, &error);
        text = doc.isNull() ? tr("Not JSON: %1").arg(error.errorString())
                            : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        break;
    }
    case Mode::Hex:
        text = hexDump(m_bytes);
        break;
    }
    m_edit->setPlainText(text);
    const bool editable = !m_truncated && !m_readOnly;
    m_edit->setReadOnly(!editable);
    m_save->setEnabled(editable);
}

std::optional<QByteArray> StringValueEditor::editedBytes(QString *error) const
{
    const QString text = m_edit->toPlainText();
    switch (m_mode) {
    case Mode::Text: {
        auto bytes = displayTextToBytes(text);
        if (!bytes && error)
            *error = tr("A \\x escape needs two hex digits.");
        return bytes;
    }
    case Mode::Json: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (doc.isNull()) {
            if (error)
                *error = tr("Not valid JSON: %1").arg(parseError.errorString());
            return std::nullopt;
        }
        // Saved compact, as most applications write JSON.
        return doc.toJson(QJsonDocument::Compact);
    }
    case Mode::Hex: {
        auto bytes = parseHex(text);
        if (!bytes && error)
            *error = tr("Hex digits come in pairs (00-ff).");
        return bytes;
    }
    }
    return std::nullopt;
}

bool StringValueEditor::isModified() const
{
    const auto bytes = editedBytes();
    if (!bytes)
        return true;
    if (m_mode == Mode::Json)
        return QJsonDocument::fromJson(*bytes) != QJsonDocument::fromJson(m_bytes);
    return *bytes != m_bytes;
}
