#include "ui/app_options.h"

#include "rd_version.h"
#include "ui/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

AppOptions parseAppOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "ReplicaDesk: see Redis master-replica replication at work."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("AppOptions", "Print the version and exit."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions", "User interface language (en, zh_CN)."),
        QStringLiteral("language"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("AppOptions",
                                    "Appearance: light, dark or system (follow the desktop)."),
        QStringLiteral("theme"));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QCoreApplication::translate(
            "AppOptions", "Monitor a server: redis://[user:password@]host:port[/db]. Repeatable."),
        QStringLiteral("url"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"),
        QCoreApplication::translate("AppOptions",
                                    "Start a local lab: seed, star:N (master + N replicas) or "
                                    "chain:N (N nodes in a chain)."),
        QStringLiteral("template"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QCoreApplication::translate("AppOptions", "Folder for the lab's configs, data and logs."),
        QStringLiteral("dir"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("AppOptions",
                                    "Run the lab without a window; print one line per node and "
                                    "stop all nodes on SIGINT/SIGTERM."));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"),
        QCoreApplication::translate(
            "AppOptions", "Save a screenshot of the main window to a PNG file, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption grabDelayOption(
        QStringLiteral("grab-delay"),
        QCoreApplication::translate("AppOptions", "Milliseconds to wait before --grab."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    parser.addOptions({versionOption, langOption, themeOption, connectOption, labOption, dirOption,
                       headlessOption, grabOption, grabDelayOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        printf("replicadesk %s (Redis %s compatible node)\n", RD_VERSION, RD_REDIS_COMPAT_VERSION);
        ::exit(0);
    }

    AppOptions options;
    options.language = parser.value(langOption);
    if (parser.isSet(themeOption)) {
        theme::Appearance appearance;
        if (theme::parse(parser.value(themeOption), &appearance))
            options.theme = parser.value(themeOption);
        else
            options.errors << QCoreApplication::translate(
                                  "AppOptions", "Unknown theme \"%1\" (use light, dark or system).")
                                  .arg(parser.value(themeOption));
    }
    options.connectUrls = parser.values(connectOption);
    options.labTemplate = parser.value(labOption);
    options.labDir = parser.value(dirOption);
    options.headless = parser.isSet(headlessOption);
    options.grabPath = parser.value(grabOption);
    bool delayOk = false;
    options.grabDelayMs = parser.value(grabDelayOption).toInt(&delayOk);
    if (!delayOk || options.grabDelayMs < 0)
        options.errors << QCoreApplication::translate(
            "AppOptions", "--grab-delay needs a number of milliseconds");
    if (options.headless && options.labTemplate.isEmpty())
        options.errors << QCoreApplication::translate("AppOptions",
                                                      "--headless needs --lab seed|star:N|chain:N");
    return options;
}
