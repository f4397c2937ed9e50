// Implementation of CapsLockWatcher.
#include "CapsLockWatcher.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt 6.4 has no call that asks for the Caps Lock state, on any platform. Some platform plugins pass the window
// system's own modifier bits along with each key event (QKeyEvent::nativeModifiers()), and those hold it:
// - windows: Qt's WindowsNativeModifiers, CapsLock = 0x100 (qwindowskeymapper.h);
// - cocoa: NSEvent.modifierFlags, NSEventModifierFlagCapsLock = 1 << 16;
// - xcb: the X11 key event's state, LockMask = 1 << 1 (the state before this key, so right for letters).
// On Wayland and the other plugins the bits are not documented as stable, so the typed letter decides there.
constexpr quint32 WindowsCapsLock = 0x100;
constexpr quint32 CocoaCapsLock = 1u << 16;
constexpr quint32 X11LockMask = 1u << 1;

} // namespace

CapsLockWatcher::CapsLockWatcher(QObject *parent)
    : QObject(parent)
{
}

void CapsLockWatcher::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

void CapsLockWatcher::reset()
{
    setState(State::Unknown);
}

CapsLockWatcher::State CapsLockWatcher::fromLetter(const QString &text, Qt::KeyboardModifiers modifiers)
{
    if (text.size() != 1 || (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return State::Unknown;
    const QChar c = text.front();
    // Letters without a case (Chinese, Arabic, ...) and digits say nothing about Caps Lock.
    if (!c.isLetter() || c.toUpper() == c.toLower())
        return State::Unknown;
    const bool shift = modifiers.testFlag(Qt::ShiftModifier);
    return c.isUpper() != shift ? State::On : State::Off;
}

CapsLockWatcher::State CapsLockWatcher::fromNativeModifiers(const QString &platformName, quint32 nativeModifiers)
{
    quint32 mask = 0;
    if (platformName == u"windows"_s)
        mask = WindowsCapsLock;
    else if (platformName == u"cocoa"_s)
        mask = CocoaCapsLock;
    else if (platformName == u"xcb"_s)
        mask = X11LockMask;
    if (mask == 0)
        return State::Unknown;
    return (nativeModifiers & mask) ? State::On : State::Off;
}

CapsLockWatcher::State CapsLockWatcher::fromKeyPress(const QKeyEvent &event, const QString &platformName)
{
    const State letter = fromLetter(event.text(), event.modifiers());
    if (letter == State::Unknown)
        return State::Unknown;
    // Events made up by a program (tests, accessibility tools) carry no scan code and no native bits.
    if (event.nativeScanCode() != 0) {
        const State native = fromNativeModifiers(platformName, event.nativeModifiers());
        if (native != State::Unknown)
            return native;
    }
    return letter;
}

bool CapsLockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            // The key flips the state we know; the next letter confirms it either way.
            if (m_state != State::Unknown && !key->isAutoRepeat())
                setState(m_state == State::On ? State::Off : State::On);
        } else {
            const State seen = fromKeyPress(*key, QGuiApplication::platformName());
            if (seen != State::Unknown)
                setState(seen);
        }
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
