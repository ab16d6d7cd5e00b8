// replicadesk: the desktop app. main() parses the command line, installs the translation and
// assembles the main window from its panels.
#include "ui/app_options.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "model/event_loop_probe.h"
#include "ui/connections/servers_controller.h"

#include "rd_version.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

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

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    AppOptions options = parseAppOptions(app);
    language::install(app, options.language);

    MainWindow window;
    ServersController servers(&window); // Connections dock, dashboards, consoles, --connect
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
