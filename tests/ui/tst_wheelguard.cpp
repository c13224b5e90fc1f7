#include "tests/support/testenv.h"
#include "ui/common/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace tiergate;

class TestWheelGuard : public QObject
{
    Q_OBJECT
private:
    static void wheel(QWidget *w, int steps)
    {
        const QPointF pos(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        WheelGuard::install();
        WheelGuard::install(); // once only
        QCOMPARE(qApp->findChildren<WheelGuard *>().size(), 1);
    }

    void unfocusedFieldsScrollTheFormInstead()
    {
        QScrollArea area;
        auto *form = new QWidget;
        auto *layout = new QVBoxLayout(form);
        auto *spin = new QSpinBox;
        spin->setRange(0, 10);
        spin->setValue(1);
        auto *combo = new QComboBox;
        combo->addItems({ QStringLiteral("Fall back"), QStringLiteral("Reject"), QStringLiteral("Queue") });
        auto *other = new QSpinBox;
        layout->addWidget(other);
        layout->addWidget(spin);
        layout->addWidget(combo);
        layout->addSpacing(2000);
        area.setWidget(form);
        area.resize(300, 200);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());

        const int scrollBefore = area.verticalScrollBar()->value();
        wheel(spin, 3);
        wheel(combo, 1);
        QCOMPARE(spin->value(), 1);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY2(area.verticalScrollBar()->value() > scrollBefore, "the form scrolled");

        // With focus, the wheel changes the field as usual.
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        wheel(spin, -2);
        QCOMPARE(spin->value(), 3);
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
