#pragma once
// README screenshots from GUI tests: with RD_SCREENSHOT_DIR=<dir> a test saves the widget it
// drives at the moment worth showing; RD_SCREENSHOT_LANG=zh_CN renders it in Chinese (the
// translations are compiled into rdui). Without the variable nothing happens. Header-only, so
// only GUI tests (which link Widgets) pull it in.
#include <QCoreApplication>
#include <QTranslator>
#include <QWidget>

namespace rdtest {

inline void installScreenshotLanguage(QObject *owner)
{
    const QString lang = qEnvironmentVariable("RD_SCREENSHOT_LANG");
    if (lang.isEmpty() || lang == QLatin1String("en"))
        return;
    auto *translator = new QTranslator(owner);
    if (translator->load(QStringLiteral(":/i18n/replicadesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
}

inline void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString lang = qEnvironmentVariable("RD_SCREENSHOT_LANG", QStringLiteral("en"));
    widget.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QLatin1String(name), lang));
}

} // namespace rdtest
