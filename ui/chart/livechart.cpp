#include "ui/chart/livechart.h"

#include "core/cost/costcalculator.h"
#include "core/cost/ledgerwatcher.h"
#include "core/routing/routeresult.h"
#include "ui/chart/chartdata.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>
#include <vector>

namespace tiergate {

namespace {

// Keys of the series that are not a model; the control character keeps them apart from model ids.
const QString kP95Key = QStringLiteral("\x01p95");
const QString kFallbackKey = QStringLiteral("\x01fallback");
const QString kErrorKey = QStringLiteral("\x01error");
const QString kTotalKey = QStringLiteral("\x01total");

constexpr int kMarkerCellPx = 8;
constexpr int kMaxMarkers = 400; ///< per marker series
constexpr int kPixelsPerColumn = 2; ///< of the min/max thinning (up to 4 points per column)
constexpr double kHoverRadiusPx = 8.0;
/// Summaries kept beyond the referenced ones before unreferenced ones are dropped.
constexpr size_t kSweepSlack = 65536;

/// A scatter marker drawn once into an image: Qt Charts then blits it per point ("light marker")
/// instead of keeping a graphics item per point and stroking its outline on every paint, which
/// was most of a redraw's time with hundreds of markers.
QImage markerImage(bool triangle, int size, const QColor &fill, const QColor &border)
{
    constexpr qreal kScale = 2.0; // sharp on high-density screens too
    QImage image(QSize(size, size) * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(fill);
    const qreal s = size;
    QPolygonF shape;
    if (triangle)
        shape << QPointF(s / 2, 0.5) << QPointF(s - 0.5, s - 0.5) << QPointF(0.5, s - 0.5);
    else
        shape << QPointF(s / 2, 0.5) << QPointF(s - 0.5, s / 2) << QPointF(s / 2, s - 0.5) << QPointF(0.5, s / 2);
    painter.drawPolygon(shape);
    return image;
}

// No orange and no red: those belong to the fallback and error markers.
QColor modelColour(int index)
{
    static const QRgb colours[]
        = { 0x2e86de, 0x10ac84, 0x8e44ad, 0x0abde3, 0x27ae60, 0x5f27cd, 0x7f8c8d, 0x16a085, 0xe84393, 0x576574 };
    return QColor(colours[size_t(index) % (sizeof(colours) / sizeof(colours[0]))]);
}

QString outcomeMark(Attempt::Outcome outcome)
{
    switch (outcome) {
    case Attempt::Outcome::Success:
        return QStringLiteral("\u2713");
    case Attempt::Outcome::Skipped:
        return QStringLiteral("\u21b7");
    case Attempt::Outcome::Cancelled:
        return QStringLiteral("\u25a0");
    case Attempt::Outcome::Cut:
        return QStringLiteral("\u2702");
    case Attempt::Outcome::Failed:
        break;
    }
    return QStringLiteral("\u2717");
}

/// What the tooltip shows of one request; the answer text is not kept.
struct Summary
{
    qint64 finishedMs = 0;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costMicros = 0;
    int model = -1; ///< index into the interned names
    int tier = -1;
    int profile = -1;
    int attempts = 0;
    RouteResult::Status status = RouteResult::Status::Ok;
    bool estimated = false;
    bool fallback = false;
    QString trail; ///< only when there was more than one attempt
    QString error;
};

/// What the chart view asks of its owner.
class ChartViewOwner
{
public:
    virtual ~ChartViewOwner() = default;
    virtual void panBy(double dxPx, double dyPx) = 0;
    virtual void zoomX(double factor, double anchorPx) = 0;
    virtual void resetView() = 0;
    virtual QString toolTipAtView(const QPoint &viewPos) const = 0;
};

/// Drag-to-pan, wheel zoom, keyboard and hover on top of QChartView's rubber band.
class ChartView : public QChartView
{
public:
    ChartView(QChart *chart, ChartViewOwner *owner, QWidget *parent);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    ChartViewOwner *m_owner;
    bool m_panning = false;
    QPointF m_lastPan;
};

} // namespace

class LiveChart::Private : public ChartViewOwner
{
public:
    explicit Private(LiveChart *qq)
        : q(qq)
    { }

