#pragma once

#include "httpexchange.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace isc::sandbox {

// Scripted faults: "the next N responses to METHOD PATH-PATTERN are ...". Rules are
// consulted in the order they were added; the first matching one applies.
//
// A rule with a `status` replaces the reply and the request is not processed (as when a
// gateway refuses it). A rule with only a body damage, a delay or a Retry-After lets the
// request be processed (a create really happens) and then damages or delays the reply,
// unless `process` is false.
struct FaultRule
{
    int id = 0;
    QByteArray method; // empty: any method
    QString path = QStringLiteral("*"); // glob on the path (no query): '*' matches anything
    int count = 1; // how many matching responses it still affects
    int skip = 0; // matching requests to let through before it applies
    std::optional<int> status; // 400..599
    QString message; // the error text for `status` (default: the usual text)
    QByteArray retryAfter; // Retry-After value: seconds or an HTTP date
    Reply::Damage damage = Reply::Damage::None;
    int delayMs = 0;
    bool process = true; // for damage-only rules: process the request first

    QJsonObject toJson() const;
    // Reads a rule from the control route's JSON; `error` says what is wrong.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
};

class FaultScript
{
public:
    // Adds a rule and gives it an id.
    FaultRule add(FaultRule rule);
    // The rule that applies to this request, if any; counts it down.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);
    void clear() { m_rules.clear(); }
    QList<FaultRule> rules() const;

private:
    struct Entry
    {
        FaultRule rule;
        QRegularExpression pattern;
    };
    QList<Entry> m_rules;
    int m_nextId = 1;
};

} // namespace isc::sandbox
