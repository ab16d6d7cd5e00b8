#pragma once
// Installs the UI translation. The language comes from --lang, else the saved setting, else the
// system locale. English is the source language and needs no translator.
#include <QString>

class QCoreApplication;

namespace language {

// Returns the language actually applied ("en" or e.g. "zh_CN").
QString install(QCoreApplication &app, const QString &requested);
// Languages the app ships, as (code, native name).
QList<QPair<QString, QString>> available();
QString savedPreference();
void savePreference(const QString &code);

} // namespace language
