#include "customizerworkflow.h"

#include "workflowsupport.h"

#include "services/connectorinstancejob.h"
#include "services/connectorinstancelistjob.h"
#include "services/connectorinstanceservice.h"
#include "services/createcustomizerjob.h"
#include "services/customizerjob.h"
#include "services/customizerservice.h"
#include "services/customizerversionjob.h"
#include "services/deletecustomizerjob.h"
#include "ui/dialogs/choosecustomizerdialog.h"
#include "ui/dialogs/deletecustomizerdialog.h"
#include "ui/dialogs/editcustomizerdialog.h"
#include "ui/dialogs/linkinstancesdialog.h"
#include "ui/dialogs/newcustomizerdialog.h"
#include "ui/dialogs/newversiondialog.h"
#include "ui/widgets/requeststatuswidget.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace isc {

namespace {

// A rename reply carries a subset of the fields: keep what it does not say.
Customizer merged(Customizer before, const Customizer &reply)
{
    if (!reply.name.isEmpty())
        before.name = reply.name;
    if (reply.imageVersion)
        before.imageVersion = reply.imageVersion;
    if (!reply.imageId.isEmpty())
        before.imageId = reply.imageId;
    if (!reply.tenantId.isEmpty())
        before.tenantId = reply.tenantId;
    if (!reply.created.raw.isEmpty())
        before.created = reply.created;
    return before;
}

} // namespace

struct CustomizerWorkflow::LinkRun
{
    QPointer<RequestDialog> dialog;
    QList<LinkChange> changes;
    int next = 0;
    QPointer<ApiJob> job;
    QMetaObject::Connection cancelConnection;
    LinkOutcome outcome;
    LinkDone done;
};

CustomizerWorkflow::CustomizerWorkflow(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{ }

CustomizerWorkflow::~CustomizerWorkflow()
{
    abortJobs();
    if (m_dialog)
        delete m_dialog.data();
}

void CustomizerWorkflow::setServices(CustomizerService *customizers,
                                     ConnectorInstanceService *instances, bool readOnly)
{
    const bool other = customizers != m_customizers || instances != m_instances;
    m_customizers = customizers;
    m_instances = instances;
    m_readOnly = readOnly;
    if (other || readOnly) {
        // The dialog belongs to the previous tenant (or may no longer write): close it, and
        // let no late result of the old connection reach the models.
        abortJobs();
        if (m_dialog) {
            QDialog *dialog = m_dialog;
            m_dialog = nullptr;
            dialog->done(QDialog::Rejected);
        }
    }
}

bool CustomizerWorkflow::isConnected() const
{
    return m_customizers != nullptr;
}

QDialog *CustomizerWorkflow::currentDialog() const
{
    return m_dialog;
}

bool CustomizerWorkflow::mayWrite(Needs needs)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return false;
    }
    const bool connected =
        needs == Needs::Customizers ? m_customizers != nullptr : m_instances != nullptr;
    if (!connected) {
        Q_EMIT message(workflow::notConnectedMessage());
        return false;
    }
    if (m_readOnly) {
        Q_EMIT message(workflow::readOnlyMessage());
        return false;
    }
    return true;
}

void CustomizerWorkflow::show(QDialog *dialog)
{
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    workflow::openDialog(dialog);
}

void CustomizerWorkflow::track(ApiJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void CustomizerWorkflow::abortJobs()
{
    // Destroying a job aborts it without a result signal.
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs)
        delete job.data();
}

