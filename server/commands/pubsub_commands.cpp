// Pub/sub (Redis 7.0 pubsub.c semantics, RESP2): SUBSCRIBE UNSUBSCRIBE PSUBSCRIBE PUNSUBSCRIBE
// PUBLISH and PUBSUB CHANNELS|NUMSUB|NUMPAT.
//
// Each client lists its own subscriptions (Client::channels / patterns, read by INFO and the
// dispatcher's RESP2 subscriber-mode check); the server-wide index below maps a channel or a
// pattern to its subscribers in subscription order, so PUBLISH never walks all clients.
// PUBLISH is propagated to replicas (as Redis does) without counting as a dataset change.
#include "commands/pubsub.h"
#include "commands/type_helpers.h"
#include "core/server.h"
#include "util/glob.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace rd {

namespace {

struct PubSubIndex
{
    std::unordered_map<std::string, std::vector<Client *>> channels;
    // Ordered so PSUBSCRIBE delivery order is stable; Redis keeps patterns in a list too.
    std::map<std::string, std::vector<Client *>> patterns;
};

// One index per server (several in-process servers may coexist in tests).
std::unordered_map<const Server *, PubSubIndex> &indexes()
{
    static std::unordered_map<const Server *, PubSubIndex> all;
    return all;
}

PubSubIndex &indexOf(Server &server)
{
    return indexes()[&server];
}

template <class Map> void unlinkClient(Map &map, const std::string &name, Client *client)
{
    auto it = map.find(name);
    if (it == map.end())
        return;
    auto &v = it->second;
    v.erase(std::remove(v.begin(), v.end(), client), v.end());
    if (v.empty())
        map.erase(it);
}

// [kind, name, count] with a nil name when there was nothing to unsubscribe from.
void replySubscription(ReplyBuffer &reply, std::string_view kind, const std::string *name,
                       size_t count)
{
    reply.arrayHeader(3);
    reply.bulk(kind);
    if (name)
        reply.bulk(*name);
    else
        reply.nullBulk();
    reply.integer(int64_t(count));
}

void updateFlag(Client &client)
{
    client.setFlag(Client::PubSub, client.subscriptionCount() > 0);
}

// --- subscriptions
// ------------------------------------------------------------------------------------

void subscribeCommand(CommandContext &ctx)
{
    PubSubIndex &index = indexOf(ctx.server);
    for (size_t i = 1; i < ctx.argv.size(); ++i) {
        const std::string &channel = ctx.argv[i];
        if (ctx.client.channels.insert(channel).second)
            index.channels[channel].push_back(&ctx.client);
        replySubscription(ctx.reply, "subscribe", &channel, ctx.client.subscriptionCount());
    }
    updateFlag(ctx.client);
}

void psubscribeCommand(CommandContext &ctx)
{
    PubSubIndex &index = indexOf(ctx.server);
    for (size_t i = 1; i < ctx.argv.size(); ++i) {
        const std::string &pattern = ctx.argv[i];
        if (ctx.client.patterns.insert(pattern).second)
            index.patterns[pattern].push_back(&ctx.client);
        replySubscription(ctx.reply, "psubscribe", &pattern, ctx.client.subscriptionCount());
    }
    updateFlag(ctx.client);
}

// UNSUBSCRIBE / PUNSUBSCRIBE: the named ones, or all of the client's when none is named.
template <class Map>
void unsubscribeGeneric(CommandContext &ctx, std::unordered_set<std::string> &mine, Map &map,
                        std::string_view kind)
{
    std::vector<std::string> names;
    if (ctx.argv.size() > 1)
        names.assign(ctx.argv.begin() + 1, ctx.argv.end());
    else
        names.assign(mine.begin(), mine.end());
    if (names.empty())
        replySubscription(ctx.reply, kind, nullptr, ctx.client.subscriptionCount());
    for (const std::string &name : names) {
        if (mine.erase(name))
            unlinkClient(map, name, &ctx.client);
        replySubscription(ctx.reply, kind, &name, ctx.client.subscriptionCount());
    }
    updateFlag(ctx.client);
}

void unsubscribeCommand(CommandContext &ctx)
{
    unsubscribeGeneric(ctx, ctx.client.channels, indexOf(ctx.server).channels, "unsubscribe");
}

void punsubscribeCommand(CommandContext &ctx)
{
    unsubscribeGeneric(ctx, ctx.client.patterns, indexOf(ctx.server).patterns, "punsubscribe");
}

// --- publishing
// ---------------------------------------------------------------------------------------

void appendBulk(std::string &out, std::string_view s)
{
    out += '$';
    out += std::to_string(s.size());
    out += "\r\n";
    out.append(s);
    out += "\r\n";
}

// Delivers message to the channel's subscribers and to matching patterns; returns receivers.
int64_t publish(Server &server, const std::string &channel, const std::string &message)
{
    PubSubIndex &index = indexOf(server);
    int64_t receivers = 0;
    if (auto it = index.channels.find(channel); it != index.channels.end()) {
        std::string frame = "*3\r\n";
        appendBulk(frame, "message");
        appendBulk(frame, channel);
        appendBulk(frame, message);
        for (Client *c : it->second) {
            c->reply().raw(frame);
            server.scheduleWrite(*c);
            ++receivers;
        }
    }
    for (const auto &[pattern, clients] : index.patterns) {
        if (!globMatch(pattern, channel))
            continue;
        std::string frame = "*4\r\n";
        appendBulk(frame, "pmessage");
        appendBulk(frame, pattern);
        appendBulk(frame, channel);
        appendBulk(frame, message);
        for (Client *c : clients) {
            c->reply().raw(frame);
            server.scheduleWrite(*c);
            ++receivers;
        }
    }
    return receivers;
}

void publishCommand(CommandContext &ctx)
{
    const int64_t receivers = publish(ctx.server, ctx.argv[1], ctx.argv[2]);
    // Replicas deliver to their own subscribers; PUBLISH is not a dataset change (no dirty).
    ctx.alsoPropagate(ctx.client.dbIndex, ctx.argv.span());
    ctx.preventPropagation();
    ctx.reply.integer(receivers);
}

// --- introspection
// ------------------------------------------------------------------------------------

// PUBSUB CHANNELS [pattern]
void pubsubChannelsCommand(CommandContext &ctx)
{
    if (ctx.argv.size() > 3)
        return ctx.replyError("unknown subcommand or wrong number of arguments for '" +
                              ctx.argv[1] + "'. Try PUBSUB HELP.");
    PubSubIndex &index = indexOf(ctx.server);
    std::vector<const std::string *> names;
    for (const auto &[channel, clients] : index.channels)
        if (ctx.argv.size() == 2 || globMatch(ctx.argv[2], channel))
            names.push_back(&channel);
    ctx.reply.arrayHeader(names.size());
    for (const std::string *n : names)
        ctx.reply.bulk(*n);
}

// PUBSUB NUMSUB [channel ...]
void pubsubNumsubCommand(CommandContext &ctx)
{
    PubSubIndex &index = indexOf(ctx.server);
    ctx.reply.arrayHeader((ctx.argv.size() - 2) * 2);
    for (size_t i = 2; i < ctx.argv.size(); ++i) {
        auto it = index.channels.find(ctx.argv[i]);
        ctx.reply.bulk(ctx.argv[i]);
        ctx.reply.integer(it == index.channels.end() ? 0 : int64_t(it->second.size()));
    }
}

// PUBSUB NUMPAT: the number of distinct patterns subscribed to.
void pubsubNumpatCommand(CommandContext &ctx)
{
    ctx.reply.integer(int64_t(indexOf(ctx.server).patterns.size()));
}

} // namespace

