#pragma once

#include <QLocale>

class QCoreApplication;

namespace tiergate {

/// Installs the catalogs for `locale` (the system's, from LANG / LC_MESSAGES, by default): the
/// Tiergate catalog compiled into the executable under `:/i18n` and, when the system has it,
/// Qt's own catalog (standard buttons, command-line help). The translators are children of `app`;
/// a second call replaces the ones installed by the first. English is the source language and
/// needs no catalog. Returns whether a Tiergate catalog was installed.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace tiergate
