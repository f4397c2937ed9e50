// Loads the program's translations and Qt's own for the user's language, so every word, QWizard's buttons included,
// speaks that language.
#pragma once

class QCoreApplication;

namespace Translations {
// Installs the translators on app; safe to call once at start-up. Returns true if ours matched the locale.
bool install(QCoreApplication *app);
}
