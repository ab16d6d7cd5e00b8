#include "ui/theme_menu.h"

#include "ui/theme.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Appearance"), parent)
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const theme::Appearance saved = theme::savedPreference();
    const QList<QPair<theme::Appearance, QString>> choices{
        {theme::Appearance::System, tr("Follow the &system")},
        {theme::Appearance::Light, tr("&Light")},
        {theme::Appearance::Dark, tr("&Dark")}};
    for (const auto &[appearance, label] : choices) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setChecked(appearance == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [appearance] {
            theme::savePreference(appearance);
            theme::apply(appearance);
        });
    }
}
