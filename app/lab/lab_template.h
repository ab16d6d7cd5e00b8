#pragma once
// The lab templates: Seed (the seed article's three servers), Star N (a master and N replicas)
// and Chain N (N nodes, each replicating from the previous one).
#include "lab/lab_spec.h"

#include <QString>
#include <optional>

struct LabTemplate
{
    enum class Kind { Seed, Star, Chain };
    Kind kind = Kind::Seed;
    int count = 2; // Star: replicas; Chain: nodes in the chain (master included)

    // "seed", "star:N", "chain:N" (the --lab syntax); nullopt and *error on anything else.
    static std::optional<LabTemplate> parse(const QString &text, QString *error = nullptr);
    QString key() const;        // "seed", "star:3", "chain:3"
    QString folderName() const; // "seed", "star-3", "chain-3"
    QString title() const;      // translated, for the UI

    // Nodes with their seed directives; ports are left 0 for the controller to assign.
    LabSpec build(NodeProgram program) const;
};
