#pragma once

#include "net/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace isc {

class CreateCustomizerJob;
class CustomizerJob;
class CustomizerListJob;
class CustomizerVersionJob;
class DeleteCustomizerJob;

// Connector customizers: /v2024/connector-customizers. Jobs are returned not started;
// connect to their `finished` signal, then start() them. Their parent is `parent`, else
// the service. With a read-only connection every write is refused before it is sent.
class CustomizerService final : public QObject
{
    Q_OBJECT

public:
    explicit CustomizerService(ApiClient *client, QObject *parent = nullptr);

    CustomizerListJob *list(QObject *parent = nullptr); // all pages
    CustomizerJob *get(const QString &id, QObject *parent = nullptr);
    CreateCustomizerJob *create(const QString &name, QObject *parent = nullptr);
    CustomizerJob *rename(const QString &id, const QString &newName, QObject *parent = nullptr);
    DeleteCustomizerJob *remove(const QString &id, QObject *parent = nullptr);
    // A new version from a zip archive (see ZipInspection::inspect() for the pre-flight report).
    CustomizerVersionJob *uploadVersion(const QString &id, const QString &zipPath,
                                        QObject *parent = nullptr);

    // A customizer name the API accepts: a translated sentence, empty when fine.
    static QString validateName(const QString &name);

    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
};

} // namespace isc
