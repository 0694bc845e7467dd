#pragma once

#include "tenantprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace isc {

// What is wrong with a profile being edited, field by field, so that a dialog can mark the
// field and show the sentence. Errors refuse the profile; warnings are shown but accepted.
struct ProfileValidation
{
    enum class Field { Name, BaseUrl, ClientId, ApiLocale };
    enum class Severity { Error, Warning };

    struct Issue
    {
        Field field;
        Severity severity;
        QString message; // translated sentence
    };

    QList<Issue> issues;

    bool isValid() const; // no error (warnings allowed)
    bool hasIssue(Field field, Severity severity) const;
    QStringList errors() const; // the error sentences, in field order
    QStringList warnings() const; // the warning sentences, in field order
    QString firstError() const; // empty when valid

    // Validates `profile` (a Tenant profile as a dialog edits it) against the profiles that
    // already exist; the entry of `existing` with the same id is the profile itself (an edit)
    // and does not count for the uniqueness of the name.
    //  - name: non-empty after trimming, unique among `existing` ignoring case, and not the
    //    name of a built-in profile ("Sandbox", "Environment", translated or not);
    //  - base URL: present and accepted by isc::isAllowedBaseUrl() (https, or http on
    //    loopback only); a warning when it looks like the UI host ({tenant}.identitynow.com)
    //    rather than the API host ({tenant}.api.identitynow.com);
    //  - client id: a warning, never an error, when it is empty (an imported profile is
    //    completed later; connecting needs it) or not GUID-like (32 hex digits, or 36 with
    //    dashes in the 8-4-4-4-12 pattern);
    //  - API locale: empty or one of isc::apiLocales().
    static ProfileValidation validate(const TenantProfile &profile,
                                      const QList<TenantProfile> &existing = {});

    // True for 32 hex digits, or 36 characters in the 8-4-4-4-12 pattern of hex digits.
    static bool isGuidLike(const QString &clientId);
};

} // namespace isc
