// A short deterministic cousin of fuzz_resp_parser, run with the normal suites: a few seconds
// of random and mutated requests (valid multibulk and inline requests with bytes flipped, cut,
// duplicated, spliced, and lengths changed), each checked for the parser's property.
#include "resp_fuzz_check.h"

#include <QElapsedTimer>
#include <QtTest>

#include <random>

namespace {

std::string validRequest(std::mt19937 &rng)
{
    std::uniform_int_distribution<int> argc(1, 6), len(0, 40), byte(0, 255), kind(0, 3);
    std::string out;
    if (kind(rng) == 0) {
        // Inline form, with quoting.
        const int n = argc(rng);
        for (int i = 0; i < n; ++i) {
            out += i ? " " : "";
            out += (i % 2) ? "\"a\\x41 b\"" : "set";
        }
        return out + "\r\n";
    }
    const int n = argc(rng);
    out = "*" + std::to_string(n) + "\r\n";
    for (int i = 0; i < n; ++i) {
        std::string arg(size_t(len(rng)), '\0');
        for (char &c : arg)
            c = char(byte(rng));
        out += "$" + std::to_string(arg.size()) + "\r\n" + arg + "\r\n";
    }
    return out;
}

std::string mutate(std::string s, std::mt19937 &rng)
{
    static const char specials[] = {'*', '$', '\r', '\n', '-', '0', '9', '"', '\'', '\\', ' ', 'x'};
    std::uniform_int_distribution<int> op(0, 6), byte(0, 255);
    const int rounds = 1 + int(rng() % 4);
    for (int r = 0; r < rounds && !s.empty(); ++r) {
        const size_t pos = rng() % s.size();
        switch (op(rng)) {
        case 0:
            s[pos] = char(s[pos] ^ (1 << (rng() % 8)));
            break;
        case 1:
            s[pos] = specials[rng() % sizeof specials];
            break;
        case 2:
            s.erase(pos);
            break;
        case 3:
            s.insert(pos, s.substr(pos, rng() % 16));
            break;
        case 4:
            s.insert(pos, 1, char(byte(rng)));
            break;
        case 5:
            s.insert(pos, std::to_string(int(rng() % 200000) - 1000));
            break;
        case 6:
            s += s.substr(rng() % s.size());
            break;
        }
    }
    return s;
}

} // namespace

class TstRespFuzzSmoke : public QObject
{
    Q_OBJECT

private slots:
    void mutatedRequestsKeepTheParserProperty()
    {
        std::mt19937 rng(20261125);
        QElapsedTimer timer;
        timer.start();
        int cases = 0;
        while (timer.elapsed() < 3000) {
            std::string input;
            const int requests = 1 + int(rng() % 4);
            for (int i = 0; i < requests; ++i)
                input += validRequest(rng);
            if (rng() % 4)
                input = mutate(input, rng);
            const size_t chunk = 1 + rng() % 13;
            const auto *bytes = reinterpret_cast<const uint8_t *>(input.data());
            if (!respfuzz::check(bytes, input.size(), chunk))
                QFAIL(qPrintable(
                    QStringLiteral("whole and chunked parses differ for %1")
                        .arg(QString::fromLatin1(QByteArray::fromStdString(input).toHex()))));
            ++cases;
        }
        QVERIFY(cases > 1000);
        qInfo("%d inputs checked", cases);
    }

    void randomBytesNeverCrash()
    {
        std::mt19937 rng(7);
        for (int i = 0; i < 20000; ++i) {
            std::string junk(rng() % 200, '\0');
            for (char &c : junk)
                c = char(rng());
            if (rng() % 2)
                junk.insert(0, 1, '*');
            QVERIFY(respfuzz::check(reinterpret_cast<const uint8_t *>(junk.data()), junk.size(),
                                    1 + rng() % 7));
        }
    }
};

QTEST_GUILESS_MAIN(TstRespFuzzSmoke)
#include "tst_resp_fuzz_smoke.moc"
