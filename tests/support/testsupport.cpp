#include "testsupport.h"

#include "base/sandboxprocess.h"

#include <QFile>
#include <QtTest>

namespace isc::test {

QString sandboxProgram()
{
    const QString path = qEnvironmentVariable("ISC_SANDBOX_PATH");
    return path.isEmpty() ? SandboxProcess::locateProgram() : path;
}

QByteArray readTestData(const QString &fileName)
{
    QFile file(QStringLiteral(ISC_TEST_DATA_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s: %s", qPrintable(file.fileName()),
                 qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

} // namespace isc::test