    void build();
    void addResult(const RouteResult &result);
    void scheduleRefresh();
    void refresh();
    void rebuildSeries();
    void syncSeries();
    void settleLegend();
    void styleSeries();
    void applyTheme();
    QAbstractSeries *createSeries(int index);
    std::pair<qint64, qint64> followedWindow() const;
    void setAxisRange(qint64 xMin, qint64 xMax, double yMin, double yMax);
    void userRangeChanged(bool xAxis);
    void panBy(double dxPx, double dyPx) override;
    void zoomX(double factor, double anchorPx) override;
    void resetView() override { q->resetZoom(); }
    QString toolTipAtView(const QPoint &viewPos) const override;
    QString describe(int ref) const;
    void sweepSummaries();
    QString downsamplingNote(qint64 xMin, qint64 xMax) const;
    int intern(const QString &name);
    ChartData &current() { return dataFor(m_view); }
    const ChartData &current() const { return const_cast<Private *>(this)->dataFor(m_view); }
    ChartData &dataFor(View v)
    {
        switch (v) {
        case View::TimeToFirstToken:
            return m_ttft;
        case View::Spend:
            return m_spend;
        case View::Latency:
            break;
        }
        return m_latency;
    }
    QString displayName(const QString &key) const;

    LiveChart *q;
    QChart *m_chart = nullptr;
    ChartView *m_chartView = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLineSeries *m_threshold = nullptr;
    QComboBox *m_viewBox = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QToolButton *m_resetButton = nullptr;
    QLabel *m_status = nullptr;
    LedgerWatcher *m_watcher = nullptr;
    QTimer m_refreshTimer;
    QTimer m_followTimer;

    ChartData m_latency;
    ChartData m_ttft;
    ChartData m_spend;
    std::vector<QAbstractSeries *> m_shown; ///< per series of the current view's data
    /// Summaries of the requests some stored point still refers to (downsampling drops the rest).
    std::unordered_map<int, Summary> m_summaries;
    int m_nextRef = 0;
    size_t m_sweepAt = kSweepSlack;
    QStringList m_names;
    QHash<QString, int> m_nameIndex;
    QHash<int, qint64> m_modelSpend;
    QHash<QString, int> m_modelColours; ///< model → palette index, in order of first appearance
    qint64 m_totalSpend = 0;
    std::deque<qint64> m_window;
    int m_p95Window = 100;
    qint64 m_threshold95 = 0;

    View m_view = View::Latency;
    TimeRange m_range = TimeRange::All;
    std::function<qint64()> m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    bool m_xLocked = false;
    bool m_yLocked = false;
    bool m_settingRange = false;
    bool m_dark = false;
};

namespace {

ChartView::ChartView(QChart *chart, ChartViewOwner *owner, QWidget *parent)
    : QChartView(chart, parent)
    , m_owner(owner)
{
    setRubberBand(QChartView::RectangleRubberBand);
    setRenderHint(QPainter::Antialiasing, false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPointF delta = event->position() - m_lastPan;
        m_lastPan = event->position();
        m_owner->panBy(-delta.x(), delta.y());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const QString text = m_owner->toolTipAtView(event->position().toPoint());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    m_owner->zoomX(steps > 0 ? 1.25 : 0.8, event->position().x());
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const double step = chart()->plotArea().width() / 10.0;
    const double vstep = chart()->plotArea().height() / 10.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_owner->panBy(-step, 0);
        break;
    case Qt::Key_Right:
        m_owner->panBy(step, 0);
        break;
    case Qt::Key_Up:
        m_owner->panBy(0, vstep);
        break;
    case Qt::Key_Down:
        m_owner->panBy(0, -vstep);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_owner->zoomX(1.25, chart()->plotArea().center().x());
        break;
    case Qt::Key_Minus:
        m_owner->zoomX(0.8, chart()->plotArea().center().x());
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        m_owner->resetView();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace

void LiveChart::Private::build()
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setShowToolTips(true);
    // Fallback triangles and error diamonds are told apart from the model lines by their shape.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_axisX = new QDateTimeAxis;
    m_axisX->setFormat(QStringLiteral("HH:mm:ss"));
    m_axisX->setTickCount(6);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_chartView = new ChartView(m_chart, this, q);
    m_chartView->setObjectName(QStringLiteral("chartView"));

    m_viewBox = new QComboBox(q);
    m_viewBox->setObjectName(QStringLiteral("viewSelector"));
    m_viewBox->addItem(LiveChart::tr("Latency"), int(View::Latency));
    m_viewBox->addItem(LiveChart::tr("Time to first token"), int(View::TimeToFirstToken));
    m_viewBox->addItem(LiveChart::tr("Spend over time"), int(View::Spend));
    m_rangeBox = new QComboBox(q);
    m_rangeBox->setObjectName(QStringLiteral("rangeSelector"));
    m_rangeBox->addItem(LiveChart::tr("Last 5 minutes"), int(TimeRange::Last5Minutes));
    m_rangeBox->addItem(LiveChart::tr("Last hour"), int(TimeRange::LastHour));
    m_rangeBox->addItem(LiveChart::tr("Last 24 hours"), int(TimeRange::Last24Hours));
    m_rangeBox->addItem(LiveChart::tr("All"), int(TimeRange::All));
    m_rangeBox->setCurrentIndex(3);
    m_resetButton = new QToolButton(q);
    m_resetButton->setObjectName(QStringLiteral("resetZoom"));
    m_resetButton->setText(LiveChart::tr("Reset zoom"));
    m_resetButton->setToolTip(LiveChart::tr("Follow the selected time range again (Home)"));
    m_resetButton->setEnabled(false);
    m_status = new QLabel(q);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(LiveChart::tr("View:"), q));
    bar->addWidget(m_viewBox);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(LiveChart::tr("Range:"), q));
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_resetButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_chartView, 1);

