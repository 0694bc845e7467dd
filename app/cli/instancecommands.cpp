#include "instancecommands.h"

#include "commandcontext.h"
#include "jobrunner.h"

#include "models/connectorinstancetablemodel.h"
#include "services/connectorinstancejob.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"

namespace isc::cli {

namespace {

QList<int> instanceColumns()
{
    QList<int> columns;
    for (int column = 0; column < ConnectorInstanceTableModel::ColumnCount; ++column) {
        if (column != ConnectorInstanceTableModel::CustomizerNameColumn)
            columns << column;
    }
    return columns;
}

} // namespace

InstanceCommands::InstanceCommands(const CommandContext &context)
    : m_context(context)
{ }

ExitCode InstanceCommands::run()
{
    const QString &command = m_context.invocation().command;
    if (command == QLatin1String("list"))
        return list();
    return link(command == QLatin1String("link"));
}

ExitCode InstanceCommands::list()
{
    ConnectorInstanceService service(&m_context.client());
    auto *job = service.list();
    m_context.watch(job);
    const ApiResult<QList<ConnectorInstance>> result =
        m_context.runner().run(job, &ConnectorInstanceListJob::finished);
    ConnectorInstanceTableModel model;
    model.appendPage(model.beginLoad(), result.value);
    return m_context.finishList(
        model, instanceColumns(), result.error,
        tr("%n instance(s) were loaded", nullptr, int(result.value.size())));
}

ExitCode InstanceCommands::link(bool linked)
{
    const QStringList &arguments = m_context.invocation().arguments;
    ConnectorInstanceService service(&m_context.client());
    auto *job =
        linked ? service.link(arguments.at(0), arguments.at(1)) : service.unlink(arguments.at(0));
    m_context.watch(job);
    const ApiResult<ConnectorInstance> result =
        m_context.runner().run(job, &ConnectorInstanceJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);
    ConnectorInstanceTableModel model;
    model.upsert(result.value);
    return m_context.output(model, instanceColumns());
}

} // namespace isc::cli
