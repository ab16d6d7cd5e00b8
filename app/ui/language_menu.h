#pragma once
// View > Language: pick the UI language (or follow the system). The choice is saved with
// language::savePreference() and takes effect at the next start; the user may restart at once.
#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &code);
    QActionGroup *m_group = nullptr;
};
