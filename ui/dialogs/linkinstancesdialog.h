#pragma once

#include "linkchange.h"
#include "requestdialog.h"

#include "base/connectorinstance.h"
#include "base/customizer.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace isc {

namespace Ui {
class LinkInstancesDialog;
}

// "Link Sources": from a customizer, tick the source instances that should use it. Every
// instance is listed with the customizer it uses now (by name, from `customizers`); those
// using this customizer start ticked, so unticking one unlinks it. A quick filter narrows
// the list. OK ("Apply") emits the difference as LinkChanges (links for newly ticked
// instances, even when they use another customizer now; unlinks for unticked ones); it is
// enabled only when something changed.
class LinkInstancesDialog final : public RequestDialog
{
    Q_OBJECT

public:
    LinkInstancesDialog(const Customizer &customizer, const QList<ConnectorInstance> &instances,
                        const QList<Customizer> &customizers, QWidget *parent = nullptr);
    ~LinkInstancesDialog() override;

    // The instances ticked now.
    QStringList checkedInstanceIds() const;
    void setInstanceChecked(const QString &instanceId, bool checked);
    // What OK would submit.
    QList<LinkChange> changes() const;

Q_SIGNALS:
    void submitted(const QList<isc::LinkChange> &changes);

protected:
    void submit() override;
    QString defaultBusyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void applyFilter(const QString &text);
    void updateSummary();
    void retranslate();
    QString customizerName(const QString &id) const;

    std::unique_ptr<Ui::LinkInstancesDialog> m_ui;
    Customizer m_customizer;
    QList<ConnectorInstance> m_instances;
    QList<Customizer> m_customizers;
};

} // namespace isc
