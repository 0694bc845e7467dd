#include "faultscript.h"

#include <QJsonValue>

namespace isc::sandbox {

namespace {

QString damageName(Reply::Damage damage)
{
    switch (damage) {
    case Reply::Damage::Malformed:
        return QStringLiteral("malformed");
    case Reply::Damage::Truncated:
        return QStringLiteral("truncated");
    case Reply::Damage::Dropped:
        return QStringLiteral("drop");
    case Reply::Damage::None:
        break;
    }
    return QStringLiteral("normal");
}

} // namespace

QJsonObject FaultRule::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("method"),
             method.isEmpty() ? QStringLiteral("*") : QString::fromLatin1(method));
    o.insert(QLatin1String("path"), path);
    o.insert(QLatin1String("count"), count);
    o.insert(QLatin1String("skip"), skip);
    if (status)
        o.insert(QLatin1String("status"), *status);
    if (!message.isEmpty())
        o.insert(QLatin1String("message"), message);
    if (!retryAfter.isEmpty())
        o.insert(QLatin1String("retryAfter"), QString::fromLatin1(retryAfter));
    o.insert(QLatin1String("body"), damageName(damage));
    o.insert(QLatin1String("delayMs"), delayMs);
    o.insert(QLatin1String("process"), process);
    return o;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known = {QStringLiteral("method"),     QStringLiteral("path"),
                                      QStringLiteral("count"),      QStringLiteral("skip"),
                                      QStringLiteral("status"),     QStringLiteral("message"),
                                      QStringLiteral("retryAfter"), QStringLiteral("body"),
                                      QStringLiteral("delayMs"),    QStringLiteral("process")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown field '%1' (known: %2)")
                         .arg(it.key(), known.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    auto integer = [&](const char *name, int minimum, int maximum, int fallback, int *out) -> bool {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            *out = fallback;
            return true;
        }
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum ||
            number > maximum) {
            *error = QStringLiteral("'%1' must be an integer from %2 to %3")
                         .arg(QLatin1String(name))
                         .arg(minimum)
                         .arg(maximum);
            return false;
        }
        *out = int(number);
        return true;
    };

    FaultRule rule;
    const QJsonValue method = object.value(QLatin1String("method"));
    if (method.isString() && method.toString() != QLatin1String("*"))
        rule.method = method.toString().toUpper().toLatin1();
    else if (!method.isUndefined() && !method.isString()) {
        *error = QStringLiteral("'method' must be a string");
        return std::nullopt;
    }
    const QJsonValue path = object.value(QLatin1String("path"));
    if (path.isString() && !path.toString().isEmpty())
        rule.path = path.toString();
    else if (!path.isUndefined()) {
        *error = QStringLiteral("'path' must be a non-empty string");
        return std::nullopt;
    }
    if (!integer("count", 1, 1'000'000, 1, &rule.count) ||
        !integer("skip", 0, 1'000'000, 0, &rule.skip) ||
        !integer("delayMs", 0, 600'000, 0, &rule.delayMs))
        return std::nullopt;
    if (object.contains(QLatin1String("status"))) {
        int status = 0;
        if (!integer("status", 400, 599, 0, &status))
            return std::nullopt;
        rule.status = status;
    }
    rule.message = object.value(QLatin1String("message")).toString();
    const QJsonValue retryAfter = object.value(QLatin1String("retryAfter"));
    if (retryAfter.isDouble())
        rule.retryAfter = QByteArray::number(qint64(retryAfter.toDouble()));
    else if (retryAfter.isString())
        rule.retryAfter = retryAfter.toString().toLatin1();
    else if (!retryAfter.isUndefined()) {
        *error = QStringLiteral("'retryAfter' must be a number of seconds or an HTTP date");
        return std::nullopt;
    }
    const QString body = object.value(QLatin1String("body")).toString(QStringLiteral("normal"));
    if (body == QLatin1String("malformed"))
        rule.damage = Reply::Damage::Malformed;
    else if (body == QLatin1String("truncated"))
        rule.damage = Reply::Damage::Truncated;
    else if (body == QLatin1String("drop"))
        rule.damage = Reply::Damage::Dropped;
    else if (body != QLatin1String("normal")) {
        *error = QStringLiteral("'body' must be normal, malformed, truncated or drop");
        return std::nullopt;
    }
    rule.process = object.value(QLatin1String("process")).toBool(true);
    if (!rule.status && rule.damage == Reply::Damage::None && rule.delayMs == 0 &&
        rule.retryAfter.isEmpty()) {
        *error = QStringLiteral("a fault needs at least one of status, body, delayMs, retryAfter");
        return std::nullopt;
    }
    return rule;
}

FaultRule FaultScript::add(FaultRule rule)
{
    rule.id = m_nextId++;
    // '*' matches across '/' too (Qt 6.4's wildcard conversion stops at slashes).
    QStringList pieces = rule.path.split(QLatin1Char('*'));
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(pieces.join(QLatin1String(".*"))));
    m_rules.append({rule, pattern});
    return rule;
}

std::optional<FaultRule> FaultScript::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Entry &entry = m_rules[i];
        if (!entry.rule.method.isEmpty() && entry.rule.method != method)
            continue;
        if (!entry.pattern.match(path).hasMatch())
            continue;
        if (entry.rule.skip > 0) {
            --entry.rule.skip;
            continue; // let this one through; a later rule may still apply
        }
        const FaultRule applied = entry.rule;
        if (--entry.rule.count <= 0)
            m_rules.removeAt(i);
        return applied;
    }
    return std::nullopt;
}

QList<FaultRule> FaultScript::rules() const
{
    QList<FaultRule> out;
    for (const Entry &entry : m_rules)
        out.append(entry.rule);
    return out;
}

} // namespace isc::sandbox
