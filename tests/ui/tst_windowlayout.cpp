#include "core/chat/conversationstore.h"
#include "core/config/appsettings.h"
#include "core/config/configstore.h"
#include "core/experiment/experimentstore.h"
#include "core/runtime/runtime.h"
#include "tests/support/testenv.h"
#include "tests/support/windowfixture.h"
#include "ui/chart/livechart.h"
#include "ui/chat/chatpanel.h"
#include "ui/common/codehighlighter.h"
#include "ui/common/wheelguard.h"
#include "ui/compare/comparepanel.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
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
        if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QTabBar *>(w->parentWidget()))
            return false;
        return qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QLabel *>(w);
    }

    static QStringList checkInside(QWidget *window, QWidget *root, const QString &where)
    {
        const QRect bounds = window->rect();
        QStringList problems;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->isWindow() || insideScrolledContent(w, root))
                continue;
            const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!bounds.contains(r))
                problems.append(QStringLiteral("%1 %2 at %3,%4 %5x%6 outside the window")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height()));
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

    void minimumWidthFitsSmallScreens()
    {
        auto window = composeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY2(
            window->minimumSizeHint().width() <= 900, qPrintable(QString::number(window->minimumSizeHint().width())));
        // Every panel, not only the one shown first: the window cannot be narrower than its widest panel.
        for (int i = 0; i < 6; ++i) {
            const auto panel = static_cast<MainWindow::Panel>(i);
            window->showPanel(panel);
            QVERIFY2(window->panelWidget(panel)->minimumSizeHint().width() <= 890,
                qPrintable(MainWindow::panelTitle(panel)));
        }
    }

    // At 1024x700 every control of every panel (and of each tab inside a panel) lies inside the
    // window and gets at least its minimum size. What a scroll area holds may scroll vertically;
    // only the horizontal scrollers of Compare may scroll sideways.
    void everyControlInsideAt1024x700()
    {
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
