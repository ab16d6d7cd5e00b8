#include "client/connection_spec.h"

#include <QCoreApplication>
#include <QUrl>

QString ConnectionSpec::address() const
{
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

QString ConnectionSpec::displayName() const
{
    return name.isEmpty() ? address() : name;
}

std::optional<ConnectionSpec> ConnectionSpec::fromUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ConnectionSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(QCoreApplication::translate("ConnectionSpec", "Not a valid URL: %1")
                        .arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))
        return fail(QCoreApplication::translate("ConnectionSpec",
                                                "The URL must start with redis:// or rediss://"));
    if (url.host().isEmpty())
        return fail(QCoreApplication::translate("ConnectionSpec", "The URL has no host"));

    ConnectionSpec spec;
    spec.host = url.host(QUrl::FullyDecoded);
    spec.tls.enabled = scheme == QLatin1String("rediss");
    const int port = url.port(6379);
    if (port <= 0 || port > 65535)
        return fail(QCoreApplication::translate("ConnectionSpec", "Invalid port"));
    spec.port = static_cast<quint16>(port);

    const QString user = url.userName(QUrl::FullyDecoded);
    const QString password = url.password(QUrl::FullyDecoded);
    if (url.password().isNull() && !user.isEmpty()) {
        spec.password = user; // redis-cli: userinfo without ':' is the password
    } else {
        spec.user = user;
        spec.password = password;
    }

    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.isEmpty()) {
        bool ok = false;
        spec.db = path.toInt(&ok);
        if (!ok || spec.db < 0)
            return fail(QCoreApplication::translate("ConnectionSpec",
                                                    "The database must be a number, not '%1'")
                            .arg(path));
    }
    return spec;
}

QString ConnectionSpec::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(tls.enabled ? QStringLiteral("rediss") : QStringLiteral("redis"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && !password.isEmpty()) {
        if (user.isEmpty())
            url.setUserName(QString()); // ":password@" keeps the user empty
        url.setPassword(password);
    }
    if (db != 0)
        url.setPath(QLatin1Char('/') + QString::number(db));
    return url.toString();
}

bool ConnectionSpec::sameEndpoint(const ConnectionSpec &other) const
{
    return host.compare(other.host, Qt::CaseInsensitive) == 0 && port == other.port;
}
