#include "connectorcommands.h"

#include "commandcontext.h"
#include "jobrunner.h"
#include "terminal.h"

#include "models/connectortablemodel.h"
#include "services/connectorlistjob.h"
#include "services/connectorpagejob.h"
#include "services/connectorservice.h"

namespace isc::cli {

namespace {

ConnectorQuery queryOf(const Invocation &invocation)
{
    ConnectorQuery query;
    query.filters = invocation.filters;
    query.locale = invocation.locale;
    query.limit = invocation.limit;
    query.offset = invocation.offset;
    // The total (X-Total-Count) lets one page say what it leaves out, and lets --all fetch
    // the remaining pages concurrently.
    query.count = true;
    return query;
}

} // namespace

ConnectorCommands::ConnectorCommands(const CommandContext &context)
    : m_context(context)
{ }

ExitCode ConnectorCommands::run()
{
    return m_context.invocation().all ? listAll() : listPage();
}

ExitCode ConnectorCommands::listPage()
{
    ConnectorService service(&m_context.client());
    auto *job = service.fetchPage(queryOf(m_context.invocation()));
    m_context.watch(job);
    const ApiResult<ConnectorPage> result =
        m_context.runner().run(job, &ConnectorPageJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);

    ConnectorTableModel model;
    const quint64 generation = model.beginLoad();
    const PageInfo page = result.value.page;
    model.appendPage(generation, result.value.connectors);
    const qint64 shownEnd = qint64(page.offset) + model.rowCount();
    if (page.total > shownEnd && model.rowCount() > 0)
        //: %1 and %2: the first and last connector shown (from 1), %3: how many match
        m_context.terminal().message(tr("Connectors %1 to %2 of %3 matching; use --all for "
                                        "every one, or --offset %4 for the next page.")
                                         .arg(page.offset + 1)
                                         .arg(shownEnd)
                                         .arg(page.total)
                                         .arg(shownEnd));
    return m_context.output(model);
}

ExitCode ConnectorCommands::listAll()
{
    ConnectorService service(&m_context.client());
    auto *job = service.fetchAll(queryOf(m_context.invocation()));
    m_context.watch(job);
    Terminal *terminal = &m_context.terminal();
    QObject::connect(job, &ApiJob::progress, job, [terminal](qint64 done, qint64 total) {
        if (total >= 0)
            terminal->progress(tr("Loaded %1 of %2 connectors...").arg(done).arg(total));
        else
            terminal->progress(tr("Loaded %1 connectors...").arg(done));
    });
    const ApiResult<QList<Connector>> result =
        m_context.runner().run(job, &ConnectorListJob::finished);
    terminal->endProgress();

    ConnectorTableModel model;
    model.reserve(result.value.size());
    model.appendPage(model.beginLoad(), result.value);
    return m_context.finishList(
        model, {}, result.error,
        tr("%n connector(s) were loaded", nullptr, int(result.value.size())));
}

} // namespace isc::cli
