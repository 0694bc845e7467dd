#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <ctime>

namespace isc::bench {

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

void Stopwatch::start()
{
    m_cpuStartMs = processCpuMs();
    m_wall.start();
}

double Stopwatch::cpuMs() const
{
    return processCpuMs() - m_cpuStartMs;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("VmRSS:"))
            continue;
        // "VmRSS:     123456 kB"
        const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
        bool ok = false;
        const double kib = parts.value(0).toDouble(&ok);
        return ok ? kib * 1024.0 / 1e6 : -1;
    }
    return -1;
}

void Figures::add(const QString &key, double value, const QString &unit, const QString &what)
{
    m_figures.append({key, value, unit, what});
}

void Figures::setParameter(const QString &key, const QJsonValue &value)
{
    m_parameters.insert(key, value);
}

QJsonObject Figures::toJson() const
{
    QJsonObject figures;
    QJsonArray order; // JSON objects forget the order of their keys
    for (const Figure &figure : m_figures) {
        figures.insert(figure.key, std::round(figure.value * 1000.0) / 1000.0);
        order.append(figure.key);
    }
    return {{QStringLiteral("parameters"), m_parameters},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("order"), order}};
}

void Figures::print(const QString &title) const
{
    QTextStream out(stdout);
    out << title << '\n';
    for (const Figure &figure : m_figures) {
        out << "  " << figure.key.leftJustified(26) << ' '
            << QString::number(figure.value, 'f', figure.value < 10 ? 2 : 1).rightJustified(10)
            << ' ' << figure.unit.leftJustified(5) << "  " << figure.what << '\n';
    }
    out.flush();
}

bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int fail(const QString &message)
{
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(message));
    return 1;
}

} // namespace isc::bench
