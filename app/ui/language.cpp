#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace language {

namespace {
const char *const kSettingKey = "ui/language";

QString normalise(const QString &code)
{
    if (code.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}
} // namespace

QList<QPair<QString, QString>> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString savedPreference()
{
    return QSettings().value(QLatin1String(kSettingKey)).toString();
}

void savePreference(const QString &code)
{
    QSettings().setValue(QLatin1String(kSettingKey), code);
}

QString install(QCoreApplication &app, const QString &requested)
{
    QString code = requested;
    if (code.isEmpty())
        code = savedPreference();
    if (code.isEmpty())
        code = QLocale::system().name();
    code = normalise(code);
    if (code == QLatin1String("en"))
        return code;

    // Both translators live as long as the application.
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/replicadesk_%1.qm").arg(code)))
        QCoreApplication::installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace language
