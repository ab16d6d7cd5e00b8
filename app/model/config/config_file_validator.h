#pragma once
// Checks a redis.conf text with the node program's own parser before it is saved.
// If the program has a config-test flag (`--test-config FILE`, looked up in its --help), that
// is used. replicadesk-node and redis-server have none today, so the text is tried for real:
// the program starts on it from a scratch folder on a free loopback port (with port, bind, dir,
// log and pid file overridden, and replicaof/save/appendonly/tls-port neutralised when the text
// sets them), and the verdict is either Redis's "FATAL CONFIG FILE ERROR" block or a server
// that answers - which is then stopped at once.
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

class QTcpSocket;

class ConfigFileValidator : public QObject
{
    Q_OBJECT
public:
    enum class Method { TestFlag, ScratchStart };
    Q_ENUM(Method)
    struct Result
    {
        bool ok = false;
        int line = -1;   // the offending line (1-based) when the parser named one
        QString message; // the parser's error block, or a short success note
        Method method = Method::ScratchStart;
    };

    explicit ConfigFileValidator(const QString &program, QObject *parent = nullptr);
    ~ConfigFileValidator() override;

    // Include paths in the text are relative to this folder (the node's folder).
    void setWorkingDirectory(const QString &dir) { m_workingDir = dir; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void validate(const QByteArray &configText);
    bool isRunning() const { return m_running; }

    // Parses Redis's fatal-config-error block out of a program's output.
    static Result parseFatalConfigError(const QByteArray &output);

signals:
    void finished(const ConfigFileValidator::Result &result);

private:
    void checkForTestFlag();
    void runTestFlag();
    void runScratch();
    void probe();
    void done(const Result &result);
    void stopProcess();

    QString m_program;
    QString m_workingDir;
    int m_timeoutMs = 8000;
    QByteArray m_text;
    bool m_running = false;
    int m_testFlagKnown = -1; // -1 unknown, 0 no, 1 yes
    std::unique_ptr<QTemporaryDir> m_scratch;
    QProcess *m_process = nullptr;
    QByteArray m_output;
    QTimer m_probeTimer;
    QTimer m_deadline;
    quint16 m_port = 0;
    QTcpSocket *m_socket = nullptr;
};

Q_DECLARE_METATYPE(ConfigFileValidator::Result)
