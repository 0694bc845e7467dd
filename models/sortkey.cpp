#include "sortkey.h"

#include <QCollator>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <limits>

namespace isc {

namespace {

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

SortKey textKey(const QString &text, const QCollator &collator)
{
    SortKey key;
    key.kind = SortKey::Kind::Text;
    key.text = collator.sortKey(text);
    return key;
}

} // namespace

QString comparableText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return *static_cast<const QString *>(value.constData());
    case QMetaType::QStringList:
        return static_cast<const QStringList *>(value.constData())->join(QLatin1String(", "));
    case QMetaType::QJsonValue: {
        const QJsonValue json = value.toJsonValue();
        if (json.isString())
            return json.toString();
        if (json.isArray())
            return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
        if (json.isObject())
            return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
        return json.toVariant().toString();
    }
    default:
        return value.toString();
    }
}

SortKey SortKey::make(const QVariant &value, const QCollator &collator)
{
    SortKey key;
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        key.kind = Kind::Absent;
        return key;
    case QMetaType::Bool:
        key.kind = Kind::Bool;
        key.integer = value.toBool() ? 1 : 0;
        return key;
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        key.kind = Kind::Number;
        key.integer = value.toLongLong();
        key.real = double(key.integer);
        return key;
    case QMetaType::ULongLong: {
        const qulonglong u = value.toULongLong();
        key.kind = Kind::Number;
        key.integral = u <= qulonglong(std::numeric_limits<qint64>::max());
        key.integer = qint64(u);
        key.real = double(u);
        return key;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = Kind::Number;
        key.integral = false;
        key.real = value.toDouble();
        return key;
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid()) {
            key.kind = Kind::Absent;
            return key;
        }
        key.kind = Kind::Time;
        key.integer = dt.toMSecsSinceEpoch();
        return key;
    }
    case QMetaType::QString:
        return textKey(*static_cast<const QString *>(value.constData()), collator);
    case QMetaType::QJsonValue: {
        const QJsonValue json = value.toJsonValue();
        if (json.isNull() || json.isUndefined()) {
            key.kind = Kind::Absent;
            return key;
        }
        if (json.isBool())
            return make(QVariant(json.toBool()), collator);
        if (json.isDouble())
            return make(QVariant(json.toDouble()), collator);
        return textKey(comparableText(value), collator);
    }
    default:
        return textKey(comparableText(value), collator);
    }
}

int SortKey::compare(const SortKey &a, const SortKey &b)
{
    if (a.kind != b.kind)
        return threeWay(int(a.kind), int(b.kind));
    switch (a.kind) {
    case Kind::Unset:
    case Kind::Absent:
        return 0;
    case Kind::Bool:
    case Kind::Time:
        return threeWay(a.integer, b.integer);
    case Kind::Number:
        if (a.integral && b.integral)
            return threeWay(a.integer, b.integer);
        if (std::isnan(a.real) || std::isnan(b.real)) // NaN first, to keep a strict order
            return threeWay(std::isnan(a.real) ? 0 : 1, std::isnan(b.real) ? 0 : 1);
        return threeWay(a.real, b.real);
    case Kind::Text:
        return a.text->compare(*b.text);
    }
    return 0;
}

} // namespace isc
