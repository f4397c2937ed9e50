// The JSON form of a diagnosis, exactly as shared/DESIGN.md's command-line contract describes it, secrets redacted.
#pragma once

#include "diagnosis/DiagnosisResult.h"

#include <QJsonObject>
#include <QJsonValue>

class Redactor;
struct SupportReport;

namespace JsonReport {
// The contract: target, verdict, findings, exchanges (and cancelled, elapsed_ms).
QJsonObject toJson(const DiagnosisResult &result, const Redactor &redactor);
// The contract, plus "generated_at", "started_at", "program" {name, version, os}, "asked" (what was asked, secrets
// left out), "user_names_hidden", and "status_page" when the status page was looked up.
QJsonObject toJson(const SupportReport &report);
// Every string in value through the redactor, keys kept.
QJsonValue redacted(const QJsonValue &value, const Redactor &redactor);
}
