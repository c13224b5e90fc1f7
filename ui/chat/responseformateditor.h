#pragma once

#include "core/chat/chatparameters.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tiergate {

/// The response-format and tools fields of a conversation's parameters: free text, JSON mode
/// (`json_object`) or a JSON schema (name and schema text), and the tools offered to the model as
/// a JSON array. The texts are checked as JSON while typing (the problem, with its line and
/// column, shows under them) and again before a message is sent; the parsing is ChatParameters'.
class ResponseFormatEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseFormatEditor(QWidget *parent = nullptr);

    /// Shows the response format and tools of `parameters`.
    void setParameters(const ChatParameters &parameters);
    /// Writes the fields into `parameters` when they are valid; false (and `problem`) otherwise,
    /// leaving `parameters` as it was.
    bool applyTo(ChatParameters *parameters, QString *problem = nullptr) const;
    /// The current problem ("" when the fields are valid).
    QString problem() const;

    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *schemaNameEdit() const { return m_schemaName; }
    QPlainTextEdit *schemaEdit() const { return m_schema; }
    QPlainTextEdit *toolsEdit() const { return m_tools; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void updateState();

    QComboBox *m_mode;
    QLineEdit *m_schemaName;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_tools;
    QLabel *m_problem;
};

} // namespace tiergate
