#pragma once
// The lab file (<lab folder>/lab.json): the lab's nodes, topology and link shaping, so a lab can
// be saved and reopened. It never holds a password.
#include "lab/lab_spec.h"

#include <QByteArray>
#include <optional>

inline constexpr int kLabFileFormat = 1;

QByteArray labSpecToJson(const LabSpec &lab);
std::optional<LabSpec> labSpecFromJson(const QByteArray &json, QString *error = nullptr);

bool saveLabFile(const QString &path, const LabSpec &lab, QString *error = nullptr);
std::optional<LabSpec> loadLabFile(const QString &path, QString *error = nullptr);
