#pragma once
// A lab node's config file, edited as text with redis.conf colours. Before anything is saved
// the text is checked by the node program's own parser (ConfigFileValidator); a rejected line
// is pointed at. "Save and restart" then restarts the node through the lab so the file applies.
#include "model/config/config_file_validator.h"

#include <QDialog>
#include <QPointer>

class LabController;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class ConfigFileEditor : public QDialog
{
    Q_OBJECT
public:
    ConfigFileEditor(LabController *lab, const QString &nodeName, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_edit; }
    QString statusText() const;
    bool load(QString *error = nullptr);
    // Validates, then (if valid) writes the file; `restart` restarts the node afterwards.
    void validateAndSave(bool restart);
    void validateOnly();

signals:
    void saved(bool restarted);

private:
    void onValidated(const ConfigFileValidator::Result &result);
    void markLine(int line);

    QPointer<LabController> m_lab;
    QString m_nodeName;
    QString m_path;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveRestart = nullptr;
    ConfigFileValidator *m_validator = nullptr;
    enum class After { Nothing, Save, SaveAndRestart } m_after = After::Nothing;
};
