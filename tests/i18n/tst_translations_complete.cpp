// Every tr() string of the app must be translated in translations/replicadesk_zh_CN.ts, and the
// compiled :/i18n/replicadesk_zh_CN.qm linked into rdui must translate the app's key strings.
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsEntry
{
    bool finished = false;
};

// (context, source) -> whether a non-empty, finished translation is present.
QHash<QPair<QString, QString>, TsEntry> readTs(const QString &path, QString *error)
{
    QHash<QPair<QString, QString>, TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool unfinished = false, obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                unfinished = obsolete = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished");
                obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                // Plain text, or the text of the numerus forms inside.
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!obsolete)
                entries[{context, source}].finished =
                    !unfinished && !translation.trimmed().isEmpty();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TstTranslationsComplete : public QObject
{
    Q_OBJECT
private slots:
    void everySourceTextIsTranslated()
    {
        const QString lupdate = QStringLiteral(RD_LUPDATE_BIN);
        if (lupdate.isEmpty() || !QFile::exists(lupdate))
            QSKIP("Qt's lupdate was not found at configure time");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scanned = dir.filePath(QStringLiteral("scan_zh_CN.ts"));
        QProcess proc;
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"), QStringLiteral(RD_SOURCE_DIR "/app"),
                             QStringLiteral("-ts"), scanned});
        QVERIFY2(proc.waitForFinished(90000), "lupdate did not finish");
        QVERIFY2(proc.exitCode() == 0, proc.readAll().constData());

        QString error;
        const auto found = readTs(scanned, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(found.size() > 100, "lupdate found suspiciously few strings");
        const auto shipped =
            readTs(QStringLiteral(RD_SOURCE_DIR "/translations/replicadesk_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList problems;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const auto hit = shipped.constFind(it.key());
            if (hit == shipped.cend())
                problems
                    << QStringLiteral("missing     %1: %2").arg(it.key().first, it.key().second);
            else if (!hit->finished)
                problems
                    << QStringLiteral("unfinished  %1: %2").arg(it.key().first, it.key().second);
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings lack a zh_CN translation "
                                           "(run lupdate, translate, commit the .ts):\n")
                                .arg(problems.size())
                                .arg(found.size()) +
                            problems.join(QLatin1Char('\n'))));
    }

    void compiledCatalogTranslatesKeyStrings()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/replicadesk_zh_CN.qm")));
        QCOMPARE(translator.translate("ReplicationWorkspace", "&Replication"),
                 QStringLiteral("复制(&R)"));
        QCOMPARE(translator.translate("Doctor", "The master is not running"),
                 QStringLiteral("主服务器未运行"));
        QCOMPARE(translator.translate("LagChartView", "partial resync"),
                 QStringLiteral("部分重同步"));
        QCOMPARE(translator.translate("KeyType", "Sorted set"), QStringLiteral("有序集合"));
        // A numerus string: Chinese has one form, used for every count.
        QCOMPARE(translator.translate("TopologyView", "%n key(s)", nullptr, 3),
                 QStringLiteral("%n 个键"));
    }
};

QTEST_MAIN(TstTranslationsComplete)
#include "tst_translations_complete.moc"
