#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace tiergate {

/// The find bar over Chat's transcript (Ctrl+F): a search field, previous / next and "2 of 5".
/// Only presents; the panel searches (through the store's index) and moves to the match.
/// Enter finds the next match, Shift+Enter the previous one, Esc closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QString text() const;
    /// Shows "current of total" (1-based current; 0 total: "No matches").
    void setMatches(int current, int total);
    QLabel *matchLabel() const { return m_matches; }

public Q_SLOTS:
    /// Shows the bar and selects the field's text for typing.
    void open();
    void close();

Q_SIGNALS:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_matches;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace tiergate
