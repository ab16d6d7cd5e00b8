#include "core/persistence_info.h"

#include "core/info_fields.h"

namespace rd {

void appendPersistenceInfo(std::string &out, const PersistenceInfo &p)
{
    using info::field;
    field(out, "loading", std::int64_t(p.loading));
    field(out, "async_loading", 0);
    field(out, "current_cow_peak", 0);
    field(out, "current_cow_size", 0);
    field(out, "current_cow_size_age", 0);
    field(out, "current_fork_perc", "0.00");
    field(out, "current_save_keys_processed", 0);
    field(out, "current_save_keys_total", 0);
    field(out, "rdb_changes_since_last_save", p.changesSinceLastSave);
    field(out, "rdb_bgsave_in_progress", std::int64_t(p.bgsaveInProgress));
    field(out, "rdb_last_save_time", p.lastSaveTime);
    field(out, "rdb_last_bgsave_status", p.lastBgsaveOk ? "ok" : "err");
    field(out, "rdb_last_bgsave_time_sec", p.lastBgsaveTimeSec);
    field(out, "rdb_current_bgsave_time_sec", p.currentBgsaveTimeSec);
    field(out, "rdb_saves", p.saves);
    field(out, "rdb_last_cow_size", 0);
    field(out, "rdb_last_load_keys_expired", p.lastLoadKeysExpired);
    field(out, "rdb_last_load_keys_loaded", p.lastLoadKeysLoaded);
    field(out, "aof_enabled", 0);
    field(out, "aof_rewrite_in_progress", 0);
    field(out, "aof_rewrite_scheduled", 0);
    field(out, "aof_last_rewrite_time_sec", -1);
    field(out, "aof_current_rewrite_time_sec", -1);
    field(out, "aof_last_bgrewrite_status", "ok");
    field(out, "aof_rewrites", 0);
    field(out, "aof_rewrites_consecutive_failures", 0);
    field(out, "aof_last_write_status", "ok");
    field(out, "aof_last_cow_size", 0);
    field(out, "module_fork_in_progress", 0);
    field(out, "module_fork_last_cow_size", 0);
}

} // namespace rd
