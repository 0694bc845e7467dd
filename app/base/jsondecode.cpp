#include "jsondecode.h"

#include "jsonscanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <cstring>

namespace isc::json {

namespace {

// lupdate files Messages::tr() under the class that declares it, so the context is a named class
// (a free function called Messages::tr() would be filed under the wrong context and never
// translate).
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(isc::json::Messages)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Messages::tr("null");
    case QJsonValue::Bool:
        return Messages::tr("a boolean");
    case QJsonValue::Double:
        return Messages::tr("a number");
    case QJsonValue::String:
        return Messages::tr("a string");
    case QJsonValue::Array:
        return Messages::tr("an array");
    case QJsonValue::Object:
        return Messages::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Messages::tr("missing");
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString wrongType(QLatin1String field, const char *expected, const QJsonValue &got)
{
    //: %1 is a JSON field name, %2 the expected type, %3 the type received
    return Messages::tr("field \"%1\" should be %2, not %3.")
        .arg(field, Messages::tr(expected), typeName(got));
}

// A string field: absent or null leave `out` null; any other type is an error.
bool readString(const QJsonObject &o, QLatin1String key, QString &out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        out = v.toString();
        return true;
    }
    if (v.isUndefined() || v.isNull()) {
        out = QString();
        return true;
    }
    setError(error, wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "a string"), v));
    return false;
}

// Two accepted spellings of one field (the spec's and the sail CLI's).
bool readString2(const QJsonObject &o, QLatin1String key, QLatin1String alt, QString &out,
                 QString *error)
{
    if (o.contains(key) && !o.value(key).isNull())
        return readString(o, key, out, error);
    return readString(o, alt, out, error);
}

bool readBool(const QJsonObject &o, QLatin1String key, bool &out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    if (v.isUndefined() || v.isNull()) {
        out = false;
        return true;
    }
    // Some services send booleans as text; the filter grammar accepts both too.
    if (v.isString()) {
        const QString s = v.toString();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            out = true;
            return true;
        }
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            out = false;
            return true;
        }
    }
    setError(error, wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "a boolean"), v));
    return false;
}

bool readInt64(const QJsonObject &o, QLatin1String key, std::optional<qint64> &out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        out.reset();
        return true;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.007199254740992e15) {
            out = v.toInteger(static_cast<qint64>(d));
            return true;
        }
    } else if (v.isString()) {
        // int64 values are sometimes serialized as strings to survive JavaScript.
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok) {
            out = n;
            return true;
        }
    }
    setError(error, wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "an integer"), v));
    return false;
}

bool readTimestamp(const QJsonObject &o, QLatin1String key, ApiTimestamp &out, QString *error)
{
    QString raw;
    if (!readString(o, key, raw, error))
        return false;
    out = raw.isEmpty() ? ApiTimestamp{} : parseTimestamp(raw);
    return true;
}

bool readStringList(const QJsonObject &o, QLatin1String key, QStringList &out, bool &present,
                    QString *error)
{
    const QJsonValue v = o.value(key);
    out.clear();
    present = false;
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        setError(
            error,
            wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "an array of strings"), v));
        return false;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            setError(error,
                     wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "an array of strings"),
                               item));
            return false;
        }
        out.append(item.toString());
    }
    present = true;
    return true;
}

bool readObject(const QJsonObject &o, QLatin1String key, QJsonObject &out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isObject()) {
        out = v.toObject();
        return true;
    }
    if (v.isUndefined() || v.isNull()) {
        out = QJsonObject();
        return true;
    }
    setError(error, wrongType(key, QT_TRANSLATE_NOOP("isc::json::Messages", "an object"), v));
    return false;
}

bool requireNonEmpty(QLatin1String key, const QString &value, QString *error)
{
    if (!value.isEmpty())
        return true;
    //: %1 is a JSON field name
    setError(error, Messages::tr("field \"%1\" is missing or empty.").arg(key));
    return false;
}

