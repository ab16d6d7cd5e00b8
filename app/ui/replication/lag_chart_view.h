#pragma once
// Live replication lag, one series per replica in three stacked plots sharing the time axis:
// byte lag (master offset - replica offset), lag in milliseconds (measured or estimated, the
// axis says which) and ACK age. Vertical markers show full syncs, partial resyncs, link down/up
// and lab actions. A sliding window follows the newest data; zoom/pan (mouse wheel / drag) stops
// following until "Live" is pressed; Pause freezes the picture while data keeps being recorded.
// New samples are appended incrementally on a 10 Hz refresh, so 10 replicas at 10 samples/s
// stay smooth. Export to PNG and CSV.
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPAbstractItem;
class QCustomPlot;
class QPushButton;
class QTimer;
class QToolButton;
class ReplicationModel;
class ReplicationSelection;

class LagChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Metric { ByteLag, LagMs, AckAge };
    static constexpr int kMetricCount = 3;
    static constexpr int kRefreshMs = 100;

    LagChartView(ReplicationModel *model, ReplicationSelection *selection,
                 QWidget *parent = nullptr);

    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_windowS; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Following: the x range slides with the newest sample. Zoom/pan turns it off.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path, int width = 0, int height = 0);

    // Applies new samples and markers now (the timer does this every kRefreshMs).
    void refreshNow();
    QCustomPlot *plot() const { return m_plot; }
    QCPGraph *graph(const QString &replicaId, Metric metric) const;
    int seriesCount() const { return int(m_series.size()); }
    int markerCount() const { return m_markerCount; }
    QString lagMsAxisLabel() const;
    double lastRefreshMs() const { return m_lastRefreshMs; }
    double xLower() const;
    double xUpper() const;

private:
    struct Series
    {
        QCPGraph *graphs[kMetricCount] = {};
        qint64 seen = 0; // samples of the LagSeries already in the graphs
        int colorIndex = 0;
    };

    QCPAxisRect *rect(Metric metric) const { return m_rects[int(metric)]; }
    Series &seriesFor(const QString &replicaId);
    void appendNewSamples(const QString &replicaId, Series &series);
    void rebuildMarkers();
    void applyStyles();
    void slideWindow();
    void rescaleValues();
    void onUserRangeChange();
    void chooseCsv();
    void choosePng();

    QPointer<ReplicationModel> m_model;
    QPointer<ReplicationSelection> m_selection;
    QCustomPlot *m_plot;
    QCPAxisRect *m_rects[kMetricCount] = {};
    QHash<QString, Series> m_series;
    QList<QCPAbstractItem *> m_markerItems;
    int m_markerCount = 0;
    bool m_markersDirty = true;
    double m_windowS = 60;
    bool m_paused = false;
    bool m_following = true;
    bool m_settingRange = false;
    double m_lastRefreshMs = 0;
    double m_latestT = 0;
    bool m_anyMeasured = false;
    bool m_anyEstimated = false;
    QTimer *m_timer;
    QComboBox *m_windowBox;
    QToolButton *m_pauseButton;
    QPushButton *m_liveButton;
};
