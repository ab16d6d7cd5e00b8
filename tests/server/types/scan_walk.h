#pragma once
// Walks a whole *SCAN iteration (HSCAN/SSCAN/ZSCAN) and returns what it saw, so suites can check
// Redis's guarantee (every element present throughout is returned) on both servers.
#include "resp_test_client.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace rdtest::types {

struct ScanWalk
{
    QSet<QByteArray> items; // elements (for hashes/zsets: "field=value")
    int calls = 0;
    bool ok = true; // every reply well formed
};

// cmd is "HSCAN", "SSCAN" or "ZSCAN"; pairs is true for HSCAN/ZSCAN.
inline ScanWalk walkScan(RespTestClient &client, const QByteArray &cmd, const QByteArray &key,
                         bool pairs, const QList<QByteArray> &options = {})
{
    ScanWalk walk;
    QByteArray cursor = "0";
    do {
        QList<QByteArray> argv{cmd, key, cursor};
        argv += options;
        const RespReply r = client.command(argv);
        ++walk.calls;
        if (r.type != RespReply::Type::Array || r.elements.size() != 2 ||
            r.elements[1].type != RespReply::Type::Array || walk.calls > 100000) {
            walk.ok = false;
            return walk;
        }
        cursor = r.elements[0].text;
        const auto &items = r.elements[1].elements;
        for (int i = 0; i < items.size(); i += pairs ? 2 : 1)
            walk.items.insert(pairs ? items[i].text + "=" + items[i + 1].text : items[i].text);
    } while (cursor != "0");
    return walk;
}

} // namespace rdtest::types
