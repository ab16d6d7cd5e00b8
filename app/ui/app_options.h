#pragma once
// The command line of `replicadesk`, parsed once in main() and handed to whoever needs it.
#include <QString>
#include <QStringList>

class QCoreApplication;

struct AppOptions
{
    QString language;        // --lang zh_CN; empty = follow the system locale / saved setting
    QString theme;           // --theme light|dark|system; empty = saved setting
    QStringList connectUrls; // --connect redis://[user:password@]host:port[/db] (repeatable)
    QString labTemplate;     // --lab seed|star:N|chain:N
    QString labDir;          // --dir DIR
    bool headless = false;   // --headless: no window, lab only
    QString grabPath;        // --grab FILE: save a screenshot of the main window, then quit
    int grabDelayMs = 1500;  // --grab-delay MS
    QStringList errors;      // problems found while parsing, shown to the user
};

// Parses argv. Handles --version and --help itself (prints and exits) like Qt programs do.
AppOptions parseAppOptions(const QCoreApplication &app);
