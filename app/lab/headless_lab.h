#pragma once
// `replicadesk --headless --lab seed|star:N|chain:N [--dir DIR]`: runs a lab with no window.
// Once every node answers it prints one line per node, "<name> <role> <host>:<port>", then
// runs until SIGINT/SIGTERM, stops every node and returns 0. Needs a QCoreApplication.
#include <QString>

int runHeadlessLab(const QString &labTemplate, const QString &labDir);
