#include "lab/lab_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QJsonObject shapeToJson(const LinkShape &s)
{
    return {{QStringLiteral("delayMs"), s.delayMs},
            {QStringLiteral("bandwidthBytesPerSec"), s.bandwidthBytesPerSec},
            {QStringLiteral("paused"), s.paused},
            {QStringLiteral("cut"), s.cut},
            {QStringLiteral("firewallReject"), s.firewallReject}};
}

LinkShape shapeFromJson(const QJsonObject &o)
{
    LinkShape s;
    s.delayMs = o.value(QStringLiteral("delayMs")).toInt();
    s.bandwidthBytesPerSec = o.value(QStringLiteral("bandwidthBytesPerSec")).toInteger();
    s.paused = o.value(QStringLiteral("paused")).toBool();
    s.cut = o.value(QStringLiteral("cut")).toBool();
    s.firewallReject = o.value(QStringLiteral("firewallReject")).toBool();
    return s;
}

QJsonObject nodeToJson(const LabNodeSpec &n)
{
    QJsonObject o{
        {QStringLiteral("name"), n.name},
        {QStringLiteral("program"), nodeProgramKey(n.program)},
        {QStringLiteral("port"), n.port},
        {QStringLiteral("bind"), QJsonArray::fromStringList(n.bind)},
        {QStringLiteral("protectedMode"), n.protectedMode},
        {QStringLiteral("requirePassword"), n.requirePassword},
        {QStringLiteral("masterAuth"), n.masterAuth},
        {QStringLiteral("save"), QJsonArray::fromStringList(n.savePoints)},
        {QStringLiteral("replicaReadOnly"), n.replicaReadOnly},
        {QStringLiteral("replicaServeStaleData"), n.replicaServeStaleData},
        {QStringLiteral("extraDirectives"), QJsonArray::fromStringList(n.extraDirectives)}};
    if (n.isReplica()) {
        o.insert(QStringLiteral("upstream"), n.upstream);
        o.insert(QStringLiteral("link"),
                 QJsonObject{{QStringLiteral("proxyPort"), n.link.proxyPort},
                             {QStringLiteral("dialHost"), n.link.dialHost},
                             {QStringLiteral("shape"), shapeToJson(n.link.shape)}});
    }
    return o;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

std::optional<LabNodeSpec> nodeFromJson(const QJsonObject &o, QString *error)
{
    LabNodeSpec n;
    n.name = o.value(QStringLiteral("name")).toString();
    const auto program = nodeProgramFromKey(o.value(QStringLiteral("program")).toString());
    const int port = o.value(QStringLiteral("port")).toInt(-1);
    if (n.name.isEmpty() || n.name.contains(QLatin1Char('/')) || !program || port < 0 ||
        port > 65535) {
        if (error)
            *error =
                QCoreApplication::translate("LabFile", "The lab file has a malformed node entry.");
        return std::nullopt;
    }
    n.program = *program;
    n.port = static_cast<quint16>(port);
    n.bind = stringList(o.value(QStringLiteral("bind")));
    if (n.bind.isEmpty())
        n.bind = {QStringLiteral("127.0.0.1")};
    n.protectedMode = o.value(QStringLiteral("protectedMode")).toBool();
    n.requirePassword = o.value(QStringLiteral("requirePassword")).toBool();
    n.masterAuth = o.value(QStringLiteral("masterAuth")).toBool();
    n.savePoints = stringList(o.value(QStringLiteral("save")));
    n.replicaReadOnly = o.value(QStringLiteral("replicaReadOnly")).toBool(true);
    n.replicaServeStaleData = o.value(QStringLiteral("replicaServeStaleData")).toBool(true);
    n.extraDirectives = stringList(o.value(QStringLiteral("extraDirectives")));
    n.upstream = o.value(QStringLiteral("upstream")).toString();
    const QJsonObject link = o.value(QStringLiteral("link")).toObject();
    n.link.proxyPort = static_cast<quint16>(link.value(QStringLiteral("proxyPort")).toInt());
    n.link.dialHost = link.value(QStringLiteral("dialHost")).toString(QStringLiteral("127.0.0.1"));
    n.link.shape = shapeFromJson(link.value(QStringLiteral("shape")).toObject());
    return n;
}

} // namespace

QByteArray labSpecToJson(const LabSpec &lab)
{
    QJsonArray nodes;
    for (const LabNodeSpec &n : lab.nodes)
        nodes.append(nodeToJson(n));
    const QJsonObject root{{QStringLiteral("format"), kLabFileFormat},
                           {QStringLiteral("name"), lab.name},
                           {QStringLiteral("template"), lab.templateKey},
                           {QStringLiteral("nodes"), nodes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<LabSpec> labSpecFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("LabFile", "The lab file is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kLabFileFormat) {
        if (error)
            *error = QCoreApplication::translate("LabFile",
                                                 "The lab file has an unknown format version.");
        return std::nullopt;
    }
    LabSpec lab;
    lab.name = root.value(QStringLiteral("name")).toString();
    lab.templateKey = root.value(QStringLiteral("template")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("nodes")).toArray()) {
        auto node = nodeFromJson(v.toObject(), error);
        if (!node)
            return std::nullopt;
        if (lab.node(node->name)) {
            if (error)
                *error =
                    QCoreApplication::translate("LabFile", "The lab file names node \"%1\" twice.")
                        .arg(node->name);
            return std::nullopt;
        }
        lab.nodes << *node;
    }
    for (const LabNodeSpec &n : lab.nodes) {
        if (n.isReplica() && (!lab.node(n.upstream) || lab.wouldCycle(n.name, n.upstream))) {
            if (error)
                *error = QCoreApplication::translate(
                             "LabFile", "Node \"%1\" replicates from an unknown node or in a loop.")
                             .arg(n.name);
            return std::nullopt;
        }
    }
    if (lab.nodes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("LabFile", "The lab file has no nodes.");
        return std::nullopt;
    }
    return lab;
}

bool saveLabFile(const QString &path, const LabSpec &lab, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(labSpecToJson(lab)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LabFile", "Cannot write the lab file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<LabSpec> loadLabFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("LabFile", "Cannot read the lab file %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    return labSpecFromJson(file.readAll(), error);
}
