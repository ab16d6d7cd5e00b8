// replicadesk: the desktop app. main() parses the command line, installs the translation and
// assembles the main window from its panels.
#include "lab/headless_lab.h"
#include "lab/lab_controller.h"
#include "lab/unix_signal_watcher.h"
#include "model/event_loop_probe.h"
#include "ui/app_options.h"
#include "ui/config/config_panel.h"
#include "ui/connections/servers_controller.h"
#include "ui/keys/key_browser_panel.h"
#include "ui/lab/lab_panel.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/replication/replication_workspace.h"
#include "ui/theme.h"

#include "rd_version.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReplicaDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("replicadesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ReplicaDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
}

// --grab FILE: used for README screenshots and visual checks; saves the window, then quits.
void scheduleGrab(MainWindow &window, const AppOptions &options)
{
    if (options.grabPath.isEmpty())
        return;
    QTimer::singleShot(options.grabDelayMs, &window, [&window, path = options.grabPath] {
        const bool saved = window.grab().save(path);
        if (!saved)
            fprintf(stderr, "replicadesk: cannot write %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// --headless must be known before the application object exists: it needs no display.
bool headlessRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    return false;
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const AppOptions options = parseAppOptions(app);
    if (!options.errors.isEmpty()) {
        fprintf(stderr, "replicadesk: %s\n", qPrintable(options.errors.join(QLatin1Char('\n'))));
        return 2;
    }
    return runHeadlessLab(options.labTemplate, options.labDir);
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    if (headlessRequested(argc, argv))
        return runHeadless(argc, argv);
    QApplication app(argc, argv);
    AppOptions options = parseAppOptions(app);
    language::install(app, options.language);
    theme::install(app, options.theme);

    // The lab outlives the window; SIGINT/SIGTERM stop its nodes before the app exits.
    LabController lab;
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM, SIGHUP});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &app, [&lab] {
        lab.stopAllAndWait();
        QCoreApplication::quit();
    });

    MainWindow window;
    ServersController servers(&window); // Connections dock, dashboards, consoles, --connect
    servers.attachLab(&lab);            // lab nodes are monitored like any server
    LabPanel *labPanel = LabPanel::install(window, &lab);
    ReplicationWorkspace::install(window, &lab, servers.registry()); // topology, state, lag, doctor
    KeyBrowserPanel::install(window, servers.registry());            // keys, "Synced?"
    ConfigPanel::install(window, servers.registry(), &lab);          // CONFIG editor, lab files
    if (!options.labTemplate.isEmpty()) {
        QString error;
        if (lab.launch(options.labTemplate, options.labDir, &error))
            window.showPage(labPanel);
        else
            options.errors << error;
    }
    window.restoreDockLayout();
    window.show();
    options.errors << servers.connectUrls(options.connectUrls);
    EventLoopProbe::installFromEnvironment(); // RD_STALL_PROBE=1 (tests/bench/monitor-50)
    if (!options.errors.isEmpty())
        QMessageBox::warning(&window, MainWindow::tr("ReplicaDesk"),
                             options.errors.join(QLatin1Char('\n')));
    scheduleGrab(window, options);
    return app.exec();
}
