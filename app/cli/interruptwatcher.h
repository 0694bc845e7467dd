#pragma once

#include <QObject>

class QSocketNotifier;

namespace isc::cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so that Ctrl+C cancels the call in
// flight and the command line exits through its destructors: a sandbox child is stopped,
// an output file is never left half written. Restores the default handlers when destroyed.
// One instance at a time. Does nothing on platforms without POSIX signals.
class InterruptWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool wasInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interrupted();

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace isc::cli
