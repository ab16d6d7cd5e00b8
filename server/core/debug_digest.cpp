#include "core/debug_digest.h"

#include "store/keyspace.h"

#include <arpa/inet.h>

namespace rd {

Digest valueDigest(Database &db, const Entry &e)
{
    Digest d;
    const uint32_t type = htonl(uint32_t(e.type()));
    d.mix(std::string_view(reinterpret_cast<const char *>(&type), sizeof type));
    if (e.isString())
        d.mix(e.stringValue());
    else
        e.collection()->digest(d);
    if (db.getExpire(&e) != -1)
        d.xorIn(std::string_view("!!expire!!", 10));
    return d;
}

Digest datasetDigest(Keyspace &keyspace)
{
    Digest final;
    for (int i = 0; i < keyspace.count(); ++i) {
        Database &db = keyspace.db(i);
        if (db.size() == 0)
            continue;
        const uint32_t id = htonl(uint32_t(i));
        final.mix(std::string_view(reinterpret_cast<const char *>(&id), sizeof id));
        db.forEach([&](Entry *e) {
            // Each key's digest starts from the key name and then follows valueDigest's mixing.
            Digest k;
            k.mix(e->key());
            const uint32_t type = htonl(uint32_t(e->type()));
            k.mix(std::string_view(reinterpret_cast<const char *>(&type), sizeof type));
            if (e->isString())
                k.mix(e->stringValue());
            else
                e->collection()->digest(k);
            if (db.getExpire(e) != -1)
                k.xorIn(std::string_view("!!expire!!", 10));
            final.xorIn(k);
        });
    }
    return final;
}

} // namespace rd
