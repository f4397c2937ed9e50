// Shows a window-modal dialog that exists at most once: made by make() the first time, and again after it closed (it
// deletes itself then), and brought forward on every later call, so a second click never opens a second copy.
#pragma once

#include <QDialog>
#include <QPointer>

namespace DialogOnce {

template<typename T, typename Make> T *show(QPointer<T> &dialog, Make make)
{
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace DialogOnce