// Parses a body that must be a JSON document; `error` explains where it breaks.
bool parseDocument(const QByteArray &body, QJsonDocument &doc, QString *error)
{
    if (body.trimmed().isEmpty()) {
        setError(error, Messages::tr("The server's reply is empty where JSON was expected."));
        return false;
    }
    QJsonParseError parseError;
    doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON parser's message, %2 a byte offset
        setError(error,
                 Messages::tr("The server's reply is not valid JSON (%1 at byte %2); it may have "
                              "been cut off.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return false;
    }
    return true;
}

template<typename T>
Decoded<QList<T>> decodeArray(const QByteArray &body)
{
    Decoded<QList<T>> result;
    QJsonDocument doc;
    if (!parseDocument(body, doc, &result.error))
        return result;
    if (!doc.isArray()) {
        result.error =
            Messages::tr("The server's reply should be a JSON array, not %1.")
                .arg(doc.isObject() ? Messages::tr("an object") : Messages::tr("a single value"));
        return result;
    }
    const QJsonArray array = doc.array();
    result.value.reserve(array.size());
    qsizetype index = 0;
    for (const QJsonValue &item : array) {
        QString itemError;
        if (!item.isObject()) {
            itemError = Messages::tr("it should be an object, not %1.").arg(typeName(item));
        } else {
            T value;
            if (decode(item.toObject(), value, &itemError)) {
                result.value.append(std::move(value));
                ++index;
                continue;
            }
        }
        //: %1 is the position of an item in a list, %2 what is wrong with it
        result.error = Messages::tr("Item %1 of the server's reply is invalid: %2")
                           .arg(index + 1)
                           .arg(itemError);
        result.value.clear();
        return result;
    }
    return result;
}

template<typename T>
Decoded<T> decodeSingle(const QByteArray &body)
{
    Decoded<T> result;
    QJsonDocument doc;
    if (!parseDocument(body, doc, &result.error))
        return result;
    if (!doc.isObject()) {
        result.error =
            Messages::tr("The server's reply should be a JSON object, not %1.")
                .arg(doc.isArray() ? Messages::tr("an array") : Messages::tr("a single value"));
        return result;
    }
    QString error;
    if (!decode(doc.object(), result.value, &error))
        result.error = Messages::tr("The server's reply is invalid: %1").arg(error);
    return result;
}

// Fixed-position digit reading for the fast timestamp path.
bool digits(QStringView s, qsizetype pos, qsizetype count, int &out)
{
    if (pos + count > s.size())
        return false;
    int n = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        n = n * 10 + (c - u'0');
    }
    out = n;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Parses "YYYY-MM-DD[T ]HH:MM:SS[.fff...]" followed by "Z", "±HH:MM", "±HHMM" or nothing,
// then optionally " UTC"/zone letters (Go). Returns false for anything else.
bool parseFast(QStringView s, qint64 &msecs)
{
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != u'-' || !digits(s, 5, 2, mo) ||
        s[7] != u'-' || !digits(s, 8, 2, d) || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') ||
        !digits(s, 11, 2, h) || s[13] != u':' || !digits(s, 14, 2, mi) || s[16] != u':' ||
        !digits(s, 17, 2, sec))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > monthDays[mo - 1])
        return false;
    qsizetype pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            millis += (s[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    if (pos < s.size() && s[pos] == u' ')
        ++pos; // Go puts a space before the offset
    int offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
        const int sign = s[pos] == u'-' ? -1 : 1;
        int oh, om;
        if (!digits(s, pos + 1, 2, oh))
            return false;
        qsizetype next = pos + 3;
        if (next < s.size() && s[next] == u':')
            ++next;
        if (!digits(s, next, 2, om))
            return false;
        offsetMinutes = sign * (oh * 60 + om);
        pos = next + 2;
    } else if (pos != s.size()) {
        return false;
    }
    // Go appends the zone abbreviation ("UTC", "CET") and maybe a monotonic clock reading.
    if (pos < s.size()) {
        if (s[pos] != u' ')
            return false;
        ++pos;
        const qsizetype zoneStart = pos;
        while (pos < s.size() && s[pos].isLetter())
            ++pos;
        if (pos == zoneStart)
            return false;
        if (pos < s.size() && !s.mid(pos).startsWith(u" m="))
            return false;
    }
    const qint64 days = daysFromCivil(y, mo, d);
    msecs = ((days * 24 + h) * 60 + mi) * 60000LL + qint64(qMin(sec, 59)) * 1000 + millis -
        qint64(offsetMinutes) * 60000;
    return true;
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

ApiTimestamp parseTimestamp(const QString &raw)
{
    ApiTimestamp ts;
    ts.raw = raw;
    qint64 msecs = 0;
    if (parseFast(raw, msecs)) {
        ts.value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        return ts;
    }
    // Rare shapes (no seconds, other ISO variants): let Qt try before giving up.
    QDateTime dt = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (dt.isValid())
        ts.value = dt.toUTC();
    return ts;
}

bool decode(const QJsonObject &o, Connector &out, QString *error)
{
    return readString(o, QLatin1String("name"), out.name, error) &&
        readString(o, QLatin1String("type"), out.type, error) &&
        readString(o, QLatin1String("scriptName"), out.scriptName, error) &&
        readString(o, QLatin1String("className"), out.className, error) &&
        readStringList(o, QLatin1String("features"), out.features, out.hasFeatures, error) &&
        readBool(o, QLatin1String("directConnect"), out.directConnect, error) &&
        readString(o, QLatin1String("status"), out.status, error) &&
        readObject(o, QLatin1String("connectorMetadata"), out.connectorMetadata, error);
}

bool decode(const QJsonObject &o, Customizer &out, QString *error)
{
    return readString(o, QLatin1String("id"), out.id, error) &&
        requireNonEmpty(QLatin1String("id"), out.id, error) &&
        readString(o, QLatin1String("name"), out.name, error) &&
        readInt64(o, QLatin1String("imageVersion"), out.imageVersion, error) &&
        readString(o, QLatin1String("imageID"), out.imageId, error) &&
        readString(o, QLatin1String("tenantID"), out.tenantId, error) &&
        readTimestamp(o, QLatin1String("created"), out.created, error);
}

bool decode(const QJsonObject &o, CustomizerVersion &out, QString *error)
{
    std::optional<qint64> version;
    if (!(readString2(o, QLatin1String("customizerID"), QLatin1String("connectorCustomizerId"),
                      out.customizerId, error) &&
          readString2(o, QLatin1String("imageID"), QLatin1String("imageId"), out.imageId, error) &&
          readInt64(o, QLatin1String("version"), version, error) &&
          readTimestamp(o, QLatin1String("created"), out.created, error)))
        return false;
    out.version = version.value_or(0);
    return true;
}

bool decode(const QJsonObject &o, ConnectorInstance &out, QString *error)
{
    if (!(readString(o, QLatin1String("id"), out.id, error) &&
          requireNonEmpty(QLatin1String("id"), out.id, error) &&
          readString(o, QLatin1String("name"), out.name, error) &&
          readString(o, QLatin1String("type"), out.type, error) &&
          readString(o, QLatin1String("connectorCustomizerId"), out.connectorCustomizerId, error)))
        return false;
    out.extra = o;
    for (const char *known : {"id", "name", "type", "connectorCustomizerId"})
        out.extra.remove(QLatin1String(known));
    return true;
}

Decoded<QList<Connector>> decodeConnectors(const QByteArray &body)
{
    Decoded<QList<Connector>> result;
    if (readConnectorsDirect(body, result.value))
        return result;
    return decodeConnectorsViaDocument(body);
}

namespace {

// connectorMetadata as QJsonDocument reads it, for objects of strings, booleans and nulls
// (what the API sends); anything else is declined.
bool readFlatObject(JsonScanner &scanner, QJsonObject &out)
{
    out = QJsonObject();
    if (!scanner.take('{'))
        return false;
    if (scanner.take('}'))
        return true;
    QString text;
    QJsonValue literal;
    do {
        QByteArrayView key;
        if (!scanner.readKey(key))
            return false;
        const QString name = QString::fromLatin1(key); // readKey() takes ASCII keys only
        if (scanner.peek() == '"') {
            if (!scanner.readString(text, false))
                return false;
            out.insert(name, text);
        } else {
            if (!scanner.readLiteral(literal))
                return false;
            out.insert(name, literal); // a repeated key: the last wins, as in QJsonDocument
        }
    } while (scanner.take(','));
    return scanner.take('}');
}

bool readStringArray(JsonScanner &scanner, QStringList &out, bool &present)
{
    out.clear();
    present = false;
    if (scanner.peek() == 'n') {
        QString ignored;
        return scanner.readString(ignored); // only `null` is read here
    }
    if (!scanner.take('['))
        return false;
    present = true;
    if (scanner.take(']'))
        return true;
    QString item;
    do {
        if (!scanner.readString(item, false))
            return false;
        out.append(item);
    } while (scanner.take(','));
    return scanner.take(']');
}

// Reads a JSON array of objects with JsonScanner. `names` are the fields read, by index
// (each at most once: a repeated one is declined, QJsonDocument decides which counts);
// every other key's value is checked and passed over. `readField(scanner, field, item)`
// reads one value, `finish(item)` checks a complete item. False whenever the scanner or a
// callback declines.
template<typename T, std::size_t N, typename ReadField, typename Finish>
bool readObjectsDirect(const QByteArray &body, const QByteArrayView (&names)[N],
                       ReadField readField, Finish finish, QList<T> &out)
{
    static_assert(N <= 32, "one bit per field");
    JsonScanner scanner(body);
    out.clear();
    if (!scanner.take('['))
        return false;
    if (scanner.take(']'))
        return scanner.atEnd();
    do {
        if (!scanner.take('{'))
            return false;
        T item;
        unsigned seen = 0;
        if (!scanner.take('}')) {
            do {
                QByteArrayView key;
                if (!scanner.readKey(key))
                    return false;
                std::size_t field = 0;
                while (field < N &&
                       !(names[field].size() == key.size() &&
                         std::memcmp(names[field].data(), key.data(), size_t(key.size())) == 0))
                    ++field;
                bool ok = false;
                if (field < N) {
                    if (seen & (1u << field))
                        return false;
                    seen |= 1u << field;
                    ok = readField(scanner, int(field), item);
                } else {
                    ok = scanner.skipValue();
                }
                if (!ok)
                    return false;
            } while (scanner.take(','));
            if (!scanner.take('}'))
                return false;
        }
        if (!finish(item))
            return false;
        out.append(std::move(item));
    } while (scanner.take(','));
    return scanner.take(']') && scanner.atEnd();
}

} // namespace

bool readCustomizersDirect(const QByteArray &body, QList<Customizer> &out)
{
    enum Field { Id, Name, ImageVersion, ImageId, TenantId, Created };
    static const QByteArrayView names[] = {"id",      "name",     "imageVersion",
                                           "imageID", "tenantID", "created"};
    QString created;
    QString lastTenantId; // a tenant's customizers all carry its ID: one string for all
    auto readField = [&](JsonScanner &scanner, int field, Customizer &c) {
        switch (field) {
        case Id:
            return scanner.readString(c.id);
        case Name:
            return scanner.readString(c.name);
        case ImageVersion: {
            qint64 version = 0;
            switch (scanner.readInteger(version)) {
            case JsonScanner::Number::Integer:
                c.imageVersion = version;
                return true;
            case JsonScanner::Number::Null:
                return true;
            case JsonScanner::Number::Invalid:
                return false;
            }
            return false;
        }
        case ImageId:
            return scanner.readString(c.imageId);
        case TenantId: {
            const bool ok = scanner.readString(c.tenantId, true, &lastTenantId);
            lastTenantId = c.tenantId;
            return ok;
        }
        case Created:
            created = QString();
            if (!scanner.readString(created))
                return false;
            if (!created.isEmpty())
                c.created = parseTimestamp(created);
            return true;
        }
        return false;
    };
    // An item without an id is an error: worded by the QJsonDocument path.
    auto finish = [](const Customizer &c) { return !c.id.isEmpty(); };
    return readObjectsDirect(body, names, readField, finish, out);
}

bool readConnectorsDirect(const QByteArray &body, QList<Connector> &out)
{
    enum Field { Name, Type, ScriptName, ClassName, Features, DirectConnect, Status, Metadata };
    static const QByteArrayView names[] = {
        "name",     "type",          "scriptName", "className",
        "features", "directConnect", "status",     "connectorMetadata"};
    // Connectors share their type and status texts: one string while they repeat.
    QString lastType, lastStatus;
    auto readField = [&](JsonScanner &scanner, int field, Connector &c) {
        switch (field) {
        case Name:
            return scanner.readString(c.name);
        case Type: {
            const bool ok = scanner.readString(c.type, true, &lastType);
            lastType = c.type;
            return ok;
        }
        case ScriptName:
            return scanner.readString(c.scriptName);
        case ClassName:
            return scanner.readString(c.className);
        case Features:
            return readStringArray(scanner, c.features, c.hasFeatures);
        case DirectConnect:
            return scanner.readBool(c.directConnect);
        case Status: {
            const bool ok = scanner.readString(c.status, true, &lastStatus);
            lastStatus = c.status;
            return ok;
        }
        case Metadata:
            return scanner.peek() == 'n' ? scanner.skipValue()
                                         : readFlatObject(scanner, c.connectorMetadata);
        }
        return false;
    };
    return readObjectsDirect(
        body, names, readField, [](const Connector &) { return true; }, out);
}

Decoded<QList<Connector>> decodeConnectorsViaDocument(const QByteArray &body)
{
    return decodeArray<Connector>(body);
}

Decoded<QList<Customizer>> decodeCustomizersViaDocument(const QByteArray &body)
{
    return decodeArray<Customizer>(body);
}

Decoded<QList<Customizer>> decodeCustomizers(const QByteArray &body)
{
    Decoded<QList<Customizer>> result;
    if (readCustomizersDirect(body, result.value))
        return result;
    return decodeCustomizersViaDocument(body);
}

Decoded<Customizer> decodeCustomizer(const QByteArray &body)
{
    return decodeSingle<Customizer>(body);
}

Decoded<CustomizerVersion> decodeCustomizerVersion(const QByteArray &body)
{
    return decodeSingle<CustomizerVersion>(body);
}

Decoded<QList<ConnectorInstance>> decodeConnectorInstances(const QByteArray &body)
{
    return decodeArray<ConnectorInstance>(body);
}

Decoded<ConnectorInstance> decodeConnectorInstance(const QByteArray &body)
{
    return decodeSingle<ConnectorInstance>(body);
}

QJsonObject toJson(const Connector &c)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), c.name);
    o.insert(QLatin1String("type"), c.type);
    o.insert(QLatin1String("scriptName"), c.scriptName);
    o.insert(QLatin1String("className"), nullable(c.className));
    o.insert(QLatin1String("features"),
             c.hasFeatures ? QJsonValue(QJsonArray::fromStringList(c.features))
                           : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("directConnect"), c.directConnect);
    o.insert(QLatin1String("connectorMetadata"), c.connectorMetadata);
    o.insert(QLatin1String("status"), c.status);
    return o;
}

QJsonObject toJson(const Customizer &c)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("name"), c.name);
    o.insert(QLatin1String("imageVersion"),
             c.imageVersion ? QJsonValue(*c.imageVersion) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("imageID"), nullable(c.imageId));
    o.insert(QLatin1String("tenantID"), nullable(c.tenantId));
    o.insert(QLatin1String("created"),
             c.created.raw.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.created.raw));
    return o;
}

QJsonObject toJson(const CustomizerVersion &v)
{
    QJsonObject o;
    o.insert(QLatin1String("customizerID"), v.customizerId);
    o.insert(QLatin1String("imageID"), v.imageId);
    o.insert(QLatin1String("version"), v.version);
    o.insert(QLatin1String("created"),
             v.created.raw.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.created.raw));
    return o;
}

QJsonObject toJson(const ConnectorInstance &i)
{
    QJsonObject o = i.extra;
    o.insert(QLatin1String("id"), i.id);
    o.insert(QLatin1String("name"), i.name);
    o.insert(QLatin1String("type"), nullable(i.type));
    o.insert(QLatin1String("connectorCustomizerId"), nullable(i.connectorCustomizerId));
    return o;
}

} // namespace isc::json