bool CustomizerWorkflow::createCustomizer()
{
    if (!mayWrite(Needs::Customizers))
        return false;
    auto *dialog = new NewCustomizerDialog(m_dialogParent);
    const QPointer<NewCustomizerDialog> guarded(dialog);
    connect(dialog, &NewCustomizerDialog::submitted, this, [this, guarded](const QString &name) {
        if (!guarded)
            return;
        if (!m_customizers || m_readOnly) {
            guarded->showError(workflow::notConnectedError());
            return;
        }
        const QString busy = tr("Creating “%1”…").arg(name);
        guarded->setBusy(true, busy);
        CreateCustomizerJob *job = m_customizers->create(name, this);
        track(job);
        workflow::connectJobToDialog(job, guarded, busy);
        connect(job, &CreateCustomizerJob::finished, this,
                [this, guarded](const ApiResult<Customizer> &result) {
                    if (!result.ok()) {
                        if (guarded)
                            guarded->showError(result.error);
                        return;
                    }
                    Q_EMIT customizerChanged(result.value);
                    Q_EMIT message(result.wasRecovered()
                                       ? tr("Customizer “%1” created: the reply was lost, but the "
                                            "customizer was found on the server.")
                                             .arg(result.value.name)
                                       : tr("Customizer “%1” created.").arg(result.value.name));
                    if (guarded)
                        guarded->accept();
                });
        job->start();
    });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::editCustomizer(const Customizer &customizer)
{
    if (!mayWrite(Needs::Customizers))
        return false;
    auto *dialog = new EditCustomizerDialog(customizer, m_dialogParent);
    const QPointer<EditCustomizerDialog> guarded(dialog);
    if (m_instances) {
        // Informational: which sources use it. Belongs to the dialog; ends with it.
        ConnectorInstanceListJob *using_ = m_instances->instancesUsing(customizer.id, dialog);
        connect(using_, &ConnectorInstanceListJob::finished, dialog,
                [guarded](const ApiResult<QList<ConnectorInstance>> &result) {
                    if (guarded && result.ok())
                        guarded->setInstances(result.value);
                });
        using_->start();
    }
    connect(dialog, &EditCustomizerDialog::submitted, this,
            [this, guarded, customizer](const Customizer &edited) {
                if (!guarded)
                    return;
                if (!m_customizers || m_readOnly) {
                    guarded->showError(workflow::notConnectedError());
                    return;
                }
                const QString busy = tr("Renaming “%1” to “%2”…").arg(customizer.name, edited.name);
                guarded->setBusy(true, busy);
                CustomizerJob *job = m_customizers->rename(edited.id, edited.name, this);
                track(job);
                workflow::connectJobToDialog(job, guarded, busy);
                connect(job, &CustomizerJob::finished, this,
                        [this, guarded, customizer, edited](const ApiResult<Customizer> &result) {
                            if (!result.ok()) {
                                if (guarded)
                                    guarded->showError(result.error);
                                return;
                            }
                            Customizer renamed = merged(customizer, result.value);
                            if (result.value.name.isEmpty())
                                renamed.name = edited.name;
                            Q_EMIT customizerChanged(renamed);
                            Q_EMIT message(tr("Customizer “%1” renamed to “%2”.")
                                               .arg(customizer.name, renamed.name));
                            if (guarded)
                                guarded->accept();
                        });
                job->start();
            });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::deleteCustomizer(const Customizer &customizer,
                                          const QList<ConnectorInstance> &usedBy)
{
    if (!mayWrite(Needs::Customizers))
        return false;
    auto *dialog = new DeleteCustomizerDialog(customizer, m_dialogParent);
    const QPointer<DeleteCustomizerDialog> guarded(dialog);

    // The instances linked now: the caller's list may be stale or incomplete, and deleting
    // the customizer orphans them.
    auto linked = std::make_shared<QList<ConnectorInstance>>(usedBy);
    if (m_instances) {
        ConnectorInstanceListJob *check = m_instances->instancesUsing(customizer.id, dialog);
        connect(check, &ConnectorInstanceListJob::finished, dialog,
                [guarded, linked](const ApiResult<QList<ConnectorInstance>> &result) {
                    if (!guarded)
                        return;
                    if (result.ok()) {
                        *linked = result.value;
                        guarded->setLinkedInstances(*linked);
                    } else if (!linked->isEmpty()) {
                        guarded->setLinkedInstances(*linked); // the name must be typed anyway
                    } else {
                        guarded->setLinkedInstancesUnknown(describe(result.error));
                    }
                });
        check->start();
    } else if (!usedBy.isEmpty()) {
        dialog->setLinkedInstances(usedBy);
    } else {
        dialog->setLinkedInstancesUnknown(tr("the source instances are not loaded."));
    }

    connect(dialog, &DeleteCustomizerDialog::unlinkFirstRequested, this,
            [this, guarded, linked](const QString &, const QStringList &instanceIds) {
                if (!guarded)
                    return;
                if (!m_instances || m_readOnly) {
                    guarded->showError(workflow::notConnectedError());
                    return;
                }
                QList<LinkChange> changes;
                for (const ConnectorInstance &instance : std::as_const(*linked)) {
                    if (instanceIds.contains(instance.id))
                        changes.append(LinkChange{instance.id, instance.name, QString()});
                }
                runLinkChanges(guarded, changes, [guarded, linked](const LinkOutcome &outcome) {
                    QList<ConnectorInstance> remaining;
                    for (const ConnectorInstance &instance : std::as_const(*linked)) {
                        bool unlinked = false;
                        for (const LinkChange &change : outcome.applied)
                            unlinked = unlinked || change.instanceId == instance.id;
                        if (!unlinked)
                            remaining.append(instance);
                    }
                    *linked = remaining;
                    if (!guarded)
                        return;
                    guarded->setLinkedInstances(remaining);
                    if (outcome.error.isNull())
                        guarded->setBusy(false);
                    else
                        guarded->showError(outcome.error);
                });
            });

    connect(dialog, &DeleteCustomizerDialog::submitted, this,
            [this, guarded, customizer](const QString &id) {
                if (!guarded)
                    return;
                if (!m_customizers || m_readOnly) {
                    guarded->showError(workflow::notConnectedError());
                    return;
                }
                const QString busy = tr("Deleting “%1”…").arg(customizer.name);
                guarded->setBusy(true, busy);
                DeleteCustomizerJob *job = m_customizers->remove(id, this);
                track(job);
                workflow::connectJobToDialog(job, guarded, busy);
                connect(job, &DeleteCustomizerJob::finished, this,
                        [this, guarded, customizer, id](const ApiResult<QString> &result) {
                            if (!result.ok()) {
                                if (guarded)
                                    guarded->showError(result.error);
                                return;
                            }
                            Q_EMIT customizerDeleted(id);
                            Q_EMIT message(tr("Customizer “%1” deleted.").arg(customizer.name));
                            if (guarded)
                                guarded->accept();
                        });
                job->start();
            });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::uploadVersion(const Customizer &customizer)
{
    if (!mayWrite(Needs::Customizers))
        return false;
    auto *dialog = new NewVersionDialog(customizer, m_dialogParent);
    const QPointer<NewVersionDialog> guarded(dialog);
    connect(
        dialog, &NewVersionDialog::submitted, this,
        [this, guarded, customizer](const QString &zipPath) {
            if (!guarded)
                return;
            if (!m_customizers || m_readOnly) {
                guarded->showError(workflow::notConnectedError());
                return;
            }
            const QString busy = tr("Uploading a new version of “%1”…").arg(customizer.name);
            guarded->setBusy(true, busy);
            CustomizerVersionJob *job = m_customizers->uploadVersion(customizer.id, zipPath, this);
            track(job);
            workflow::connectJobToDialog(job, guarded, busy);
            connect(job, &ApiJob::progress, guarded, &NewVersionDialog::setUploadProgress);
            auto sent = std::make_shared<qint64>(0);
            connect(job, &ApiJob::progress, this,
                    [sent](qint64 done, qint64) { *sent = qMax(*sent, done); });
            connect(job, &CustomizerVersionJob::finished, this,
                    [this, guarded, customizer, sent](const ApiResult<CustomizerVersion> &result) {
                        if (!result.ok()) {
                            ApiError error = result.error;
                            // Cancelled once bytes went out: the server may have the version all
                            // the same; say so rather than "safe to try again".
                            if (error.isCancelled() && *sent > 0)
                                error.writeOutcome = ApiError::WriteOutcome::Unknown;
                            if (guarded)
                                guarded->showError(error);
                            return;
                        }
                        const CustomizerVersion &version = result.value;
                        Customizer updated = customizer;
                        updated.imageVersion = version.version;
                        if (!version.imageId.isEmpty())
                            updated.imageId = version.imageId;
                        Q_EMIT customizerChanged(updated);
                        const QString number = QLocale().toString(version.version);
                        Q_EMIT message(
                            result.wasRecovered()
                                ? tr("Version %1 of “%2” uploaded: the reply was lost, but "
                                     "the customizer has the new version.")
                                      .arg(number, customizer.name)
                                : tr("Version %1 of “%2” uploaded.").arg(number, customizer.name));
                        if (!guarded)
                            return;
                        guarded->showResult(version);
                        if (result.wasRecovered()) {
                            guarded->statusWidget()->showMessage(
                                tr("The connection failed after the upload (%1), but "
                                   "reading the customizer again showed version %2: the "
                                   "upload went through. Do not upload it again.")
                                    .arg(describe(result.recoveredFrom), number));
                        }
                    });
            job->start();
        });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::linkInstances(const Customizer &customizer,
                                       const QList<ConnectorInstance> &instances)
{
    return linkInstances(customizer, instances, {customizer});
}

bool CustomizerWorkflow::linkInstances(const Customizer &customizer,
                                       const QList<ConnectorInstance> &instances,
                                       const QList<Customizer> &customizers)
{
    if (!mayWrite(Needs::Instances))
        return false;
    auto *dialog = new LinkInstancesDialog(customizer, instances, customizers, m_dialogParent);
    const QPointer<LinkInstancesDialog> guarded(dialog);
    auto applied = std::make_shared<QList<LinkChange>>();
    connect(dialog, &LinkInstancesDialog::submitted, this,
            [this, guarded, applied](const QList<LinkChange> &changes) {
                applyLinkChanges(guarded, changes, applied);
            });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::chooseCustomizer(const ConnectorInstance &instance,
                                          const QList<Customizer> &customizers)
{
    if (!mayWrite(Needs::Instances))
        return false;
    auto *dialog = new ChooseCustomizerDialog(instance, customizers, m_dialogParent);
    const QPointer<ChooseCustomizerDialog> guarded(dialog);
    auto applied = std::make_shared<QList<LinkChange>>();
    connect(dialog, &ChooseCustomizerDialog::submitted, this,
            [this, guarded, applied](const QList<LinkChange> &changes) {
                applyLinkChanges(guarded, changes, applied);
            });
    show(dialog);
    return true;
}

bool CustomizerWorkflow::unlink(const ConnectorInstance &instance)
{
    if (!mayWrite(Needs::Instances))
        return false;
    if (!instance.isLinked()) {
        Q_EMIT message(tr("“%1” uses no customizer.").arg(instance.name));
        return false;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unlink Customizer"),
        tr("Unlink “%1” from its customizer? The source then runs without customization.")
            .arg(instance.name),
        QMessageBox::Cancel, m_dialogParent);
    QPushButton *unlinkButton = box->addButton(tr("Unlink"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, unlinkButton, instance](QAbstractButton *button) {
                if (button != unlinkButton)
                    return;
                if (!m_instances || m_readOnly) {
                    Q_EMIT message(workflow::notConnectedMessage());
                    return;
                }
                Q_EMIT message(tr("Unlinking “%1”…").arg(instance.name));
                ConnectorInstanceJob *job = m_instances->unlink(instance.id, this);
                track(job);
                connect(job, &ConnectorInstanceJob::finished, this,
                        [this, instance](const ApiResult<ConnectorInstance> &result) {
                            if (!result.ok()) {
                                if (result.error.isCancelled())
                                    return;
                                ApiError error = result.error;
                                error.context = tr("Could not unlink “%1”").arg(instance.name);
                                Q_EMIT message(describe(error));
                                if (!m_dialog) {
                                    QDialog *failure = workflow::errorBox(
                                        m_dialogParent, tr("Unlink Customizer"), error);
                                    show(failure);
                                }
                                return;
                            }
                            Q_EMIT instanceChanged(result.value);
                            Q_EMIT message(
                                tr("“%1” no longer uses a customizer.").arg(instance.name));
                        });
                job->start();
            });
    show(box);
    return true;
}

void CustomizerWorkflow::applyLinkChanges(RequestDialog *dialog, const QList<LinkChange> &changes,
                                          const std::shared_ptr<QList<LinkChange>> &applied)
{
    const QPointer<RequestDialog> guarded(dialog);
    if (!guarded)
        return;
    if (!m_instances || m_readOnly) {
        guarded->showError(workflow::notConnectedError());
        return;
    }
    // After a partly failed submit the dialog still compares with the state it was opened
    // with: what went through then is not sent again (an unlink of an unlinked source fails).
    QList<LinkChange> pending;
    for (const LinkChange &change : changes) {
        if (!applied->contains(change))
            pending.append(change);
    }
    runLinkChanges(guarded, pending, [this, guarded, applied](const LinkOutcome &outcome) {
        applied->append(outcome.applied);
        if (!outcome.error.isNull()) {
            if (guarded)
                guarded->showError(outcome.error);
            return;
        }
        const QString summary = linkSummary(*applied);
        if (!summary.isEmpty())
            Q_EMIT message(summary);
        if (guarded)
            guarded->accept();
    });
}

QString CustomizerWorkflow::linkSummary(const QList<LinkChange> &applied) const
{
    if (applied.size() == 1) {
        const LinkChange &change = applied.first();
        return change.isUnlink() ? tr("“%1” no longer uses a customizer.").arg(change.instanceName)
                                 : tr("“%1” linked.").arg(change.instanceName);
    }
    int links = 0;
    for (const LinkChange &change : applied)
        links += change.isUnlink() ? 0 : 1;
    const int unlinks = int(applied.size()) - links;
    if (links > 0 && unlinks > 0) {
        //: "3 sources linked, 1 source unlinked."
        return tr("%1, %2.").arg(tr("%n source(s) linked", nullptr, links),
                                 tr("%n source(s) unlinked", nullptr, unlinks));
    }
    if (links > 0)
        return tr("%n source(s) linked.", nullptr, links);
    if (unlinks > 0)
        return tr("%n source(s) unlinked.", nullptr, unlinks);
    return {};
}

void CustomizerWorkflow::runLinkChanges(RequestDialog *dialog, const QList<LinkChange> &changes,
                                        LinkDone done)
{
    auto run = std::make_shared<LinkRun>();
    run->dialog = dialog;
    run->changes = changes;
    run->done = std::move(done);
    if (dialog) {
        // One connection for the whole run: Cancel stops the change in flight, and no
        // further change is started.
        run->cancelConnection = connect(dialog, &RequestDialog::cancelRequested, this, [run] {
            run->outcome.cancelled = true;
            if (run->job)
                run->job->cancel();
        });
    }
    runNextLinkChange(run);
}

void CustomizerWorkflow::runNextLinkChange(const std::shared_ptr<LinkRun> &run)
{
    const auto finish = [run] {
        disconnect(run->cancelConnection);
        const LinkDone done = std::move(run->done);
        if (done)
            done(run->outcome);
    };
    if (run->outcome.cancelled && run->outcome.error.isNull())
        run->outcome.error = ApiError::cancelled();
    if (run->next >= run->changes.size() || !run->outcome.error.isNull() || !m_instances) {
        if (run->next < run->changes.size() && run->outcome.error.isNull())
            run->outcome.error = workflow::notConnectedError();
        finish();
        return;
    }
    const LinkChange change = run->changes.at(run->next);
    if (run->dialog && !run->dialog->isCancelling()) {
        const int total = int(run->changes.size());
        const QString what = change.isUnlink() ? tr("Unlinking “%1”…").arg(change.instanceName)
                                               : tr("Linking “%1”…").arg(change.instanceName);
        run->dialog->setBusy(true,
                             total > 1
                                 //: "Linking “HR Workday”… (2 of 5)"
                                 ? tr("%1 (%2 of %3)").arg(what).arg(run->next + 1).arg(total)
                                 : what);
        if (total > 1)
            run->dialog->setProgress(run->next, total);
    }
    ConnectorInstanceJob *job = change.isUnlink()
        ? m_instances->unlink(change.instanceId, this)
        : m_instances->link(change.instanceId, change.customizerId, this);
    track(job);
    run->job = job;
    connect(job, &ConnectorInstanceJob::finished, this,
            [this, run, change](const ApiResult<ConnectorInstance> &result) {
                run->job = nullptr;
                if (result.ok()) {
                    run->outcome.applied.append(change);
                    run->outcome.changed.append(result.value);
                    Q_EMIT instanceChanged(result.value);
                } else {
                    ApiError error = result.error;
                    if (!error.isCancelled()) {
                        error.context = change.isUnlink()
                            ? tr("Could not unlink “%1”").arg(change.instanceName)
                            : tr("Could not link “%1”").arg(change.instanceName);
                    }
                    run->outcome.error = error;
                }
                ++run->next;
                runNextLinkChange(run);
            });
    job->start();
}

} // namespace isc
