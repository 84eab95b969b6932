#pragma once

#include <QObject>

#include <optional>

class QKeyEvent;

namespace relasi {

// Guesses whether Caps Lock is on from the keys typed into a widget (Qt has no portable query):
// an upper-case letter typed without Shift, or a lower-case letter typed with Shift, means Caps Lock.
// Install on a line edit with watch(); listen to capsLockChanged().
class CapsLockDetector : public QObject
{
    Q_OBJECT

public:
    explicit CapsLockDetector(QObject *parent = nullptr);

    void watch(QObject *target);
    bool isCapsLockLikelyOn() const { return m_on; }

    // The guess for one key event: true/false for a letter, nothing for any other key.
    static std::optional<bool> guess(const QKeyEvent &event);

Q_SIGNALS:
    void capsLockChanged(bool likelyOn);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_on = false;
};

} // namespace relasi
