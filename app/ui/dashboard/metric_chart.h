#pragma once
// One live chart over a sliding time window (QCustomPlot). Follows "now" until the user drags
// or zooms the time axis; a double click (or "Follow live") returns to the live window.
// Right click: export PNG / CSV. The dashboard pushes data in with setSeriesData(); the chart
// holds no pointer into the model.
#include <QWidget>

class QCustomPlot;
class RingSeries;

class MetricChart : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Count, PerSecond, Bytes, BytesPerSecond };

    MetricChart(const QString &title, Unit unit, QWidget *parent = nullptr);

    int addSeries(const QString &name, const QColor &color);
    void setSeriesData(int index, const RingSeries &series);
    // Redraws; in follow mode the time axis shows [now - window, now].
    void refresh();

    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);

    QString title() const { return m_title; }
    int seriesCount() const;
    int pointCount(int series) const;
    QCustomPlot *plot() const { return m_plot; }

    bool exportPng(const QString &path, int width = 0, int height = 0);
    bool exportCsv(const QString &path) const;

signals:
    void followingChanged(bool following);

private:
    void showContextMenu(const QPoint &pos);
    void rescaleValues();

    QCustomPlot *m_plot = nullptr;
    QString m_title;
    Unit m_unit;
    int m_windowSeconds = 300;
    bool m_follow = true;
};
