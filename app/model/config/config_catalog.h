#pragma once
// What the app knows about each redis.conf directive: its topic, Redis 7.0's default (as CONFIG
// GET prints it), whether CONFIG SET can change it on a running server, and a help text. The
// help texts of the seed's directives say what the seed's comments say. Directives a server
// reports that are not listed here still show, under a topic guessed from their name.
#include <QByteArray>
#include <QList>
#include <QString>

enum class ConfigTopic { Network, Security, Persistence, Replication, Limits, Other };

enum class ConfigMutability {
    Runtime,   // CONFIG SET works
    Protected, // CONFIG SET only with enable-protected-configs (dir, dbfilename)
    Restart,   // immutable at runtime: edit the file and restart
    Unknown,
};

struct ConfigDirective
{
    const char *name;
    ConfigTopic topic;
    const char *defaultValue; // nullptr: depends on the machine or the start (dir, logfile...)
    ConfigMutability mutability;
    const char *help;    // English source text, translated through context "ConfigCatalog"
    const char *aliasOf; // old name kept by Redis (slaveof -> replicaof), nullptr otherwise
};

namespace ConfigCatalog {

const ConfigDirective *find(QByteArrayView name);
const QList<ConfigDirective> &all();
// The topic of a listed directive, or a guess from the name for an unknown one.
ConfigTopic topicOf(QByteArrayView name);
ConfigMutability mutabilityOf(QByteArrayView name);
QString topicLabel(ConfigTopic topic); // translated
QString mutabilityLabel(ConfigMutability mutability);
// Translated help, or a short generic text for directives without one.
QString helpText(QByteArrayView name);
// True if `value` differs from the default (false when the default is unknown).
bool isChangedFromDefault(QByteArrayView name, const QByteArray &value);
// Directives that naturally differ between two nodes of one group (ports, files, the
// replicaof line): a comparison shows them, but does not call them a problem.
bool isNodeSpecific(QByteArrayView name);
// Values not to show in clear by default (requirepass, masterauth, TLS key passphrases).
bool isSecret(QByteArrayView name);
// The canonical name for an alias (slave-read-only -> replica-read-only), else the name.
QByteArray canonicalName(QByteArrayView name);

} // namespace ConfigCatalog
