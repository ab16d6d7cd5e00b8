#include "ui/welcome_page.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *title = new QLabel(tr("<h1>ReplicaDesk</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto *intro = new QLabel(
        tr("Start a local lab of one master and two replicas, or connect to Redis servers you "
           "already run, and watch replication at work."),
        this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    outer->addWidget(intro);
    m_actions = new QVBoxLayout;
    m_actions->setAlignment(Qt::AlignHCenter);
    outer->addLayout(m_actions);
    outer->addStretch(2);
}

void WelcomePage::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setMinimumWidth(280);
    m_actions->addWidget(button);
}
