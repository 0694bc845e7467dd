#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace isc::test {

QString sandboxProgram()
{
    return qEnvironmentVariable("ISC_SANDBOX_PATH");
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