size_t pubsubChannelCount(Server &server)
{
    return indexOf(server).channels.size();
}

size_t pubsubPatternCount(Server &server)
{
    return indexOf(server).patterns.size();
}

void installPubSub(Server &server)
{
    indexOf(server) = PubSubIndex{};
    server.addClientCloseHook([&server](Client &client) {
        if (client.subscriptionCount() == 0)
            return;
        PubSubIndex &index = indexOf(server);
        for (const std::string &channel : client.channels)
            unlinkClient(index.channels, channel, &client);
        for (const std::string &pattern : client.patterns)
            unlinkClient(index.patterns, pattern, &client);
        client.channels.clear();
        client.patterns.clear();
    });
}

void registerPubSubCommands(CommandTable &t)
{
    t.add({"subscribe", subscribeCommand, -2, "pubsub noscript loading stale", 0, 0, 0, "pubsub",
           "Listen for messages published to the given channels", "2.0.0"});
    t.add({"unsubscribe", unsubscribeCommand, -1, "pubsub noscript loading stale", 0, 0, 0,
           "pubsub", "Stop listening for messages posted to the given channels", "2.0.0"});
    t.add({"psubscribe", psubscribeCommand, -2, "pubsub noscript loading stale", 0, 0, 0, "pubsub",
           "Listen for messages published to channels matching the given patterns", "2.0.0"});
    t.add({"punsubscribe", punsubscribeCommand, -1, "pubsub noscript loading stale", 0, 0, 0,
           "pubsub", "Stop listening for messages posted to channels matching the given patterns",
           "2.0.0"});
    t.add({"publish", publishCommand, 3, "pubsub loading stale fast may-replicate", 0, 0, 0,
           "pubsub", "Post a message to a channel", "2.0.0"});
    t.add({"pubsub", nullptr, -2, "", 0, 0, 0, "pubsub", "A container for Pub/Sub commands",
           "2.8.0"});
    t.addSubcommand("pubsub", {"channels", pubsubChannelsCommand, -2, "pubsub loading stale", 0, 0,
                               0, "pubsub", "List active channels", "2.8.0"});
    t.addSubcommand("pubsub", {"numsub", pubsubNumsubCommand, -2, "pubsub loading stale", 0, 0, 0,
                               "pubsub", "Get the count of subscribers for channels", "2.8.0"});
    t.addSubcommand("pubsub",
                    {"numpat", pubsubNumpatCommand, 2, "pubsub loading stale", 0, 0, 0, "pubsub",
                     "Get the count of unique patterns pattern subscriptions", "2.8.0"});
}

} // namespace rd