    QObject::connect(m_viewBox, &QComboBox::activated, q,
        [this](int index) { q->setView(View(m_viewBox->itemData(index).toInt())); });
    QObject::connect(m_rangeBox, &QComboBox::activated, q,
        [this](int index) { q->setTimeRange(TimeRange(m_rangeBox->itemData(index).toInt())); });
    QObject::connect(m_resetButton, &QToolButton::clicked, q, &LiveChart::resetZoom);
    QObject::connect(m_axisX, &QDateTimeAxis::rangeChanged, q, [this](const QDateTime &min, const QDateTime &max) {
        // Labels as fine as the ticks are apart: seconds alone would repeat over a few seconds.
        const qint64 span = min.msecsTo(max);
        m_axisX->setFormat(span < 6'000  ? QStringLiteral("HH:mm:ss.zzz")
                : span >= 2 * 86'400'000 ? QStringLiteral("MM-dd HH:mm")
                                         : QStringLiteral("HH:mm:ss"));
        userRangeChanged(true);
    });
    QObject::connect(m_axisY, &QValueAxis::rangeChanged, q, [this] { userRangeChanged(false); });

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    QObject::connect(&m_refreshTimer, &QTimer::timeout, q, [this] { refresh(); });
    // A relative range slides with the clock even when no request finishes.
    m_followTimer.setInterval(1000);
    QObject::connect(&m_followTimer, &QTimer::timeout, q, [this] {
        if (m_range != TimeRange::All && !m_xLocked && q->isVisible())
            scheduleRefresh();
    });
    m_followTimer.start();

