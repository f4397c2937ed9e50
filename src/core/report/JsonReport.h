// The JSON form of a diagnosis, exactly as shared/DESIGN.md's command-line contract describes it, secrets redacted.
#pragma once

#include "diagnosis/DiagnosisResult.h"

#include <QJsonObject>

class Redactor;

namespace JsonReport {
QJsonObject toJson(const DiagnosisResult &result, const Redactor &redactor);
}
