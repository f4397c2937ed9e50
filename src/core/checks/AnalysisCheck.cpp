// AnalysisCheck reports synchronously.
#include "AnalysisCheck.h"

void AnalysisCheck::start(const DiagnosisContext &context)
{
    emit finished(analyze(context), {});
}