    applyTheme();
    rebuildSeries();
}

int LiveChart::Private::intern(const QString &name)
{
    const auto it = m_nameIndex.constFind(name);
    if (it != m_nameIndex.constEnd())
        return it.value();
    m_names.append(name);
    m_nameIndex.insert(name, int(m_names.size()) - 1);
    return int(m_names.size()) - 1;
}

void LiveChart::Private::addResult(const RouteResult &r)
{
    Summary s;
    s.finishedMs = r.finishedAt.isValid() ? r.finishedAt.toMSecsSinceEpoch()
        : r.startedAt.isValid()           ? r.startedAt.toMSecsSinceEpoch() + r.latencyMs
                                          : m_clock();
    s.latencyMs = r.latencyMs;
    s.ttftMs = r.ttftMs;
    s.promptTokens = r.usage.promptTokens;
    s.completionTokens = r.usage.completionTokens;
    s.estimated = r.usage.estimated;
    s.costMicros = r.costMicros;
    QString model = r.modelUsed;
    if (model.isEmpty() && !r.attempts.isEmpty())
        model = r.attempts.constLast().model;
    if (model.isEmpty())
        model = r.requestedModel;
    s.model = intern(model);
    if (!m_modelColours.contains(model))
        m_modelColours.insert(model, int(m_modelColours.size()));
    s.tier = intern(r.tier);
    s.profile = intern(r.profile);
    s.attempts = int(r.attempts.size());
    s.status = r.status;
    s.fallback = r.fallbackUsed;
    if (r.attempts.size() > 1) {
        QStringList steps;
        for (const Attempt &a : r.attempts)
            steps.append(a.model + QLatin1Char(' ') + outcomeMark(a.outcome));
        s.trail = steps.join(QStringLiteral(" \u2192 "));
    }
    if (r.error.isError())
        s.error = r.error.message.isEmpty() ? RouteError::kindName(r.error.kind) : r.error.message;
    const int ref = m_nextRef++;
    m_summaries.emplace(ref, std::move(s));

    const qint64 x = s.finishedMs;
    const bool answered = r.status == RouteResult::Status::Ok || r.status == RouteResult::Status::Cut;
    if (answered)
        m_latency.append(m_latency.series(model), x, double(r.latencyMs), ref);
    if (r.fallbackUsed)
        m_latency.append(m_latency.series(kFallbackKey), x, double(r.latencyMs), ref);
    if (r.status == RouteResult::Status::Failed || r.status == RouteResult::Status::Cut)
        m_latency.append(m_latency.series(kErrorKey), x, double(r.latencyMs), ref);
    if (r.status != RouteResult::Status::Cancelled) {
        m_window.push_back(r.latencyMs);
        while (int(m_window.size()) > m_p95Window)
            m_window.pop_front();
        std::vector<qint64> sorted(m_window.begin(), m_window.end());
        const size_t rank = size_t(std::ceil(0.95 * double(sorted.size()))) - 1;
        std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
        m_latency.append(m_latency.series(kP95Key), x, double(sorted[rank]), ref);
    }
    if (answered && r.ttftMs >= 0)
        m_ttft.append(m_ttft.series(model), x, double(r.ttftMs), ref);
    if (r.costMicros != 0 || answered) {
        m_totalSpend += r.costMicros;
        qint64 &modelSpend = m_modelSpend[s.model];
        modelSpend += r.costMicros;
        m_spend.append(m_spend.series(kTotalKey), x, double(m_totalSpend) / 1e6, ref);
        m_spend.append(m_spend.series(model), x, double(modelSpend) / 1e6, ref);
    }
    if (m_summaries.size() >= m_sweepAt)
        sweepSummaries();
    scheduleRefresh();
}

void LiveChart::Private::sweepSummaries()
{
    std::vector<bool> referenced(size_t(m_nextRef), false);
    m_latency.markReferences(referenced);
    m_ttft.markReferences(referenced);
    m_spend.markReferences(referenced);
    for (auto it = m_summaries.begin(); it != m_summaries.end();) {
        if (size_t(it->first) < referenced.size() && referenced[size_t(it->first)])
            ++it;
        else
            it = m_summaries.erase(it);
    }
    m_sweepAt = m_summaries.size() + kSweepSlack;
}

QString LiveChart::Private::downsamplingNote(qint64 xMin, qint64 xMax) const
{
    const ChartData &data = current();
    int factor = 1;
    std::optional<qint64> until;
    for (int i = 0; i < data.seriesCount(); ++i) {
        const int f = data.downsampleFactor(i, xMin, xMax);
        if (f <= 1)
            continue;
        factor = std::max(factor, f);
        const qint64 end = std::min(*data.downsampledUntil(i), xMax);
        until = until ? std::max(*until, end) : end;
    }
    if (!until)
        return {};
    return LiveChart::tr("downsampled up to %1: 1 point per ~%n request(s)", nullptr, factor)
        .arg(QDateTime::fromMSecsSinceEpoch(*until).toString(QStringLiteral("HH:mm:ss")));
}

void LiveChart::Private::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QString LiveChart::Private::displayName(const QString &key) const
{
    if (key == kP95Key)
        return LiveChart::tr("Rolling p95");
    if (key == kFallbackKey)
        return LiveChart::tr("Fallback");
    if (key == kErrorKey)
        return LiveChart::tr("Error");
    if (key == kTotalKey)
        return LiveChart::tr("Total spend");
    return key;
}

QAbstractSeries *LiveChart::Private::createSeries(int index)
{
    const QString key = current().key(index);
    QXYSeries *series = nullptr;
    if (key == kFallbackKey || key == kErrorKey) {
        auto *scatter = new QScatterSeries;
        series = scatter;
    } else {
        series = new QLineSeries;
    }
    series->setName(displayName(key));
    series->setUseOpenGL(false);
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    return series;
}

void LiveChart::Private::styleSeries()
{
    const ChartData &data = current();
    for (size_t i = 0; i < m_shown.size(); ++i) {
        auto *series = static_cast<QXYSeries *>(m_shown[i]);
        const QString key = data.key(int(i));
        if (key == kFallbackKey) {
            auto *scatter = static_cast<QScatterSeries *>(series);
            scatter->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            scatter->setMarkerSize(11);
            scatter->setColor(QColor(0xf3, 0x9c, 0x12));
            scatter->setBorderColor(m_dark ? QColor(0x20, 0x20, 0x20) : QColor(0x7a, 0x4a, 0x00));
            scatter->setLightMarker(markerImage(true, 11, scatter->color(), scatter->borderColor()));
        } else if (key == kErrorKey) {
            auto *scatter = static_cast<QScatterSeries *>(series);
            scatter->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            scatter->setMarkerSize(10);
            scatter->setColor(QColor(0xe7, 0x4c, 0x3c));
            scatter->setBorderColor(m_dark ? QColor(0xff, 0xff, 0xff) : QColor(0x70, 0x10, 0x10));
            scatter->setLightMarker(markerImage(false, 10, scatter->color(), scatter->borderColor()));
        } else if (key == kP95Key) {
            // Solid: a dash pattern over thousands of segments costs more than the whole plot.
            QPen pen(m_dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x30, 0x30, 0x30));
            pen.setWidthF(2.0);
            series->setPen(pen);
        } else if (key == kTotalKey) {
            QPen pen(m_dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x22, 0x22, 0x22));
            pen.setWidthF(2.5);
            series->setPen(pen);
        } else {
            // A cosmetic one-pixel pen takes the rasteriser's fast path.
            QPen pen(modelColour(m_modelColours.value(key)));
            pen.setWidth(1);
            pen.setCosmetic(true);
            series->setPen(pen);
        }
    }
    if (m_threshold) {
        QPen pen(QColor(0xe7, 0x4c, 0x3c));
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashDotLine);
        m_threshold->setPen(pen);
    }
}

