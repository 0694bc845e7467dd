#pragma once

#include "base/connectorinstance.h"
#include "base/customizer.h"
#include "net/apierror.h"
#include "ui/dialogs/linkchange.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace isc {

class ApiJob;
class ConnectorInstanceService;
class CustomizerService;
class RequestDialog;

// Runs the customizer dialogs against the services: opens the dialog (window-modal, deleted
// when closed), and when it submits starts the job, shows what runs, wires Cancel to the job,
// and on failure hands the error back to the still-open dialog (everything typed is kept);
// on success it closes the dialog and announces the change, so the window upserts its models.
//
//   auto *customizers = new CustomizerWorkflow(mainWindow, mainWindow);
//   customizers->setServices(customizerService, instanceService, profile.readOnly);
//   connect(customizers, &CustomizerWorkflow::customizerChanged, model, &Model::upsert);
//   connect(customizers, &CustomizerWorkflow::message, statusBar, ...);
//   connect(newAction, &QAction::triggered, customizers, &CustomizerWorkflow::createCustomizer);
//
// One dialog at a time: an entry point called while one is open raises it and returns
// false. The jobs belong to the workflow, not to the dialog: a request whose dialog was
// closed still reports its outcome (a customizer created after all is still announced);
// setServices() with other services aborts them silently.
//
// Deleting a customizer that sources use: the sandbox unlinks them, the real service does not
// document it; the workflow announces only the deletion, so reload the instances after it.
class CustomizerWorkflow final : public QObject
{
    Q_OBJECT

public:
    explicit CustomizerWorkflow(QWidget *dialogParent, QObject *parent = nullptr);
    ~CustomizerWorkflow() override;

    // Null services = disconnected. readOnly: every mutating entry point refuses (returns
    // false, opens nothing, says why through message()). Other services than before close
    // the open dialog and abort the running jobs.
    void setServices(CustomizerService *customizers, ConnectorInstanceService *instances,
                     bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isConnected() const;

    // "New Customizer…".
    bool createCustomizer();
    // "Edit Customizer…": rename (PUT). Lists the sources that use it when it can.
    bool editCustomizer(const Customizer &customizer);
    // "Delete Customizer…". `usedBy` is what the caller knows; the instances are asked again
    // (when an instance service is set), as deleting orphans them. "Unlink Them First"
    // unlinks them (instanceChanged() for each) and the dialog then allows a plain delete.
    bool deleteCustomizer(const Customizer &customizer, const QList<ConnectorInstance> &usedBy);
    // "Upload Version…": NewVersionDialog with its progress and Cancel; the dialog shows the
    // new version (or that an ambiguous upload went through after all) until closed.
    bool uploadVersion(const Customizer &customizer);
    // "Link Sources…" from a customizer: tick the instances that should use it.
    // `customizers` (optional) names the customizers the instances use now.
    bool linkInstances(const Customizer &customizer, const QList<ConnectorInstance> &instances);
    bool linkInstances(const Customizer &customizer, const QList<ConnectorInstance> &instances,
                       const QList<Customizer> &customizers);
    // "Choose Customizer…" from a source instance (None unlinks it).
    bool chooseCustomizer(const ConnectorInstance &instance, const QList<Customizer> &customizers);
    // "Unlink" from a source instance: asks for confirmation first (a message box).
    bool unlink(const ConnectorInstance &instance);

    // The dialog or message box open now (for tests); null when none is.
    QDialog *currentDialog() const;

Q_SIGNALS:
    void customizerChanged(
        const isc::Customizer &customizer); // created, renamed or new version: model upsert
    void customizerDeleted(const QString &id);
    void instanceChanged(const isc::ConnectorInstance &instance); // linked/unlinked
    void message(const QString &text); // "Customizer X created" for the status bar

private:
    enum class Needs { Customizers, Instances };
    // Whether a mutating entry point may open its dialog; says why not through message().
    bool mayWrite(Needs needs);
    void show(QDialog *dialog);
    void track(ApiJob *job);
    void abortJobs();

    struct LinkRun;
    struct LinkOutcome
    {
        QList<ConnectorInstance> changed; // as the server returned them, in order
        QList<LinkChange> applied;
        ApiError error; // null when every change was applied
        bool cancelled = false;
    };
    using LinkDone = std::function<void(const LinkOutcome &)>;
    // Applies `changes` one after another for `dialog` (busy text and Cancel), announcing
    // each changed instance; stops at the first failure.
    void runLinkChanges(RequestDialog *dialog, const QList<LinkChange> &changes, LinkDone done);
    void runNextLinkChange(const std::shared_ptr<LinkRun> &run);
    // The link dialogs' submitted(): changes already applied by an earlier, partly failed
    // submit of the same dialog are skipped.
    void applyLinkChanges(RequestDialog *dialog, const QList<LinkChange> &changes,
                          const std::shared_ptr<QList<LinkChange>> &applied);
    QString linkSummary(const QList<LinkChange> &applied) const;

    QPointer<QWidget> m_dialogParent;
    QPointer<CustomizerService> m_customizers;
    QPointer<ConnectorInstanceService> m_instances;
    bool m_readOnly = false;
    QPointer<QDialog> m_dialog;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace isc
