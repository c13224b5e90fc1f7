#include "tests/support/testenv.h"
#include "ui/common/statuslabel.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace tiergate;

class TestStatusLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void emptyTakesNoHeight()
    {
        // Between two rows, an empty status leaves no gap; a status with text gets its lines.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setSpacing(0);
        auto *above = new QLabel(QStringLiteral("Route: sim-standard"), &window);
        auto *status = new StatusLabel(&window);
        auto *below = new QLabel(QStringLiteral("Estimate"), &window);
        layout->addWidget(above);
        layout->addWidget(status);
        layout->addWidget(below);
        layout->addStretch(1);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(status->height(), 0);
        QCOMPARE(below->geometry().top(), above->geometry().bottom() + 1);

        status->setText(QStringLiteral("No answer. The server answered HTTP 503. Your message is saved."));
        QTRY_VERIFY(status->height() >= status->fontMetrics().height());
        QVERIFY(below->geometry().top() > status->geometry().top());

        status->clear();
        QTRY_COMPARE(status->height(), 0);
    }
};

QTEST_MAIN(TestStatusLabel)
#include "tst_statuslabel.moc"
