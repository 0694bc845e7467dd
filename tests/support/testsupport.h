#pragma once

#include <QByteArray>
#include <QString>

namespace isc::test {

// The isc-sandbox binary under test: $ISC_SANDBOX_PATH (set by ctest for every test), else
// where SandboxProcess::locateProgram() finds one.
QString sandboxProgram();

// A file of tests/data, read whole; fails the calling test when it cannot be read.
QByteArray readTestData(const QString &fileName);

} // namespace isc::test
