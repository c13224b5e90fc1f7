#include "ui/chat/responseformateditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tiergate {

ResponseFormatEditor::ResponseFormatEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_schemaName(new QLineEdit(this))
    , m_schema(new QPlainTextEdit(this))
    , m_tools(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("responseFormatEditor"));
    m_mode->setObjectName(QStringLiteral("responseMode"));
    m_mode->addItem(tr("Text"), int(ChatParameters::ResponseMode::Text));
    m_mode->addItem(tr("JSON mode"), int(ChatParameters::ResponseMode::JsonObject));
    m_mode->addItem(tr("JSON schema"), int(ChatParameters::ResponseMode::JsonSchema));
    m_mode->setToolTip(tr("response_format: free text, any JSON object, or JSON matching a schema"));
    m_schemaName->setObjectName(QStringLiteral("schemaName"));
    m_schemaName->setPlaceholderText(tr("Schema name (response)"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_schema->setObjectName(QStringLiteral("jsonSchema"));
    m_schema->setPlaceholderText(tr("JSON schema, e.g. {\"type\": \"object\", \"properties\": {...}}"));
    m_schema->setFont(mono);
    m_schema->setMaximumHeight(120);
    m_tools->setObjectName(QStringLiteral("tools"));
    m_tools->setPlaceholderText(
        tr("Tools (JSON array), e.g. [{\"type\": \"function\", \"function\": {\"name\": ...}}]"));
    m_tools->setFont(mono);
    m_tools->setMaximumHeight(120);
    m_problem->setObjectName(QStringLiteral("formatProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d03b2c"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_schemaName);
    layout->addWidget(m_schema);
    layout->addWidget(m_tools);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    // As tall as its visible parts: a form's spare height goes to the fields that use it (the
    // system prompt), not into a gap between the "Response" label and its mode.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    for (QPlainTextEdit *edit : { m_schema, m_tools }) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            updateState();
            Q_EMIT changed();
        });
    }
    connect(m_schemaName, &QLineEdit::textChanged, this, &ResponseFormatEditor::changed);
    updateState();
}

void ResponseFormatEditor::setParameters(const ChatParameters &parameters)
{
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockSchema(m_schema);
    const QSignalBlocker blockTools(m_tools);
    const QSignalBlocker blockName(m_schemaName);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(parameters.responseMode))));
    m_schemaName->setText(parameters.schemaName);
    m_schema->setPlainText(parameters.jsonSchema.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(parameters.jsonSchema).toJson(QJsonDocument::Indented)));
    m_tools->setPlainText(parameters.tools.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(parameters.tools).toJson(QJsonDocument::Indented)));
    updateState();
}

bool ResponseFormatEditor::applyTo(ChatParameters *parameters, QString *problem) const
{
    const auto mode = ChatParameters::ResponseMode(m_mode->currentData().toInt());
    QString error;
    std::optional<QJsonObject> schema;
    if (mode == ChatParameters::ResponseMode::JsonSchema) {
        schema = ChatParameters::parseSchema(m_schema->toPlainText(), &error);
        if (!schema) {
            if (problem)
                *problem = tr("The JSON schema is not valid: %1.").arg(error);
            return false;
        }
    }
    const std::optional<QJsonArray> tools = ChatParameters::parseTools(m_tools->toPlainText(), &error);
    if (!tools) {
        if (problem)
            *problem = tr("The tools are not valid: %1.").arg(error);
        return false;
    }
    parameters->responseMode = mode;
    parameters->schemaName = m_schemaName->text().trimmed();
    if (schema)
        parameters->jsonSchema = *schema;
    parameters->tools = *tools;
    if (problem)
        problem->clear();
    return true;
}

QString ResponseFormatEditor::problem() const
{
    ChatParameters scratch;
    QString text;
    applyTo(&scratch, &text);
    return text;
}

void ResponseFormatEditor::updateState()
{
    const bool schema = m_mode->currentData().toInt() == int(ChatParameters::ResponseMode::JsonSchema);
    m_schemaName->setVisible(schema);
    m_schema->setVisible(schema);
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace tiergate
