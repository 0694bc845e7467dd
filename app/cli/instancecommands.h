#pragma once

#include "exitcode.h"

#include <QCoreApplication>

namespace isc::cli {

class CommandContext;

// `instances list|link|unlink` over ConnectorInstanceService. The instance table leaves out
// the customizer-name column (it would need the customizer list too); the id is there.
class InstanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::InstanceCommands)

public:
    explicit InstanceCommands(const CommandContext &context);

    ExitCode run();

private:
    ExitCode list();
    ExitCode link(bool linked);

    const CommandContext &m_context;
};

} // namespace isc::cli
