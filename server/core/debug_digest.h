#pragma once
// DEBUG DIGEST / DIGEST-VALUE as Redis 7.0 computes them (see store/collection_value.h for the
// per-type element rules the data types follow).
#include "store/digest.h"

namespace rd {

class Keyspace;
class Database;
class Entry;

// The digest of one key's value: its type, its value, and the expiry mark (not the key name).
Digest valueDigest(Database &db, const Entry &e);
// The digest of the whole dataset; all zeros when it is empty.
Digest datasetDigest(Keyspace &keyspace);

} // namespace rd
