// isc-bench-table: 100 000 connector customizers through the console's own code: the
// reply pages decoded by json::decodeCustomizers() (the decoder CustomizerListJob uses)
// into CustomizerTableModel, behind a TableSortFilterProxyModel as the views have it;
// then a sort by name, a quick-filter change, a CSV export through TableExporter, and the
// resident memory.
#include "benchsupport.h"
#include "customizergenerator.h"

#include "base/jsondecode.h"
#include "models/customizertablemodel.h"
#include "models/tableexporter.h"
#include "models/tablesortfilterproxymodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

#include <optional>

using namespace isc;
using namespace isc::bench;

namespace {

struct Options
{
    int rows = 100000;
    int pageSize = 250;
    QString filter = QStringLiteral("okta");
    QString out;
};

std::optional<Options> parseOptions(QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads, sorts, filters and exports connector customizers."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("customizers"),
                                  QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("customizers per reply page"),
                                      QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("quick-filter text typed"),
                                    QStringLiteral("TEXT"), QStringLiteral("okta"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON file to write"),
                                 QStringLiteral("FILE"));
    parser.addOptions({rows, pageSize, filter, out});
    parser.process(*QCoreApplication::instance());

    Options options;
    bool ok1 = false, ok2 = false;
    options.rows = parser.value(rows).toInt(&ok1);
    options.pageSize = parser.value(pageSize).toInt(&ok2);
    options.filter = parser.value(filter);
    options.out = parser.value(out);
    if (!ok1 || !ok2 || options.rows < 1 || options.pageSize < 1 || options.pageSize > 250 ||
        options.filter.isEmpty()) {
        *error = QStringLiteral("bad arguments (rows >= 1, page size 1..250, a filter text)");
        return std::nullopt;
    }
    return options;
}

// Decodes the pages as CustomizerListJob does and appends each to the model as the
// customizer view does. False with `error` set when a page does not decode.
bool loadPages(CustomizerTableModel &model, const QList<QByteArray> &pages, QString *error)
{
    const quint64 generation = model.beginLoad();
    for (const QByteArray &page : pages) {
        json::Decoded<QList<Customizer>> decoded = json::decodeCustomizers(page);
        if (!decoded.ok()) {
            *error = decoded.error;
            return false;
        }
        model.appendPage(generation, std::move(decoded.value));
    }
    return true;
}

// What a view asks first after a change: the row count and the first row's text.
int firstRow(const QAbstractItemModel &model)
{
    const int rows = model.rowCount();
    if (rows > 0)
        (void)model.data(model.index(0, 0));
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString problem;
    const std::optional<Options> options = parseOptions(&problem);
    if (!options)
        return fail(problem);
    // Collation and date formats of a real locale (the C locale would compare bytes).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    Figures figures;
    figures.setParameter(QStringLiteral("rows"), options->rows);
    figures.setParameter(QStringLiteral("page_size"), options->pageSize);
    figures.setParameter(QStringLiteral("filter"), options->filter);

    // Memory, first, in a fresh process: pages arrive one by one, as from the network, and
    // only the model keeps anything.
    const double rssBaseline = residentMegabytes();
    double rssLoaded = 0;
    double rssViewed = 0;
    {
        CustomizerTableModel model;
        TableSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        CustomizerGenerator generator;
        const quint64 generation = model.beginLoad();
        for (int done = 0; done < options->rows; done += options->pageSize) {
            const QByteArray page =
                generator.nextPage(qMin(options->pageSize, options->rows - done));
            json::Decoded<QList<Customizer>> decoded = json::decodeCustomizers(page);
            if (!decoded.ok())
                return fail(decoded.error);
            model.appendPage(generation, std::move(decoded.value));
        }
        rssLoaded = residentMegabytes();
        proxy.sort(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
        proxy.setQuickFilter(options->filter);
        rssViewed = residentMegabytes();
    }

    // Timings, on pages generated beforehand.
    const QList<QByteArray> pages = CustomizerGenerator::pages(options->rows, options->pageSize);
    qint64 jsonBytes = 0;
    for (const QByteArray &page : pages)
        jsonBytes += page.size();

    Stopwatch timer;
    qsizetype parsedItems = 0;
    for (const QByteArray &page : pages) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(page, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(error.errorString());
        parsedItems += document.array().size();
    }
    const double parseMs = timer.wallMs();
    const double parseCpuMs = timer.cpuMs();
    if (parsedItems != options->rows)
        return fail(QStringLiteral("parsed %1 items, not %2").arg(parsedItems).arg(options->rows));

    CustomizerTableModel model;
    TableSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    timer.start();
    if (!loadPages(model, pages, &problem))
        return fail(problem);
    const double loadMs = timer.wallMs();
    const double loadCpuMs = timer.cpuMs();
    if (model.rowCount() != options->rows || proxy.rowCount() != options->rows)
        return fail(
            QStringLiteral("loaded %1 rows, not %2").arg(model.rowCount()).arg(options->rows));

    // Each step is timed until the view could show its first row: the proxy maps rows
    // lazily after a layout change, so the time includes what rowCount() then does.
    timer.start();
    proxy.sort(CustomizerTableModel::NameColumn, Qt::AscendingOrder);
    firstRow(proxy);
    const double sortMs = timer.wallMs();
    const double sortCpuMs = timer.cpuMs();

    timer.start();
    proxy.setQuickFilter(options->filter);
    const int matched = firstRow(proxy);
    const double filterMs = timer.wallMs();
    const double filterCpuMs = timer.cpuMs();
    // The next keystroke: the searchable text of every row is cached by now.
    timer.start();
    proxy.setQuickFilter(options->filter + u'-');
    firstRow(proxy);
    const double filterWarmMs = timer.wallMs();
    if (matched == 0 || matched == options->rows)
        return fail(QStringLiteral("the quick filter \"%1\" matched %2 of %3 rows")
                        .arg(options->filter)
                        .arg(matched)
                        .arg(options->rows));
    proxy.setQuickFilter(QString());

    QTemporaryDir directory;
    if (!directory.isValid())
        return fail(QStringLiteral("no temporary directory: %1").arg(directory.errorString()));
    const QString csvPath = directory.filePath(QStringLiteral("customizers.csv"));
    TableExporter exporter; // the defaults: RFC 4180 CSV, raw values, header row
    timer.start();
    const ExportResult exported = exporter.writeFile(proxy, csvPath);
    const double exportMs = timer.wallMs();
    const double exportCpuMs = timer.cpuMs();
    if (!exported.ok())
        return fail(QStringLiteral("export failed: %1").arg(exported.error));
    const qint64 csvBytes = QFileInfo(csvPath).size();
    if (exported.rowsWritten != options->rows)
        return fail(QStringLiteral("exported %1 rows, not %2")
                        .arg(exported.rowsWritten)
                        .arg(options->rows));

    const QString rows = QString::number(options->rows);
    figures.add(QStringLiteral("load_100k_ms"), loadMs, QStringLiteral("ms"),
                QStringLiteral("%1 customizers: decode %2 pages into the model")
                    .arg(rows)
                    .arg(pages.size()));
    figures.add(QStringLiteral("parse_100k_ms"), parseMs, QStringLiteral("ms"),
                QStringLiteral("QJsonDocument::fromJson of the same pages"));
    figures.add(QStringLiteral("load_vs_parse_ratio"), loadMs / parseMs, QStringLiteral("x"),
                QStringLiteral("load / parse"));
    figures.add(QStringLiteral("json_mb"), double(jsonBytes) / 1e6, QStringLiteral("MB"),
                QStringLiteral("JSON bytes of the pages"));
    figures.add(QStringLiteral("sort_100k_ms"), sortMs, QStringLiteral("ms"),
                QStringLiteral("first sort by name (collation keys built)"));
    figures.add(QStringLiteral("filter_100k_ms"), filterMs, QStringLiteral("ms"),
                QStringLiteral("first quick filter \"%1\" on the sorted table (%2 rows match)")
                    .arg(options->filter)
                    .arg(matched));
    figures.add(QStringLiteral("filter_100k_warm_ms"), filterWarmMs, QStringLiteral("ms"),
                QStringLiteral("the next keystroke (\"%1-\")").arg(options->filter));
    figures.add(QStringLiteral("export_100k_ms"), exportMs, QStringLiteral("ms"),
                QStringLiteral("CSV of %1 rows to a file (TableExporter::writeFile)").arg(rows));
    figures.add(QStringLiteral("export_mb"), double(csvBytes) / 1e6, QStringLiteral("MB"),
                QStringLiteral("size of the CSV file"));
    figures.add(QStringLiteral("export_mb_per_s"), (double(csvBytes) / 1e6) / (exportMs / 1000.0),
                QStringLiteral("MB/s"), QStringLiteral("CSV bytes / export time"));
    figures.add(QStringLiteral("rss_baseline_mb"), rssBaseline, QStringLiteral("MB"),
                QStringLiteral("resident memory before loading"));
    figures.add(QStringLiteral("rss_100k_mb"), rssLoaded, QStringLiteral("MB"),
                QStringLiteral("resident memory with %1 rows loaded").arg(rows));
    figures.add(QStringLiteral("rss_100k_viewed_mb"), rssViewed, QStringLiteral("MB"),
                QStringLiteral("... once sorted and filtered (proxy caches)"));
    // CPU time of each step: what it costs without waiting for a processor.
    figures.add(QStringLiteral("load_100k_cpu_ms"), loadCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the load"));
    figures.add(QStringLiteral("parse_100k_cpu_ms"), parseCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the parse"));
    figures.add(QStringLiteral("sort_100k_cpu_ms"), sortCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the sort"));
    figures.add(QStringLiteral("filter_100k_cpu_ms"), filterCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the first filter"));
    figures.add(QStringLiteral("export_100k_cpu_ms"), exportCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the export"));
    figures.print(
        QStringLiteral("Table: %1 customizers in pages of %2").arg(rows).arg(options->pageSize));

    if (!options->out.isEmpty() && !writeJsonFile(options->out, figures.toJson(), &problem))
        return fail(problem);
    return 0;
}
