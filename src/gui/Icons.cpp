// Icons and severity names for every widget of the GUI.
#include "Icons.h"

#include <QCoreApplication>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

// Q_INIT_RESOURCE declares a function and must stay outside any namespace. Calling it also makes the linker keep
// the resource object from the static library, which nothing else refers to.
static void initResources()
{
    Q_INIT_RESOURCE(authdoctor);
}

static void ensureResources()
{
    static const bool loaded = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(loaded)
}

QIcon Icons::app()
{
    ensureResources();
    return QIcon(u":/icons/authdoctor.svg"_s);
}

QIcon Icons::passwordShow()
{
    ensureResources();
    return QIcon(u":/icons/password-show.svg"_s);
}

QIcon Icons::passwordHide()
{
    ensureResources();
    return QIcon(u":/icons/password-hide.svg"_s);
}

QIcon Icons::severity(Severity severity)
{
    ensureResources();
    switch (severity) {
    case Severity::Ok:
        return QIcon(u":/icons/severity-ok.svg"_s);
    case Severity::Info:
        return QIcon(u":/icons/severity-info.svg"_s);
    case Severity::Warning:
        return QIcon(u":/icons/severity-warning.svg"_s);
    case Severity::Problem:
        return QIcon(u":/icons/severity-problem.svg"_s);
    }
    return {};
}

QPixmap Icons::severityPixmap(Severity severity, int size, const QWidget *widget)
{
    const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
    return Icons::severity(severity).pixmap(QSize(size, size), ratio);
}

QString Icons::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QCoreApplication::translate("Icons", "OK");
    case Severity::Info:
        return QCoreApplication::translate("Icons", "Information");
    case Severity::Warning:
        return QCoreApplication::translate("Icons", "Warning");
    case Severity::Problem:
        return QCoreApplication::translate("Icons", "Problem");
    }
    return {};
}

QColor Icons::severityColor(Severity severity, const QWidget *widget)
{
    const bool darkBackground = widget && widget->palette().color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Ok:
        return darkBackground ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Severity::Info:
        return darkBackground ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case Severity::Warning:
        return darkBackground ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x52, 0x00);
    case Severity::Problem:
        return darkBackground ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}
