#include "core/chat/conversationstore.h"
#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/cost/ledger.h"
#include "core/experiment/experimentstore.h"
#include "core/routing/routeresult.h"
#include "core/runtime/runtime.h"
#include "core/translations.h"
#include "tests/support/testenv.h"
#include "tests/support/windowfixture.h"
#include "ui/chart/livechart.h"
#include "ui/chat/chatpanel.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/wheelguard.h"
#include "ui/compare/comparepanel.h"
#include "ui/costs/budgetbar.h"
#include "ui/costs/costdashboard.h"
#include "ui/costs/spendlabel.h"
#include "ui/experiment/experimentpanel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditor.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWheelEvent>

#include <memory>

using namespace tiergate;

// The whole window as the app composes it (every panel over one Runtime), at the sizes people use.
class TestWindowLayout : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fixture;

    std::unique_ptr<MainWindow> composeWindow() { return m_fixture.composeWindow(); }

    static bool insideScrolledContent(QWidget *w, QWidget *stop)
    {
        for (QWidget *p = w->parentWidget(); p && p != stop; p = p->parentWidget()) {
            if (p->objectName() == QLatin1String("qt_scrollarea_viewport"))
                return true;
        }
        return false;
    }

    // The controls a person uses; Qt's own parts (a spin box's editor, a tab bar's scroll
    // arrows, headers) have sizes of their own.
    static bool isControl(QWidget *w)
    {
        if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QTabBar *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            return false; // an editable combo box's line edit is framed by the box
        return qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QLabel *>(w);
    }

    /// The scroll area whose viewport holds `w` (the nearest), or null.
    static QAbstractScrollArea *enclosingScrollArea(QWidget *w, QWidget *stop)
    {
        for (QWidget *p = w->parentWidget(); p && p != stop; p = p->parentWidget()) {
            if (p->objectName() == QLatin1String("qt_scrollarea_viewport"))
                return qobject_cast<QAbstractScrollArea *>(p->parentWidget());
        }
        return nullptr;
    }

    static QString describe(QWidget *w, const QRect &r)
    {
        return QStringLiteral("%1 %2 at %3,%4 %5x%6")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
            .arg(r.x())
            .arg(r.y())
            .arg(r.width())
            .arg(r.height());
    }

    static QStringList checkInside(QWidget *window, QWidget *root, const QString &where)
    {
        const QRect bounds = window->rect();
        QStringList problems;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->isWindow())
                continue;
            if (insideScrolledContent(w, root)) {
                // What a scroll area holds may scroll up and down, never sideways (except in the
                // sideways scrollers of Compare): it lies within the viewport's width.
                QAbstractScrollArea *area = enclosingScrollArea(w, root);
                if (!qobject_cast<QScrollArea *>(area) || area->inherits("tiergate::HorizontalScroller"))
                    continue;
                if (!area->isVisibleTo(window) || area->horizontalScrollBar()->value() != 0)
                    continue;
                const QRect r(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
                if (r.left() < 0 || r.right() >= area->viewport()->width())
                    problems.append(describe(w, r)
                        + QStringLiteral(" sticks out sideways of its scroll area (%1 px wide)")
                              .arg(area->viewport()->width()));
            } else {
                const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
                if (!bounds.contains(r))
                    problems.append(describe(w, r) + QStringLiteral(" outside the window"));
            }
            const QSize min = w->minimumSizeHint();
            if (isControl(w) && min.isValid() && w->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored
                && (w->width() < min.width() - 1 || w->height() < min.height() - 1))
                problems.append(QStringLiteral("%1 %2 squeezed to %3x%4 (needs %5x%6)")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(w->width())
                                    .arg(w->height())
                                    .arg(min.width())
                                    .arg(min.height()));
        }
        // Tables and trees show every column they show whole, without scrolling sideways: a column
        // cut at the right edge (the ledger's Cost, say) reads wrong ("$0.000" for "$0.0008"), and a
        // person does not look for a scroll bar inside a panel. Columns that do not fit are hidden
        // (the header's menu brings them back), or elided.
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (!view->isVisibleTo(window) || view->viewport()->width() <= 0)
                continue;
            QHeaderView *header = nullptr;
            if (auto *table = qobject_cast<QTableView *>(view))
                header = table->horizontalHeader();
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                header = tree->header();
            if (!header || header->count() == 0)
                continue;
            const int length = header->length();
            if (length > view->viewport()->width() + 1) {
                int last = -1;
                for (int v = header->count() - 1; v >= 0 && last < 0; --v) {
                    if (!header->isSectionHidden(header->logicalIndex(v)))
                        last = header->logicalIndex(v);
                }
                problems.append(QStringLiteral("%1 %2: its columns need %3 px, it shows %4 (\"%5\" is cut or off "
                                               "to the side)")
                                    .arg(QString::fromLatin1(view->metaObject()->className()), view->objectName())
                                    .arg(length)
                                    .arg(view->viewport()->width())
                                    .arg(view->model()->headerData(last, Qt::Horizontal).toString()));
            }
        }
        // Wrapped captions (the budget bars) get the height their lines need.
        for (BudgetBar *bar : root->findChildren<BudgetBar *>()) {
            if (!bar->isVisibleTo(window))
                continue;
            const QRect area = bar->captionRect();
            const QRect needed = QFontMetrics(bar->captionFont())
                                     .boundingRect(QRect(0, 0, area.width(), 100000), Qt::TextWordWrap, bar->caption());
            if (needed.height() > area.height() || needed.width() > area.width())
                problems.append(QStringLiteral("budget bar %1: caption \"%2\" needs %3x%4, has %5x%6")
                                    .arg(bar->profile(), bar->caption())
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(area.width())
                                    .arg(area.height()));
        }
        // Scroll areas (other than the sideways scrollers) must not need to scroll sideways.
        for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
            if (!area->isVisibleTo(window) || area->inherits("tiergate::HorizontalScroller"))
                continue;
            if (auto *scroll = qobject_cast<QScrollArea *>(area);
                scroll && scroll->widget() && scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width())
                problems.append(QStringLiteral("%1 content needs %2 px, has %3")
                                    .arg(QString::fromLatin1(scroll->widget()->metaObject()->className()))
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width()));
        }
        for (QString &p : problems)
            p.prepend(where + QStringLiteral(": "));
        return problems;
    }

    static void wheel(QWidget *w, int steps)
    {
        const QPointF pos(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    }

    // Wheels over each visible spin box, combo box and slider; returns how many were checked.
    static int wheelOverFields(QWidget *window, QWidget *root)
    {
        int n = 0;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || !w->isEnabled() || w->hasFocus() || qobject_cast<QScrollBar *>(w))
                continue;
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
                const QString before = spin->text();
                wheel(spin, -2);
                wheel(spin, 3);
                if (spin->text() != before)
                    QTest::qFail(
                        qPrintable(QStringLiteral("spin box %1 changed").arg(spin->objectName())), __FILE__, __LINE__);
                ++n;
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                const int before = combo->currentIndex();
                wheel(combo, 1);
                wheel(combo, -1);
                wheel(combo, 1);
                if (combo->currentIndex() != before)
                    QTest::qFail(qPrintable(QStringLiteral("combo box %1 changed").arg(combo->objectName())), __FILE__,
                        __LINE__);
                ++n;
            } else if (auto *slider = qobject_cast<QAbstractSlider *>(w)) {
                const int before = slider->value();
                wheel(slider, 2);
                if (slider->value() != before)
                    QTest::qFail(
                        qPrintable(QStringLiteral("slider %1 changed").arg(slider->objectName())), __FILE__, __LINE__);
                ++n;
            }
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        WheelGuard::install();
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.runtime->errors().join(u'\n')));
    }

    void cleanupTestCase() { m_fixture.runtime->shutdown(); }

    void minimumWidthFitsSmallScreens_data() { everyControlInsideAt1024x700_data(); }

    void minimumWidthFitsSmallScreens()
    {
        QFETCH(QLocale, locale);
        QVERIFY(installTranslations(qApp, locale) || locale.language() == QLocale::English);
        const auto english
            = qScopeGuard([] { installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)); });
        auto window = composeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Every panel, not only the one shown first: the window cannot be narrower than its widest panel.
        for (int i = 0; i < 6; ++i) {
            const auto panel = static_cast<MainWindow::Panel>(i);
            window->showPanel(panel);
            QVERIFY2(window->panelWidget(panel)->minimumSizeHint().width() <= 890,
                qPrintable(MainWindow::panelTitle(panel) + QStringLiteral(": ")
                    + QString::number(window->panelWidget(panel)->minimumSizeHint().width())));
        }
        QVERIFY2(
            window->minimumSizeHint().width() <= 900, qPrintable(QString::number(window->minimumSizeHint().width())));
    }

    // At 1024x700 every control of every panel (and of each tab inside a panel) lies inside the
    // window and gets at least its minimum size. What a scroll area holds may scroll vertically;
    // only the horizontal scrollers of Compare may scroll sideways.
    void everyControlInsideAt1024x700_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany); // longer words
    }

    void everyControlInsideAt1024x700()
    {
        QFETCH(QLocale, locale);
        QVERIFY(installTranslations(qApp, locale) || locale.language() == QLocale::English);
        const auto english
            = qScopeGuard([] { installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)); });
        // The ledger as after a day of use: long model names and routes, provider-reported costs,
        // teams, a fallback, tiny and large costs.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 40; ++i) {
            RouteResult r;
            r.requestId = QStringLiteral("layout-%1-%2").arg(locale.name()).arg(i);
            r.profile = i % 3 ? QStringLiteral("demo") : QStringLiteral("production");
            r.tier = i % 2 ? QStringLiteral("demo-standard") : QStringLiteral("production-premium");
            r.teamId = QStringLiteral("customer-support");
            r.requestedModel = QStringLiteral("accounts/fireworks/models/llama-v3p1-405b-instruct");
            r.modelUsed = i % 4 ? r.requestedModel : QStringLiteral("sim-premium");
            r.fallbackUsed = i % 4 == 0;
            r.providerId = QStringLiteral("simulator");
            r.status = RouteResult::Status::Ok;
            r.latencyMs = 3160 + i;
            r.ttftMs = 316;
            r.usage.promptTokens = 12'000 + i;
            r.usage.completionTokens = 2'000;
            r.prices.known = true;
            r.costMicros = i % 5 ? 1'234 * (i + 1) : 12'345'678;
            r.providerCostMicros = r.costMicros + (i % 7 == 0 ? r.costMicros / 10 : 0);
            r.priceCheck = i % 7 == 0;
            r.finishedAt = now.addSecs(-60 * i);
            r.startedAt = r.finishedAt.addMSecs(-r.latencyMs);
            QVERIFY(m_fixture.runtime->ledger()->record(r) >= 0);
        }
        auto window = composeWindow();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(1024, 700));
        // The header keeps every item on screen with long texts (they elide), none in the overflow menu.
        window->providerStatusLabel()->setText(
            QStringLiteral("Simulator (simulated models) at http://127.0.0.1:45821 and a long provider name"));
        window->spendLabel()->setText(QStringLiteral("Spend this month: $0.118644 of $10.00 (projected $0.600988)"));
        auto *header = window->findChild<QToolBar *>(QStringLiteral("headerBar"));
        header->addWidget(new QPushButton(QStringLiteral("Gateway")));
        QCoreApplication::processEvents();
        auto *overflow = header->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QTRY_VERIFY(!overflow || !overflow->isVisible());
        QStringList problems;
        for (int i = 0; i < 6; ++i) {
            const auto panel = static_cast<MainWindow::Panel>(i);
            window->showPanel(panel);
            QWidget *root = window->panelWidget(panel);
            QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
            // Each tab of each tab widget in turn (one at a time is enough: they are independent).
            QList<std::pair<QTabWidget *, int>> states { { nullptr, 0 } };
            for (QTabWidget *t : tabs)
                for (int k = 0; k < t->count(); ++k)
                    states.append({ t, k });
            for (const auto &[tabWidget, index] : states) {
                if (tabWidget)
                    tabWidget->setCurrentIndex(index);
                QCoreApplication::processEvents();
                QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                const QString where = MainWindow::panelTitle(panel)
                    + (tabWidget ? QStringLiteral(" / ") + tabWidget->tabText(index) : QString());
                problems += checkInside(window.get(), root, where);
            }
        }
        problems.removeDuplicates();
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p)); // the failure message below is cut short
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // More Compare columns scroll sideways; the window keeps its width (it used to grow to 1,832 px).
    void compareColumnsScrollInsteadOfWidening()
    {
        auto window = composeWindow();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showPanel(MainWindow::Panel::Compare);
        auto *compare = qobject_cast<ComparePanel *>(window->panelWidget(MainWindow::Panel::Compare));
        QVERIFY(compare);
        while (compare->columnCount() < 6)
            compare->addColumnButton()->click();
        QCoreApplication::processEvents();
        QCOMPARE(compare->columnCount(), 6);
        QVERIFY2(
            window->minimumSizeHint().width() <= 900, qPrintable(QString::number(window->minimumSizeHint().width())));
        QCOMPARE(window->width(), 1024);
        auto *scroller = compare->findChild<QScrollArea *>(QStringLiteral("columnsScroller"));
        QVERIFY(scroller);
        QTRY_VERIFY(scroller->horizontalScrollBar()->maximum() > 0); // the columns scroll
        QVERIFY(
            compare->findChild<QScrollArea *>(QStringLiteral("panesScroller"))->horizontalScrollBar()->maximum() > 0);
    }

    // The wheel over a field that has no focus changes nothing, in every panel and tab.
    void wheelChangesNoUnfocusedField()
    {
        auto window = composeWindow();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        int checked = 0;
        for (int i = 0; i < 6; ++i) {
            const auto panel = static_cast<MainWindow::Panel>(i);
            window->showPanel(panel);
            QWidget *root = window->panelWidget(panel);
            const QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
            QList<std::pair<QTabWidget *, int>> states { { nullptr, 0 } };
            for (QTabWidget *t : tabs)
                for (int k = 0; k < t->count(); ++k)
                    states.append({ t, k });
            for (const auto &[tabWidget, index] : states) {
                if (tabWidget)
                    tabWidget->setCurrentIndex(index);
                QCoreApplication::processEvents();
                window->setFocus(); // no field has focus
                checked += wheelOverFields(window.get(), root);
            }
        }
        QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    }

    // Size, splitters and the panel shown come back after a restart.
    void windowStateIsRemembered()
    {
        const QString path = m_fixture.dir.filePath(QStringLiteral("remembered.ini"));
        QList<int> chatSizes;
        QList<int> costsSizes;
        {
            AppSettings settings(path);
            auto window = composeWindow();
            window->setAppSettings(&settings);
            window->restoreWindowState(); // nothing saved yet: unchanged
            window->resize(1100, 720);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            auto *chatSplitter = window->findChild<QSplitter *>(QStringLiteral("chatSplitter"));
            QVERIFY(chatSplitter);
            QList<int> sizes = chatSplitter->sizes();
            sizes[1] += sizes[0] - 40; // a narrow conversation list
            sizes[0] = 40;
            chatSplitter->setSizes(sizes);
            chatSizes = chatSplitter->sizes();
            window->showPanel(MainWindow::Panel::Costs);
            auto *costsSplitter = window->panelWidget(MainWindow::Panel::Costs)->findChild<QSplitter *>();
            QCoreApplication::processEvents();
            QList<int> c = costsSplitter->sizes();
            c[0] -= 100;
            c[1] += 100;
            costsSplitter->setSizes(c);
            costsSizes = costsSplitter->sizes();
            window->close(); // saves
        }
        AppSettings settings(path);
        QCOMPARE(settings.lastPanel(), QStringLiteral("costs"));
        auto window = composeWindow();
        window->setAppSettings(&settings);
        window->restoreWindowState();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->currentPanel(), MainWindow::Panel::Costs);
        QCOMPARE(window->size(), QSize(1100, 720));
        QTRY_COMPARE(window->panelWidget(MainWindow::Panel::Costs)->findChild<QSplitter *>()->sizes(), costsSizes);
        window->showPanel(MainWindow::Panel::Chat);
        QTRY_COMPARE(window->findChild<QSplitter *>(QStringLiteral("chatSplitter"))->sizes(), chatSizes);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
