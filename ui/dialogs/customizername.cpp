#include "customizername.h"

#include <QCoreApplication>

namespace isc {

QString customizerNameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("isc::CustomizerName", "Enter a name.");
    if (trimmed.size() > maxCustomizerNameLength) {
        return QCoreApplication::translate("isc::CustomizerName",
                                           "The name is too long: %1 characters, at most %2.")
            .arg(trimmed.size())
            .arg(maxCustomizerNameLength);
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return QCoreApplication::translate(
                "isc::CustomizerName",
                "The name cannot contain control characters such as tabs or line breaks.");
        }
    }
    return {};
}

} // namespace isc
