// Implementation of StatusPageReport: ordering, sign-in relevance and the state that components add up to.
#include "StatusPageReport.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

bool StatusPageComponent::concernsSignIn() const
{
    return StatusPageReport::concernsSignIn(name) || StatusPageReport::concernsSignIn(group);
}

bool StatusPageIncident::concernsSignIn() const
{
    if (StatusPageReport::concernsSignIn(name))
        return true;
    return std::any_of(components.cbegin(), components.cend(),
        [](const QString &component) { return StatusPageReport::concernsSignIn(component); });
}

StatusPageReport StatusPageReport::invalid(const QString &format, const QString &error)
{
    StatusPageReport report;
    report.format = format;
    report.error = error;
    return report;
}

bool StatusPageReport::concernsSignIn(const QString &name)
{
    if (name.isEmpty())
        return false;
    // Whole words only, so that "Author tools" or "Capital" do not count; "APIs" and "Login/SSO" do.
    static const QRegularExpression words(
        uR"(\b(log[\s-]?ins?|log[\s-]?on|sign[\s-]?ins?|sign[\s-]?on|single[\s-]sign[\s-]?on|sso|auth|authn|authz|)"
        uR"(authentication|authenticator|authori[sz]ation|oauth\d?|openid|oidc|saml|identity|identities|iam|)"
        uR"(accounts?|apis?|mfa|2fa|two[\s-]factor|passwords?|credentials?|tokens?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch();
}

QString StatusPageReport::stateKey(StatusPageState state)
{
    switch (state) {
    case StatusPageState::Operational:
        return u"operational"_s;
    case StatusPageState::Degraded:
        return u"degraded"_s;
    case StatusPageState::Outage:
        return u"outage"_s;
    case StatusPageState::Maintenance:
        return u"maintenance"_s;
    case StatusPageState::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString StatusPageReport::componentStatusKey(StatusPageComponentStatus status)
{
    switch (status) {
    case StatusPageComponentStatus::Operational:
        return u"operational"_s;
    case StatusPageComponentStatus::Degraded:
        return u"degraded"_s;
    case StatusPageComponentStatus::PartialOutage:
        return u"partial-outage"_s;
    case StatusPageComponentStatus::MajorOutage:
        return u"major-outage"_s;
    case StatusPageComponentStatus::Maintenance:
        return u"maintenance"_s;
    case StatusPageComponentStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

StatusPageState StatusPageReport::stateOf(StatusPageComponentStatus status)
{
    switch (status) {
    case StatusPageComponentStatus::Operational:
        return StatusPageState::Operational;
    case StatusPageComponentStatus::Degraded:
        return StatusPageState::Degraded;
    case StatusPageComponentStatus::PartialOutage:
    case StatusPageComponentStatus::MajorOutage:
        return StatusPageState::Outage;
    case StatusPageComponentStatus::Maintenance:
        return StatusPageState::Maintenance;
    case StatusPageComponentStatus::Unknown:
        break;
    }
    return StatusPageState::Unknown;
}

int StatusPageReport::severityRank(StatusPageState state)
{
    switch (state) {
    case StatusPageState::Unknown:
        return 0;
    case StatusPageState::Operational:
        return 1;
    case StatusPageState::Maintenance:
        return 2;
    case StatusPageState::Degraded:
        return 3;
    case StatusPageState::Outage:
        return 4;
    }
    return 0;
}

int StatusPageReport::severityRank(StatusPageComponentStatus status)
{
    switch (status) {
    case StatusPageComponentStatus::Unknown:
        return 0;
    case StatusPageComponentStatus::Operational:
        return 1;
    case StatusPageComponentStatus::Maintenance:
        return 2;
    case StatusPageComponentStatus::Degraded:
        return 3;
    case StatusPageComponentStatus::PartialOutage:
        return 4;
    case StatusPageComponentStatus::MajorOutage:
        return 5;
    }
    return 0;
}

QList<StatusPageComponent> StatusPageReport::affectedComponents() const
{
    QList<StatusPageComponent> affected;
    for (const StatusPageComponent &component : components) {
        if (component.status != StatusPageComponentStatus::Operational
            && component.status != StatusPageComponentStatus::Unknown)
            affected.append(component);
    }
    std::stable_sort(affected.begin(), affected.end(), [](const StatusPageComponent &a, const StatusPageComponent &b) {
        const bool aSignIn = a.concernsSignIn();
        const bool bSignIn = b.concernsSignIn();
        if (aSignIn != bSignIn)
            return aSignIn;
        return severityRank(a.status) > severityRank(b.status);
    });
    return affected;
}

QList<StatusPageIncident> StatusPageReport::incidentsSignInFirst() const
{
    QList<StatusPageIncident> sorted = incidents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const StatusPageIncident &a, const StatusPageIncident &b) {
        const bool aSignIn = a.concernsSignIn();
        const bool bSignIn = b.concernsSignIn();
        if (aSignIn != bSignIn)
            return aSignIn;
        const QDateTime aTime = a.updatedAt.isValid() ? a.updatedAt : a.startedAt;
        const QDateTime bTime = b.updatedAt.isValid() ? b.updatedAt : b.startedAt;
        if (aTime.isValid() != bTime.isValid())
            return aTime.isValid();
        return aTime > bTime;
    });
    return sorted;
}

QList<StatusPageMaintenance> StatusPageReport::maintenancesInOrder() const
{
    QList<StatusPageMaintenance> sorted = maintenances;
    std::stable_sort(sorted.begin(), sorted.end(), [](const StatusPageMaintenance &a, const StatusPageMaintenance &b) {
        if (a.inProgress != b.inProgress)
            return a.inProgress;
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    return sorted;
}

bool StatusPageReport::signInAffected() const
{
    const QList<StatusPageComponent> affected = affectedComponents();
    if (std::any_of(affected.cbegin(), affected.cend(),
            [](const StatusPageComponent &component) { return component.concernsSignIn(); }))
        return true;
    return std::any_of(incidents.cbegin(), incidents.cend(),
        [](const StatusPageIncident &incident) { return incident.concernsSignIn(); });
}

bool StatusPageReport::hasMaintenanceInProgress() const
{
    return std::any_of(maintenances.cbegin(), maintenances.cend(),
        [](const StatusPageMaintenance &maintenance) { return maintenance.inProgress; });
}

StatusPageState StatusPageReport::derivedState() const
{
    StatusPageState worst = StatusPageState::Unknown;
    const auto consider = [&worst](StatusPageState state) {
        if (severityRank(state) > severityRank(worst))
            worst = state;
    };
    for (const StatusPageComponent &component : components)
        consider(stateOf(component.status));
    for (const StatusPageIncident &incident : incidents)
        consider(incident.effect == StatusPageState::Unknown ? StatusPageState::Operational : incident.effect);
    if (hasMaintenanceInProgress())
        consider(StatusPageState::Maintenance);
    return worst;
}

void StatusPageReport::deriveStateIfUnknown()
{
    if (state == StatusPageState::Unknown)
        state = derivedState();
}
