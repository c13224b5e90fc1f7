#pragma once

#include <QObject>

namespace tiergate {

/// Keeps the mouse wheel from changing a value the user did not pick: over a spin box, combo box
/// or slider without keyboard focus, the wheel scrolls the form around it instead (the event goes
/// to the parent). Click or tab into the field first to change it with the wheel. Installed once
/// on the application.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);
    /// Installs a guard on the running application (owned by it).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tiergate
