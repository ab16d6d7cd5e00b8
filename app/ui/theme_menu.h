#pragma once
// View > Appearance: follow the system, or force light or dark. Applies at once and is saved.
#include <QMenu>

class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);
};
