// Translator loading for the GUI and the CLI.
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

bool Translations::install(QCoreApplication *app)
{
    const QLocale locale;
    // Qt's own strings (QWizard's Next/Back/Cancel, standard dialogs) come with qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *ours = new QTranslator(app);
    if (ours->load(locale, u"authdoctor"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    // Any other language reads the English source text, whose plural forms ("%n minute(s)") need the English
    // plurals file to read as "1 minute", "5 minutes".
    if (ours->load(u"authdoctor_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        return false;
    }
    delete ours;
    return false;
}
