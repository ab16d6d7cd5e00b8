#pragma once
// CommandTable: every command the node knows, with Redis's arity, flags and key positions.
// Each family file registers its commands in one function, listed in command_registry.cpp:
//
//   void registerStringCommands(CommandTable &t)
//   {
//       t.add({"get", getCommand, 2, "readonly fast", 1, 1, 1, "string", "Get the value of a
//       key"}); t.add({"config", nullptr, -2, "", 0, 0, 0, "server", "..."});   // a container
//       t.addSubcommand("config", {"get", configGetCommand, -3, "admin noscript loading stale", 0,
//       0, 0, "server"});
//   }
//
// arity: N = exactly N arguments (name included); -N = at least N.
// flags (space separated, Redis's names): write readonly denyoom admin pubsub noscript
//   loading (loading-ok) stale (stale-ok) fast blocking may-replicate no-auth skip-monitor
//   skip-slowlog no-multi allow-busy
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rd {

class CommandContext;
using CommandHandler = void (*)(CommandContext &);

namespace cmdflag {
enum : uint32_t {
    Write = 1u << 0,
    ReadOnly = 1u << 1,
    DenyOom = 1u << 2,
    Admin = 1u << 3,
    PubSub = 1u << 4,
    NoScript = 1u << 5,
    Loading = 1u << 6, // allowed while loading
    Stale = 1u << 7,   // allowed on a replica with a stale dataset
    Fast = 1u << 8,
    Blocking = 1u << 9,
    MayReplicate = 1u << 10,
    NoAuth = 1u << 11,
    SkipMonitor = 1u << 12,
    SkipSlowlog = 1u << 13,
    NoMulti = 1u << 14,
    AllowBusy = 1u << 15,
};
}

// How a family file describes a command (see the top of this file).
struct CommandDef
{
    const char *name;
    CommandHandler handler;
    int arity;
    const char *flags;
    int firstKey;
    int lastKey;
    int keyStep;
    const char *group;
    const char *summary = "";
    const char *since = "1.0.0";
};

struct CommandSpec
{
    std::string name;     // lowercase ("get", or "get" for the subcommand "config|get")
    std::string fullName; // "get", "config|get"
    CommandHandler handler = nullptr;
    int arity = 0;
    uint32_t flags = 0;
    int firstKey = 0, lastKey = 0, keyStep = 0;
    std::string group, summary, since;
    const CommandSpec *parent = nullptr;
    std::vector<std::unique_ptr<CommandSpec>> subcommands;

    // Statistics (INFO commandstats).
    mutable uint64_t calls = 0;
    mutable uint64_t microseconds = 0;
    mutable uint64_t rejectedCalls = 0;
    mutable uint64_t failedCalls = 0;

    bool has(uint32_t flag) const { return (flags & flag) != 0; }
    bool isContainer() const { return !subcommands.empty(); }
    const CommandSpec *findSubcommand(std::string_view name) const;
    // Names of the flags, as COMMAND INFO lists them.
    std::vector<std::string> flagNames() const;
};

class CommandTable
{
public:
    CommandSpec &add(const CommandDef &def);
    CommandSpec &addSubcommand(std::string_view parent, const CommandDef &def);
    // Case-insensitive, without allocating.
    const CommandSpec *find(std::string_view name) const;
    const std::vector<std::unique_ptr<CommandSpec>> &all() const { return m_commands; }
    size_t size() const { return m_commands.size(); }
    void resetStats();

    static uint32_t parseFlags(std::string_view flags);

private:
    std::vector<std::unique_ptr<CommandSpec>> m_commands;
    std::unordered_map<std::string, CommandSpec *> m_byName;
};

// Fills the table with every family (command_registry.cpp; one line per family).
void registerAllCommands(CommandTable &table);

} // namespace rd
