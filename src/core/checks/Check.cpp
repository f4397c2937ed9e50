// Default behaviour of Check.
#include "Check.h"

void Check::cancel()
{
}
