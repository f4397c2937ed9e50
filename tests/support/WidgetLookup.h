// WidgetLookup: how the GUI tests reach the widgets of the real windows, by object name, and whether the person can see
// them. Header-only, in authdoctor_guitestsupport because shown() needs Qt Widgets.
#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

namespace WidgetLookup {

// The child of parent (at any depth) of type T with that object name; null, with a warning naming it, when there is
// none.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

// Shown and not hidden by any ancestor: what the person can see. False for null.
inline bool shown(const QWidget *widget)
{
    return widget && widget->isVisible();
}

} // namespace WidgetLookup