void LiveChart::Private::rebuildSeries()
{
    m_settingRange = true;
    m_chart->removeAllSeries();
    m_shown.clear();
    m_threshold = nullptr;
    if (m_view == View::Latency) {
        m_threshold = new QLineSeries;
        m_threshold->setName(LiveChart::tr("p95 threshold"));
        m_chart->addSeries(m_threshold);
        m_threshold->attachAxis(m_axisX);
        m_threshold->attachAxis(m_axisY);
    }
    m_axisY->setTitleText(m_view == View::Spend ? LiveChart::tr("Cumulative spend (USD)")
            : m_view == View::Latency           ? LiveChart::tr("Latency (ms)")
                                                : LiveChart::tr("Time to first token (ms)"));
    m_axisY->setLabelFormat(m_view == View::Spend ? QStringLiteral("%.4f") : QStringLiteral("%.0f"));
    m_settingRange = false;
    syncSeries();
    styleSeries();
}

void LiveChart::Private::syncSeries()
{
    const ChartData &data = current();
    const bool grew = int(m_shown.size()) < data.seriesCount();
    while (int(m_shown.size()) < data.seriesCount())
        m_shown.push_back(createSeries(int(m_shown.size())));
    if (grew)
        styleSeries();
}

void LiveChart::Private::applyTheme()
{
    m_dark = q->palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(q->palette().color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    const QColor text = q->palette().color(QPalette::Text);
    m_axisX->setLabelsColor(text);
    m_axisY->setLabelsColor(text);
    m_axisY->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlpha(40);
    m_axisX->setGridLineColor(grid);
    m_axisY->setGridLineColor(grid);
    styleSeries();
}

std::pair<qint64, qint64> LiveChart::Private::followedWindow() const
{
    const auto span = current().xSpan();
    const qint64 now = m_clock();
    qint64 length = 0;
    switch (m_range) {
    case TimeRange::Last5Minutes:
        length = 5 * 60 * 1000;
        break;
    case TimeRange::LastHour:
        length = 60 * 60 * 1000;
        break;
    case TimeRange::Last24Hours:
        length = 24 * 60 * 60 * 1000;
        break;
    case TimeRange::All:
        if (!span)
            return { now - 5 * 60 * 1000, now };
        {
            const qint64 pad = std::max<qint64>((span->second - span->first) / 50, 1000);
            return { span->first - pad, span->second + pad };
        }
    }
    const qint64 end = span ? std::max(now, span->second) : now;
    return { end - length, end };
}

void LiveChart::Private::setAxisRange(qint64 xMin, qint64 xMax, double yMin, double yMax)
{
    m_settingRange = true;
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(xMin), QDateTime::fromMSecsSinceEpoch(xMax));
    m_axisY->setRange(yMin, yMax);
    m_settingRange = false;
}

void LiveChart::Private::userRangeChanged(bool xAxis)
{
    if (m_settingRange)
        return;
    (xAxis ? m_xLocked : m_yLocked) = true;
    m_resetButton->setEnabled(true);
    scheduleRefresh();
}

void LiveChart::Private::panBy(double dxPx, double dyPx)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const qint64 xMin = m_axisX->min().toMSecsSinceEpoch();
    const qint64 xMax = m_axisX->max().toMSecsSinceEpoch();
    const double dx = dxPx * double(xMax - xMin) / plot.width();
    if (dxPx != 0) {
        m_axisX->setRange(
            QDateTime::fromMSecsSinceEpoch(xMin + qint64(dx)), QDateTime::fromMSecsSinceEpoch(xMax + qint64(dx)));
    }
    if (dyPx != 0) {
        const double dy = dyPx * (m_axisY->max() - m_axisY->min()) / plot.height();
        m_axisY->setRange(m_axisY->min() + dy, m_axisY->max() + dy);
    }
}

