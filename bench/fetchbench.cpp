// isc-bench-fetch: loads every connector of an isc-sandbox started with --connectors N
// --latency MS, once through ConnectorService::fetchAll() (count=true: the first page gives
// the total, the rest are requested concurrently), once with a plain sequential offset/limit
// loop over ConnectorService::fetchPage() (what the official SDK paginators do: GET a page,
// then the next offset, until a short page). Same ApiClient, same page size, same process.
#include "benchsupport.h"

#include "base/sandboxprocess.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/connection.h"
#include "net/pipelineoptions.h"
#include "services/connectorlistjob.h"
#include "services/connectorpagejob.h"
#include "services/connectorservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>
#include <optional>

using namespace isc;
using namespace isc::bench;

namespace {

// Starts `job`, runs the event loop until it reports, and returns what it reported.
template<typename Job, typename Result>
Result runJob(Job *job)
{
    Result result;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    job->deleteLater();
    return result;
}

struct Options
{
    int connectors = 10000;
    int latencyMs = 20;
    int pageSize = 250;
    int concurrentPages = 0; // 0: the pipeline's default
    QString out;
};

std::optional<Options> parseOptions(QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads every connector from isc-sandbox: ConnectorService::fetchAll() against a "
        "sequential offset/limit loop."));
    parser.addHelpOption();
    const QCommandLineOption connectors(QStringLiteral("connectors"),
                                        QStringLiteral("connectors the sandbox serves"),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("sandbox latency per reply"),
                                     QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("limit of each page (1..250)"),
                                      QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption concurrentPages(
        QStringLiteral("concurrent-pages"),
        QStringLiteral("PipelineOptions::maxConcurrentPages to try (default: the console's)"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("JSON file to write"),
                                 QStringLiteral("FILE"));
    parser.addOptions({connectors, latency, pageSize, concurrentPages, out});
    parser.process(*QCoreApplication::instance());

    Options options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.connectors = parser.value(connectors).toInt(&ok1);
    options.latencyMs = parser.value(latency).toInt(&ok2);
    options.pageSize = parser.value(pageSize).toInt(&ok3);
    options.concurrentPages = parser.value(concurrentPages).toInt(&ok4);
    options.out = parser.value(out);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.concurrentPages < 0 || options.connectors < 1 ||
        options.latencyMs < 0 || options.pageSize < 1 || options.pageSize > 250) {
        *error = QStringLiteral("bad arguments (connectors >= 1, latency >= 0, page size "
                                "1..250)");
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString problem;
    const std::optional<Options> options = parseOptions(&problem);
    if (!options)
        return fail(problem);

    SandboxProcess sandbox;
    SandboxProcess::Options sandboxOptions;
    sandboxOptions.arguments = {QStringLiteral("--connectors"),
                                QString::number(options->connectors), QStringLiteral("--latency"),
                                QString::number(options->latencyMs)};
    sandboxOptions.startTimeoutMs = 120000;
    sandbox.start(sandboxOptions);
    if (!sandbox.waitForReady(120000))
        return fail(QStringLiteral("the sandbox did not start: %1").arg(sandbox.errorString()));

    QNetworkAccessManager nam;
    Connection connection;
    connection.displayName = QStringLiteral("Benchmark sandbox");
    connection.baseUrl = sandbox.baseUrl();
    connection.clientId = sandbox.clientId();
    connection.clientSecret = sandbox.clientSecret();
    PipelineOptions pipeline; // the defaults: what the console uses
    if (options->concurrentPages > 0)
        pipeline.maxConcurrentPages = options->concurrentPages;
    ApiClient client(&nam, connection, pipeline);
    ConnectorService service(&client);

    // Warm-up, not measured: the token and the first connection.
    {
        ConnectorQuery one;
        one.limit = 1;
        const auto result =
            runJob<ConnectorPageJob, ApiResult<ConnectorPage>>(service.fetchPage(one));
        if (!result.ok())
            return fail(QStringLiteral("warm-up failed: %1").arg(describe(result.error)));
    }

    // All matching, through the service (count=true: pages after the first concurrently).
    ConnectorQuery all;
    all.limit = options->pageSize;
    Stopwatch timer;
    const auto allResult =
        runJob<ConnectorListJob, ApiResult<QList<Connector>>>(service.fetchAll(all));
    const double allMs = timer.wallMs();
    const double allCpuMs = timer.cpuMs();
    if (!allResult.ok())
        return fail(QStringLiteral("fetchAll failed: %1").arg(describe(allResult.error)));

    // The sequential loop: one page after the other until a short page.
    QList<Connector> sequential;
    int sequentialRequests = 0;
    timer.start();
    for (int offset = 0;; offset += options->pageSize) {
        ConnectorQuery page;
        page.limit = options->pageSize;
        page.offset = offset;
        const auto result =
            runJob<ConnectorPageJob, ApiResult<ConnectorPage>>(service.fetchPage(page));
        ++sequentialRequests;
        if (!result.ok())
            return fail(QStringLiteral("page at offset %1 failed: %2")
                            .arg(offset)
                            .arg(describe(result.error)));
        sequential.append(result.value.connectors);
        if (result.value.connectors.size() < options->pageSize)
            break;
    }
    const double sequentialMs = timer.wallMs();
    const double sequentialCpuMs = timer.cpuMs();

    // Both must have loaded the whole catalogue, in the same order.
    if (allResult.value.size() != options->connectors || sequential.size() != options->connectors)
        return fail(QStringLiteral("expected %1 connectors; fetchAll loaded %2, the loop %3")
                        .arg(options->connectors)
                        .arg(allResult.value.size())
                        .arg(sequential.size()));
    for (qsizetype i = 0; i < sequential.size(); ++i) {
        if (allResult.value.at(i).scriptName != sequential.at(i).scriptName ||
            allResult.value.at(i).name != sequential.at(i).name)
            return fail(QStringLiteral("fetchAll and the loop differ at item %1").arg(i + 1));
    }

    const int pages = (options->connectors + options->pageSize - 1) / options->pageSize;
    const int concurrency =
        std::max(1, std::min(pipeline.maxConcurrentPages, pipeline.maxInFlight));
    // The first page alone (it brings the total), then the others in rounds of `concurrency`.
    const double floorMs =
        double(1 + (pages - 1 + concurrency - 1) / concurrency) * options->latencyMs;

    Figures figures;
    figures.setParameter(QStringLiteral("connectors"), options->connectors);
    figures.setParameter(QStringLiteral("latency_ms"), options->latencyMs);
    figures.setParameter(QStringLiteral("page_size"), options->pageSize);
    figures.add(QStringLiteral("fetch_all_ms"), allMs, QStringLiteral("ms"),
                QStringLiteral("ConnectorService::fetchAll, every connector"));
    figures.add(
        QStringLiteral("fetch_sequential_ms"), sequentialMs, QStringLiteral("ms"),
        QStringLiteral("sequential offset/limit loop (%1 requests)").arg(sequentialRequests));
    figures.add(QStringLiteral("fetch_speedup"), sequentialMs / allMs, QStringLiteral("x"),
                QStringLiteral("sequential / fetchAll"));
    figures.add(QStringLiteral("fetch_floor_ms"), floorMs, QStringLiteral("ms"),
                QStringLiteral("(1 + ceil((pages - 1) / concurrency)) x latency"));
    figures.add(QStringLiteral("fetch_concurrency"), concurrency, QString(),
                QStringLiteral("pages in flight at once (PipelineOptions)"));
    figures.add(QStringLiteral("fetch_pages"), pages, QString(),
                QStringLiteral("pages of %1").arg(options->pageSize));
    figures.add(QStringLiteral("fetch_sequential_requests"), sequentialRequests, QString(),
                QStringLiteral("requests of the loop (a full last page costs one more)"));
    figures.add(QStringLiteral("fetch_all_cpu_ms"), allCpuMs, QStringLiteral("ms"),
                QStringLiteral("CPU time of the console's process during fetchAll"));
    figures.add(QStringLiteral("fetch_sequential_cpu_ms"), sequentialCpuMs, QStringLiteral("ms"),
                QStringLiteral("... during the loop"));
    figures.print(QStringLiteral("Fetch: %1 connectors, latency %2 ms, pages of %3")
                      .arg(options->connectors)
                      .arg(options->latencyMs)
                      .arg(options->pageSize));

    if (!options->out.isEmpty() && !writeJsonFile(options->out, figures.toJson(), &problem))
        return fail(problem);
    return 0;
}
