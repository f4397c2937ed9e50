// Tells from the keys typed into the fields it watches whether Caps Lock is on, on every platform.
#pragma once

#include <QObject>
#include <QString>

class QKeyEvent;
class QWidget;

class CapsLockWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Off, On };
    Q_ENUM(State)

    explicit CapsLockWatcher(QObject *parent = nullptr);

    // Looks at the key presses widget receives; the watcher must outlive it or be destroyed first.
    void watch(QWidget *widget);
    State state() const { return m_state; }
    bool isOn() const { return m_state == State::On; }
    // Forgets what it saw, e.g. when the page is shown again; the next letter tells.
    void reset();

    // From the letter a key typed: upper case without Shift, or lower case with Shift, means Caps Lock is on, and the
    // reverse that it is off. Unknown for anything but one letter that has a case, or with Ctrl, Alt or Meta held.
    static State fromLetter(const QString &text, Qt::KeyboardModifiers modifiers);
    // From the modifier bits the platform passed along with a key event, where they include Caps Lock; Unknown where
    // they do not, or where we do not know how to read them.
    static State fromNativeModifiers(const QString &platformName, quint32 nativeModifiers);
    // What a key press says: the platform's own bits for a real key event where they can be read, else the letter.
    static State fromKeyPress(const QKeyEvent &event, const QString &platformName);

signals:
    void stateChanged(CapsLockWatcher::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);

    State m_state = State::Unknown;
};
