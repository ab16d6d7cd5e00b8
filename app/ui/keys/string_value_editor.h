#pragma once
// A string value shown three ways: as text (UTF-8, other bytes escaped \xHH like redis-cli),
// as pretty-printed JSON, or as a hex dump. Every view edits the same bytes: what is typed is
// converted back exactly (escapes, hex digits, compact JSON), so binary values survive.
#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class StringValueEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Text, Json, Hex };
    Q_ENUM(Mode)

    explicit StringValueEditor(QWidget *parent = nullptr);

    // `truncated`: only the first bytes of a bigger value; editing is then disabled.
    void setValue(const QByteArray &bytes, qint64 totalSize, bool truncated);
    QByteArray value() const { return m_bytes; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // The bytes the editor's current text stands for; nullopt (and *error) if it does not parse.
    std::optional<QByteArray> editedBytes(QString *error = nullptr) const;
    bool isModified() const;
    QPlainTextEdit *textEdit() const { return m_edit; }
    void setReadOnly(bool readOnly);

signals:
    void saveRequested(const QByteArray &bytes);

private:
    void render();

    QComboBox *m_modeBox = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QByteArray m_bytes;
    Mode m_mode = Mode::Text;
    bool m_truncated = false;
    bool m_readOnly = false;
};