void LiveChart::Private::zoomX(double factor, double anchorPx)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || factor <= 0)
        return;
    const double xMin = double(m_axisX->min().toMSecsSinceEpoch());
    const double xMax = double(m_axisX->max().toMSecsSinceEpoch());
    const double fraction = std::clamp((anchorPx - plot.left()) / plot.width(), 0.0, 1.0);
    const double anchor = xMin + fraction * (xMax - xMin);
    const double width = std::max((xMax - xMin) / factor, 50.0);
    const double newMin = anchor - fraction * width;
    m_axisX->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(newMin)), QDateTime::fromMSecsSinceEpoch(qint64(newMin + width)));
}

void LiveChart::Private::settleLegend()
{
    // Qt Charts hides every legend entry when a series is added and shows them again only in the
    // layout pass it posts for later: a frame painted or grabbed before that pass had an empty
    // band where the legend belongs. Lay the chart and its legend out now instead.
    if (QGraphicsLayout *layout = m_chart->layout(); layout && !layout->isActivated())
        layout->activate();
    QLegend *legend = m_chart->legend();
    if (QGraphicsLayout *layout = legend->layout(); layout && !layout->isActivated())
        layout->activate();
}

void LiveChart::Private::refresh()
{
    m_refreshTimer.stop();
    syncSeries();
    const ChartData &data = current();
    qint64 xMin = 0;
    qint64 xMax = 0;
    if (m_xLocked) {
        xMin = m_axisX->min().toMSecsSinceEpoch();
        xMax = m_axisX->max().toMSecsSinceEpoch();
    } else {
        std::tie(xMin, xMax) = followedWindow();
    }
    double yMin = m_axisY->min();
    double yMax = m_axisY->max();
    if (!m_yLocked) {
        double hi = 0;
        for (int i = 0; i < data.seriesCount(); ++i) {
            if (const auto r = data.yRange(i, xMin, xMax))
                hi = std::max(hi, r->second);
        }
        if (m_view == View::Latency && m_threshold95 > 0)
            hi = std::max(hi, double(m_threshold95));
        yMin = 0;
        yMax = hi > 0 ? hi * 1.08 : (m_view == View::Spend ? 0.001 : 1000.0);
    }
    const QRectF plot = m_chart->plotArea();
    const int columns = plot.width() > 10 ? int(plot.width()) : 800;
    const int rows = plot.height() > 10 ? int(plot.height()) : 400;
    int shownPoints = 0;
    std::vector<QList<QPointF>> thinned(size_t(data.seriesCount()));
    for (int i = 0; i < data.seriesCount(); ++i) {
        const QString key = data.key(i);
        QList<QPointF> &points = thinned[size_t(i)];
        if (key == kFallbackKey || key == kErrorKey) {
            // Every marker is an item to lay out: grow the cells until few enough remain.
            for (int cell = kMarkerCellPx;; cell *= 2) {
                points = data.thinnedMarkers(
                    i, xMin, xMax, yMin, yMax, std::max(1, columns / cell), std::max(1, rows / cell));
                if (points.size() <= kMaxMarkers || cell > columns)
                    break;
            }
        } else {
            // The rolling p95 is smooth by nature: a coarser thinning draws the same line.
            const int pixelsPerColumn = key == kP95Key ? 4 * kPixelsPerColumn : kPixelsPerColumn;
            points = data.decimated(i, xMin, xMax, std::max(1, columns / pixelsPerColumn));
        }
        shownPoints += int(points.size());
    }
    if (!m_xLocked || !m_yLocked) {
        // A range change makes Qt Charts lay out (and stroke, for its hit shape) every line again:
        // empty the lines first, so each is laid out once, with its new points. (Not the marker
        // series: emptied, they would drop and then rebuild an item per marker.)
        for (int i = 0; i < data.seriesCount(); ++i) {
            if (data.key(i) != kFallbackKey && data.key(i) != kErrorKey)
                static_cast<QXYSeries *>(m_shown[size_t(i)])->clear();
        }
        m_settingRange = true;
        if (!m_xLocked)
            m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(xMin), QDateTime::fromMSecsSinceEpoch(xMax));
        if (!m_yLocked)
            m_axisY->setRange(yMin, yMax);
        m_settingRange = false;
    }
    for (int i = 0; i < data.seriesCount(); ++i)
        static_cast<QXYSeries *>(m_shown[size_t(i)])->replace(thinned[size_t(i)]);
    if (m_threshold) {
        if (m_threshold95 > 0)
            m_threshold->replace(
                { QPointF(double(xMin), double(m_threshold95)), QPointF(double(xMax), double(m_threshold95)) });
        else
            m_threshold->clear();
        m_threshold->setVisible(m_threshold95 > 0);
    }
    settleLegend();
    QString status = LiveChart::tr("%n request(s)", nullptr, m_nextRef) + QStringLiteral(" \u00b7 ")
        + LiveChart::tr("%n point(s) drawn", nullptr, shownPoints);
    const QString note = downsamplingNote(xMin, xMax);
    if (!note.isEmpty())
        status += QStringLiteral(" \u00b7 ") + note;
    m_status->setText(status);
    m_resetButton->setEnabled(m_xLocked || m_yLocked);
}

