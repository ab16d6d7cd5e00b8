#include "ui/about_dialog.h"

#include "rd_version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ReplicaDesk"));
    setObjectName(QStringLiteral("AboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/replicadesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("AboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setText(
        tr("<h2>ReplicaDesk %1</h2>"
           "<p>A desktop lab and monitor for Redis master-replica replication.</p>"
           "<p>Spin up a local master with replicas, or connect to remote Redis servers, and "
           "watch the topology, each replica's sync state machine, replication lag, and whether "
           "the keys agree across nodes.</p>"
           "<p>Embedded node: replicadesk-node, compatible with Redis %2 on the wire.</p>"
           "<p>Built with Qt %3.</p>")
            .arg(QStringLiteral(RD_VERSION), QStringLiteral(RD_REDIS_COMPAT_VERSION),
                 QString::fromLatin1(qVersion())));
    text->setMinimumWidth(420);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
