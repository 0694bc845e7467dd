#pragma once

#include "exitcode.h"

#include <QCoreApplication>

namespace isc::cli {

class CommandContext;

// `connectors list`: one page (with a note on stderr when more match), or with --all every
// page through ConnectorService::fetchAll (pages fetched concurrently, progress on a
// terminal).
class ConnectorCommands
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::ConnectorCommands)

public:
    explicit ConnectorCommands(const CommandContext &context);

    ExitCode run();

private:
    ExitCode listPage();
    ExitCode listAll();

    const CommandContext &m_context;
};

} // namespace isc::cli
