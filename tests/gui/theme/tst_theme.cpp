// Light/dark appearance: parsing, switching at run time, and the status colours that views use
// keeping their text readable on both palettes.
#include "ui/status_style.h"
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTest>

namespace {

// WCAG contrast ratio between two colours (1 = none, 21 = black on white).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class ThemeTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("rdtest")); }
    void parsesNames();
    void switchesAtRunTimeAndBack();
    void statusColoursReadableOnBothPalettes();
    void preferenceIsSaved();
};

void ThemeTest::parsesNames()
{
    theme::Appearance a = theme::Appearance::Light;
    QVERIFY(theme::parse(QStringLiteral("Dark"), &a));
    QCOMPARE(a, theme::Appearance::Dark);
    QVERIFY(theme::parse(QStringLiteral("system"), &a));
    QCOMPARE(a, theme::Appearance::System);
    QVERIFY(!theme::parse(QStringLiteral("purple"), &a));
    QCOMPARE(a, theme::Appearance::System); // unchanged on bad input
}

void ThemeTest::switchesAtRunTimeAndBack()
{
    auto &app = *qApp;
    theme::install(static_cast<QApplication &>(app), QStringLiteral("light"));
    QVERIFY(!theme::isDark(QApplication::palette()));
    QLabel label(QStringLiteral("x"));
    label.show();
    theme::apply(theme::Appearance::Dark);
    QVERIFY(theme::isDark(QApplication::palette()));
    QTRY_VERIFY(theme::isDark(label.palette())); // existing widgets follow without a restart
    theme::apply(theme::Appearance::Light);
    QTRY_VERIFY(!theme::isDark(label.palette()));
}

void ThemeTest::statusColoursReadableOnBothPalettes()
{
    for (const auto appearance : {theme::Appearance::Light, theme::Appearance::Dark}) {
        theme::apply(appearance);
        const QPalette p = QApplication::palette();
        for (const auto kind : {status_style::Kind::Error, status_style::Kind::Success,
                                status_style::Kind::Warning, status_style::Kind::Info}) {
            const double onBanner =
                contrast(status_style::textOn(kind, p), status_style::background(kind, p));
            const double onBase = contrast(status_style::text(kind, p), p.color(QPalette::Base));
            QVERIFY2(onBanner >= 4.5, qPrintable(QString::number(onBanner)));
            QVERIFY2(onBase >= 3.0, qPrintable(QString::number(onBase)));
        }
        const double code = contrast(p.color(QPalette::Text), status_style::codeBackground(p));
        QVERIFY2(code >= 4.5, qPrintable(QString::number(code)));
    }
}

void ThemeTest::preferenceIsSaved()
{
    theme::savePreference(theme::Appearance::Dark);
    QCOMPARE(theme::savedPreference(), theme::Appearance::Dark);
    QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("nonsense"));
    QCOMPARE(theme::savedPreference(), theme::Appearance::System); // a bad value falls back
}

QTEST_MAIN(ThemeTest)
#include "tst_theme.moc"
