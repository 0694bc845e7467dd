#pragma once

#include "exitcode.h"
#include "invocation.h"

#include "services/zipinspection.h"

#include <QCoreApplication>

namespace isc::cli {

class CommandContext;
class Terminal;

// `customizers list|get|create|rename|delete|upload` over CustomizerService. The customizer
// table leaves out the "used by" column (it would need a second list).
class CustomizerCommands
{
    Q_DECLARE_TR_FUNCTIONS(isc::cli::CustomizerCommands)

public:
    // Checks what can be checked before connecting: the zip archive of an upload (read
    // with ZipInspection, summed up on stderr). ExitCode::Ok when the command may run.
    static ExitCode check(const Invocation &invocation, Terminal &terminal);

    explicit CustomizerCommands(const CommandContext &context);

    ExitCode run();

private:
    ExitCode list();
    ExitCode get();
    ExitCode create();
    ExitCode rename();
    ExitCode remove();
    ExitCode upload();

    const CommandContext &m_context;
};

} // namespace isc::cli
