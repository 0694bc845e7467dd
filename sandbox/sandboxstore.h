#pragma once

#include "base/connectorinstance.h"
#include "base/customizer.h"

#include <QList>
#include <QString>

#include <optional>

namespace isc::sandbox {

// The mutable state of the sandbox: connector customizers and connector instances, seeded
// on first start. With a data file they persist across restarts: loaded at start, written
// atomically (QSaveFile) after every change.
//
// Deleting a customizer that instances link to is allowed and unlinks them (the real
// service does not document this case; the console warns before it deletes).
class SandboxStore
{
public:
    SandboxStore(const QString &tenantId, const QString &dataFile);

    // Loads the data file, or seeds (and writes it) when there is none. False with a reason
    // when the file exists but cannot be read; the sandbox then refuses to start rather
    // than overwrite it.
    bool load(QString *error);
    QString saveError() const { return m_saveError; } // the last failed write, if any

    const QList<Customizer> &customizers() const { return m_customizers; }
    const Customizer *customizer(const QString &id) const;
    Customizer createCustomizer(const QString &name);
    const Customizer *renameCustomizer(const QString &id, const QString &name);
    // False when unknown; `unlinked` gets the number of instances that lost their link.
    bool deleteCustomizer(const QString &id, int *unlinked = nullptr);
    std::optional<CustomizerVersion> addVersion(const QString &customizerId);

    const QList<ConnectorInstance> &instances() const { return m_instances; }
    const ConnectorInstance *instance(const QString &id) const;
    // Sets or clears (empty id) the link; the caller checked that the customizer exists.
    const ConnectorInstance *setLink(const QString &instanceId, const QString &customizerId);

private:
    void seed();
    void save();

    QString m_tenantId;
    QString m_dataFile;
    QString m_saveError;
    QList<Customizer> m_customizers; // in creation order
    QList<ConnectorInstance> m_instances;
};

} // namespace isc::sandbox
