#pragma once
// ServerStats: the counters INFO stats / clients report, with Redis's meaning. The
// instantaneous_* figures are sampled by the cron every 100 ms over the last 16 samples.
#include <cstdint>

namespace rd {

struct InstantMetric
{
    static constexpr int kSamples = 16;
    int64_t lastSampleTimeMs = 0;
    int64_t lastSampleCount = 0;
    double samples[kSamples] = {};
    int index = 0;

    // Records the rate of `count` (a running total) since the previous sample.
    void sample(int64_t nowMs, int64_t count)
    {
        const int64_t dt = nowMs - lastSampleTimeMs;
        if (lastSampleTimeMs != 0 && dt > 0)
            samples[index++ % kSamples] = double(count - lastSampleCount) * 1000.0 / double(dt);
        lastSampleTimeMs = nowMs;
        lastSampleCount = count;
    }
    double value() const
    {
        double sum = 0;
        for (double s : samples)
            sum += s;
        return sum / kSamples;
    }
};

struct ServerStats
{
    int64_t totalConnectionsReceived = 0;
    int64_t totalCommandsProcessed = 0;
    int64_t rejectedConnections = 0;
    int64_t netInputBytes = 0;
    int64_t netOutputBytes = 0;
    int64_t netReplInputBytes = 0; // replication adds to these
    int64_t netReplOutputBytes = 0;
    int64_t totalErrorReplies = 0;
    int64_t unexpectedErrorReplies = 0;
    int64_t totalReadsProcessed = 0;
    int64_t totalWritesProcessed = 0;
    int64_t syncFull = 0; // replication fills these three
    int64_t syncPartialOk = 0;
    int64_t syncPartialErr = 0;
    int64_t totalForks = 0;
    int64_t latestForkUsec = 0;
    int64_t evictedClients = 0;
    uint64_t peakMemory = 0;
    size_t clientRecentMaxInputBuffer = 0;
    size_t clientRecentMaxOutputBuffer = 0;

    InstantMetric opsPerSec;
    InstantMetric inputBytesPerSec;
    InstantMetric outputBytesPerSec;
    InstantMetric replInputBytesPerSec;
    InstantMetric replOutputBytesPerSec;
};

} // namespace rd
