#pragma once
// The first page: what the app does and where to start. Panels that offer a start action
// (new lab, connect) add buttons through addAction().
#include <QWidget>

class QVBoxLayout;

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void addAction(QAction *action);

private:
    QVBoxLayout *m_actions = nullptr;
};
