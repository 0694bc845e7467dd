#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (isc::cli::wantsCommandLine(argc, argv))
        return isc::cli::run(argc, argv);

    QCoreApplication app(argc, argv);
    return 0;
}