QString LiveChart::Private::describe(int ref) const
{
    const auto found = m_summaries.find(ref);
    if (found == m_summaries.end())
        return {};
    const Summary &s = found->second;
    QString html = QStringLiteral("<b>") + m_names.value(s.model).toHtmlEscaped() + QStringLiteral("</b>");
    html += QStringLiteral("<br>")
        + LiveChart::tr("Tier: %1 \u00b7 Profile: %2")
              .arg(m_names.value(s.tier).toHtmlEscaped(), m_names.value(s.profile).toHtmlEscaped());
    html += QStringLiteral("<br>") + LiveChart::tr("Status: %1").arg(RouteResult::statusName(s.status));
    html += QStringLiteral("<br>") + LiveChart::tr("Latency: %1 ms").arg(s.latencyMs);
    if (s.ttftMs >= 0)
        html += QStringLiteral(" \u00b7 ") + LiveChart::tr("TTFT: %1 ms").arg(s.ttftMs);
    html
        += QStringLiteral("<br>") + LiveChart::tr("Tokens: %1 in / %2 out").arg(s.promptTokens).arg(s.completionTokens);
    if (s.estimated)
        html += QStringLiteral(" ") + LiveChart::tr("(estimated)");
    html += QStringLiteral("<br>") + LiveChart::tr("Cost: %1").arg(CostCalculator::formatMoney(s.costMicros));
    html += QStringLiteral("<br>") + LiveChart::tr("Attempts: %1").arg(s.attempts);
    if (s.fallback)
        html += QStringLiteral(" ") + LiveChart::tr("(fallback)");
    if (!s.trail.isEmpty())
        html += QStringLiteral("<br>") + s.trail.toHtmlEscaped();
    if (!s.error.isEmpty())
        html += QStringLiteral("<br>") + LiveChart::tr("Error: %1").arg(s.error.toHtmlEscaped());
    html += QStringLiteral("<br><i>") + QDateTime::fromMSecsSinceEpoch(s.finishedMs).toString(Qt::ISODate)
        + QStringLiteral("</i>");
    return html;
}

QString LiveChart::Private::toolTipAtView(const QPoint &viewPos) const
{
    const QRectF plot = m_chart->plotArea();
    const QPointF scenePos = m_chartView->mapToScene(viewPos);
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    if (!plot.contains(chartPos) || plot.width() <= 0 || plot.height() <= 0)
        return {};
    const double xMin = double(m_axisX->min().toMSecsSinceEpoch());
    const double xMax = double(m_axisX->max().toMSecsSinceEpoch());
    const double xPerPx = (xMax - xMin) / plot.width();
    const double yPerPx = (m_axisY->max() - m_axisY->min()) / plot.height();
    const double x = xMin + (chartPos.x() - plot.left()) * xPerPx;
    const double y = m_axisY->max() - (chartPos.y() - plot.top()) * yPerPx;
    const ChartData &data = current();
    std::optional<ChartData::Point> best;
    double bestDistance = 0;
    for (int i = 0; i < data.seriesCount(); ++i) {
        if (data.key(i) == kP95Key)
            continue;
        const auto p = data.nearest(i, x, y, xPerPx, yPerPx, kHoverRadiusPx);
        if (!p)
            continue;
        const double dx = (double(p->x) - x) / xPerPx;
        const double dy = (p->y - y) / yPerPx;
        const double d = dx * dx + dy * dy;
        if (!best || d < bestDistance) {
            best = p;
            bestDistance = d;
        }
    }
    if (!best)
        return {};
    QString html = describe(best->ref);
    if (best->weight > 1)
        html += QStringLiteral("<br>")
            + LiveChart::tr("Downsampled: stands for %n request(s) around it", nullptr, best->weight);
    return html;
}

LiveChart::LiveChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->build();
}

LiveChart::~LiveChart() = default;

LiveChart::View LiveChart::view() const
{
    return d->m_view;
}

void LiveChart::setView(View view)
{
    if (view == d->m_view)
        return;
    d->m_view = view;
    d->m_viewBox->setCurrentIndex(d->m_viewBox->findData(int(view)));
    d->m_xLocked = false;
    d->m_yLocked = false;
    d->rebuildSeries();
    refresh();
    Q_EMIT viewChanged(view);
}

LiveChart::TimeRange LiveChart::timeRange() const
{
    return d->m_range;
}

void LiveChart::setTimeRange(TimeRange range)
{
    d->m_range = range;
    d->m_rangeBox->setCurrentIndex(d->m_rangeBox->findData(int(range)));
    resetZoom();
}

