#include "cli/commandline.h"
#include "ui/guiapplication.h"

int main(int argc, char *argv[])
{
    // A command (`isc-console connectors list`, --help, --version) runs headless; anything
    // else opens the desktop console.
    if (isc::cli::wantsCommandLine(argc, argv))
        return isc::cli::run(argc, argv);
    return isc::runGui(argc, argv);
}
