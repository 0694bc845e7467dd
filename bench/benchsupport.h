#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace isc::bench {

// Milliseconds since `timer` started, with sub-millisecond precision.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Wall-clock and CPU time of this process since start(), in milliseconds. On a busy
// machine the wall-clock time includes waiting for a processor; the CPU time does not.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start();
    double wallMs() const { return elapsedMs(m_wall); }
    double cpuMs() const;

private:
    QElapsedTimer m_wall;
    double m_cpuStartMs = 0;
};

// The resident memory of this process (VmRSS of /proc/self/status) in MB (10^6 bytes);
// -1 when it cannot be read.
double residentMegabytes();

// The figures of one benchmark run, in the order they were added: written as one JSON
// object (a fragment that isc-bench-report merges) and printed as a table.
class Figures
{
public:
    // A measured or derived value. `unit` and `what` are for the table only.
    void add(const QString &key, double value, const QString &unit, const QString &what);
    // A parameter of the run (sizes, latency): in the JSON, not in the table.
    void setParameter(const QString &key, const QJsonValue &value);

    QJsonObject toJson() const;
    // "figure  value unit  what" lines under a title, on stdout.
    void print(const QString &title) const;

private:
    struct Figure
    {
        QString key;
        double value;
        QString unit;
        QString what;
    };
    QList<Figure> m_figures;
    QJsonObject m_parameters;
};

// Writes `object` as indented JSON to `path` (atomically); false with `error` set on failure.
bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error);

// Prints `message` on stderr, prefixed with the program name, and returns 1 (an exit code).
int fail(const QString &message);

} // namespace isc::bench
