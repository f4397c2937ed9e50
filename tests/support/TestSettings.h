// TestSettings: the QSettings of a GUI test process, in a file of its own that the test removes again at the end.
#pragma once

#include <QString>

namespace TestSettings {

// For initTestCase(): QStandardPaths' test mode, and settings under the organisation "authdoctor-test" and the
// application name "<name>-<process id>", so that two runs at once cannot see each other's history or saved sign-ins.
void useOwnFile(const QString &name);
// For cleanupTestCase(): empties those settings and removes their file.
void removeFile();

} // namespace TestSettings
