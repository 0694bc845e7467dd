#include "customizercommands.h"

#include "commandcontext.h"
#include "customizerversionmodel.h"
#include "jobrunner.h"
#include "terminal.h"

#include "models/customizertablemodel.h"
#include "net/apierror.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"
#include "services/createcustomizerjob.h"
#include "services/customizerjob.h"
#include "services/customizerlistjob.h"
#include "services/customizerservice.h"
#include "services/customizerversionjob.h"
#include "services/deletecustomizerjob.h"

#include <QDir>
#include <QLocale>

namespace isc::cli {

namespace {

// Every column but "used by", which needs the instances too.
QList<int> customizerColumns()
{
    QList<int> columns;
    for (int column = 0; column < CustomizerTableModel::ColumnCount; ++column) {
        if (column != CustomizerTableModel::UsedByColumn)
            columns << column;
    }
    return columns;
}

} // namespace

ExitCode CustomizerCommands::check(const Invocation &invocation, Terminal &terminal)
{
    if (!invocation.is("customizers", "upload"))
        return ExitCode::Ok;
    const QString path = invocation.arguments.at(1);
    const ZipInspection zip = ZipInspection::inspect(path);
    if (!zip.usable()) {
        terminal.error(zip.error);
        return ExitCode::Usage;
    }
    QStringList names;
    for (const ZipInspection::Entry &entry : zip.entries) {
        if (!entry.isDirectory)
            names << entry.name;
    }
    //: %1 file name, %2 its size ("12.5 KiB"), %3 how many files it holds, %4 their names
    QString summary =
        tr("%1: %2, %n file(s): %3", nullptr, int(names.size()))
            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(zip.fileSize),
                 names.join(QLatin1String(", ")));
    if (!zip.packageName.isEmpty())
        //: %1 the package name, %2 its version (from package.json)
        summary += u'\n' + tr("Package %1 %2").arg(zip.packageName, zip.packageVersion);
    terminal.message(summary);
    for (const QString &warning : zip.warnings)
        terminal.error(warning);
    return ExitCode::Ok;
}

CustomizerCommands::CustomizerCommands(const CommandContext &context)
    : m_context(context)
{ }

ExitCode CustomizerCommands::run()
{
    const QString &command = m_context.invocation().command;
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("get"))
        return get();
    if (command == QLatin1String("create"))
        return create();
    if (command == QLatin1String("rename"))
        return rename();
    if (command == QLatin1String("delete"))
        return remove();
    return upload();
}

ExitCode CustomizerCommands::list()
{
    CustomizerService service(&m_context.client());
    auto *job = service.list();
    m_context.watch(job);
    const ApiResult<QList<Customizer>> result =
        m_context.runner().run(job, &CustomizerListJob::finished);
    CustomizerTableModel model;
    model.appendPage(model.beginLoad(), result.value);
    return m_context.finishList(
        model, customizerColumns(), result.error,
        tr("%n customizer(s) were loaded", nullptr, int(result.value.size())));
}

ExitCode CustomizerCommands::get()
{
    CustomizerService service(&m_context.client());
    auto *job = service.get(m_context.invocation().arguments.at(0));
    m_context.watch(job);
    const ApiResult<Customizer> result = m_context.runner().run(job, &CustomizerJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);
    CustomizerTableModel model;
    model.upsert(result.value);
    return m_context.output(model, customizerColumns());
}

ExitCode CustomizerCommands::create()
{
    CustomizerService service(&m_context.client());
    auto *job = service.create(m_context.invocation().arguments.at(0));
    m_context.watch(job);
    const ApiResult<Customizer> result =
        m_context.runner().run(job, &CreateCustomizerJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);
    if (result.wasRecovered())
        m_context.terminal().message(
            tr("The reply was lost (%1), but the customizer was created: it is shown below.")
                .arg(describe(result.recoveredFrom)));
    CustomizerTableModel model;
    model.upsert(result.value);
    return m_context.output(model, customizerColumns());
}

ExitCode CustomizerCommands::rename()
{
    const QStringList &arguments = m_context.invocation().arguments;
    CustomizerService service(&m_context.client());
    auto *job = service.rename(arguments.at(0), arguments.at(1));
    m_context.watch(job);
    const ApiResult<Customizer> result = m_context.runner().run(job, &CustomizerJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);
    CustomizerTableModel model;
    model.upsert(result.value);
    return m_context.output(model, customizerColumns());
}

ExitCode CustomizerCommands::remove()
{
    const QString id = m_context.invocation().arguments.at(0);
    // A read-only profile refuses the delete itself, before anything is sent.
    if (!m_context.invocation().force && !m_context.client().isReadOnly()) {
        ConnectorInstanceService instances(&m_context.client());
        auto *listJob = instances.list();
        m_context.watch(listJob);
        const ApiResult<QList<ConnectorInstance>> linked =
            m_context.runner().run(listJob, &ConnectorInstanceListJob::finished);
        if (!linked.ok())
            return m_context.fail(linked.error);
        QStringList users;
        for (const ConnectorInstance &instance : linked.value) {
            if (instance.connectorCustomizerId == id)
                users << (instance.name.isEmpty() ? instance.id : instance.name);
        }
        if (!users.isEmpty()) {
            //: %1 the customizer id, %2 the names of the source instances
            m_context.terminal().error(
                tr("Not deleted: %n source instance(s) are linked to the customizer %1: %2. "
                   "Unlink them first (instances unlink ID), or pass --force.",
                   nullptr, int(users.size()))
                    .arg(id, users.join(QLatin1String(", "))));
            return ExitCode::Failure;
        }
    }
    CustomizerService service(&m_context.client());
    auto *job = service.remove(id);
    m_context.watch(job);
    const ApiResult<QString> result = m_context.runner().run(job, &DeleteCustomizerJob::finished);
    if (!result.ok())
        return m_context.fail(result.error);
    m_context.terminal().message(tr("Deleted the connector customizer %1.").arg(result.value));
    return ExitCode::Ok;
}

ExitCode CustomizerCommands::upload()
{
    const QStringList &arguments = m_context.invocation().arguments;
    CustomizerService service(&m_context.client());
    auto *job = service.uploadVersion(arguments.at(0), arguments.at(1));
    m_context.watch(job);
    Terminal *terminal = &m_context.terminal();
    QObject::connect(job, &ApiJob::progress, job, [terminal](qint64 sent, qint64 total) {
        const QLocale locale;
        terminal->progress(tr("Uploading: %1 of %2...")
                               .arg(locale.formattedDataSize(sent),
                                    locale.formattedDataSize(qMax<qint64>(total, 0))));
    });
    const ApiResult<CustomizerVersion> result =
        m_context.runner().run(job, &CustomizerVersionJob::finished);
    terminal->endProgress();
    if (!result.ok())
        return m_context.fail(result.error);
    CustomizerVersionModel model(result.value);
    return m_context.output(model);
}

} // namespace isc::cli