void LiveChart::setP95Threshold(qint64 ms)
{
    d->m_threshold95 = ms;
    d->scheduleRefresh();
}

qint64 LiveChart::p95Threshold() const
{
    return d->m_threshold95;
}

void LiveChart::setP95Window(int requests)
{
    d->m_p95Window = std::max(1, requests);
}

void LiveChart::setClock(std::function<qint64()> nowMs)
{
    d->m_clock = std::move(nowMs);
}

void LiveChart::setRefreshIntervalMs(int ms)
{
    d->m_refreshTimer.setInterval(std::max(0, ms));
}

int LiveChart::resultCount() const
{
    return d->m_nextRef;
}

const ChartData &LiveChart::data(View view) const
{
    return d->dataFor(view);
}

QStringList LiveChart::displayedSeries() const
{
    QStringList names;
    const auto all = d->m_chart->series();
    for (const QAbstractSeries *s : all)
        names.append(s->name());
    return names;
}

int LiveChart::displayedPointCount(const QString &series) const
{
    const auto all = d->m_chart->series();
    for (const QAbstractSeries *s : all) {
        if (s->name() == series)
            return int(static_cast<const QXYSeries *>(s)->count());
    }
    return -1;
}

QStringList LiveChart::legendEntries() const
{
    QStringList labels;
    const auto markers = d->m_chart->legend()->markers();
    for (const QLegendMarker *marker : markers) {
        if (marker->isVisible())
            labels.append(marker->label());
    }
    return labels;
}

bool LiveChart::isZoomed() const
{
    return d->m_xLocked || d->m_yLocked;
}

QPoint LiveChart::positionOf(qint64 timeMs, double value) const
{
    const QRectF plot = d->m_chart->plotArea();
    const double xMin = double(d->m_axisX->min().toMSecsSinceEpoch());
    const double xMax = double(d->m_axisX->max().toMSecsSinceEpoch());
    const double cx = plot.left() + (double(timeMs) - xMin) / (xMax - xMin) * plot.width();
    const double cy
        = plot.top() + (d->m_axisY->max() - value) / (d->m_axisY->max() - d->m_axisY->min()) * plot.height();
    const QPoint viewPos = d->m_chartView->mapFromScene(d->m_chart->mapToScene(QPointF(cx, cy)));
    return d->m_chartView->mapTo(this, viewPos);
}

QString LiveChart::toolTipAt(const QPoint &widgetPos) const
{
    return d->toolTipAtView(d->m_chartView->mapFrom(this, widgetPos));
}

qint64 LiveChart::memoryBytes() const
{
    qint64 bytes = d->m_latency.memoryBytes() + d->m_ttft.memoryBytes() + d->m_spend.memoryBytes();
    // A hash node holds the key, the summary and a link, plus the allocator's header.
    constexpr qint64 kNodeBytes = qint64(sizeof(std::pair<const int, Summary>) + 2 * sizeof(void *));
    bytes += qint64(d->m_summaries.size()) * kNodeBytes + qint64(d->m_summaries.bucket_count() * sizeof(void *));
    for (const auto &entry : d->m_summaries)
        bytes += (entry.second.trail.capacity() + entry.second.error.capacity()) * qint64(sizeof(QChar));
    return bytes;
}

void LiveChart::addResult(const RouteResult &result)
{
    if (d->m_watcher)
        d->m_watcher->skipRequestId(result.requestId);
    d->addResult(result);
}

bool LiveChart::followLedger(const QString &path, int pollIntervalMs)
{
    delete d->m_watcher;
    d->m_watcher = new LedgerWatcher(path, this);
    d->m_watcher->setPollInterval(pollIntervalMs);
    connect(d->m_watcher, &LedgerWatcher::resultArrived, this, [this](const RouteResult &r) { d->addResult(r); });
    return d->m_watcher->start();
}

void LiveChart::clear()
{
    d->m_latency = ChartData();
    d->m_ttft = ChartData();
    d->m_spend = ChartData();
    d->m_summaries.clear();
    d->m_nextRef = 0;
    d->m_sweepAt = kSweepSlack;
    d->m_window.clear();
    d->m_modelSpend.clear();
    d->m_modelColours.clear();
    d->m_totalSpend = 0;
    d->rebuildSeries();
    refresh();
}

void LiveChart::resetZoom()
{
    d->m_xLocked = false;
    d->m_yLocked = false;
    refresh();
}

void LiveChart::refresh()
{
    d->refresh();
}

void LiveChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        d->applyTheme();
    QWidget::changeEvent(event);
}

void LiveChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->scheduleRefresh();
}

} // namespace tiergate
