#pragma once

#include "connector.h"
#include "connectorinstance.h"
#include "customizer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace isc::json {

// The result of decoding one reply. `error` is a translated sentence naming what is wrong
// and where ("Item 12: field "name" should be a string, not a number."); empty on success.
template<typename T>
struct Decoded
{
    T value{};
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Whole reply bodies, as the API sends them. Tolerant where the contract says so (both
// `created` formats, `imageVersion` absent or null, `features`/`className` null, both
// spellings of the version reply's ids, unknown fields ignored); strict about everything
// else: a body that is not JSON, is truncated, or holds a wrong type is an error, never an
// empty list.
Decoded<QList<Connector>> decodeConnectors(const QByteArray &body);
Decoded<QList<Customizer>> decodeCustomizers(const QByteArray &body);
Decoded<Customizer> decodeCustomizer(const QByteArray &body); // get, create and update replies
Decoded<CustomizerVersion> decodeCustomizerVersion(const QByteArray &body);
Decoded<QList<ConnectorInstance>> decodeConnectorInstances(const QByteArray &body);
Decoded<ConnectorInstance> decodeConnectorInstance(const QByteArray &body);

// The two ways decodeCustomizers() and decodeConnectors() read a list, exposed for the tests that
// hold them to the same results. The direct way reads customizers straight from the bytes
// (JsonScanner, about three times faster on a page of 250); it returns false, leaving `out`
// unspecified, for any body it cannot be sure to read exactly as QJsonDocument would, and
// decodeCustomizers() then goes through the QJsonDocument, which also words the errors.
bool readCustomizersDirect(const QByteArray &body, QList<Customizer> &out);
Decoded<QList<Customizer>> decodeCustomizersViaDocument(const QByteArray &body);
// The same two ways for connectors; the direct way takes connectorMetadata objects of
// strings, booleans and nulls (what the API sends) and declines any other.
bool readConnectorsDirect(const QByteArray &body, QList<Connector> &out);
Decoded<QList<Connector>> decodeConnectorsViaDocument(const QByteArray &body);

// One object each; `error` is left untouched on success.
bool decode(const QJsonObject &object, Connector &out, QString *error);
bool decode(const QJsonObject &object, Customizer &out, QString *error);
bool decode(const QJsonObject &object, CustomizerVersion &out, QString *error);
bool decode(const QJsonObject &object, ConnectorInstance &out, QString *error);

// Both formats of `created`: RFC 3339 ("2022-02-08T14:50:03.827Z", any offset) and Go's
// time.String() ("2009-11-10 23:00:00 +0000 UTC"). Unparseable text keeps `raw` with an
// invalid `value`.
ApiTimestamp parseTimestamp(const QString &raw);

// Back to the contract's field names, raw values (for JSON output of the command line and
// the exporter): what decode() read, so decode(toJson(x)) == x.
QJsonObject toJson(const Connector &connector);
QJsonObject toJson(const Customizer &customizer);
QJsonObject toJson(const CustomizerVersion &version);
QJsonObject toJson(const ConnectorInstance &instance);

} // namespace isc::json
