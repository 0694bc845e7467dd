#pragma once

#include "mainwindow.h"

#include <QString>

namespace isc {

// Waits until `window` is connected and its tables are loaded, then saves PNG files into
// `directory` (created when missing): the window on each tab ("main-connectors.png",
// "main-customizers.png", "main-instances.png"), the connectors with a server-side filter
// ("main-connectors-filter.png"), the activity dock ("main-activity.png") and the main
// dialogs ("dialog-new-customizer.png", "dialog-edit-customizer.png", "dialog-export.png",
// "dialog-settings.png", "dialog-tenants.png"). Returns 0 when every file was written, else
// 1 with the reason on standard error.
int takeScreenshots(MainWindow *window, const MainWindow::Context &context,
                    const QString &directory);

} // namespace isc
