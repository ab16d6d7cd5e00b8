#include "commands/command_table.h"

#include <cctype>
#include <stdexcept>

namespace rd {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

const struct
{
    const char *name;
    uint32_t flag;
} kFlagNames[] = {
    {"write", cmdflag::Write},
    {"readonly", cmdflag::ReadOnly},
    {"denyoom", cmdflag::DenyOom},
    {"admin", cmdflag::Admin},
    {"pubsub", cmdflag::PubSub},
    {"noscript", cmdflag::NoScript},
    {"loading", cmdflag::Loading},
    {"stale", cmdflag::Stale},
    {"fast", cmdflag::Fast},
    {"blocking", cmdflag::Blocking},
    {"may_replicate", cmdflag::MayReplicate},
    {"no_auth", cmdflag::NoAuth},
    {"skip_monitor", cmdflag::SkipMonitor},
    {"skip_slowlog", cmdflag::SkipSlowlog},
    {"no_multi", cmdflag::NoMulti},
    {"allow_busy", cmdflag::AllowBusy},
};

std::unique_ptr<CommandSpec> makeSpec(const CommandDef &def)
{
    auto spec = std::make_unique<CommandSpec>();
    spec->name = lower(def.name);
    spec->fullName = spec->name;
    spec->handler = def.handler;
    spec->arity = def.arity;
    spec->flags = CommandTable::parseFlags(def.flags ? def.flags : "");
    spec->firstKey = def.firstKey;
    spec->lastKey = def.lastKey;
    spec->keyStep = def.keyStep;
    spec->group = def.group ? def.group : "";
    spec->summary = def.summary ? def.summary : "";
    spec->since = def.since ? def.since : "1.0.0";
    return spec;
}

} // namespace

uint32_t CommandTable::parseFlags(std::string_view flags)
{
    uint32_t out = 0;
    size_t p = 0;
    while (p < flags.size()) {
        while (p < flags.size() && flags[p] == ' ')
            ++p;
        size_t e = p;
        while (e < flags.size() && flags[e] != ' ')
            ++e;
        if (e > p) {
            std::string word = lower(flags.substr(p, e - p));
            for (char &c : word)
                if (c == '-')
                    c = '_';
            if (word == "loading_ok")
                word = "loading";
            if (word == "stale_ok")
                word = "stale";
            bool known = false;
            for (const auto &f : kFlagNames) {
                if (word == f.name) {
                    out |= f.flag;
                    known = true;
                }
            }
            if (!known)
                throw std::invalid_argument("unknown command flag: " + word);
        }
        p = e;
    }
    return out;
}

std::vector<std::string> CommandSpec::flagNames() const
{
    std::vector<std::string> names;
    for (const auto &f : kFlagNames)
        if (flags & f.flag)
            names.push_back(f.name);
    return names;
}

const CommandSpec *CommandSpec::findSubcommand(std::string_view n) const
{
    for (const auto &s : subcommands) {
        if (s->name.size() != n.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < n.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(n[i])) == s->name[i];
        if (same)
            return s.get();
    }
    return nullptr;
}

CommandSpec &CommandTable::add(const CommandDef &def)
{
    auto spec = makeSpec(def);
    CommandSpec &ref = *spec;
    if (m_byName.count(ref.name))
        throw std::logic_error("command registered twice: " + ref.name);
    m_byName[ref.name] = &ref;
    m_commands.push_back(std::move(spec));
    return ref;
}

CommandSpec &CommandTable::addSubcommand(std::string_view parent, const CommandDef &def)
{
    auto it = m_byName.find(lower(parent));
    if (it == m_byName.end())
        throw std::logic_error("no parent command: " + std::string(parent));
    auto spec = makeSpec(def);
    spec->parent = it->second;
    spec->fullName = it->second->name + "|" + spec->name;
    CommandSpec &ref = *spec;
    it->second->subcommands.push_back(std::move(spec));
    return ref;
}

const CommandSpec *CommandTable::find(std::string_view name) const
{
    char buf[64];
    if (name.size() >= sizeof buf)
        return nullptr;
    for (size_t i = 0; i < name.size(); ++i) {
        const char c = name[i]; // ASCII only, as the C locale's tolower, without a libc call
        buf[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    // A std::string of <= 15 bytes lives inline, so this lookup does not allocate.
    auto it = m_byName.find(std::string(buf, name.size()));
    return it == m_byName.end() ? nullptr : it->second;
}

void CommandTable::resetStats()
{
    for (auto &c : m_commands) {
        c->calls = c->microseconds = c->rejectedCalls = c->failedCalls = 0;
        for (auto &s : c->subcommands)
            s->calls = s->microseconds = s->rejectedCalls = s->failedCalls = 0;
    }
}

} // namespace rd
