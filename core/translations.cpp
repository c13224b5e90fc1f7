#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tiergate {

namespace {

const char *const translatorName = "tiergate-translator";

// Qt's own classes ask under their class name (QLineEdit, QPlatformTheme, ...); those strings are
// left to Qt's catalog.
bool isQtContext(const char *context)
{
    return context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
}

// The Tiergate catalog, backed by a second one keyed by source text alone: a string asked for
// under another context than the one lupdate filed it under (a file-local tr() helper with a fixed
// context, a call from a free function) is still found.
class CatalogTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadCatalogs(const QLocale &locale)
    {
        const QString folder = QStringLiteral(":/i18n");
        if (!load(locale, QStringLiteral("tiergate"), QStringLiteral("_"), folder))
            return false;
        if (!m_bySource.load(locale, QStringLiteral("tiergate-any"), QStringLiteral("_"), folder))
            qWarning("The source-text catalog for %s is missing.", qPrintable(locale.name()));
        return true;
    }

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull() && !isQtContext(context))
            text = m_bySource.translate("", sourceText, disambiguation, n);
        return text;
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_bySource.isEmpty(); }

private:
    QTranslator m_bySource;
};

} // namespace

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    const QList<QTranslator *> previous
        = app->findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto *own = new CatalogTranslator(app);
    own->setObjectName(QLatin1String(translatorName));
    if (!own->loadCatalogs(locale)) {
        delete own;
        return false;
    }
    // Qt's catalog only with ours, so a language Tiergate does not ship stays English throughout.
    auto *qt = new QTranslator(app);
    qt->setObjectName(QLatin1String(translatorName));
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace tiergate
