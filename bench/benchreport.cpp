// isc-bench-report: merges the JSON fragments of repeated isc-bench-fetch and
// isc-bench-table runs into bench-results.json: the median of every figure, the per-run
// values, the targets with pass/fail and the machine. Prints the final table.
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace isc::bench;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Target
{
    QString key;
    bool atMost; // value <= limit (else value >= limit)
    std::function<double(const QJsonObject &)> limit; // from the medians
    QString text; // the target as written in the README
};

QList<Target> targets()
{
    auto fixed = [](double v) { return [v](const QJsonObject &) { return v; }; };
    return {
        {QStringLiteral("fetch_speedup"), false, fixed(4), QStringLiteral(">= 4")},
        {QStringLiteral("fetch_all_ms"), true,
         [](const QJsonObject &m) {
             return 1.5 * m.value(QLatin1String("fetch_floor_ms")).toDouble();
         },
         QStringLiteral("<= 1.5 x fetch_floor_ms")},
        {QStringLiteral("load_100k_ms"), true, fixed(400), QStringLiteral("< 400")},
        {QStringLiteral("load_vs_parse_ratio"), true, fixed(2), QStringLiteral("< 2")},
        {QStringLiteral("sort_100k_ms"), true, fixed(200), QStringLiteral("< 200")},
        {QStringLiteral("filter_100k_ms"), true, fixed(100), QStringLiteral("< 100")},
        {QStringLiteral("export_mb_per_s"), false, fixed(100), QStringLiteral(">= 100")},
        {QStringLiteral("rss_100k_mb"), true, fixed(150), QStringLiteral("< 150")},
    };
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString formatValue(double value)
{
    return QString::number(value, 'f', qAbs(value) < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Merges benchmark fragments into bench-results.json (medians)."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("the results file"),
                                 QStringLiteral("FILE"), QStringLiteral("bench-results.json"));
    const QCommandLineOption nproc(QStringLiteral("nproc"), QStringLiteral("processors"),
                                   QStringLiteral("N"));
    const QCommandLineOption load(QStringLiteral("load"),
                                  QStringLiteral("/proc/loadavg at the start of the run"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption command(QStringLiteral("command"),
                                     QStringLiteral("the command line of the run"),
                                     QStringLiteral("TEXT"));
    parser.addOptions({out, nproc, load, command});
    parser.addPositionalArgument(QStringLiteral("fragments"),
                                 QStringLiteral("JSON files written by the benchmarks"));
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("no fragments given"));

    // Every figure of every run, and the parameters (the same in every run of a benchmark).
    QMap<QString, QList<double>> runs;
    QStringList order;
    QJsonObject parameters;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject())
            return fail(QStringLiteral("%1 is not a benchmark fragment: %2")
                            .arg(path, error.errorString()));
        const QJsonObject fragment = document.object();
        const QJsonObject p = fragment.value(QLatin1String("parameters")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            parameters.insert(it.key(), it.value());
        const QJsonObject figures = fragment.value(QLatin1String("figures")).toObject();
        const QJsonArray keys = fragment.value(QLatin1String("order")).toArray();
        for (const QJsonValue &key : keys) {
            const QString name = key.toString();
            if (!figures.value(name).isDouble())
                return fail(QStringLiteral("%1: figure %2 is missing").arg(path, name));
            if (!runs.contains(name))
                order.append(name);
            runs[name].append(figures.value(name).toDouble());
        }
    }

    QJsonObject results;
    QJsonObject perRun;
    QJsonObject medians;
    for (const QString &key : std::as_const(order)) {
        const double m = median(runs.value(key));
        medians.insert(key, m);
        results.insert(key, m);
        QJsonArray values;
        for (double v : runs.value(key))
            values.append(v);
        perRun.insert(key, values);
    }

    QJsonObject targetResults;
    QMap<QString, QString> verdicts;
    bool allPass = true;
    for (const Target &target : targets()) {
        if (!medians.contains(target.key))
            continue;
        const double value = medians.value(target.key).toDouble();
        const double limit = target.limit(medians);
        const bool pass = target.atMost ? value <= limit : value >= limit;
        allPass = allPass && pass;
        targetResults.insert(target.key,
                             QJsonObject{{QStringLiteral("value"), value},
                                         {QStringLiteral("target"), target.text},
                                         {QStringLiteral("limit"), limit},
                                         {QStringLiteral("pass"), pass}});
        verdicts.insert(target.key,
                        QStringLiteral("%1  %2").arg(
                            pass ? QStringLiteral("pass") : QStringLiteral("FAIL"), target.text));
    }
    results.insert(QStringLiteral("targets"), targetResults);
    results.insert(QStringLiteral("all_targets_pass"), allPass);

    QJsonObject machine;
    bool nprocOk = false;
    const int processors = parser.value(nproc).toInt(&nprocOk);
    machine.insert(QStringLiteral("nproc"), nprocOk ? processors : QThread::idealThreadCount());
    const QStringList loadFields = parser.value(load).split(u' ', Qt::SkipEmptyParts);
    QJsonArray loadAverage;
    for (int i = 0; i < 3 && i < loadFields.size(); ++i)
        loadAverage.append(loadFields.at(i).toDouble());
    machine.insert(QStringLiteral("load_average_at_start"), loadAverage);
    machine.insert(QStringLiteral("cpu"), cpuModel());
    machine.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    machine.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    results.insert(QStringLiteral("machine"), machine);

    parameters.insert(QStringLiteral("repeat"), runs.isEmpty() ? 0 : int(runs.first().size()));
    results.insert(QStringLiteral("parameters"), parameters);
    results.insert(QStringLiteral("runs"), perRun);
    results.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (parser.isSet(command))
        results.insert(QStringLiteral("command"), parser.value(command));

    QString problem;
    if (!writeJsonFile(parser.value(out), results, &problem))
        return fail(problem);

    QTextStream table(stdout);
    table << "\nMedians of " << parameters.value(QLatin1String("repeat")).toInt()
          << " run(s); nproc " << machine.value(QLatin1String("nproc")).toInt()
          << ", load average at start " << parser.value(load).section(u' ', 0, 2) << '\n';
    table << "  " << QStringLiteral("figure").leftJustified(26) << ' '
          << QStringLiteral("median").rightJustified(10) << "  "
          << QStringLiteral("runs").leftJustified(28) << "  target\n";
    for (const QString &key : std::as_const(order)) {
        QStringList values;
        for (double v : runs.value(key))
            values.append(formatValue(v));
        const QString line = QStringLiteral("  %1 %2  %3  %4")
                                 .arg(key.leftJustified(26),
                                      formatValue(medians.value(key).toDouble()).rightJustified(10),
                                      values.join(u' ').leftJustified(28), verdicts.value(key));
        table << line.trimmed().prepend(QStringLiteral("  ")) << '\n';
    }
    table << "Written to " << parser.value(out)
          << (allPass ? " (all targets met)" : " (targets missed)") << '\n';
    return 0;
}
