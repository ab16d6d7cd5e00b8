#include "model/config/config_file_validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// True if some line of the text sets `directive` (first word, case-insensitive).
bool mentions(const QByteArray &text, const QByteArray &directive)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray word = (space < 0 ? line : line.left(space)).toLower();
        if (word == directive)
            return true;
    }
    return false;
}

} // namespace

ConfigFileValidator::ConfigFileValidator(const QString &program, QObject *parent)
    : QObject(parent)
    , m_program(program)
{
    m_probeTimer.setInterval(50);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConfigFileValidator::probe);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        Result r;
        r.message = tr("The node neither started nor reported an error within %1 s.")
                        .arg(m_timeoutMs / 1000);
        done(r);
    });
}

ConfigFileValidator::~ConfigFileValidator()
{
    stopProcess();
}

void ConfigFileValidator::validate(const QByteArray &configText)
{
    stopProcess();
    m_text = configText;
    m_running = true;
    m_output.clear();
    m_scratch = std::make_unique<QTemporaryDir>();
    // The text may hold passwords: the candidate file is private to the user.
    QFile file(m_scratch->filePath(QStringLiteral("candidate.conf")));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(configText) != configText.size()) {
        Result r;
        r.message = tr("Cannot write a scratch copy: %1").arg(file.errorString());
        done(r);
        return;
    }
    file.close();
    if (m_testFlagKnown < 0)
        checkForTestFlag();
    else if (m_testFlagKnown == 1)
        runTestFlag();
    else
        runScratch();
}

void ConfigFileValidator::checkForTestFlag()
{
    auto *help = new QProcess(this);
    help->setProcessChannelMode(QProcess::MergedChannels);
    connect(help, &QProcess::finished, this, [this, help] {
        m_testFlagKnown = help->readAll().contains("--test-config") ? 1 : 0;
        help->deleteLater();
        if (!m_running)
            return;
        if (m_testFlagKnown == 1)
            runTestFlag();
        else
            runScratch();
    });
    connect(help, &QProcess::errorOccurred, this, [this, help](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        help->deleteLater();
        Result r;
        r.message = tr("Cannot run %1: %2").arg(m_program, help->errorString());
        done(r);
    });
    help->start(m_program, {QStringLiteral("--help")});
}

void ConfigFileValidator::runTestFlag()
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!m_workingDir.isEmpty())
        m_process->setWorkingDirectory(m_workingDir);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_output += m_process->readAll();
        Result r = parseFatalConfigError(m_output);
        r.method = Method::TestFlag;
        r.ok = status == QProcess::NormalExit && code == 0;
        if (r.ok)
            r.message = tr("The node's parser accepts this configuration.");
        else if (r.message.isEmpty())
            r.message = QString::fromUtf8(m_output.trimmed());
        done(r);
    });
    m_deadline.start(m_timeoutMs);
    m_process->start(m_program, {QStringLiteral("--test-config"),
                                 m_scratch->filePath(QStringLiteral("candidate.conf"))});
}

void ConfigFileValidator::runScratch()
{
    m_port = freeLoopbackPort();
    const QString dir = m_scratch->path();
    QStringList args{m_scratch->filePath(QStringLiteral("candidate.conf")),
                     QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--dir"),
                     dir,
                     QStringLiteral("--daemonize"),
                     QStringLiteral("no"),
                     QStringLiteral("--logfile"),
                     QString(),
                     QStringLiteral("--pidfile"),
                     QString()};
    // Only neutralise what the text sets: the trial must not join a master, write snapshots,
    // or take the real node's TLS port.
    if (mentions(m_text, "replicaof") || mentions(m_text, "slaveof"))
        args << QStringLiteral("--replicaof") << QStringLiteral("no") << QStringLiteral("one");
    if (mentions(m_text, "save"))
        args << QStringLiteral("--save") << QString();
    if (mentions(m_text, "appendonly"))
        args << QStringLiteral("--appendonly") << QStringLiteral("no");
    if (mentions(m_text, "tls-port"))
        args << QStringLiteral("--tls-port") << QStringLiteral("0");
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_workingDir.isEmpty() ? dir : m_workingDir);
    connect(m_process, &QProcess::readyRead, this, [this] { m_output += m_process->readAll(); });
    connect(m_process, &QProcess::finished, this, [this] {
        if (!m_running)
            return;
        m_output += m_process->readAll();
        Result r = parseFatalConfigError(m_output);
        r.ok = false;
        if (r.message.isEmpty())
            r.message =
                tr("The node exited at once:\n%1").arg(QString::fromUtf8(m_output.trimmed()));
        done(r);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        Result r;
        r.message = tr("Cannot run %1: %2").arg(m_program, m_process->errorString());
        done(r);
    });
    m_deadline.start(m_timeoutMs);
    m_probeTimer.start();
    m_process->start(m_program, args);
}

void ConfigFileValidator::probe()
{
    if (m_socket)
        return; // one probe at a time
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, m_socket, [this] { m_socket->write("PING\r\n"); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        // +PONG, or -NOAUTH when the text sets requirepass: either way the server is up.
        Result r;
        r.ok = true;
        r.message = tr("The node started with this configuration and answered; it was stopped "
                       "again.");
        done(r);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_socket->deleteLater();
        m_socket = nullptr;
    });
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void ConfigFileValidator::stopProcess()
{
    m_probeTimer.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void ConfigFileValidator::done(const Result &result)
{
    if (!m_running)
        return;
    m_running = false;
    stopProcess();
    m_scratch.reset();
    emit finished(result);
}

ConfigFileValidator::Result ConfigFileValidator::parseFatalConfigError(const QByteArray &output)
{
    Result r;
    const qsizetype start = output.indexOf("*** FATAL CONFIG FILE ERROR");
    if (start < 0)
        return r;
    const QString block = QString::fromUtf8(output.mid(start)).trimmed();
    r.message = block;
    static const QRegularExpression lineRe(QStringLiteral("at line (\\d+)"));
    const auto match = lineRe.match(block);
    if (match.hasMatch())
        r.line = match.captured(1).toInt();
    return r;
}
