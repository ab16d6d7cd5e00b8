#include "lab/lab_template.h"

#include <QCoreApplication>

namespace {

constexpr int kMaxNodes = 16;

// The seed's master: `save ""` (the replicas persist), `requirepass`, `protected-mode no`.
LabNodeSpec seedMaster(NodeProgram program)
{
    LabNodeSpec n;
    n.name = QStringLiteral("master");
    n.program = program;
    n.protectedMode = false;
    n.requirePassword = true;
    return n;
}

// The seed's replica 2: `save ""`, `masterauth`, read-only, serves stale data.
LabNodeSpec seedReplica(NodeProgram program, const QString &name, const QString &upstream)
{
    LabNodeSpec n;
    n.name = name;
    n.program = program;
    n.protectedMode = true;
    n.masterAuth = true;
    n.replicaReadOnly = true;
    n.replicaServeStaleData = true;
    n.upstream = upstream;
    return n;
}

} // namespace

std::optional<LabTemplate> LabTemplate::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    const QStringList parts = t.split(QLatin1Char(':'));
    LabTemplate result;
    auto fail = [&](const QString &why) -> std::optional<LabTemplate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parts.value(0) == QLatin1String("seed") && parts.size() == 1)
        return LabTemplate{Kind::Seed, 2};
    if (parts.value(0) == QLatin1String("star"))
        result = {Kind::Star, 2};
    else if (parts.value(0) == QLatin1String("chain"))
        result = {Kind::Chain, 3};
    else
        return fail(QCoreApplication::translate(
                        "LabTemplate", "Unknown lab template \"%1\": use seed, star:N or chain:N.")
                        .arg(text));
    if (parts.size() > 2)
        return fail(
            QCoreApplication::translate("LabTemplate", "Malformed lab template \"%1\".").arg(text));
    if (parts.size() == 2) {
        bool ok = false;
        result.count = parts[1].toInt(&ok);
        const int min = result.kind == Kind::Star ? 1 : 2;
        const int max = result.kind == Kind::Star ? kMaxNodes - 1 : kMaxNodes;
        if (!ok || result.count < min || result.count > max)
            return fail(
                QCoreApplication::translate("LabTemplate", "\"%1\": N must be between %2 and %3.")
                    .arg(text)
                    .arg(min)
                    .arg(max));
    }
    return result;
}

QString LabTemplate::key() const
{
    switch (kind) {
    case Kind::Seed:
        return QStringLiteral("seed");
    case Kind::Star:
        return QStringLiteral("star:%1").arg(count);
    case Kind::Chain:
        return QStringLiteral("chain:%1").arg(count);
    }
    return {};
}

QString LabTemplate::folderName() const
{
    return key().replace(QLatin1Char(':'), QLatin1Char('-'));
}

QString LabTemplate::title() const
{
    switch (kind) {
    case Kind::Seed:
        return QCoreApplication::translate("LabTemplate", "Seed (master + 2 replicas)");
    case Kind::Star:
        return QCoreApplication::translate("LabTemplate", "Star (master + %n replica(s))", nullptr,
                                           count);
    case Kind::Chain:
        return QCoreApplication::translate("LabTemplate", "Chain (%n node(s) in a row)", nullptr,
                                           count);
    }
    return {};
}

LabSpec LabTemplate::build(NodeProgram program) const
{
    LabSpec lab;
    lab.name = folderName();
    lab.templateKey = key();
    lab.nodes << seedMaster(program);
    switch (kind) {
    case Kind::Seed: {
        LabNodeSpec r1 =
            seedReplica(program, QStringLiteral("replica-1"), QStringLiteral("master"));
        r1.savePoints = {QStringLiteral("900 1"), QStringLiteral("300 10"),
                         QStringLiteral("60 10000")};
        lab.nodes << r1
                  << seedReplica(program, QStringLiteral("replica-2"), QStringLiteral("master"));
        break;
    }
    case Kind::Star:
    case Kind::Chain:
        // Every node requires the lab password here, so that a chained replica can AUTH to its
        // upstream replica and a promoted replica keeps the master's protection.
        for (int i = 1; i < (kind == Kind::Star ? count + 1 : count); ++i) {
            const QString upstream = kind == Kind::Star || i == 1
                                         ? QStringLiteral("master")
                                         : QStringLiteral("replica-%1").arg(i - 1);
            LabNodeSpec r = seedReplica(program, QStringLiteral("replica-%1").arg(i), upstream);
            r.requirePassword = true;
            lab.nodes << r;
        }
        break;
    }
    return lab;
}
