#pragma once

#include "tablepage.h"

#include "base/connectorinstance.h"

#include <optional>

namespace isc {

class ConnectorInstanceTableModel;

// The source instances (connector instances) of the tenant with the customizer each is
// linked to (its name told by the main window from the customizers page).
class InstancesPage final : public TablePage
{
    Q_OBJECT

public:
    explicit InstancesPage(QWidget *parent = nullptr);
    ~InstancesPage() override;

    QString title() const override;
    ConnectorInstanceTableModel *instanceModel() const { return m_instances; }

    std::optional<ConnectorInstance> currentInstance() const;

    void reload() override;

private:
    ConnectorInstanceTableModel *m_instances;
};

} // namespace isc
