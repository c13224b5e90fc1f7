#pragma once

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace tiergate {

class ChartData;
struct RouteResult;

/// The live latency / time-to-first-token / spend chart (the only user of Qt Charts, so the
/// chart library can be swapped here alone). Feed it finished requests with `addResult()`
/// (connect Router::requestFinished to it); it stores each one once and redraws at most every
/// `refreshIntervalMs` from a thinned copy of the visible points, so ten thousands of points stay
/// smooth. Latency view: one line per answering model, fallback (triangle) and error (cross)
/// markers, the rolling p95 over the last `p95Window` requests and the profile's p95 threshold.
/// Zoom: rubber band (drag), wheel, +/-; pan: Shift+drag or middle drag, arrow keys; Home resets.
/// Hovering a point shows its request.
class LiveChart : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Latency,
        TimeToFirstToken,
        Spend
    };
    Q_ENUM(View)

    enum class TimeRange
    {
        Last5Minutes,
        LastHour,
        Last24Hours,
        All
    };
    Q_ENUM(TimeRange)

    explicit LiveChart(QWidget *parent = nullptr);
    ~LiveChart() override;

    View view() const;
    void setView(View view);
    TimeRange timeRange() const;
    void setTimeRange(TimeRange range);

    /// The active profile's p95 latency alert threshold; <= 0 hides the line.
    void setP95Threshold(qint64 ms);
    qint64 p95Threshold() const;
    /// Number of most recent requests the rolling p95 is taken over (default 100).
    void setP95Window(int requests);

    /// Also shows the requests other processes (`tiergate-cli load`, another window) record in
    /// the ledger at `path`, polled every `pollIntervalMs` through a LedgerWatcher the chart owns.
    /// Requests given to addResult() are not shown twice when their ledger row appears. Returns
    /// false when the ledger cannot be read yet (polling goes on).
    bool followLedger(const QString &path, int pollIntervalMs = 1000);

    /// Clock used for the relative time ranges (default: wall clock, ms since the epoch).
    void setClock(std::function<qint64()> nowMs);
    void setRefreshIntervalMs(int ms);

    int resultCount() const;
    /// Stored points of one view (all of them, before thinning).
    const ChartData &data(View view) const;
    /// Names of the series currently in the chart, and how many (thinned) points each shows now.
    QStringList displayedSeries() const;
    int displayedPointCount(const QString &series) const;
    /// Labels of the legend entries currently shown, in legend order.
    QStringList legendEntries() const;
    /// Whether the user zoomed or panned away from the followed time range.
    bool isZoomed() const;
    /// Widget position of a value of the current view, and the tooltip shown when hovering there
    /// (empty when no point is within reach).
    QPoint positionOf(qint64 timeMs, double value) const;
    QString toolTipAt(const QPoint &widgetPos) const;
    /// Bytes held for the stored points and request summaries.
    qint64 memoryBytes() const;

public Q_SLOTS:
    void addResult(const tiergate::RouteResult &result);
    void clear();
    void resetZoom();
    /// Redraws now instead of waiting for the coalescing timer.
    void refresh();

Q_SIGNALS:
    void viewChanged(tiergate::LiveChart::View view);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tiergate
