#include "ui/language_menu.h"

#include "ui/language.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QString saved = language::savedPreference();
    // An empty code means: follow the system locale.
    QList<QPair<QString, QString>> choices{{QString(), tr("System default")}};
    choices += language::available();
    for (const auto &[code, name] : choices) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(code == saved);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (code == language::savedPreference())
        return;
    language::savePreference(code);
    const auto answer = QMessageBox::question(
        parentWidget(), tr("Language"),
        tr("The new language applies after ReplicaDesk restarts. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    // Restart with the same arguments minus --lang, which would override the saved choice.
    QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--lang") || args[i] == QLatin1String("-lang"))
            args.remove(i, qMin<qsizetype>(2, args.size() - i));
        else if (args[i].startsWith(QLatin1String("--lang=")))
            args.remove(i);
        else
            ++i;
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        QApplication::closeAllWindows();
}
